"""Questions of every type and how a response to each is scored.

Scores are fractions 0–1 of the question's mark. An essay has no automatic score (``None``) until a
trainer grades it. Responses are plain JSON values so that the store can keep them verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..textnorm import fold

QUESTION_TYPES: tuple[str, ...] = (
    "single", "multiple", "truefalse", "short", "matching", "ordering", "numerical", "essay",
)
DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Option:
    text: str
    weight: float
    feedback: str = ""


@dataclass(frozen=True)
class ShortAnswer:
    text: str
    weight: float = 1.0
    feedback: str = ""


@dataclass
class Question:
    id: str
    type: str
    section: str
    difficulty: str
    text: str
    feedback: str
    module_id: str = ""
    line: int = 0
    options: list[Option] = field(default_factory=list)
    answer: Any = None  # truefalse: bool; numerical: float
    feedback_true: str = ""
    feedback_false: str = ""
    answers: list[ShortAnswer] = field(default_factory=list)
    ignore_diacritics: bool = False
    pairs: list[tuple[str, str]] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    tolerance: float = 0.0
    minimum: float | None = None
    maximum: float | None = None
    guidance: str = ""

    @property
    def key(self) -> str:
        """Globally unique id, used by the store: ``module:question``."""
        return f"{self.module_id}:{self.id}"

    def right_choices(self) -> list[str]:
        """The right-hand items a matching question offers (pairs' right sides and distractors)."""
        return list(dict.fromkeys([r for _, r in self.pairs] + self.distractors))


@dataclass(frozen=True)
class Grade:
    """The outcome of one response: fraction of the mark (None = waits for a trainer) and feedback."""

    fraction: float | None
    feedback: tuple[str, ...] = ()

    @property
    def correct(self) -> bool:
        return self.fraction is not None and self.fraction >= 0.999

    @property
    def pending(self) -> bool:
        return self.fraction is None


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def grade(question: Question, response: Any) -> Grade:
    """Score ``response`` to ``question``. An empty or malformed response scores 0, never raises."""
    kind = question.type
    notes: list[str] = []
    try:
        if kind == "single":
            option = question.options[int(response)]
            if option.feedback:
                notes.append(option.feedback)
            fraction = _clamp(option.weight)
        elif kind == "multiple":
            chosen = sorted({int(i) for i in (response or [])})
            fraction = _clamp(sum(question.options[i].weight for i in chosen))
            notes.extend(question.options[i].feedback for i in chosen if question.options[i].feedback)
        elif kind == "truefalse":
            if not isinstance(response, bool):
                return Grade(0.0, (question.feedback,))
            fraction = 1.0 if response == question.answer else 0.0
            extra = question.feedback_true if response else question.feedback_false
            if extra:
                notes.append(extra)
        elif kind == "short":
            given = fold(str(response or ""), question.ignore_diacritics)
            best: ShortAnswer | None = None
            for answer in question.answers:
                if given and fold(answer.text, question.ignore_diacritics) == given:
                    if best is None or answer.weight > best.weight:
                        best = answer
            fraction = _clamp(best.weight) if best else 0.0
            if best and best.feedback:
                notes.append(best.feedback)
        elif kind == "matching":
            given = list(response or [])
            hits = sum(1 for i, (_, right) in enumerate(question.pairs) if i < len(given) and given[i] == right)
            fraction = hits / len(question.pairs)
        elif kind == "ordering":
            given = [int(i) for i in (response or [])]
            hits = sum(1 for position, item in enumerate(given) if item == position)
            fraction = hits / len(question.items) if sorted(given) == list(range(len(question.items))) else 0.0
        elif kind == "numerical":
            value = float(str(response).replace(",", "."))
            if question.minimum is not None and question.maximum is not None:
                fraction = 1.0 if question.minimum <= value <= question.maximum else 0.0
            else:
                fraction = 1.0 if abs(value - float(question.answer)) <= question.tolerance + 1e-9 else 0.0
        elif kind == "essay":
            return Grade(None, (question.feedback,) if question.feedback else ())
        else:
            fraction = 0.0
    except (TypeError, ValueError, IndexError):
        fraction = 0.0
    if question.feedback:
        notes.append(question.feedback)
    return Grade(fraction, tuple(notes))


def correct_response(question: Question) -> Any:
    """A response that scores full marks (essay: None) — used for review and for tests."""
    kind = question.type
    if kind == "single":
        return max(range(len(question.options)), key=lambda i: question.options[i].weight)
    if kind == "multiple":
        return [i for i, option in enumerate(question.options) if option.weight > 0]
    if kind == "truefalse":
        return bool(question.answer)
    if kind == "short":
        return max(question.answers, key=lambda a: a.weight).text
    if kind == "matching":
        return [right for _, right in question.pairs]
    if kind == "ordering":
        return list(range(len(question.items)))
    if kind == "numerical":
        if question.minimum is not None and question.maximum is not None:
            return (question.minimum + question.maximum) / 2
        return float(question.answer)
    return None


def describe_response(question: Question, response: Any) -> str:
    """A response in words, for reviews and reports."""
    if response is None:
        return "—"
    kind = question.type
    try:
        if kind == "single":
            return question.options[int(response)].text
        if kind == "multiple":
            return "; ".join(question.options[int(i)].text for i in response) or "—"
        if kind == "truefalse":
            return "true" if response else "false"
        if kind == "matching":
            return "; ".join(f"{left} → {response[i] if i < len(response) and response[i] else '—'}"
                             for i, (left, _) in enumerate(question.pairs))
        if kind == "ordering":
            return " → ".join(question.items[int(i)] for i in response)
    except (TypeError, ValueError, IndexError):
        return str(response)
    return str(response)
