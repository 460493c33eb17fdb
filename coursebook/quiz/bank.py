"""Reads ``quiz.yaml`` question banks. A malformed question is reported and left out; the rest works."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .. import yamlutil
from ..errors import ContentError, ContentFileError
from ..model import Module
from ..textfile import read_text
from .model import DIFFICULTIES, QUESTION_TYPES, NumericAlternative, Option, Question, ShortAnswer

COMMON = {"id", "type", "section", "difficulty", "text", "feedback", "scenario"}
FIELDS = {
    "single": {"options"},
    "multiple": {"options"},
    "truefalse": {"answer", "feedback_true", "feedback_false"},
    "short": {"answers", "ignore_diacritics"},
    "matching": {"pairs", "distractors"},
    "ordering": {"items"},
    "numerical": {"answer", "tolerance", "min", "max", "unit", "alternatives"},
    "essay": {"guidance"},
}


@dataclass
class Bank:
    module_id: str
    path: Path
    questions: list[Question] = field(default_factory=list)
    #: Questions left out, with why: shown to the learner as a note, never a crash.
    errors: list[ContentError] = field(default_factory=list)


class _Invalid(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


#: The largest number a bank may hold (answers, tolerances, bounds, weights).
MAX_NUMBER = 1e15


def _number(value: object) -> float | None:
    """A finite number of at most :data:`MAX_NUMBER`, or None; ``.nan`` and ``.inf`` are not numbers."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        return None
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        return None
    return number


def _text(item: yamlutil.LineDict, key: str, required: bool = True) -> str:
    value = item.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _Invalid(item.line, f"'{key}' is required")
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _Invalid(item.line_of(key), f"'{key}' must be text")
    return str(value).strip()


def _options(item: yamlutil.LineDict, kind: str) -> list[Option]:
    raw = item.get("options")
    if not isinstance(raw, list) or len(raw) < 2:
        raise _Invalid(item.line_of("options"), "'options' needs at least two entries")
    texts, correct, weights, feedback = [], [], [], []
    for option in raw:
        if not isinstance(option, yamlutil.LineDict):
            raise _Invalid(item.line_of("options"), "each option needs 'text' (and 'correct' or 'weight')")
        texts.append(_text(option, "text"))
        correct.append(option.get("correct") is True)
        weight = option.get("weight")
        if weight is not None and _number(weight) is None:
            raise _Invalid(option.line_of("weight"), "'weight' must be a finite number")
        weights.append(_number(weight))
        feedback.append(_text(option, "feedback", required=False))
    if not any(correct) and not any((w or 0) > 0 for w in weights):
        raise _Invalid(item.line_of("options"), "no correct answer: mark one option 'correct: true'")
    if kind == "single":
        marked = sum(correct)
        if marked > 1:
            raise _Invalid(item.line_of("options"), "a single-choice question has exactly one correct option")
        final = [w if w is not None else (1.0 if c else 0.0) for w, c in zip(weights, correct)]
        if abs(max(final) - 1.0) > 1e-6:
            raise _Invalid(item.line_of("options"), "weights cannot reach 100 %: one option must weigh 1")
    else:
        k = sum(correct) or 1
        wrong = (len(texts) - sum(correct)) or 1
        final = [w if w is not None else (1.0 / k if c else -1.0 / wrong) for w, c in zip(weights, correct)]
        reach = sum(w for w in final if w > 0)
        if abs(reach - 1.0) > 1e-3:
            raise _Invalid(item.line_of("options"),
                           f"weights cannot reach 100 %: positive weights add up to {reach * 100:.0f} %")
    return [Option(t, w, f) for t, w, f in zip(texts, final, feedback)]


