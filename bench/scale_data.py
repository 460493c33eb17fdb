"""Synthetic data at scale for ``bench_scale``: a course of 1,000 modules and 20,000 questions, and a
learner store with 200 learners and 1,000,000 answers.

How the data are made (stated in the README too):

- Content: module 07 of the real course is the template. Each synthetic module is a copy of its
  ``module.md`` with its own ``id``, title and ``order``; its ``quiz.yaml`` holds 20 generated questions
  of every automatically graded type (the generator of ``bench_quiz``), pointing at the module's real
  sections. The folder passes the loader like the real course.
- Store: made by the app's own ``Store`` (schema, upgrades), then filled by bulk ``INSERT`` in one
  transaction. Per learner: 150 practice attempts of 20 answers, and 40 sealed assessments of 50
  answers. Practice answers carry their grade as practice saves it. Every assessment event is
  written to the learner's ledger with :func:`coursebook.classroom.chain.entry_hash` — the function
  ``chain.append`` uses — start, one entry per answer, submit; the profile's chain head is set to the
  last entry. ``chain.replay`` therefore finds every chain intact and every attempt sealed, exactly
  as for attempts made through ``QuizService``. About 70 % of answers are right; one question in 20 is
  answered wrong more often (the "difficult" ones).
- Both are cached under ``bench/_work/`` keyed by ``VERSION``; a change of the generator or of the
  schema version makes new ones.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
import time
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

VERSION = 1
MODULES = 1000
QUESTIONS_PER_MODULE = 20
LEARNERS = 200
PRACTICE_PER_LEARNER, PRACTICE_SIZE = 150, 20
ASSESSMENTS_PER_LEARNER, ASSESSMENT_SIZE = 40, 50
TEMPLATE = "07-mednarodno-sodelovanje"
WORK = HERE / "_work"


def _sections(module_md: str) -> list[str]:
    from coursebook.loader import load_library

    del module_md
    library = load_library(ROOT / "content")
    module = next(m for m in library.modules if m.id == "mednarodno-sodelovanje")
    return [s.id for s in module.sections]


def content_folder() -> Path:
    """The synthetic course (made once per VERSION)."""
    from bench_quiz import _question_yaml

    root = WORK / f"scale-content-v{VERSION}"
    if (root / ".done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    course = root / "scale"
    course.mkdir(parents=True)
    (course / "course.yaml").write_text("id: scale\ntitle: Scale course\ndescription: Synthetic.\n", encoding="utf-8")
    template = (ROOT / "content" / "thb" / TEMPLATE / "module.md").read_text(encoding="utf-8")
    sections = _sections(template)
    head, body = template.split("\n---\n", 1)
    lines = [line for line in head.splitlines() if not line.startswith(("id:", "title:", "order:"))]
    for index in range(MODULES):
        mid = f"scale-{index:04d}"
        folder = course / f"{index:04d}-{mid}"
        folder.mkdir()
        front = "\n".join([lines[0], f"id: {mid}", f"title: Mednarodno sodelovanje {index}", f"order: {index + 1}",
                           *lines[1:]])
        (folder / "module.md").write_text(front + "\n---\n" + body, encoding="utf-8")
        questions = "".join(_question_yaml(index * QUESTIONS_PER_MODULE + q, sections)
                            for q in range(QUESTIONS_PER_MODULE))
        (folder / "quiz.yaml").write_text(f"module: {mid}\nquestions:\n{questions}", encoding="utf-8")
    (root / ".done").write_text("ok\n")
    return root


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def store_folder(content: Path) -> Path:
    """A data folder whose ``coursebook.db`` holds 200 learners and 1,000,000 answers (made once)."""
    from coursebook.classroom import chain
    from coursebook.loader import load_library
    from coursebook.quiz.model import correct_response, grade
    from coursebook.quiz.service import PLAN_FORMAT, QuizService
    from coursebook.store import SCHEMA_VERSION, Store

    folder = WORK / f"scale-store-v{VERSION}-s{SCHEMA_VERSION}"
    if (folder / ".done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started_at = time.perf_counter()
    library = load_library(content)
    store = Store(folder)
    service = QuizService(store, library)
    modules = [m.id for m in library.modules]
    questions: dict[str, list] = {}
    for mid in modules:
        bank = service.bank(mid)
        questions[mid] = list(bank.questions)
    rng = random.Random(20261201)

    def answer(question, hard: bool) -> tuple[str, float]:  # noqa: ANN001
        right = correct_response(question)
        if rng.random() < (0.35 if hard else 0.75):
            response = right
        elif question.type == "single":
            response = (right + 1) % len(question.options)
        elif question.type == "multiple":
            response = right[:1]
        elif question.type == "truefalse":
            response = not right
        elif question.type == "short":
            response = "napaka"
        elif question.type == "matching":
            response = list(reversed(right))
        elif question.type == "ordering":
            response = list(reversed(right))
        else:
            response = float(right) + 10
        return json.dumps(response, ensure_ascii=False), grade(question, response).fraction or 0.0

    conn = store.conn
    base = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    conn.execute("BEGIN")
    trainer_uuid = uuid.uuid4().hex
    conn.execute("INSERT INTO profiles(name, role, created, uuid) VALUES ('Trainer', 'trainer', ?, ?)",
                 (_iso(base), trainer_uuid))
    for learner in range(LEARNERS):
        puuid = uuid.UUID(int=rng.getrandbits(128)).hex
        pid = conn.execute("INSERT INTO profiles(name, role, created, uuid) VALUES (?, 'learner', ?, ?)",
                           (f"Learner {learner:03d}", _iso(base), puuid)).lastrowid
        moment = base + timedelta(minutes=learner)
        attempt_rows, response_rows, ledger_rows = [], [], []
        seq, prev = 0, chain.GENESIS
        kinds = ["p"] * PRACTICE_PER_LEARNER + ["a"] * ASSESSMENTS_PER_LEARNER
        rng.shuffle(kinds)
        numbers: dict[str, int] = {}
        for kind in kinds:
            moment += timedelta(hours=rng.randint(2, 30))
            mid = modules[rng.randrange(len(modules))]
            if kind == "p":
                picked = questions[mid][:PRACTICE_SIZE]
                quiz_id, mode, title, number = f"practice:{mid}", "practice", mid, None
                settings = {"module_id": mid, "count": 0}
            else:
                quiz_id = f"exam-{rng.randrange(8)}"
                span = [modules[(modules.index(mid) + k) % len(modules)] for k in range(3)]
                pool = [q for m in span for q in questions[m]]
                picked = rng.sample(pool, ASSESSMENT_SIZE)
                numbers[quiz_id] = number = numbers.get(quiz_id, 0) + 1
                mode, title = "assessment", f"Exam {quiz_id[-1]}"
                settings = {"id": quiz_id, "pass_percent": 60}
            slots = [{"key": q.key, "order": list(range(len(q.options))) if q.type in ("single", "multiple") else []}
                     for q in picked]
            plan = {"format": PLAN_FORMAT, "seed": 1, "settings": settings, "slots": slots, "left_out": 0,
                    "short_by": 0, "problems": [], "grading": {}}
            plan_text = json.dumps(plan, ensure_ascii=False)
            auuid = uuid.UUID(int=rng.getrandbits(128)).hex
            started = _iso(moment)
            answers = []
            t = moment
            score = 0.0
            for slot, question in enumerate(picked):
                t += timedelta(seconds=rng.randint(5, 60))
                text, fraction = answer(question, zlib.crc32(question.key.encode()) % 20 == 0)
                score += fraction
                answers.append((slot, question.key, text, fraction, _iso(t), (t - moment).total_seconds()))
            finished = _iso(t + timedelta(seconds=3))
            seconds = (t - moment).total_seconds() + 3
            attempt_rows.append((pid, quiz_id, mode, title, plan_text, started, None, finished, score,
                                 float(len(picked)), seconds, auuid, number, seconds, finished))
            for slot, key, text, fraction, at, _ in answers:
                response_rows.append((auuid, slot, key, text, fraction, at))
            if mode == "assessment":
                events = [(chain.START, {"number": number, "quiz": quiz_id, "title": title,
                                         "plan": chain.plan_hash(plan_text), "started": started, "deadline": None},
                           started)]
                events += [(chain.ANSWER, {"slot": slot, "key": key, "response": text, "elapsed": round(el, 3)}, at)
                           for slot, key, text, _, at, el in answers]
                events.append((chain.SUBMIT, {"finished": finished, "elapsed": round(seconds, 3),
                                              "answers": len(answers)}, finished))
                for ekind, body, at in events:
                    seq += 1
                    text = chain.canonical(body)
                    own = chain.entry_hash(prev, puuid, seq, ekind, auuid, text, at)
                    ledger_rows.append((pid, seq, ekind, auuid, text, at, prev, own))
                    prev = own
        conn.executemany(
            "INSERT INTO attempts(profile_id, quiz_id, mode, title, plan, started, deadline, finished, score, "
            "max_score, seconds, uuid, number, elapsed, last_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            attempt_rows)
        ids = dict(conn.execute("SELECT uuid, id FROM attempts WHERE profile_id = ?", (pid,)).fetchall())
        conn.executemany("INSERT INTO responses(attempt_id, slot, question_key, response, fraction, answered) "
                         "VALUES (?,?,?,?,?,?)", [(ids[r[0]], *r[1:]) for r in response_rows])
        conn.executemany("INSERT INTO ledger(profile_id, seq, kind, attempt_uuid, body, at, prev, hash) "
                         "VALUES (?,?,?,?,?,?,?,?)", ledger_rows)
        conn.execute("UPDATE profiles SET chain_seq = ?, chain_head = ? WHERE id = ?", (seq, prev, pid))
    conn.execute("COMMIT")
    store.close(backup=False)
    (folder / ".done").write_text(f"made in {time.perf_counter() - started_at:.1f} s\n")
    return folder


if __name__ == "__main__":
    t0 = time.perf_counter()
    c = content_folder()
    print("content", c, f"{time.perf_counter() - t0:.1f} s", flush=True)
    s = store_folder(c)
    print("store", s, (s / ".done").read_text().strip(), flush=True)
