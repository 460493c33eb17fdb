"""Reports for trainers: attempts per learner, and how each question fared (the difficult questions)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .attempts import ASSESSMENT, Attempt
from .service import QuizService
from .model import Question
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
    """Every attempt, per learner: when, how long, the score, passed or not, essays waiting."""
    where, args = _attempt_filter(quiz_id, mode, [])
    sql = ("SELECT a.id, a.profile_id, a.quiz_id, a.mode, a.title, a.plan, a.started, a.deadline, a.finished, "
           "a.score, a.max_score, a.seconds, p.name, "
           "(SELECT COUNT(*) FROM responses r WHERE r.attempt_id = a.id AND r.fraction IS NULL) "
           "FROM attempts a JOIN profiles p ON p.id = a.profile_id "
           + ("WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.name, a.quiz_id, a.started, a.id")
    counters: Counter[tuple[int, str]] = Counter()
    result = []
    for row in service.store.conn.execute(sql, args).fetchall():
        attempt = Attempt.from_row(row[:12])
        name, pending = row[12], row[13]
        counters[(attempt.profile_id, attempt.quiz_id)] += 1
        percent = 100.0 * attempt.score / attempt.max_score if attempt.score is not None and attempt.max_score else None
        passed = None
        if attempt.mode == ASSESSMENT and attempt.pass_percent > 0 and not attempt.is_open and not pending:
            passed = (percent or 0.0) >= attempt.pass_percent - 1e-9
        result.append(LearnerRow(attempt.profile_id, name, attempt.quiz_id, attempt.title, attempt.mode,
                                 counters[(attempt.profile_id, attempt.quiz_id)], attempt.started, attempt.finished,
                                 attempt.seconds, attempt.score, attempt.max_score, pending, passed))
    return result


def question_report(service: QuizService, quiz_id: str | None = None, mode: str | None = None,
                    top_wrong: int = 3, true_word: str = "true", false_word: str = "false") -> list[QuestionRow]:
    """Per question: answered, fully right, average score and the commonest wrong answers.

    Hardest first (lowest average). Essays still waiting for a trainer are not counted."""
    where, args = _attempt_filter(quiz_id, mode, ["r.fraction IS NOT NULL"])
    rows = service.store.conn.execute(
        "SELECT r.question_key, r.response, r.fraction FROM responses r JOIN attempts a ON a.id = r.attempt_id "
        "WHERE " + " AND ".join(where), args).fetchall()
    stats: dict[str, QuestionRow] = {}
    wrong: dict[str, Counter[str]] = {}
    words: dict[tuple[str, str], str] = {}
    for key, text, fraction in rows:
        row = stats.get(key)
        if row is None:
            row = stats[key] = QuestionRow(key, service.question(key))
            wrong[key] = Counter()
        row.answered += 1
        row.total += fraction
        if fraction >= 0.999:
            row.right += 1
        elif row.question is not None:
            response = _load(text)
            label = response_key(row.question, response)
            wrong[key][label] += 1
            words.setdefault((key, label), response_text(row.question, response, true_word, false_word))
    for key, row in stats.items():
        row.wrong = [(words[(key, label)], count) for label, count in wrong[key].most_common(top_wrong)]
    return sorted(stats.values(), key=lambda r: (r.average, -r.answered, r.key))


def pending_essays(service: QuizService) -> list[PendingEssay]:
    """Essay answers of submitted attempts that wait for a trainer's mark."""
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


__all__ = ["LearnerRow", "PendingEssay", "QuestionRow", "learner_report", "pending_essays",
           "question_report", "quizzes"]
