"""Classroom benchmarks (run by bench/run.py; also ``python bench/bench_classroom.py``):

- ``check_one_learner``: replay and compare one learner's sealed chain (20 submitted assessments of
  30 questions, every answer recorded) and regrade every attempt: what the report does per learner;
- ``trainer_report``: the learner report over 20 learners × 5 attempts × 30 answers, all regraded;
- ``passphrase_check``: one scrypt check (n=2**14, r=8, p=1) — deliberately slow against guessing;
- ``open_exam_file``: derive the key from the start code and decrypt an exam file of 5 banks.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def _ms(values: list[float]) -> dict:
    return {"median_ms": round(statistics.median(values) * 1000, 2), "max_ms": round(max(values) * 1000, 2),
            "runs": len(values)}


def _fill(store, service, learners: int, attempts: int, first: int = 0) -> list:  # noqa: ANN001
    from coursebook.classroom import profiles
    from coursebook.quiz.assessment import AssessmentDef, BankDraw
    from coursebook.quiz.model import correct_response

    definition = AssessmentDef("bench", "Bench", [BankDraw(m.id, 6) for m in service.library.modules],
                               attempts_allowed=0, time_limit_minutes=0)
    made = []
    for index in range(first, first + learners):
        learner = profiles.add_learner(store, f"Learner {index:03d}")
        for _ in range(attempts):
            attempt = service.start_assessment(learner.id, definition)
            for slot in attempt.slots:
                service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
            service.submit(attempt)
        made.append(learner)
    return made


def run() -> dict:
    from coursebook.classroom import auth, chain, examfile, profiles
    from coursebook.loader import load_library
    from coursebook.quiz import reports
    from coursebook.quiz.service import QuizService
    from coursebook.store import Store

    library = load_library(ROOT / "content")
    result: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        trainer = profiles.add_trainer(store, "Trainer", "correct horse battery")
        actor = auth.Actor(trainer, True)
        service = QuizService(store, library, actor=actor)
        [one] = _fill(store, service, 1, 20)
        times = []
        for _ in range(9):
            start = time.perf_counter()
            replay = chain.replay(store.conn, one.id)
            for attempt in service.attempts_of(one.id, "assessment:bench"):
                reports.regrade(service, attempt, replay.records.get(attempt.uuid))
            times.append(time.perf_counter() - start)
        assert not replay.problems
        result["check_one_learner"] = _ms(times) | {"attempts": 20, "answers": sum(
            len(r.answers) for r in replay.records.values())}
        _fill(store, service, 19, 5, first=1)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            rows = reports.learner_report(service)
            times.append(time.perf_counter() - start)
        result["trainer_report"] = _ms(times) | {"attempts": len(rows)}
        times = []
        for _ in range(5):
            start = time.perf_counter()
            auth.trainer_login(store, trainer, "correct horse battery")
            times.append(time.perf_counter() - start)
        result["passphrase_check"] = _ms(times)
        source = Path(folder) / "exam.json"
        source.write_text(json.dumps({"id": "exam", "title": "Exam", "draws": [
            {"module_id": m.id, "count": 5} for m in library.modules]}), encoding="utf-8")
        packed = examfile.pack(source, "ABCD-2345", Path(folder) / "exam.cbexam",
                               {m.id: m.quiz_path for m in library.modules})
        times = []
        for _ in range(5):
            start = time.perf_counter()
            examfile.open_exam(packed, "ABCD-2345")
            times.append(time.perf_counter() - start)
        result["open_exam_file"] = _ms(times) | {"bytes": packed.stat().st_size}
        store.close()
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
