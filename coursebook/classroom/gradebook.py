"""The trainer's gradebook of handed-in results: learners × assessments.

Rules:
- every attempt is graded again from the answers its chain recorded, with the questions of this PC
  (the trainer's copy); a score stored anywhere is never read; an essay counts with the trainer's mark
  (given here, or given on the learner's PC and sealed in the chain) or waits;
- the grade that counts follows the assessment's rule, copied into each attempt's sealed plan:
  ``highest``, ``last``, ``first`` or ``average`` of the finished attempts with no essay waiting;
- pass/fail against the assessment's pass mark; time taken = the counting attempt's time (the mean
  for ``average``), the longer of wall-clock and on-screen time; attempts used = every attempt started;
- a trainer's change of an essay mark is kept in ``grade_changes`` (who, when, old, new, comment).
Trainer only where the PC has a trainer.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from ..i18n import QT_TRANSLATE_NOOP, message
from ..quiz.attempts import iso
from ..quiz.model import grade
from ..store import Store
from . import profiles
from .auth import Actor
from .errors import ClassroomError, NotAllowed

DECIMAL_COMMA = ("sl", "cs", "sk")


def check_trainer(store: Store, actor: Actor | None) -> None:
    """Allowed when this PC has no trainer, or ``actor`` gave the trainer passphrase."""
    if profiles.trainers(store) and not (actor is not None and actor.trainer):
        raise NotAllowed(message(QT_TRANSLATE_NOOP("core", "Only a trainer can do this. Log in as trainer first.")))


class AttemptGrade(NamedTuple):
    """One imported attempt graded again (a named tuple: the gradebook makes one per attempt)."""

    uuid: str
    learner_uuid: str
    quiz_id: str
    number: int
    started: str
    finished: str | None
    seconds: float | None
    score: float
    max_score: float
    pending: int
    grading: str
    pass_percent: float

    @property
    def percent(self) -> float | None:
        return 100.0 * self.score / self.max_score if self.max_score else None


@dataclass(frozen=True)
class Cell:
    """One learner at one assessment."""

    learner_uuid: str
    learner: str
    quiz_id: str
    title: str
    grade: float | None
    passed: bool | None
    minutes: float | None
    attempts: int
    pending: int
    rule: str


class Grader:
    """Grades answers with the trainer's questions, remembering each (question, answer) once."""

    def __init__(self, question):  # noqa: ANN001 - key -> Question | None
        self.question = question
        self._memo: dict[tuple[str, str], float] = {}
        self._questions: dict[str, Any] = {}

    def find(self, key: str):  # noqa: ANN201
        if key not in self._questions:
            self._questions[key] = self.question(key)
        return self._questions[key]

    def fraction(self, key: str, response: str) -> float:
        memo = self._memo.get((key, response))
        if memo is None:
            try:
                given = json.loads(response)
            except json.JSONDecodeError:
                given = None
            memo = self._memo[(key, response)] = grade(self.find(key), given).fraction or 0.0
        return memo


