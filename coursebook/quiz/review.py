"""Words for reviews and reports: the right answer of a question, a response as a comparable key."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import Any

from ..textnorm import fold
from .model import Question, correct_response, describe_response


def _number(value: float) -> str:
    return f"{value:g}"


def right_answer_text(question: Question, true_word: str = "true", false_word: str = "false") -> str:
    """The right answer in words ('' for an essay, which a trainer grades)."""
    kind = question.type
    if kind == "truefalse":
        return true_word if question.answer else false_word
    if kind == "short":
        best = max(a.weight for a in question.answers)
        return " / ".join(a.text for a in question.answers if a.weight >= best - 1e-9)
    if kind == "numerical":
        if question.minimum is not None and question.maximum is not None:
            return f"{_number(question.minimum)} – {_number(question.maximum)}"
        if question.tolerance:
            return f"{_number(question.answer)} ± {_number(question.tolerance)}"
        return _number(question.answer)
    if kind == "essay":
        return ""
    return describe_response(question, correct_response(question))


#: Words for a true/false answer per question (the GUI gives the module's language); English without it.
TruthWords = Callable[[Question], tuple[str, str]]


def english_truth(_question: Question) -> tuple[str, str]:
    return "true", "false"


def response_text(question: Question, response: Any, true_word: str = "true", false_word: str = "false") -> str:
    """A learner's response in words."""
    if question.type == "truefalse" and isinstance(response, bool):
        return true_word if response else false_word
    if question.type == "multiple" and isinstance(response, list) and all(
            isinstance(i, int) and not isinstance(i, bool) for i in response):
        response = sorted(response)
    if question.type in ("short", "numerical", "essay") and response is not None:
        return str(response).strip() or "—"
    return describe_response(question, response)


def response_key(question: Question, response: Any) -> str:
    """Responses that mean the same compare equal: ticks in any order, short answers folded."""
    if question.type == "multiple" and isinstance(response, list) and all(
            isinstance(i, int) and not isinstance(i, bool) for i in response):
        response = sorted(set(response))
    elif question.type == "short" and isinstance(response, str):
        response = fold(unicodedata.normalize("NFC", response), question.ignore_diacritics)
    elif question.type == "numerical" and isinstance(response, str):
        try:
            response = float(response.strip().replace(",", "."))
        except ValueError:
            response = response.strip()
    return json.dumps(response, ensure_ascii=False, sort_keys=True)
