"""What an attempt is: its row and plan, a saved answer, a result, a review item, and the errors.

The rules that make and change attempts live in :mod:`.service` (``QuizService``).

Durability
    Starting an attempt is one INSERT of the ``attempts`` row with its whole *plan* (the questions
    drawn, the order of their options, a copy of the assessment's settings, the random seed) as JSON,
    so a resumed attempt is the same attempt. Every confirmed answer is one ``INSERT … ON CONFLICT``
    into ``responses`` on the store's autocommit connection (WAL, ``synchronous=FULL``): when
    :meth:`QuizService.save_response` returns, the answer is on disk. Nothing is buffered.

Time
    A timed attempt has an absolute deadline (wall clock, UTC). It runs on while the app is closed;
    an attempt found after its deadline is submitted automatically with the answers saved before it.
    While it is on screen its time is also counted with a monotonic clock (``elapsed``), and a wall
    clock set back is recorded and cannot stretch the deadline (:mod:`coursebook.classroom.clock`).
    Both clocks are injectable (``clock=``, ``monotonic=``) so tests can move time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..classroom import clock
from ..classroom.clock import epoch  # noqa: F401 - stored times are read here too
from ..i18n import MessageError
from .assessment import ReviewOptions
from .model import Grade, Question

PRACTICE = "practice"
ASSESSMENT = "assessment"
#: An answer confirmed this many seconds after the deadline still counts (the countdown and the save
#: are not the same instant); later ones are refused.
GRACE_SECONDS = 3.0
PLAN_FORMAT = 1

Clock = Callable[[], float]


class QuizError(MessageError):
    """Something the learner or trainer should be told in words (a translatable sentence)."""


class AttemptClosed(QuizError):
    """The attempt was submitted or its time ran out; the answer was not saved."""


class NoAttemptsLeft(QuizError):
    """Every attempt the assessment allows has been used."""


def iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat(timespec="milliseconds")


# --- values handed to the GUI and the tests ---------------------------------------------------

@dataclass(frozen=True)
class Slot:
    """One place in an attempt: the question (by key) and the order its choices are shown in."""

    number: int
    key: str
    order: tuple[int, ...] = ()

    @property
    def module_id(self) -> str:
        return self.key.split(":", 1)[0]


@dataclass
class Attempt:
    id: int
    profile_id: int
    quiz_id: str
    mode: str
    title: str
    plan: dict
    started: float
    deadline: float | None = None
    finished: float | None = None
    score: float | None = None
    max_score: float | None = None
    seconds: float | None = None
    #: Globally unique (two PCs never share one); ``number`` counts this profile's attempts at the quiz.
    uuid: str = ""
    number: int | None = None
    #: Seconds counted by the monotonic clock while the attempt was on screen.
    elapsed: float = 0.0
    #: The latest wall-clock time the attempt has seen (a clock set back does not go below it).
    last_seen: float | None = None
    #: Wall-clock jumps backwards seen during the attempt: [{"at": iso, "seconds": n}].
    clock_jumps: list = field(default_factory=list)

    @classmethod
    def from_row(cls, row: tuple) -> "Attempt":
        (ident, profile_id, quiz_id, mode, title, plan, started, deadline, finished, score, max_score,
         seconds, uuid, number, elapsed, last_seen, jumps) = row
        try:
            plan_data = json.loads(plan or "{}")
        except json.JSONDecodeError:
            plan_data = {}
        try:
            jump_list = json.loads(jumps or "[]")
        except json.JSONDecodeError:
            jump_list = []
        return cls(ident, profile_id, quiz_id, mode, title or "", plan_data if isinstance(plan_data, dict) else {},
                   epoch(started) or 0.0, epoch(deadline), epoch(finished), score, max_score, seconds,
                   uuid or "", number, float(elapsed or 0.0), epoch(last_seen),
                   jump_list if isinstance(jump_list, list) else [])

    @property
    def slots(self) -> list[Slot]:
        result = []
        for number, raw in enumerate(self.plan.get("slots") or []):
            if isinstance(raw, dict) and isinstance(raw.get("key"), str):
                order = raw.get("order") or []
                result.append(Slot(number, raw["key"], tuple(int(i) for i in order if isinstance(i, int))))
        return result

    def slot_keys(self) -> list[tuple[int, str]]:
        """(number, question key) of every slot: what grading needs, without the choice orders that
        :attr:`slots` parses (a report grading 38,000 attempts spent 6 of its 16 s on them)."""
        return [(number, raw["key"]) for number, raw in enumerate(self.plan.get("slots") or [])
                if isinstance(raw, dict) and isinstance(raw.get("key"), str)]

    @property
    def settings(self) -> dict:
        return self.plan.get("settings") or {}

    @property
    def is_open(self) -> bool:
        return self.finished is None

    @property
    def is_assessment(self) -> bool:
        return self.mode == ASSESSMENT

    @property
    def review_options(self) -> ReviewOptions:
        if self.mode != ASSESSMENT:
            return ReviewOptions(True, True, True)
        raw = self.settings.get("review") or {}
        return ReviewOptions(**{k: bool(v) for k, v in raw.items() if k in ReviewOptions.__dataclass_fields__})

    @property
    def pass_percent(self) -> float:
        return float(self.settings.get("pass_percent") or 0)

    @property
    def left_out(self) -> int:
        """Questions left out of the banks this attempt drew from because they are malformed."""
        return int(self.plan.get("left_out") or 0)

    @property
    def problems(self) -> list[str]:
        return list(self.plan.get("problems") or [])

    @property
    def short_by(self) -> int:
        """How many fewer questions the banks had than the assessment asked for."""
        return int(self.plan.get("short_by") or 0)

    @property
    def time_limit(self) -> float | None:
        minutes = float(self.settings.get("time_limit_minutes") or 0) if self.mode == ASSESSMENT else 0.0
        return minutes * 60 if minutes > 0 else None

    def remaining(self, now: float) -> float | None:
        """Seconds left (never below 0), or None when untimed: the deadline by the wall clock (never
        earlier than the latest time seen) and the limit by monotonic elapsed time, whichever is first."""
        return clock.remaining(self.deadline, self.time_limit, self.elapsed, self.last_seen, now)

    def expired(self, now: float) -> bool:
        left = self.remaining(now)
        return left is not None and left <= 0


@dataclass(frozen=True)
class Saved:
    response: Any
    fraction: float | None
    answered: float | None


@dataclass(frozen=True)
class Feedback:
    """What practice shows after "Check": the grade, the right answer, why, and where to read."""

    grade: Grade
    right_answer: str
    notes: tuple[str, ...]
    explanation: str
    module_id: str
    section_id: str
    section_title: str


@dataclass(frozen=True)
class Result:
    attempt: Attempt
    score: float
    max_score: float
    answered: int
    pending: int
    seconds: float

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    @property
    def passed(self) -> bool | None:
        """None when there is no pass mark or essays wait for a trainer."""
        mark = self.attempt.pass_percent
        if self.attempt.mode != ASSESSMENT or mark <= 0 or self.pending:
            return None
        return self.percent >= mark - 1e-9


@dataclass(frozen=True)
class ReviewItem:
    """One question of a finished attempt, with only what the review options allow."""

    number: int
    slot: Slot
    question: Question | None
    response: Any
    answered: bool
    fraction: float | None
    #: None when the review options hide it.
    correct: bool | None
    right_answer: str | None
    notes: tuple[str, ...] | None
    comment: str = ""
    #: An essay answer that waits for a trainer's mark (shown whatever the review options).
    pending: bool = False


@dataclass(frozen=True)
class Resume:
    """What to offer at start-up: an open attempt and its time left, and what was submitted for lack of time."""

    attempt: Attempt | None
    remaining: float | None
    auto_submitted: list[Attempt] = field(default_factory=list)


@dataclass(frozen=True)
class FinalGrade:
    percent: float | None
    attempts: int
    pending: bool
    passed: bool | None


_ATTEMPT_COLUMNS = ("id, profile_id, quiz_id, mode, title, plan, started, deadline, finished, score, "
                    "max_score, seconds, uuid, number, elapsed, last_seen, clock_jumps")