def _alternatives(item: yamlutil.LineDict) -> list[NumericAlternative]:
    raw = item.get("alternatives") or []
    if not isinstance(raw, list):
        raise _Invalid(item.line_of("alternatives"), "'alternatives' is a list of {answer, tolerance, weight}")
    result = []
    for alt in raw:
        if not isinstance(alt, yamlutil.LineDict) or _number(alt.get("answer")) is None:
            raise _Invalid(getattr(alt, "line", item.line_of("alternatives")), "an alternative needs a number 'answer'")
        tolerance, weight = _number(alt.get("tolerance", 0)), _number(alt.get("weight"))
        if tolerance is None or tolerance < 0:
            raise _Invalid(alt.line_of("tolerance"), "'tolerance' must be a number ≥ 0")
        if weight is None or not -1 <= weight <= 1:
            raise _Invalid(alt.line_of("weight"), "an alternative's 'weight' is a number from -1 to 1 (share of the mark)")
        result.append(NumericAlternative(float(alt["answer"]), tolerance, weight, _text(alt, "feedback", required=False)))
    return result


def _question(item: object, module: Module | None, module_id: str) -> Question:
    if not isinstance(item, yamlutil.LineDict):
        raise _Invalid(getattr(item, "line", 0), "each question must be a mapping (id:, type:, …)")
    kind = item.get("type")
    if kind not in QUESTION_TYPES:
        raise _Invalid(item.line_of("type"), f"unknown question type '{kind}' (types: {', '.join(QUESTION_TYPES)})")
    for key in sorted(set(item) - COMMON - FIELDS[kind], key=str):
        raise _Invalid(item.line_of(key), f"field '{key}' does not belong to a {kind} question")
    question = Question(
        id=_text(item, "id"), type=kind, section=_text(item, "section"),
        difficulty=_text(item, "difficulty"), text=_text(item, "text"),
        feedback=_text(item, "feedback"), module_id=module_id, line=item.line,
        language=module.meta.language if module is not None else "sl",
    )
    if "scenario" in item and not isinstance(item["scenario"], bool):
        raise _Invalid(item.line_of("scenario"), "'scenario' must be true or false")
    question.scenario = item.get("scenario") is True
    if question.difficulty not in DIFFICULTIES:
        raise _Invalid(item.line_of("difficulty"), f"difficulty must be one of {', '.join(DIFFICULTIES)}")
    if module is not None and question.section not in module.anchors():
        raise _Invalid(item.line_of("section"), f"section '{question.section}' does not exist in module '{module.id}'")
    if kind in ("single", "multiple"):
        question.options = _options(item, kind)
    elif kind == "truefalse":
        if not isinstance(item.get("answer"), bool):
            raise _Invalid(item.line_of("answer"), "a true/false question needs 'answer: true' or 'answer: false'")
        question.answer = item["answer"]
        question.feedback_true = _text(item, "feedback_true", required=False)
        question.feedback_false = _text(item, "feedback_false", required=False)
    elif kind == "short":
        raw = item.get("answers")
        if not isinstance(raw, list) or not raw:
            raise _Invalid(item.line_of("answers"), "a short-answer question needs 'answers'")
        for answer in raw:
            if isinstance(answer, (str, int, float)) and not isinstance(answer, bool):
                if not str(answer).strip():
                    raise _Invalid(item.line_of("answers"), "an answer may not be empty")
                question.answers.append(ShortAnswer(str(answer)))
            elif isinstance(answer, yamlutil.LineDict):
                weight = _number(answer.get("weight", 1))
                if weight is None:
                    raise _Invalid(answer.line_of("weight"), "'weight' must be a finite number")
                question.answers.append(ShortAnswer(_text(answer, "text"), weight,
                                                    _text(answer, "feedback", required=False)))
            else:
                raise _Invalid(item.line_of("answers"), "each answer is text or {text, weight}")
        if max(a.weight for a in question.answers) < 1 - 1e-6:
            raise _Invalid(item.line_of("answers"), "weights cannot reach 100 %: one answer must weigh 1")
        question.ignore_diacritics = item.get("ignore_diacritics") is True
    elif kind == "matching":
        raw = item.get("pairs")
        if not isinstance(raw, list) or len(raw) < 2:
            raise _Invalid(item.line_of("pairs"), "a matching question needs at least two 'pairs'")
        for pair in raw:
            if not isinstance(pair, yamlutil.LineDict) or not pair.get("left") or not pair.get("right"):
                raise _Invalid(getattr(pair, "line", item.line_of("pairs")), "a matching pair needs both 'left' and 'right'")
            question.pairs.append((_text(pair, "left"), _text(pair, "right")))
        lefts = [left for left, _ in question.pairs]
        if len(set(lefts)) != len(lefts):
            raise _Invalid(item.line_of("pairs"), "two pairs have the same left side")
        distractors = item.get("distractors") or []
        if not isinstance(distractors, list):
            raise _Invalid(item.line_of("distractors"), "'distractors' must be a list")
        question.distractors = [str(d).strip() for d in distractors]
    elif kind == "ordering":
        raw = item.get("items")
        if not isinstance(raw, list) or len(raw) < 3:
            raise _Invalid(item.line_of("items"), "an ordering question needs at least three 'items'")
        question.items = [str(i).strip() for i in raw]
        if len(set(question.items)) != len(question.items):
            raise _Invalid(item.line_of("items"), "ordering items must differ from each other")
    elif kind == "numerical":
        question.unit = _text(item, "unit", required=False)
        for key in ("answer", "tolerance", "min", "max"):
            if key in item and _number(item[key]) is None:
                raise _Invalid(item.line_of(key), f"'{key}' must be a finite number (not .nan or .inf) "
                                                  f"of at most {MAX_NUMBER:.0e}")
        low, high = _number(item.get("min")), _number(item.get("max"))
        if low is not None and high is not None:
            if low > high:
                raise _Invalid(item.line_of("min"), "'min' is larger than 'max'")
            question.minimum, question.maximum = low, high
        elif _number(item.get("answer")) is not None:
            question.answer = _number(item["answer"])
            tolerance = _number(item.get("tolerance", 0))
            if tolerance is None or tolerance < 0:
                raise _Invalid(item.line_of("tolerance"), "'tolerance' must be a number ≥ 0")
            question.tolerance = tolerance
        else:
            raise _Invalid(item.line, "a numerical question needs 'answer' (with 'tolerance') or 'min' and 'max'")
        question.alternatives = _alternatives(item)
    elif kind == "essay":
        question.guidance = _text(item, "guidance", required=False)
    return question


