"""What every question-bank importer shares: the report, ids, and writing into ``quiz.yaml``.

Rules:
- An import reports each thing it could not map as ``FILE:LINE: reason``. An *error* leaves a whole
  question out and blocks the import unless ``skip_bad``; a *warning* names a part that was dropped
  (a description item, feedback Coursebook has no place for) and does not block.
- Imported questions are appended to the module's bank as text, so the questions, comments and
  layout already in the file stay exactly as they were; the new file is checked by parsing it again
  and written through :func:`coursebook.atomic.write_atomic`.
- A question id given by the source that is already in the bank is an error (nothing is replaced);
  generated ids never collide.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .. import yamlutil
from ..atomic import write_atomic
from ..i18n import QT_TRANSLATE_NOOP, Message, MessageError, message
from ..quiz.model import Question

#: Tags Coursebook writes into Moodle files so an export can be imported back without loss.
TAG_SECTION = "cb-section-"
TAG_DIFFICULTY = "cb-difficulty-"
TAG_ORDERING = "cb-ordering"
TAG_DIACRITICS = "cb-ignore-diacritics"
TAG_SCENARIO = "cb-scenario"
TAG_UNIT = "cb-unit-"
DEFAULT_DIFFICULTY = "medium"

#: Moodle accepts only these grades (``question_bank::fraction_options_full``), as fractions.
MOODLE_GRADES = (1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
                 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0)


@dataclass(frozen=True)
class Problem:
    """Something an import could not map, printed as ``FILE:LINE: reason``; ``msg`` is translatable."""

    path: str
    line: int
    msg: Message

    @property
    def message(self) -> str:
        return str(self.msg)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.msg}"


class Skip(Exception):
    """A question that cannot be imported; ``msg`` says why."""

    def __init__(self, text: str, **args: object):
        self.msg = message(text, **args)
        super().__init__(str(self.msg))


def finite_number(text: str) -> float:
    """A number written in a Moodle file (a point for decimals); anything else, inf and nan refused."""
    try:
        value = float(text.strip())
    except ValueError:
        raise Skip(QT_TRANSLATE_NOOP("core", "'{value}' is not a number"), value=text.strip()) from None
    if not math.isfinite(value):
        raise Skip(QT_TRANSLATE_NOOP("core", "'{value}' is not a number"), value=text.strip())
    return value


@dataclass
class ImportResult:
    """What a file brought in, and what it could not."""

    source: str
    questions: list[Question] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    def error(self, line: int, text: str | Message, **args: object) -> None:
        """``text`` is a ``QT_TRANSLATE_NOOP("core", …)`` sentence with ``{named}`` placeholders."""
        self.errors.append(Problem(self.source, line, text if isinstance(text, Message) else message(text, **args)))

    def warn(self, line: int, text: str | Message, **args: object) -> None:
        self.warnings.append(Problem(self.source, line, text if isinstance(text, Message) else message(text, **args)))

    def by_type(self) -> dict[str, int]:
        return dict(sorted(Counter(q.type for q in self.questions).items()))

    def as_json(self, written: bool) -> dict[str, Any]:
        return {
            "file": self.source, "imported": written, "questions": len(self.questions) if written else 0,
            "by_type": self.by_type(), "ids": [q.id for q in self.questions],
            "no_section": [q.id for q in self.questions if not q.section],
            "no_feedback": [q.id for q in self.questions if not q.feedback],
            "categories": self.categories,
            "errors": [str(e) for e in self.errors], "warnings": [str(w) for w in self.warnings],
        }


def snap(fraction: float) -> float:
    """Moodle writes 1/3 as 33.33333 %: read it back as exactly ±1/n where it is that to 1e-6."""
    for n in range(1, 21):
        if abs(abs(fraction) - 1 / n) < 1e-6:
            return math.copysign(1 / n, fraction)
    return fraction


def moodle_grade_ok(fraction: float) -> bool:
    return any(abs(abs(fraction) - grade) < 1e-6 for grade in MOODLE_GRADES)


def percent(fraction: float) -> str:
    """A fraction as Moodle writes a percentage: 0.3333333 → ``33.33333``, 1 → ``100``."""
    text = f"{fraction * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def number(value: float) -> str:
    """A number without a needless ``.0``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def split_tags(tags: list[str], question: Question) -> list[str]:
    """Apply Coursebook's own tags to ``question``; return the others."""
    rest = []
    for tag in tags:
        if tag.startswith(TAG_SECTION):
            question.section = tag[len(TAG_SECTION):]
        elif tag.startswith(TAG_DIFFICULTY):
            question.difficulty = tag[len(TAG_DIFFICULTY):]
        elif tag == TAG_DIACRITICS:
            question.ignore_diacritics = True
        elif tag == TAG_SCENARIO:
            question.scenario = True
        elif tag.startswith(TAG_UNIT):
            question.unit = tag[len(TAG_UNIT):]
        else:
            rest.append(tag)
    return rest


