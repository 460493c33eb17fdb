"""Question statistics over the imported assessment attempts, as Moodle's quiz statistics define them.

- Facility index: the mean score on the question as a percentage of its maximum (high = easy).
- Discrimination index: 100 × the correlation (Pearson) between the score on this question and the
  score on the rest of the attempt (the attempt's total minus this question), over the attempts that
  had the question. Below 0 the weaker learners did better than the stronger ones: check the key.
- Most chosen wrong answers: the commonest responses that were not fully right, in words.

Only finished assessment attempts handed in to the gradebook are counted (practice is never mixed
in); ``first_only`` counts each learner's first attempt at each assessment (Moodle's default). An
unanswered question scores 0; an essay counts with its mark, or is left out while it waits.

Flag (Moodle's question bank column "Needs checking?", ``question/bank/statistics/classes/helper.php``):
a discrimination index below 30 % makes a check *very likely* needed, below 50 % *likely*; below 0 the
key is probably wrong.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP
from ..store import Store
from ..quiz.review import TruthWords, english_truth, response_key, response_text
from .auth import Actor
from .gradebook import Grader, check_trainer


@dataclass
class QuestionStats:
    key: str
    text: str
    attempts: int = 0
    facility: float | None = None
    discrimination: float | None = None
    wrong: list[tuple[str, int]] = field(default_factory=list)


#: Moodle's "Needs checking?" thresholds on the discrimination index (qbank_statistics helper).
VERY_LIKELY_BELOW = 30.0
LIKELY_BELOW = 50.0

NEEDS_CHECKING = {
    "negative": QT_TRANSLATE_NOOP("core", "Yes: negative, check the key"),
    "very likely": QT_TRANSLATE_NOOP("core", "Very likely"),
    "likely": QT_TRANSLATE_NOOP("core", "Likely"),
    "unlikely": QT_TRANSLATE_NOOP("core", "Unlikely"),
}


def needs_checking(discrimination: float | None) -> str | None:
    """``negative`` (< 0), ``very likely`` (< 30), ``likely`` (< 50), ``unlikely``; None without a value."""
    if discrimination is None:
        return None
    if discrimination < 0:
        return "negative"
    if discrimination < VERY_LIKELY_BELOW:
        return "very likely"
    if discrimination < LIKELY_BELOW:
        return "likely"
    return "unlikely"


def assessments(store: Store, actor: Actor | None) -> list[tuple[str, str]]:
    """(id, title) of every assessment with imported attempts, by title. Trainer only."""
    check_trainer(store, actor)
    titles: dict[str, str] = {}
    for quiz_id, title in store.conn.execute("SELECT quiz_id, title FROM gb_attempts ORDER BY imported, started"):
        titles[quiz_id] = title or quiz_id
    return sorted(titles.items(), key=lambda item: (item[1].casefold(), item[0]))


def _correlation(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def question_statistics(store: Store, actor: Actor | None, question, quiz_id: str | None = None,  # noqa: ANN001
                        first_only: bool = False, top_wrong: int = 3,
                        truth: TruthWords = english_truth) -> list[QuestionStats]:
    """Per question: facility, discrimination, the commonest wrong answers (true/false in ``truth``'s words).
    Hardest first. Trainer only."""
    check_trainer(store, actor)
    grader = Grader(question)
    conn = store.conn
    sql = "SELECT uuid, learner_uuid, quiz_id, slot_keys FROM gb_attempts WHERE finished IS NOT NULL"
    args: list[str] = []
    if quiz_id:
        sql += " AND quiz_id = ?"
        args.append(quiz_id)
    rows = conn.execute(sql + " ORDER BY learner_uuid, quiz_id, started, number", args).fetchall()
    if first_only:
        seen: set[tuple[str, str]] = set()
        rows = [r for r in rows if not ((r[1], r[2]) in seen or seen.add((r[1], r[2])))]
    wanted = {r[0] for r in rows}
    given: dict[str, dict[int, tuple[str, str]]] = {}
    for uuid, slot, key, response in conn.execute(
            "SELECT r.attempt_uuid, r.slot, a.question_key, a.response FROM gb_responses r "
            "JOIN gb_answers a ON a.id = r.answer_id"):
        if uuid in wanted:
            given.setdefault(uuid, {})[slot] = (key, response)
    marks = {(u, s): f for u, s, f in conn.execute("SELECT attempt_uuid, slot, fraction FROM gb_marks")}
    # per attempt: {key: fraction}
    scores: list[dict[str, float]] = []
    wrong: dict[str, Counter[str]] = {}
    words: dict[tuple[str, str], str] = {}
    for uuid, _learner, _quiz, slot_keys in rows:
        per: dict[str, float] = {}
        answers = given.get(uuid, {})
        for slot, key in enumerate(json.loads(slot_keys)):
            q = grader.find(key) if key else None
            if q is None:
                continue
            if slot not in answers:
                per[key] = 0.0
                continue
            if q.type == "essay":
                if (uuid, slot) in marks:
                    per[key] = marks[(uuid, slot)]
                continue
            fraction = grader.fraction(key, answers[slot][1])
            per[key] = fraction
            if fraction < 0.999:
                try:
                    response = json.loads(answers[slot][1])
                except json.JSONDecodeError:
                    response = None
                label = response_key(q, response)
                wrong.setdefault(key, Counter())[label] += 1
                words.setdefault((key, label), response_text(q, response, *truth(q)))
        scores.append(per)
    keys = sorted({k for per in scores for k in per})
    result = []
    for key in keys:
        mine = [(per[key], sum(per.values()) - per[key]) for per in scores if key in per]
        xs, rest = [m[0] for m in mine], [m[1] for m in mine]
        r = _correlation(xs, rest)
        q = grader.find(key)
        stats = QuestionStats(key, " ".join((q.text if q else key).split()), len(xs),
                              round(100.0 * sum(xs) / len(xs), 2) if xs else None,
                              None if r is None else round(100.0 * r, 2))
        stats.wrong = [(words[(key, label)], n) for label, n in wrong.get(key, Counter()).most_common(top_wrong)]
        result.append(stats)
    result.sort(key=lambda s: (s.facility if s.facility is not None else 101.0, s.key))
    return result


__all__ = ["LIKELY_BELOW", "NEEDS_CHECKING", "QuestionStats", "VERY_LIKELY_BELOW", "assessments", "needs_checking",
           "question_statistics"]