def attempt_grades(store: Store, grader: Grader, titles: dict[str, str] | None = None) -> list[AttemptGrade]:
    """Every imported attempt graded again from its recorded answers, by learner, assessment and start.

    Each distinct (question, answer) is graded once in Python; SQLite then adds up each attempt's
    fractions (essays with the trainer's mark) in one pass over the answers, which are kept in attempt
    order. ``titles``, if given, receives each assessment's title as its newest import names it."""
    conn = store.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gb_graded (answer_id INTEGER PRIMARY KEY, fraction REAL, "
                 "essay INTEGER NOT NULL)")
    conn.execute("DELETE FROM temp.gb_graded")
    graded = []
    for ident, key, response in conn.execute("SELECT id, question_key, response FROM gb_answers"):
        question = grader.find(key)
        if question is None:
            continue  # a question this PC does not have counts for nothing, like in the learner report
        essay = question.type == "essay"
        graded.append((ident, None if essay else grader.fraction(key, response), int(essay)))
    conn.executemany("INSERT INTO temp.gb_graded VALUES (?, ?, ?)", graded)
    if any(row[2] for row in graded):  # essays: the trainer's mark, or waiting
        sql = ("SELECT r.attempt_uuid, SUM(CASE WHEN g.essay THEN COALESCE(m.fraction, 0) ELSE g.fraction END), "
               "SUM(CASE WHEN g.essay AND m.fraction IS NULL THEN 1 ELSE 0 END) "
               "FROM gb_responses r JOIN temp.gb_graded g ON g.answer_id = r.answer_id "
               "LEFT JOIN gb_marks m ON m.attempt_uuid = r.attempt_uuid AND m.slot = r.slot GROUP BY r.attempt_uuid")
    else:
        sql = ("SELECT r.attempt_uuid, SUM(g.fraction), 0 FROM gb_responses r "
               "JOIN temp.gb_graded g ON g.answer_id = r.answer_id GROUP BY r.attempt_uuid")
    sums = {uuid: (score or 0.0, pending or 0) for uuid, score, pending in conn.execute(sql)}
    missing = [k for (k,) in conn.execute("SELECT key FROM gb_questions") if not grader.find(k)]
    if missing:  # questions this PC does not have count for nothing: take them off each maximum
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS gb_missing (key TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.gb_missing")
        conn.executemany("INSERT INTO temp.gb_missing VALUES (?)", [(k,) for k in missing])
        maximum = ("a.slot_count - (SELECT COUNT(*) FROM json_each(a.slot_keys) j "
                   "JOIN temp.gb_missing k ON k.key = j.value)")
    else:
        maximum = "a.slot_count"
    nothing = (0.0, 0)
    result = []
    add = result.append
    newest: dict[str, tuple[str, str]] = {}
    for (uuid, learner, quiz_id, number, started, finished, rule, mark, max_score, seconds, imported,
         title) in conn.execute(
            "SELECT a.uuid, a.learner_uuid, a.quiz_id, a.number, a.started, a.finished, a.grading, a.pass_percent, "
            f"{maximum}, CASE WHEN a.finished IS NULL THEN NULL "
            "ELSE MAX(0, (julianday(a.finished) - julianday(a.started)) * 86400.0, a.elapsed) END, "
            "a.imported, a.title FROM gb_attempts a ORDER BY a.learner_uuid, a.quiz_id, a.started, a.number"):
        score, pending = sums.get(uuid, nothing)
        add(AttemptGrade(uuid, learner, quiz_id, int(number), started, finished, seconds, score, float(max_score),
                         pending, rule, float(mark)))
        if titles is not None:
            seen = newest.get(quiz_id)
            if seen is None or (imported, started) >= seen:
                newest[quiz_id] = (imported, started)
                titles[quiz_id] = title or quiz_id
    return result


def counting(attempts: list[AttemptGrade]) -> tuple[float | None, float | None, int]:
    """(grade %, seconds, essays waiting) by the rule of the newest attempt's assessment settings."""
    finished = [a for a in attempts if a.finished is not None]
    graded = [a for a in finished if not a.pending and a.percent is not None]
    pending = sum(a.pending for a in finished)
    if not graded:
        return None, None, pending
    rule = attempts[-1].grading
    if rule == "last":
        chosen = [graded[-1]]
    elif rule == "first":
        chosen = [graded[0]]
    elif rule == "average":
        chosen = graded
    else:
        chosen = [max(graded, key=lambda a: a.percent)]
    value = sum(a.percent for a in chosen) / len(chosen)
    seconds = sum(a.seconds or 0.0 for a in chosen) / len(chosen)
    return value, seconds, pending


def gradebook(store: Store, actor: Actor | None, question) -> list[Cell]:  # noqa: ANN001
    """Learners × assessments, sorted by learner name and assessment title. Trainer only."""
    check_trainer(store, actor)
    grader = Grader(question)
    names = {u: n for u, n in store.conn.execute("SELECT uuid, name FROM gb_learners")}
    titles: dict[str, str] = {}
    groups: dict[tuple[str, str], list[AttemptGrade]] = {}
    for attempt in attempt_grades(store, grader, titles):
        groups.setdefault((attempt.learner_uuid, attempt.quiz_id), []).append(attempt)
    cells = []
    for (learner, quiz_id), attempts in groups.items():
        value, seconds, pending = counting(attempts)
        mark = attempts[-1].pass_percent
        passed = None if value is None or mark <= 0 else value >= mark - 1e-9
        cells.append(Cell(learner, names.get(learner, learner), quiz_id, titles.get(quiz_id, quiz_id),
                          None if value is None else round(value, 2), passed,
                          None if seconds is None else round(seconds / 60.0, 2), len(attempts), pending,
                          attempts[-1].grading))
    cells.sort(key=lambda c: (c.learner.casefold(), c.learner_uuid, c.title.casefold(), c.quiz_id))
    return cells


def to_json(cells: list[Cell]) -> str:
    """The same bytes for the same data: no time of printing, sorted keys, fixed order."""
    return json.dumps({"gradebook": [asdict(c) for c in cells]}, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


HEADERS = (QT_TRANSLATE_NOOP("core", "Learner"), QT_TRANSLATE_NOOP("core", "Assessment"),
           QT_TRANSLATE_NOOP("core", "Grade (%)"), QT_TRANSLATE_NOOP("core", "Result"),
           QT_TRANSLATE_NOOP("core", "Time (minutes)"), QT_TRANSLATE_NOOP("core", "Attempts used"),
           QT_TRANSLATE_NOOP("core", "Essays waiting"))
VERDICTS = {True: QT_TRANSLATE_NOOP("core", "passed"), False: QT_TRANSLATE_NOOP("core", "failed"),
            None: ""}


def _number(value: float | None, comma: bool) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def to_csv(cells: list[Cell], language: str, tr=lambda text: text) -> bytes:  # noqa: ANN001
    """CSV for a spreadsheet in the interface language: ``;`` and a decimal comma for sl, cs, sk, else
    ``,`` and a point; UTF-8 with a byte-order mark; grades and minutes as plain numbers."""
    comma = language in DECIMAL_COMMA
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if comma else ",", lineterminator="\r\n")
    writer.writerow([tr(h) for h in HEADERS])
    for c in cells:
        writer.writerow([c.learner, c.title, _number(c.grade, comma), tr(VERDICTS[c.passed]) if c.passed is not None
                         else "", _number(c.minutes, comma), c.attempts, c.pending])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(cells: list[Cell], path, tr=lambda text: text) -> None:  # noqa: ANN001
    """An .xlsx workbook (XlsxWriter): numbers as numbers, minutes with two decimals."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    try:
        sheet = book.add_worksheet("Gradebook")
        bold = book.add_format({"bold": True})
        two = book.add_format({"num_format": "0.00"})
        for col, head in enumerate(HEADERS):
            sheet.write(0, col, tr(head), bold)
        for row, c in enumerate(cells, start=1):
            sheet.write_string(row, 0, c.learner)
            sheet.write_string(row, 1, c.title)
            if c.grade is not None:
                sheet.write_number(row, 2, c.grade, two)
            sheet.write_string(row, 3, tr(VERDICTS[c.passed]) if c.passed is not None else "")
            if c.minutes is not None:
                sheet.write_number(row, 4, c.minutes, two)
            sheet.write_number(row, 5, c.attempts)
            sheet.write_number(row, 6, c.pending)
        sheet.set_column(0, 1, 28)
        sheet.set_column(2, 6, 14)
    finally:
        book.close()


# --- one attempt, question by question, and correcting an essay mark ---------------------------

def attempts_of(store: Store, actor: Actor | None, question, learner_uuid: str,  # noqa: ANN001
                quiz_id: str) -> list[AttemptGrade]:
    """One learner's imported attempts at one assessment, oldest first, graded again. Trainer only."""
    check_trainer(store, actor)
    return [a for a in attempt_grades(store, Grader(question))
            if a.learner_uuid == learner_uuid and a.quiz_id == quiz_id]


@dataclass(frozen=True)
class AnswerRow:
    slot: int
    key: str
    response: Any
    fraction: float | None
    essay: bool
    comment: str


def attempt_answers(store: Store, actor: Actor | None, attempt_uuid: str, question) -> list[AnswerRow]:  # noqa: ANN001
    """One imported attempt question by question, graded again. Trainer only."""
    check_trainer(store, actor)
    row = store.conn.execute("SELECT plan FROM gb_attempts WHERE uuid = ?", (attempt_uuid,)).fetchone()
    if row is None:
        raise ClassroomError(message(QT_TRANSLATE_NOOP("core", "There is no imported attempt {uuid}."),
                                     uuid=attempt_uuid))
    plan = json.loads(row[0] or "{}")
    given = {s: r for s, r in store.conn.execute(
        "SELECT r.slot, a.response FROM gb_responses r JOIN gb_answers a ON a.id = r.answer_id "
        "WHERE r.attempt_uuid = ?", (attempt_uuid,))}
    marks = {s: (f, c) for s, f, c in store.conn.execute(
        "SELECT slot, fraction, comment FROM gb_marks WHERE attempt_uuid = ?", (attempt_uuid,))}
    grader = Grader(question)
    rows = []
    for slot, raw in enumerate(plan.get("slots") or []):
        key = raw.get("key") if isinstance(raw, dict) else ""
        q = grader.find(key)
        essay = q is not None and q.type == "essay"
        text = given.get(slot)
        response = json.loads(text) if text is not None else None
        if essay:
            fraction = marks.get(slot, (None, ""))[0] if text is not None else 0.0
        else:
            fraction = grader.fraction(key, text) if (q is not None and text is not None) else (0.0 if q else None)
        rows.append(AnswerRow(slot, key, response, fraction, essay, marks.get(slot, (None, ""))[1]))
    return rows


def mark_essay(store: Store, actor: Actor, attempt_uuid: str, slot: int, fraction: float, comment: str = "",
               clock=None) -> None:  # noqa: ANN001
    """Give or correct a trainer's mark (0–1) for an imported essay answer; recorded in grade_changes."""
    check_trainer(store, actor)
    if actor is None or not actor.trainer:
        raise NotAllowed(message(QT_TRANSLATE_NOOP("core", "Only a trainer can do this. Log in as trainer first.")))
    if not 0.0 <= fraction <= 1.0:
        raise ClassroomError(message(QT_TRANSLATE_NOOP("core", "A mark is between 0 and 100 %.")))
    conn = store.conn
    if conn.execute("SELECT 1 FROM gb_responses WHERE attempt_uuid = ? AND slot = ?",
                    (attempt_uuid, slot)).fetchone() is None:
        raise ClassroomError(message(QT_TRANSLATE_NOOP("core", "There is no answer to grade.")))
    import time

    at = iso((clock or time.time)())
    with store.transaction():
        old = conn.execute("SELECT fraction FROM gb_marks WHERE attempt_uuid = ? AND slot = ?",
                           (attempt_uuid, slot)).fetchone()
        conn.execute("INSERT INTO gb_marks(attempt_uuid, slot, fraction, comment, by_name, at) VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(attempt_uuid, slot) DO UPDATE SET fraction = excluded.fraction, "
                     "comment = excluded.comment, by_name = excluded.by_name, at = excluded.at",
                     (attempt_uuid, slot, fraction, comment, actor.profile.name, at))
        conn.execute("INSERT INTO grade_changes(attempt_uuid, slot, by_uuid, by_name, at, old, new, comment) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (attempt_uuid, slot, actor.profile.uuid, actor.profile.name, at, old[0] if old else None,
                      fraction, comment))