def moodle_rules(question: Question) -> list[Message]:
    """What Moodle's importer would refuse in this question (beyond grades, checked where written)."""
    if question.type == "matching" and len(question.right_choices()) < 3:
        return [message(QT_TRANSLATE_NOOP("core", "{id}: Moodle needs at least three answers in a matching question "
                                                  "(add a distractor)"), id=question.id)]
    return []


def grade_warning(question_id: str, weight: float) -> Message:
    return message(QT_TRANSLATE_NOOP("core", "{id}: Moodle accepts only its own list of grades; {percent} % is not one"),
                   id=question_id, percent=percent(weight))


def tags_of(question: Question) -> list[str]:
    tags = []
    if question.section:
        tags.append(TAG_SECTION + question.section)
    tags.append(TAG_DIFFICULTY + question.difficulty)
    if question.type == "ordering":
        tags.append(TAG_ORDERING)
    if question.ignore_diacritics:
        tags.append(TAG_DIACRITICS)
    if question.scenario:
        tags.append(TAG_SCENARIO)
    if question.unit:
        tags.append(TAG_UNIT + question.unit)
    return tags


ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or "q"


def assign_ids(result: ImportResult, wanted: list[tuple[Question, str, bool]], taken: set[str], stem: str) -> None:
    """Give each question an id: the source's own (``explicit``) or one made from its name or the
    file's name. An explicit id already in the bank or the file is an error."""
    for question, name, explicit in wanted:
        if explicit:
            if name in taken:
                result.error(question.line, QT_TRANSLATE_NOOP("core", "question id '{id}' is already used in the bank"),
                             id=name)
                continue
            question.id = name
        else:
            base = name if name and ID_RE.match(name) else f"{slug(stem)}-{len(result.questions) + 1:02d}"
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}-{n}", n + 1
            question.id = candidate
        taken.add(question.id)
        result.questions.append(question)


# --- writing quiz.yaml --------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:  # noqa: ARG002
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 7)


def question_dict(q: Question) -> dict[str, Any]:
    """A question as the bank file writes it (see content/README.md)."""
    data: dict[str, Any] = {"id": q.id, "type": q.type}
    if q.section:
        data["section"] = q.section
    data["difficulty"] = q.difficulty
    if q.scenario:
        data["scenario"] = True
    data["text"] = q.text
    if q.type in ("single", "multiple"):
        weights = [o.weight for o in q.options]
        if q.type == "single":
            default = sum(1 for w in weights if abs(w - 1) < 1e-6) == 1 and all(
                abs(w - 1) < 1e-6 or abs(w) < 1e-9 for w in weights)
        else:
            k = sum(1 for w in weights if w > 0)
            wrong = (len(weights) - k) or 1
            default = k > 0 and all(abs(w - (1 / k if w > 0 else -1 / wrong)) < 1e-6 for w in weights)
        options = []
        for option in q.options:
            entry: dict[str, Any] = {"text": option.text}
            if default:
                if option.weight > 0:
                    entry["correct"] = True
            else:
                entry["weight"] = _num(option.weight)
            if option.feedback:
                entry["feedback"] = option.feedback
            options.append(entry)
        data["options"] = options
    elif q.type == "truefalse":
        data["answer"] = bool(q.answer)
        if q.feedback_true:
            data["feedback_true"] = q.feedback_true
        if q.feedback_false:
            data["feedback_false"] = q.feedback_false
    elif q.type == "short":
        answers: list[Any] = []
        for answer in q.answers:
            if abs(answer.weight - 1) < 1e-9 and not answer.feedback:
                answers.append(answer.text)
            else:
                entry = {"text": answer.text, "weight": _num(answer.weight)}
                if answer.feedback:
                    entry["feedback"] = answer.feedback
                answers.append(entry)
        data["answers"] = answers
        if q.ignore_diacritics:
            data["ignore_diacritics"] = True
    elif q.type == "matching":
        data["pairs"] = [{"left": left, "right": right} for left, right in q.pairs]
        if q.distractors:
            data["distractors"] = list(q.distractors)
    elif q.type == "ordering":
        data["items"] = list(q.items)
    elif q.type == "numerical":
        if q.minimum is not None and q.maximum is not None:
            data["min"], data["max"] = _num(q.minimum), _num(q.maximum)
        else:
            data["answer"], data["tolerance"] = _num(q.answer), _num(q.tolerance)
        if q.unit:
            data["unit"] = q.unit
        if q.alternatives:
            data["alternatives"] = [
                {"answer": _num(a.answer), "tolerance": _num(a.tolerance), "weight": _num(a.weight),
                 **({"feedback": a.feedback} if a.feedback else {})} for a in q.alternatives]
    elif q.type == "essay":
        if q.guidance:
            data["guidance"] = q.guidance
    if q.feedback:
        data["feedback"] = q.feedback
    return data


