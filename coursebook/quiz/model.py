"""Questions of every type and how a response to each is scored.

Scores are fractions 0–1 of the question's mark. An essay has no automatic score (``None``) until a
trainer grades it. Responses are plain JSON values so that the store can keep them verbatim.
"""

from __future__ import annotations

import math
import unicodedata
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


@dataclass(frozen=True)
class NumericAlternative:
    """A numerical answer worth part of the mark (Moodle's weighted alternatives)."""

    answer: float
    tolerance: float = 0.0
    weight: float = 0.0
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
    #: numerical: the unit the answer is given in (shown beside the field; accepted after the number).
    unit: str = ""
    #: The module's language: how a typed number is read (decimal comma in sl, cs, sk).
    language: str = "sl"
    #: A scenario or application question (a situation to judge), not plain recall.
    scenario: bool = False
    #: numerical: further answers worth part of the mark, best one counts
    alternatives: list[NumericAlternative] = field(default_factory=list)

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


def _index(value: Any, size: int) -> int:
    """An option or item index from a stored response: an int (not a bool) in range, else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < size:
        raise ValueError(f"not an index below {size}: {value!r}")
    return value


def _indices(value: Any, size: int) -> list[int]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"not a list of indices: {value!r}")
    return [_index(v, size) for v in value]


def _match_text(text: str, ignore_diacritics: bool) -> str:
    """Text as a short answer is compared: composed (NFC) first, so a decomposed ``ž`` equals ``ž``."""
    return fold(unicodedata.normalize("NFC", text), ignore_diacritics)


def grade(question: Question, response: Any) -> Grade:
    """Score ``response`` to ``question``. An empty or malformed response scores 0, never raises."""
    kind = question.type
    notes: list[str] = []
    try:
        if kind == "single":
            option = question.options[_index(response, len(question.options))]
            if option.feedback:
                notes.append(option.feedback)
            fraction = _clamp(option.weight)
        elif kind == "multiple":
            chosen = sorted(set(_indices(response, len(question.options))))
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
            if isinstance(response, bool) or (response is not None and not isinstance(response, (str, int, float))):
                raise ValueError("a short answer is text")
            given = _match_text(str(response if response is not None else ""), question.ignore_diacritics)
            best: ShortAnswer | None = None
            for answer in question.answers:
                if given and _match_text(answer.text, question.ignore_diacritics) == given:
                    if best is None or answer.weight > best.weight:
                        best = answer
            fraction = _clamp(best.weight) if best else 0.0
            if best and best.feedback:
                notes.append(best.feedback)
        elif kind == "matching":
            if response is not None and not isinstance(response, (list, tuple)):
                raise ValueError("a matching response is a list")
            given = list(response or [])
            hits = sum(1 for i, (_, right) in enumerate(question.pairs) if i < len(given) and given[i] == right)
            fraction = hits / len(question.pairs)
        elif kind == "ordering":
            given = _indices(response, len(question.items))
            hits = sum(1 for position, item in enumerate(given) if item == position)
            fraction = hits / len(question.items) if sorted(given) == list(range(len(question.items))) else 0.0
        elif kind == "numerical":
            if isinstance(response, bool) or not isinstance(response, (str, int, float)):
                raise ValueError("a number is text or a number")
            if isinstance(response, str):
                from ..numbers import parse_number

                reading = parse_number(response, question.language, question.unit)
                # An ambiguous text the learner was not asked about counts if either reading is right.
                candidates = list(reading.alternatives) or ([reading.value] if reading.value is not None else [])
            else:
                candidates = [float(response)]
            fraction = 0.0
            for value in candidates:
                if not math.isfinite(value):
                    continue
                if question.minimum is not None and question.maximum is not None:
                    right = question.minimum <= value <= question.maximum
                else:
                    right = abs(value - float(question.answer)) <= question.tolerance + 1e-9
                fraction = max(fraction, 1.0 if right else 0.0)
            best_alt = None
            for value in candidates:
                if fraction < 1.0 and math.isfinite(value):
                    for alt in question.alternatives:
                        if abs(value - alt.answer) <= alt.tolerance + 1e-9 and alt.weight > fraction:
                            fraction, best_alt = _clamp(alt.weight), alt
            if best_alt is not None and best_alt.feedback:
                notes.append(best_alt.feedback)
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
            return question.options[_index(response, len(question.options))].text
        if kind == "multiple":
            return "; ".join(question.options[i].text for i in _indices(response, len(question.options))) or "—"
        if kind == "truefalse":
            return "true" if response else "false"
        if kind == "matching":
            return "; ".join(f"{left} → {response[i] if i < len(response) and response[i] else '—'}"
                             for i, (left, _) in enumerate(question.pairs))
        if kind == "ordering":
            return " → ".join(question.items[i] for i in _indices(response, len(question.items)))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        return str(response)
    return str(response)
