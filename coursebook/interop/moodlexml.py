"""Moodle XML: the question bank format Moodle itself exports (``<quiz><question type=…>``).

Read: multichoice (single or multiple), truefalse, shortanswer, matching, numerical, essay;
``category`` is noted, ``description`` left out with a warning, other types are reported. Texts in
``html`` format become plain text. A document type declaration (and so any entity) is refused, so
no file can make the reader fetch or expand anything. Written: every Coursebook type, texts in
``markdown`` format, Coursebook's section and difficulty as tags, ordering as a matching question.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.parsers import expat

from ..i18n import QT_TRANSLATE_NOOP, Message, message
from ..quiz.model import NumericAlternative, Option, Question, ShortAnswer
from .common import (
    finite_number as _float,
    DEFAULT_DIFFICULTY, TAG_ORDERING, ImportResult, Skip, assign_ids, grade_warning, moodle_grade_ok,
    moodle_rules, number, percent, snap, split_tags, tags_of,
)
from .gift import _html_to_text

TAG_RANGE = "cb-range"


class _El:
    __slots__ = ("tag", "attrs", "children", "text", "line")

    def __init__(self, tag: str, attrs: dict, line: int):
        self.tag, self.attrs, self.children, self.text, self.line = tag, attrs, [], "", line

    def find(self, tag: str) -> "_El | None":
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list["_El"]:
        return [c for c in self.children if c.tag == tag]

    def value(self, *path: str) -> str:
        node: _El | None = self
        for tag in path:
            node = node.find(tag) if node is not None else None
        return node.text.strip() if node is not None else ""


class XmlError(ValueError):
    def __init__(self, line: int, text: str, **args: object):
        self.msg = message(text, **args)
        super().__init__(str(self.msg))
        self.line = line


def _tree(text: str) -> _El:
    parser = expat.ParserCreate()
    root = _El("", {}, 0)
    stack = [root]

    def start(tag: str, attrs: dict) -> None:
        element = _El(tag, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop()

    def data(chunk: str) -> None:
        stack[-1].text += chunk

    def doctype(*_args: object) -> None:
        raise XmlError(parser.CurrentLineNumber, QT_TRANSLATE_NOOP(
            "core", "a document type declaration is not allowed in a question file"))

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler, parser.StartDoctypeDeclHandler = data, doctype
    parser.EntityDeclHandler = doctype
    try:
        parser.Parse(text.lstrip("\ufeff").encode("utf-8"), True)
    except expat.ExpatError as exc:
        raise XmlError(exc.lineno, QT_TRANSLATE_NOOP("core", "not well-formed XML: {reason}"),
                       reason=expat.ErrorString(exc.code)) from None
    return root


class _Reader:
    def __init__(self, result: ImportResult):
        self.result = result
        self.html_warned = False

    def text(self, node: _El | None, line: int) -> str:
        if node is None:
            return ""
        value = node.value("text")
        if node.attrs.get("format", "html") == "html" and value:
            converted = _html_to_text(value)
            if converted != value and not self.html_warned:
                self.result.warn(line, QT_TRANSLATE_NOOP("core", "HTML was turned into plain text"))
                self.html_warned = True
            value = converted
        return value

    def question(self, el: _El) -> tuple[Question, str, bool] | None:
        kind, line = el.attrs.get("type", ""), el.line
        if kind == "category":
            self.result.categories.append(el.value("category", "text"))
            return None
        if kind == "description":
            self.result.warn(line, QT_TRANSLATE_NOOP("core", "a description is not a question; left out"))
            return None
        q = Question(id="", type="", section="", difficulty=DEFAULT_DIFFICULTY,
                     text=self.text(el.find("questiontext"), line),
                     feedback=self.text(el.find("generalfeedback"), line), line=line)
        tags = [t.value("text") for t in (el.find("tags").findall("tag") if el.find("tags") else [])]
        rest = split_tags(tags, q)
        answers = el.findall("answer")

        def fraction(answer: _El) -> float:
            try:
                value = float(answer.attrs.get("fraction", "0"))
            except ValueError:
                raise Skip(QT_TRANSLATE_NOOP("core", "line {line}: fraction '{fraction}' is not a number"),
                           line=answer.line, fraction=answer.attrs.get("fraction")) from None
            return snap(value / 100)

        if kind == "multichoice":
            single = el.value("single").lower() in ("true", "1")
            q.type = "single" if single else "multiple"
            q.options = [Option(self.text(a, a.line), fraction(a), self.text(a.find("feedback"), a.line)) for a in answers]
            if len(q.options) < 2:
                raise Skip(QT_TRANSLATE_NOOP("core", "a multiple-choice question needs at least two answers"))
            weights = [o.weight for o in q.options]
            if single and abs(max(weights) - 1) > 1e-6:
                raise Skip(QT_TRANSLATE_NOOP("core", "no answer is worth 100 %"))
            reach = sum(w for w in weights if w > 0)
            if not single and abs(reach - 1) > 1e-3:
                raise Skip(QT_TRANSLATE_NOOP("core", "the positive weights add up to {percent} %, not 100 %"),
                           percent=f"{reach * 100:.0f}")
        elif kind == "truefalse":
            q.type = "truefalse"
            for a in answers:
                is_true = a.value("text").lower() == "true"
                feedback = self.text(a.find("feedback"), a.line)
                if fraction(a) >= 1 - 1e-6:
                    q.answer = is_true
                if is_true:
                    q.feedback_true = feedback
                else:
                    q.feedback_false = feedback
            if q.answer is None:
                raise Skip(QT_TRANSLATE_NOOP("core", "neither true nor false is worth 100 %"))
        elif kind == "shortanswer":
            q.type = "short"
            if el.value("usecase") == "1":
                self.result.warn(line, QT_TRANSLATE_NOOP("core", "case-sensitive matching is not kept: Coursebook ignores case"))
            q.answers = [ShortAnswer(a.value("text"), fraction(a), self.text(a.find("feedback"), a.line))
                         for a in answers if a.value("text")]
            if not q.answers or max(a.weight for a in q.answers) < 1 - 1e-6:
                raise Skip(QT_TRANSLATE_NOOP("core", "no answer is worth 100 %"))
            q.ignore_diacritics = q.ignore_diacritics
        elif kind == "numerical":
            q.type = "numerical"
            main = False
            for a in answers:
                if a.value("text") in ("", "*"):
                    self.result.warn(a.line, QT_TRANSLATE_NOOP("core", "the feedback for any other answer is left out"))
                    continue
                value, tolerance = _float(a.value("text")), _float(a.value("tolerance") or "0")
                weight, feedback = fraction(a), self.text(a.find("feedback"), a.line)
                if not main and weight >= 1 - 1e-6:
                    main = True
                    if TAG_RANGE in rest:
                        q.minimum, q.maximum = value - tolerance, value + tolerance
                    else:
                        q.answer, q.tolerance = value, tolerance
                    if feedback:
                        self.result.warn(a.line, QT_TRANSLATE_NOOP("core", "the feedback for the right number is left out"))
                else:
                    q.alternatives.append(NumericAlternative(value, tolerance, weight, feedback))
            if not main:
                raise Skip(QT_TRANSLATE_NOOP("core", "no number is worth 100 %"))
            if not q.unit:
                units = el.find("units")
                for unit in units.findall("unit") if units is not None else []:
                    if unit.value("multiplier") in ("1", "1.0", "1.0000000") and unit.value("unit_name"):
                        q.unit = unit.value("unit_name")
                        break
        elif kind == "matching":
            for sub in el.findall("subquestion"):
                left, right = self.text(sub, sub.line), sub.value("answer", "text")
                if left:
                    q.pairs.append((left, right))
                elif right:
                    q.distractors.append(right)
            if TAG_ORDERING in rest and [l for l, _ in q.pairs] == [str(i) for i in range(1, len(q.pairs) + 1)]:
                q.type, q.items, q.pairs = "ordering", [r for _, r in q.pairs], []
            else:
                q.type = "matching"
                if len(q.pairs) < 2:
                    raise Skip(QT_TRANSLATE_NOOP("core", "a matching question needs at least two pairs with both sides"))
        elif kind == "essay":
            q.type = "essay"
            q.guidance = self.text(el.find("graderinfo"), line)
        else:
            raise Skip(QT_TRANSLATE_NOOP("core", "question type '{kind}' has no counterpart in Coursebook"), kind=kind)
        if not q.text:
            raise Skip(QT_TRANSLATE_NOOP("core", "the question has no text"))
        idnumber = el.value("idnumber")
        return q, idnumber or el.value("name", "text"), bool(idnumber)


def parse(text: str, source: str, taken: set[str] | None = None) -> ImportResult:
    result = ImportResult(source)
    try:
        root = _tree(text)
    except XmlError as exc:
        result.error(exc.line, exc.msg)
        return result
    quiz = root.find("quiz")
    if quiz is None:
        result.error(1, QT_TRANSLATE_NOOP("core", "a Moodle XML file starts with <quiz>"))
        return result
    reader = _Reader(result)
    wanted = []
    for element in quiz.findall("question"):
        try:
            found = reader.question(element)
        except Skip as exc:
            result.error(element.line, exc.msg)
            continue
        if found is not None:
            wanted.append(found)
    assign_ids(result, wanted, set(taken or ()), Path(source).stem)
    return result


# --- export -------------------------------------------------------------------------------------

def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "markdown") -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def _answer(parent: ET.Element, weight: float, text: str, feedback: str, warnings: list[Message], qid: str,
            fmt: str | None = "markdown") -> ET.Element:
    if not moodle_grade_ok(weight):
        warnings.append(grade_warning(qid, weight))
    answer = ET.SubElement(parent, "answer", {"fraction": percent(weight), **({"format": fmt} if fmt else {})})
    ET.SubElement(answer, "text").text = text
    _text(answer, "feedback", feedback)
    return answer


def write_question(quiz: ET.Element, q: Question, warnings: list[Message]) -> None:
    kinds = {"single": "multichoice", "multiple": "multichoice", "truefalse": "truefalse", "short": "shortanswer",
             "matching": "matching", "ordering": "matching", "numerical": "numerical", "essay": "essay"}
    warnings.extend(moodle_rules(q))
    el = ET.SubElement(quiz, "question", {"type": kinds[q.type]})
    _text(el, "name", q.id, None)
    _text(el, "questiontext", q.text)
    _text(el, "generalfeedback", q.feedback)
    ET.SubElement(el, "defaultgrade").text = "1"
    ET.SubElement(el, "idnumber").text = q.id
    tags = tags_of(q)
    if q.type in ("single", "multiple"):
        ET.SubElement(el, "single").text = "true" if q.type == "single" else "false"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        for option in q.options:
            _answer(el, option.weight, option.text, option.feedback, warnings, q.id)
    elif q.type == "truefalse":
        _answer(el, 1.0 if q.answer else 0.0, "true", q.feedback_true, warnings, q.id, "moodle_auto_format")
        _answer(el, 0.0 if q.answer else 1.0, "false", q.feedback_false, warnings, q.id, "moodle_auto_format")
    elif q.type == "short":
        ET.SubElement(el, "usecase").text = "0"
        for answer in q.answers:
            _answer(el, answer.weight, answer.text, answer.feedback, warnings, q.id, "moodle_auto_format")
    elif q.type in ("matching", "ordering"):
        ET.SubElement(el, "shuffleanswers").text = "true"
        pairs = q.pairs if q.type == "matching" else [(str(i), item) for i, item in enumerate(q.items, start=1)]
        for left, right in pairs + [("", d) for d in q.distractors]:
            sub = _text(el, "subquestion", left)
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = right
    elif q.type == "numerical":
        if q.minimum is not None and q.maximum is not None:
            tags.append(TAG_RANGE)
            value, tolerance = (q.minimum + q.maximum) / 2, (q.maximum - q.minimum) / 2
        else:
            value, tolerance = float(q.answer), q.tolerance
        if q.unit:  # Moodle's own unit handling: the unit shown, optional, no penalty
            units = ET.SubElement(el, "units")
            unit = ET.SubElement(units, "unit")
            ET.SubElement(unit, "multiplier").text = "1"
            ET.SubElement(unit, "unit_name").text = q.unit
            ET.SubElement(el, "unitgradingtype").text = "0"
            ET.SubElement(el, "unitpenalty").text = "0"
            ET.SubElement(el, "showunits").text = "3"
            ET.SubElement(el, "unitsleft").text = "0"
        main = _answer(el, 1.0, number(value), "", warnings, q.id, "moodle_auto_format")
        ET.SubElement(main, "tolerance").text = number(tolerance)
        for alt in q.alternatives:
            extra = _answer(el, alt.weight, number(alt.answer), alt.feedback, warnings, q.id, "moodle_auto_format")
            ET.SubElement(extra, "tolerance").text = number(alt.tolerance)
    elif q.type == "essay":
        ET.SubElement(el, "responseformat").text = "editor"
        ET.SubElement(el, "responserequired").text = "1"
        ET.SubElement(el, "responsefieldlines").text = "15"
        _text(el, "graderinfo", q.guidance)
    tag_list = ET.SubElement(el, "tags")
    for tag in tags:
        ET.SubElement(ET.SubElement(tag_list, "tag"), "text").text = tag


def export(questions: list[Question], category: str) -> tuple[str, list[Message]]:
    warnings: list[Message] = []
    quiz = ET.Element("quiz")
    cat = ET.SubElement(quiz, "question", {"type": "category"})
    ET.SubElement(ET.SubElement(cat, "category"), "text").text = f"$course$/top/{category}"
    for question in questions:
        write_question(quiz, question, warnings)
    ET.indent(quiz, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n", warnings