def dump_questions(questions: list[Question], indent: str = "  ") -> str:
    """The questions as YAML list items indented by ``indent``, a blank line between them."""
    blocks = []
    for question in questions:
        text = yaml.dump([question_dict(question)], Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                         width=100, default_flow_style=False)
        blocks.append("".join(indent + line if line.strip() else line for line in text.splitlines(True)))
    return "\n".join(blocks)


class BankWriteError(MessageError):
    """The bank file cannot take the new questions safely; nothing was written."""

    def __init__(self, text: Message, path: Path, line: int):
        super().__init__(text, where=f"{path}:{line}")
        self.path = path
        self.line = line


def existing_ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    try:
        data = yamlutil.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yamlutil.YamlError):
        return set()
    items = data.get("questions") if isinstance(data, dict) else None
    return {str(q.get("id")) for q in items or [] if isinstance(q, dict) and q.get("id") is not None}


def bank_text_with(path: Path, module_id: str, questions: list[Question]) -> str:
    """The bank file's text with ``questions`` appended; checked by parsing it again."""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        try:
            before = yamlutil.load(old)
        except yamlutil.YamlError as exc:
            raise BankWriteError(message(QT_TRANSLATE_NOOP("core", "The bank cannot be read, so nothing was added: "
                                                                   "{reason}"), reason=exc.message),
                                 path, exc.line) from None
        if not isinstance(before, dict) or not isinstance(before.get("questions"), list):
            raise BankWriteError(message(QT_TRANSLATE_NOOP("core", "The bank has no 'questions:' list to add to.")),
                                 path, 1)
        count = len(before["questions"])
        lines = old.splitlines()
        indent = "  "
        for line in lines:
            match = re.match(r"^(\s*)- ", line)
            if match:
                indent = match.group(1)
                break
        text = old.rstrip("\n") + "\n\n" + dump_questions(questions, indent)
    else:
        count = 0
        text = yaml.dump({"module": module_id}, Dumper=_Dumper, allow_unicode=True) + "questions:\n" \
            + dump_questions(questions)
    try:
        after = yamlutil.load(text)
    except yamlutil.YamlError as exc:
        raise BankWriteError(message(QT_TRANSLATE_NOOP("core", "Adding the questions would break the bank: {reason}"),
                                     reason=exc.message), path, exc.line) from None
    if not isinstance(after, dict) or len(after.get("questions") or []) != count + len(questions):
        raise BankWriteError(message(QT_TRANSLATE_NOOP("core", "The 'questions:' list is not at the end of the file, "
                                                               "so nothing was added.")), path, 1)
    return text


def write_into_bank(path: Path, module_id: str, questions: list[Question]) -> None:
    write_atomic(path, bank_text_with(path, module_id, questions))