def load_bank(path: Path, module: Module | None = None, shown: str | None = None) -> Bank:
    """Load a bank; the questions that pass, and an error for each one that does not."""
    shown = shown or str(path)
    try:
        text = read_text(path, shown)
    except ContentFileError as exc:
        bank = Bank(module.id if module else "", path)
        bank.errors.append(exc.error)
        return bank
    return parse_bank(text, path, module, shown)


def parse_bank(text: str, path: Path, module: Module | None = None, shown: str | None = None) -> Bank:
    """A bank from its YAML text (a file, or a bank carried inside an exam file)."""
    shown = shown or str(path)
    module_id = module.id if module else ""
    bank = Bank(module_id, path)
    try:
        data = yamlutil.load(text)
    except yamlutil.YamlError as exc:
        bank.errors.append(ContentError(shown, exc.line, exc.message))
        return bank
    if not isinstance(data, yamlutil.LineDict) or not isinstance(data.get("questions"), list):
        bank.errors.append(ContentError(shown, 1, "a bank needs 'module:' and a 'questions:' list"))
        return bank
    if module is not None and data.get("module") != module.id:
        bank.errors.append(ContentError(shown, data.line_of("module"),
                                        f"'module' must be '{module.id}', the id of the module beside this bank"))
    if not bank.module_id:
        bank.module_id = str(data.get("module", ""))
    seen: dict[str, int] = {}
    for item in data["questions"]:
        try:
            question = _question(item, module, module_id or str(data.get("module", "")))
        except _Invalid as exc:
            qid = item.get("id") if isinstance(item, dict) else None
            prefix = f"question '{qid}': " if qid else ""
            bank.errors.append(ContentError(shown, exc.line or getattr(item, "line", 1), prefix + exc.message))
            continue
        if question.id in seen:
            bank.errors.append(ContentError(shown, question.line,
                                            f"question id '{question.id}' is already used on line {seen[question.id]}"))
            continue
        seen[question.id] = question.line
        bank.questions.append(question)
    return bank
