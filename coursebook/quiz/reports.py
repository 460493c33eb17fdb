"""Reports for trainers: attempts per learner, and how each question fared (the difficult questions)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..classroom import chain
from ..classroom.auth import require_trainer
from ..i18n import Message
from .attempts import _ATTEMPT_COLUMNS, ASSESSMENT, Attempt, epoch
from .model import Question, grade
from .service import QuizService
from .review import response_key, response_text


@dataclass(frozen=True)
class LearnerRow:
    profile_id: int
    learner: str
    quiz_id: str
    title: str
    mode: str
    number: int          # 1 = the learner's first attempt at this quiz
    started: float
    finished: float | None
    seconds: float | None
    score: float | None
    max_score: float | None
    pending: int
    passed: bool | None
    attempt_id: int = 0
    #: ``sealed``, ``open``, ``altered`` (changed or deleted after the fact), ``unrecorded`` (no seal:
    #: practice, or made before sealing existed).
    integrity: str = "unrecorded"
    #: What the chain check found about this attempt, for the trainer.
    problems: tuple[Message, ...] = ()
    #: Monotonic time on screen, and the wall-clock jumps backwards seen during the attempt.
    elapsed: float = 0.0
    clock_jumps: tuple[dict, ...] = ()
    #: The exam file whose start code is needed to grade this attempt ("" = none needed).
    locked_exam: str = ""

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100.0 * self.score / self.max_score


@dataclass
class QuestionRow:
    key: str
    question: Question | None
    answered: int = 0
    right: int = 0
    total: float = 0.0
    #: The most often chosen wrong responses, in words, with how many chose each.
    wrong: list[tuple[str, int]] = field(default_factory=list)

    @property
    def module_id(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def average(self) -> float:
        return self.total / self.answered if self.answered else 0.0

    @property
    def text(self) -> str:
        return self.question.text if self.question else self.key


@dataclass(frozen=True)
class PendingEssay:
    attempt_id: int
    slot: int
    learner: str
    title: str
    question: Question | None
    response: str


def quizzes(service: QuizService) -> list[tuple[str, str]]:
    """Every quiz with attempts: (quiz_id, title), assessments first."""
    rows = service.store.conn.execute(
        "SELECT quiz_id, MAX(title), MAX(mode) FROM attempts GROUP BY quiz_id").fetchall()
    rows.sort(key=lambda r: (r[2] != ASSESSMENT, (r[1] or r[0]).casefold()))
    return [(r[0], r[1] or r[0]) for r in rows]


def _attempt_filter(quiz_id: str | None, mode: str | None, where: list[str]) -> tuple[list[str], list[str]]:
    """SQL conditions (on attempts ``a``) and their arguments for the report filters."""
    args: list[str] = []
    if quiz_id:
        where.append("a.quiz_id = ?")
        args.append(quiz_id)
    if mode:
        where.append("a.mode = ?")
        args.append(mode)
    return where, args


def learner_report(service: QuizService, quiz_id: str | None = None, mode: str | None = None) -> list[LearnerRow]:
    """Every attempt, per learner: when, how long, the score, passed or not, essays waiting. Trainer only.

    The score is never read from the store: every attempt is graded again from its answers with the
    questions. For a sealed assessment the answers are the ones its chain recorded, and an attempt
    whose rows differ from the chain is marked ``altered``; a deleted one is listed in ``chain_problems``."""
    require_trainer(service.actor)
    return list(service.kept("learners", (quiz_id, mode), lambda: _learner_rows(service, quiz_id, mode)))


def _learner_rows(service: QuizService, quiz_id: str | None, mode: str | None) -> list[LearnerRow]:
    where, args = _attempt_filter(quiz_id, mode, [])
    sql = (f"SELECT {', '.join('a.' + c.strip() for c in _ATTEMPT_COLUMNS.split(','))}, p.name "
           "FROM attempts a JOIN profiles p ON p.id = a.profile_id "
           + ("WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.name, a.quiz_id, a.started, a.id")
    counters: Counter[tuple[int, str]] = Counter()
    replays: dict[int, chain.Replay] = {}
    memo: dict = {}
    result = []
    for row in service.store.conn.execute(sql, args).fetchall():
        attempt = Attempt.from_row(row[:-1])
        name = row[-1]
        counters[(attempt.profile_id, attempt.quiz_id)] += 1
        integrity, problems, record = "unrecorded", (), None
        if attempt.mode == ASSESSMENT:
            replay = replays.get(attempt.profile_id)
            if replay is None:
                replay = replays[attempt.profile_id] = service.replay(attempt.profile_id)
            integrity = replay.status(attempt.uuid)
            problems = tuple(p.text for p in replay.problems if p.attempt_uuid == attempt.uuid)
            record = replay.records.get(attempt.uuid)
        score, max_score, pending = regrade(service, attempt, record, memo)
        finished = attempt.finished
        if record is not None:  # times as sealed
            finished = epoch(record.finished) if record.finished else None
        percent = 100.0 * score / max_score if max_score else None
        passed = None
        if attempt.mode == ASSESSMENT and attempt.pass_percent > 0 and finished is not None and not pending:
            passed = (percent or 0.0) >= attempt.pass_percent - 1e-9
        elapsed = record.elapsed if record is not None else attempt.elapsed
        # by the wall clock, unless the monotonic count says more (the clock was set back meanwhile)
        seconds = None if finished is None else max(0.0, finished - attempt.started, elapsed)
        jumps = tuple(record.clock_jumps if record is not None else attempt.clock_jumps)
        result.append(LearnerRow(attempt.profile_id, name, attempt.quiz_id, attempt.title, attempt.mode,
                                 attempt.number or counters[(attempt.profile_id, attempt.quiz_id)], attempt.started,
                                 finished, seconds, score if finished is not None else None,
                                 max_score, pending, passed, attempt.id, integrity, problems, elapsed, jumps,
                                 str(attempt.settings.get("id")) if service.exam_locked(attempt) else ""))
    return result


def chain_problems(service: QuizService) -> list[tuple[str, Message]]:
    """(learner, problem) for every profile whose sealed record does not match the store. Trainer only."""
    require_trainer(service.actor)
    found = []
    for profile_id, name in service.store.conn.execute("SELECT id, name FROM profiles ORDER BY name").fetchall():
        for problem in service.replay(profile_id).problems:
            found.append((name, problem.text))
    return found


def regrade(service: QuizService, attempt: Attempt, record: "chain.Recorded | None" = None,
            memo: dict | None = None) -> tuple[float, float, int]:
    """(score, maximum, essays waiting) from the answers — the recorded ones when there is a record —
    graded again with the questions this program has (the trainer's copy).

    ``memo`` (one report's work): the questions looked up and the grade of a (question key, answer as
    JSON text) already graded in this report, so the same answer to the same question is graded once —
    still by this program."""
    if record is not None:
        texts = {slot: given[1] for slot, given in record.answers.items()}
        marks = {slot: g[0] for slot, g in record.grades.items()}
    else:
        rows = service.store.conn.execute(
            "SELECT slot, response, fraction FROM responses WHERE attempt_id = ?", (attempt.id,)).fetchall()
        texts = {slot: text for slot, text, _ in rows}
        marks = {slot: fraction for slot, _, fraction in rows if fraction is not None}
    memo = {} if memo is None else memo
    score, max_score, pending = 0.0, 0.0, 0
    locked = service.exam_locked(attempt)
    for slot in attempt.slots:
        if locked:
            continue
        if slot.key in memo:
            question = memo[slot.key]
        else:
            question = memo[slot.key] = service.question(slot.key)
        if question is None:
            continue
        max_score += 1
        if slot.number not in texts:
            continue
        if question.type == "essay":
            if slot.number in marks:
                score += marks[slot.number] or 0.0
            else:
                pending += 1
            continue
        score += _graded(question, slot.key, texts[slot.number], memo)
    if locked:
        pending = len(texts)
    return score, max_score, pending


def _graded(question: Question, key: str, text: str | None, memo: dict) -> float:
    """The fraction this program gives ``text`` (an answer as JSON) for ``question``, graded once per report."""
    token = (key, "" if text is None else text)
    fraction = memo.get(token)
    if fraction is None:
        fraction = memo[token] = grade(question, _load(text)).fraction or 0.0
    return fraction


def question_report(service: QuizService, quiz_id: str | None = None, mode: str | None = None,
                    top_wrong: int = 3, true_word: str = "true", false_word: str = "false") -> list[QuestionRow]:
    """Per question: answered, fully right, average score and the commonest wrong answers.

    Hardest first (lowest average). Essays still waiting for a trainer and answers of assessments not
    yet submitted are not counted. Trainer only."""
    require_trainer(service.actor)
    rows = service.kept("questions", (quiz_id, mode, top_wrong, true_word, false_word),
                        lambda: _question_rows(service, quiz_id, mode, top_wrong, true_word, false_word))
    return [dataclasses.replace(r, wrong=list(r.wrong)) for r in rows]


def _question_rows(service: QuizService, quiz_id: str | None, mode: str | None, top_wrong: int, true_word: str,
                   false_word: str) -> list[QuestionRow]:
    where, args = _attempt_filter(quiz_id, mode, ["(a.mode != 'assessment' OR a.finished IS NOT NULL)"])
    # Identical answers to a question are counted by SQLite and graded once each; the stored
    # fraction is read only for essays (a trainer's mark), as before.
    rows = service.store.conn.execute(
        "SELECT r.question_key, r.response, r.fraction, COUNT(*) FROM responses r "
        "JOIN attempts a ON a.id = r.attempt_id WHERE " + " AND ".join(where)
        + " GROUP BY r.question_key, r.response, r.fraction", args).fetchall()
    stats: dict[str, QuestionRow] = {}
    wrong: dict[str, Counter[str]] = {}
    words: dict[tuple[str, str], str] = {}
    for key, text, stored, count in rows:
        question = service.question(key)
        response = _load(text)
        if question is not None and question.type != "essay":
            fraction = grade(question, response).fraction  # graded again, never read from the store
        else:
            fraction = stored
        if fraction is None:
            continue
        row = stats.get(key)
        if row is None:
            row = stats[key] = QuestionRow(key, question)
            wrong[key] = Counter()
        row.answered += count
        row.total += fraction * count
        if fraction >= 0.999:
            row.right += count
        elif row.question is not None:
            label = response_key(row.question, response)
            wrong[key][label] += count
            words.setdefault((key, label), response_text(row.question, response, true_word, false_word))
    for key, row in stats.items():
        row.wrong = [(words[(key, label)], count) for label, count in wrong[key].most_common(top_wrong)]
    return sorted(stats.values(), key=lambda r: (r.average, -r.answered, r.key))


def pending_essays(service: QuizService) -> list[PendingEssay]:
    """Essay answers of submitted attempts that wait for a trainer's mark. Trainer only."""
    require_trainer(service.actor)
    rows = service.store.conn.execute(
        "SELECT r.attempt_id, r.slot, p.name, a.title, r.question_key, r.response FROM responses r "
        "JOIN attempts a ON a.id = r.attempt_id JOIN profiles p ON p.id = a.profile_id "
        "WHERE r.fraction IS NULL AND a.finished IS NOT NULL ORDER BY a.finished, r.slot").fetchall()
    return [PendingEssay(r[0], r[1], r[2], r[3] or "", service.question(r[4]), str(_load(r[5]) or ""))
            for r in rows]


def _load(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except json.JSONDecodeError:
        return None


def learner_csv(rows: list[LearnerRow], headers: list[str], words: dict[str, str], sep: str = ",") -> str:
    """The learner report as CSV from the data (not from widget text): numbers as numbers, the time
    in seconds, the start as ISO 8601, the result and the seal check in the caller's words."""
    import csv
    import io
    from datetime import datetime

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    for r in rows:
        if r.finished is None:
            verdict = words.get("open", "")
        elif r.pending:
            verdict = words.get("pending", "")
        elif r.passed is True:
            verdict = words.get("passed", "")
        elif r.passed is False:
            verdict = words.get("failed", "")
        else:
            verdict = ""
        writer.writerow([r.learner, r.title, r.number, datetime.fromtimestamp(r.started).isoformat(timespec="seconds"),
                         "" if r.seconds is None else round(r.seconds), "" if r.score is None else f"{r.score:g}",
                         "" if r.max_score is None else f"{r.max_score:g}",
                         "" if r.percent is None or r.finished is None else round(r.percent, 1), verdict,
                         words.get(r.integrity, r.integrity)])
    return out.getvalue()


def question_csv(rows: list[QuestionRow], headers: list[str], module_titles: dict[str, str], sep: str = ",") -> str:
    """The question report as CSV from the data."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    for r in rows:
        writer.writerow([" ".join(r.text.split()), module_titles.get(r.module_id, r.module_id), r.answered, r.right,
                         round(r.average * 100, 1), "; ".join(f"{text} (×{count})" for text, count in r.wrong)])
    return out.getvalue()


__all__ = ["LearnerRow", "PendingEssay", "QuestionRow", "chain_problems", "learner_csv", "learner_report",
           "pending_essays", "question_csv", "question_report", "quizzes", "regrade"]
