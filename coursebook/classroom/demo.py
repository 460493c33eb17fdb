"""Synthetic learners and attempts for demonstrations, tests and benchmarks.

Every attempt goes through the same code as a real one (``QuizService.start_assessment``,
``save_response``, ``submit``), so it is sealed in the learner's chain and can be handed in. Only the
clock is simulated (each answer takes 20–90 s) and the learner's skill decides how often an answer is
right. The demo data folder skips the disk flush of each answer (``synchronous=OFF``): it holds no
real results.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..quiz.assessment import AssessmentDef, BankDraw, ReviewOptions
from ..quiz.model import correct_response
from ..quiz.service import QuizService
from ..store import Store
from . import profiles

FIRST_NAMES = ("Ana", "Boris", "Cvetka", "Darko", "Eva", "Filip", "Jana", "Luka", "Maja", "Nejc", "Petra",
               "Rok", "Sara", "Tomáš", "Zuzana", "Jakub", "Katarína", "Marek", "Lucie", "Ondřej")
LAST_NAMES = ("Novak", "Horvat", "Kovač", "Krajnc", "Zupan", "Dvořák", "Kováčová", "Svoboda", "Mlakar", "Vidmar")


@dataclass(frozen=True)
class DemoReport:
    learners: int
    attempts: int
    answers: int


def demo_assessment(service: QuizService, count: int = 10) -> AssessmentDef:
    """An assessment over the first module with questions (the one the demo attempts take)."""
    module = service.modules_with_questions()[0]
    return AssessmentDef(id="demo-final", title="Demo: final test", draws=[BankDraw(module.id, count)],
                         time_limit_minutes=30, pass_percent=60, attempts_allowed=0,
                         review=ReviewOptions(True, True, True), grading="highest")


def fill(store: Store, library, learners: int, attempts: int, seed: int = 1,  # noqa: ANN001
         start: float = 1_800_000_000.0, questions: int = 10) -> DemoReport:
    """Add ``learners`` learners with ``attempts`` submitted assessment attempts each."""
    rng = random.Random(seed)
    wall = [start]
    service = QuizService(store, library, clock=lambda: wall[0], monotonic=lambda: wall[0])
    definition = demo_assessment(service, questions)
    store.conn.execute("PRAGMA synchronous=OFF")
    answers = 0
    made = 0
    try:
        for n in range(learners):
            name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]}"
            if n >= len(FIRST_NAMES) * len(LAST_NAMES):
                name += f" {n}"
            while profiles.find(store, name) is not None:
                name += "*"
            learner = profiles.add_learner(store, name)
            skill = rng.uniform(0.3, 0.95)
            made += 1
            for _ in range(attempts):
                attempt = service.start_assessment(learner.id, definition, seed=rng.randrange(2**31))
                for slot in attempt.slots:
                    wall[0] += rng.uniform(20, 90)
                    question = service.question(slot.key)
                    right = rng.random() < skill
                    service.save_response(attempt, slot.number, correct_response(question) if right else None)
                    answers += 1
                service.submit(attempt)
                skill = min(0.99, skill + 0.03)
                wall[0] += 3600
    finally:
        store.conn.execute("PRAGMA synchronous=FULL")
    return DemoReport(made, made * attempts, answers)


__all__ = ["DemoReport", "demo_assessment", "fill"]