# --- knowledge gain between a pre-test and a post-test ----------------------------------------

@dataclass(frozen=True)
class Gain:
    learner_uuid: str
    learner: str
    pre: float
    post: float
    gain: float
    #: Hake's normalised gain: the share of what there was to learn that was learnt, (post − pre) / (100 − pre).
    normalised: float | None


def knowledge_gain(store: Store, actor: Actor | None, question, pre_quiz: str,  # noqa: ANN001
                   post_quiz: str) -> tuple[list[Gain], float | None]:
    """Per learner who took both: the first finished pre-test attempt and the grade that counts in the
    post-test, the gain in points and the normalised gain; and the class's mean gain. Trainer only."""
    check_trainer(store, actor)
    names = dict(store.conn.execute("SELECT uuid, name FROM gb_learners"))
    pre: dict[str, float] = {}
    post: dict[str, list[AttemptGrade]] = {}
    for attempt in attempt_grades(store, Grader(question)):
        if attempt.quiz_id == pre_quiz and attempt.finished and not attempt.pending and attempt.percent is not None:
            pre.setdefault(attempt.learner_uuid, attempt.percent)
        if attempt.quiz_id == post_quiz:
            post.setdefault(attempt.learner_uuid, []).append(attempt)
    rows = []
    for learner, before in pre.items():
        after, _seconds, _pending = counting(post.get(learner, []))
        if after is None:
            continue
        normalised = None if before >= 100 - 1e-9 else round((after - before) / (100.0 - before), 3)
        rows.append(Gain(learner, names.get(learner, learner), round(before, 2), round(after, 2),
                         round(after - before, 2), normalised))
    rows.sort(key=lambda g: (g.learner.casefold(), g.learner_uuid))
    mean = round(sum(g.gain for g in rows) / len(rows), 2) if rows else None
    return rows, mean



def default_export_path(extension: str, today: str, quiz_title: str = "") -> "Path":
    """``Documents/gradebook[-assessment]-YYYY-MM-DD.ext``: the user's documents folder, never the program's."""
    import re
    from pathlib import Path

    from platformdirs import user_documents_dir

    part = re.sub(r"[^\w-]+", "-", quiz_title, flags=re.UNICODE).strip("-")[:40]
    name = f"gradebook-{part}-{today}" if part else f"gradebook-{today}"
    return Path(user_documents_dir()) / f"{name}.{extension}"


__all__ = ["AnswerRow", "Cell", "Gain", "Grader", "attempt_answers", "attempts_of", "default_export_path",
           "knowledge_gain", "check_trainer", "counting", "gradebook",
           "mark_essay", "to_csv", "to_json", "to_xlsx"]
