"""Moodle GIFT: read as Moodle's own importer reads it (``question/format/gift/format.php``), write
what that importer takes as it is.

Reading, in Moodle's order: questions are separated by blank lines; every line is trimmed; a line
starting with ``//`` is a comment (``// [id:X] [tag:Y]`` carry the question's id number and tags);
escapes ``\\\\ \\~ \\= \\# \\{ \\} \\: \\n`` are set aside first; ``$CATEGORY:`` switches category;
``::name::`` names the question; the answer block is from the first ``{`` to the first ``}``; text
after it makes a missing-word question (``_____`` in the text); ``[markdown]``, ``[html]``,
``[plain]``, ``[moodle]`` start a text in that format; ``####`` starts the general feedback; the
type is decided as Moodle decides it: no braces → description, empty → essay, ``#`` → numerical,
``~`` → multiple choice (one answer set with ``=`` → single choice), ``=`` with ``->`` → matching,
``T``/``TRUE``/``F``/``FALSE`` → true/false, anything else → short answer.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, Message, message
from ..quiz.model import NumericAlternative, Option, Question, ShortAnswer
from .common import (
    finite_number as _float,
    DEFAULT_DIFFICULTY, TAG_ORDERING, ImportResult, Skip, assign_ids, grade_warning, moodle_grade_ok,
    moodle_rules, number, percent, snap, split_tags, tags_of,
)

# Placeholders for escaped characters (private-use code points, never in real text).
_ESCAPES = {":": "\ue03a", "#": "\ue023", "=": "\ue03d", "{": "\ue07b", "}": "\ue07d", "~": "\ue07e", "n": "\ue00a"}
_BACKSLASH = "\ue05c"
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_WEIGHT_RE = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_COMMENT_ID_RE = re.compile(r"\[id:((?:\\]|[^\]])+?)\]")
_COMMENT_TAG_RE = re.compile(r"\[tag:((?:\\]|[^\]])+?)\]")
_GUIDANCE = "// cb-guidance: "
FORMATS = ("moodle", "html", "plain", "markdown")


def _pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for char, placeholder in _ESCAPES.items():
        text = text.replace("\\" + char, placeholder)
    return text.replace(_BACKSLASH, "\\")


def _post(text: str) -> str:
    for placeholder, char in _RESTORE.items():
        text = text.replace(placeholder, char)
    return text


def _html_to_text(text: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", html.unescape(text)).strip()


class _Reader:
    """One file; ``read`` fills an :class:`ImportResult`."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.html_warned = False

    def text(self, raw: str, default: str, line: int) -> tuple[str, str]:
        """Moodle's ``parse_text_with_format``: an optional ``[format]`` prefix, then the text."""
        fmt, text = default, raw
        if raw.startswith("["):
            end = raw.find("]")
            name = raw[1:end] if end > 0 else ""
            if name in FORMATS:
                fmt, text = name, raw[end + 1:]
        text = _post(text).strip()
        if fmt == "html" and text:
            converted = _html_to_text(text)
            if converted != text and not self.html_warned:
                self.result.warn(line, QT_TRANSLATE_NOOP("core", "HTML was turned into plain text"))
                self.html_warned = True
            text = converted
        return text, fmt

    def comment(self, raw: str, fmt: str, line: int) -> tuple[str, str]:
        bits = raw.split("#", 1)
        answer = self.text(bits[0].strip(), fmt, line)[0]
        feedback = self.text(bits[1].strip(), fmt, line)[0] if len(bits) > 1 else ""
        return answer, feedback

    @staticmethod
    def weight(answer: str) -> tuple[float, str]:
        """Moodle's ``answerweightparser``: ``%50%text`` → (0.5, ``text``)."""
        body = answer[1:]
        end = body.find("%")
        return snap(float(body[:end]) / 100), body[end + 1:]

    def block(self, lines: list[tuple[int, str]]) -> tuple[Question, str, bool] | None:
        """One question (Moodle's ``readquestion``); None for a category, a description or an error."""
        result = self.result
        ident, tags, guidance = "", [], ""
        kept = []
        for number_, line in lines:
            if line.startswith("//"):
                if line.startswith(_GUIDANCE):
                    guidance = _post(_pre(line[len(_GUIDANCE):])).strip()
                match = _COMMENT_ID_RE.search(line)
                if match:
                    ident = match.group(1).replace("\\]", "]").strip()
                tags += [t.replace("\\]", "]").strip() for t in _COMMENT_TAG_RE.findall(line)]
            else:
                kept.append((number_, line))
        if not kept:
            return None
        start = kept[0][0]
        text = _pre("\n".join(line for _, line in kept).strip())
        if text.startswith("$CATEGORY:"):
            result.categories.append(_post(text[10:]).strip())
            return None
        name = ""
        if text.startswith("::"):
            text = text[2:]
            finish = text.find("::")
            if finish >= 0:
                name = _post(text[:finish]).strip()
                text = text[finish + 2:].strip()
        open_, close = text.find("{"), text.find("}")
        if open_ < 0 and close < 0:
            result.warn(start, QT_TRANSLATE_NOOP("core", "a description (text without an answer block) is not a question; "
                                               "left out"))
            return None
        if open_ < 0 or close < 0 or close < open_:
            result.error(start, QT_TRANSLATE_NOOP("core", "the braces around the answers do not match (a '{{' or '}}' "
                                                  "is missing or should be escaped as '\\{{' / '\\}}')"))
            return None
        answer_text = text[open_ + 1:close].strip()
        if text.endswith("}"):
            question_raw = text[:open_] + text[close + 1:]
        else:
            question_raw = text[:open_] + "_____" + text[close + 1:]
        general = ""
        separator = answer_text.rfind("####")
        if separator >= 0:
            general = answer_text[separator + 4:]
            answer_text = answer_text[:separator].strip()
        question_text, fmt = self.text(question_raw.strip(), "moodle", start)
        feedback = self.text(general.strip(), fmt, start)[0]
        question = Question(id="", type="", section="", difficulty=DEFAULT_DIFFICULTY, text=question_text,
                            feedback=feedback, line=start)
        other_tags = split_tags(tags, question)
        try:
            self.answers(question, answer_text, fmt, start, TAG_ORDERING in other_tags)
        except Skip as exc:
            result.error(start, exc.msg)
            return None
        if not question.text:
            result.error(start, QT_TRANSLATE_NOOP("core", "the question has no text"))
            return None
        if question.type == "essay":
            question.guidance = guidance
        return question, ident or name, bool(ident)

    def answers(self, q: Question, answer_text: str, fmt: str, line: int, ordering: bool) -> None:
        """Moodle's type decision and the answers of each type, mapped onto Coursebook's question."""
        if answer_text == "":
            q.type = "essay"
        elif answer_text.startswith("#"):
            self.numerical(q, answer_text[1:], fmt, line)
        elif "~" in answer_text:
            self.choice(q, answer_text, fmt, line)
        elif "=" in answer_text and "->" in answer_text:
            self.matching(q, answer_text, fmt, line, ordering)
        else:
            check = answer_text
            if answer_text.find("#") > 0:
                check = answer_text[:answer_text.find("#")].strip()
            if check in ("T", "TRUE", "F", "FALSE"):
                bits = answer_text.split("#", 2)
                verdict = self.text(bits[0].strip(), fmt, line)[0]
                wrong = self.text(bits[1].strip(), fmt, line)[0] if len(bits) > 1 else ""
                right = self.text(bits[2].strip(), fmt, line)[0] if len(bits) > 2 else ""
                q.type, q.answer = "truefalse", verdict in ("T", "TRUE")
                q.feedback_true, q.feedback_false = (right, wrong) if q.answer else (wrong, right)
            else:
                self.short(q, answer_text, fmt, line)

    @staticmethod
    def _split(answer_text: str, mark: str) -> list[str]:
        parts = answer_text.split(mark)
        if parts and not parts[0].strip():
            parts.pop(0)
        return [p.strip() for p in parts]

    def choice(self, q: Question, answer_text: str, fmt: str, line: int) -> None:
        single = "=" in answer_text
        answers = self._split(answer_text.replace("=", "~="), "~")
        if len(answers) < 2:
            raise Skip(QT_TRANSLATE_NOOP("core", "a multiple-choice question needs at least two answers"))
        for answer in answers:
            if answer.startswith("="):
                weight, answer = 1.0, answer[1:]
            elif _WEIGHT_RE.match(answer):
                weight, answer = self.weight(answer)
            else:
                weight = 0.0
            text, feedback = self.comment(answer, fmt, line)
            q.options.append(Option(text, weight, feedback))
        weights = [o.weight for o in q.options]
        if single:
            q.type = "single"
            if abs(max(weights) - 1) > 1e-6:
                raise Skip(QT_TRANSLATE_NOOP("core", "no answer is worth 100 %"))
        else:
            q.type = "multiple"
            reach = sum(w for w in weights if w > 0)
            if reach <= 0:
                raise Skip(QT_TRANSLATE_NOOP("core", "no right answer: mark one with '=' or give weights such as "
                                                     "'~%50%'"))
            if abs(reach - 1) > 1e-3:
                raise Skip(QT_TRANSLATE_NOOP("core", "the positive weights add up to {percent} %, not 100 %"),
                           percent=f"{reach * 100:.0f}")
        if any(not o.text for o in q.options):
            raise Skip(QT_TRANSLATE_NOOP("core", "an answer is empty"))

    def matching(self, q: Question, answer_text: str, fmt: str, line: int, ordering: bool) -> None:
        answers = self._split(answer_text, "=")
        if len(answers) < 2:
            raise Skip(QT_TRANSLATE_NOOP("core", "a matching question needs at least two pairs"))
        for answer in answers:
            marker = answer.find("->")
            if marker < 0:
                raise Skip(QT_TRANSLATE_NOOP("core", "each matching answer needs '->' between the two sides"))
            left = self.text(answer[:marker].strip(), fmt, line)[0]
            right = _post(answer[marker + 2:]).strip()
            if left:
                q.pairs.append((left, right))
            elif right:
                q.distractors.append(right)
        if ordering and [left for left, _ in q.pairs] == [str(i) for i in range(1, len(q.pairs) + 1)]:
            q.type, q.items, q.pairs = "ordering", [right for _, right in q.pairs], []
            return
        q.type = "matching"
        if len(q.pairs) < 2:
            raise Skip(QT_TRANSLATE_NOOP("core", "a matching question needs at least two pairs with both sides"))
        if len({left for left, _ in q.pairs}) != len(q.pairs):
            raise Skip(QT_TRANSLATE_NOOP("core", "two pairs have the same left side"))

    def short(self, q: Question, answer_text: str, fmt: str, line: int) -> None:
        q.type = "short"
        answers = self._split(answer_text, "=")
        if not answers:
            raise Skip(QT_TRANSLATE_NOOP("core", "a short-answer question needs an answer"))
        for answer in answers:
            weight = 1.0
            if _WEIGHT_RE.match(answer):
                weight, answer = self.weight(answer)
            text, feedback = self.comment(answer, fmt, line)
            q.answers.append(ShortAnswer(text, weight, feedback))
        if max(a.weight for a in q.answers) < 1 - 1e-6:
            raise Skip(QT_TRANSLATE_NOOP("core", "no answer is worth 100 %"))

    def numerical(self, q: Question, answer_text: str, fmt: str, line: int) -> None:
        q.type = "numerical"
        if "~" in answer_text:
            answer_text = answer_text[:answer_text.find("~")]
            self.result.warn(line, QT_TRANSLATE_NOOP("core", "the feedback for any other answer ('~#…') is left out: "
                                                     "Coursebook gives the general feedback instead"))
        answers = self._split(answer_text, "=")
        if not answers:
            raise Skip(QT_TRANSLATE_NOOP("core", "a numerical question needs an answer"))
        main_done = False
        for answer in answers:
            weight = 1.0
            if _WEIGHT_RE.match(answer):
                weight, answer = self.weight(answer)
            value, feedback = self.comment(answer, fmt, line)
            low = high = None
            if value.find("..") > 0:
                low, high = _float(value[:value.find("..")]), _float(value[value.find("..") + 2:])
                answer_value, tolerance = (low + high) / 2, (high - low) / 2
            elif value.find(":") > 0:
                answer_value, tolerance = _float(value[:value.find(":")]), _float(value[value.find(":") + 1:])
            else:
                answer_value, tolerance = _float(value), 0.0
            if tolerance < 0:
                raise Skip(QT_TRANSLATE_NOOP("core", "the margin of error in '{value}' is negative"), value=value)
            if not main_done and weight >= 1 - 1e-9:
                main_done = True
                if low is not None and high is not None:
                    q.minimum, q.maximum = low, high
                else:
                    q.answer, q.tolerance = answer_value, tolerance
                if feedback:
                    self.result.warn(line, QT_TRANSLATE_NOOP("core", "the feedback for the right number is left out: "
                                                             "Coursebook shows the general feedback"))
            else:
                q.alternatives.append(NumericAlternative(answer_value, tolerance, weight, feedback))
        if not main_done:
            raise Skip(QT_TRANSLATE_NOOP("core", "no number is worth 100 %"))


def blocks(text: str) -> list[list[tuple[int, str]]]:
    """Moodle's ``readquestions``: trimmed lines, a blank line ends a question."""
    result: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number_, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line:
            if current:
                result.append(current)
            current = []
        else:
            current.append((number_, line))
    if current:
        result.append(current)
    return result


def parse(text: str, source: str, taken: set[str] | None = None) -> ImportResult:
    """Every question of a GIFT file; ids already in ``taken`` are not reused."""
    result = ImportResult(source)
    reader = _Reader(result)
    wanted = []
    for block in blocks(text):
        found = reader.block(block)
        if found is not None:
            wanted.append(found)
    assign_ids(result, wanted, set(taken or ()), Path(source).stem)
    return result


# --- export -------------------------------------------------------------------------------------

def escape(text: str) -> str:
    """Moodle's ``repchar``: reserved characters escaped, line breaks as ``\\n``."""
    for char, escaped in (("\\", "\\\\"), ("#", "\\#"), ("=", "\\="), ("~", "\\~"), ("{", "\\{"),
                          ("}", "\\}"), (":", "\\:"), ("\n", "\\n"), ("\r", "")):
        text = text.replace(char, escaped)
    return text


def _feedback(text: str) -> str:
    return "#" + escape(text) if text else ""


def write_question(q: Question, warnings: list[Message]) -> str:
    """One question as GIFT (Markdown text, the question id as name and id number)."""
    warnings.extend(moodle_rules(q))
    ident = q.id.replace("]", "\\]")
    lines = [f"// [id:{ident}] " + " ".join(f"[tag:{t}]" for t in tags_of(q))]
    if q.type == "essay" and q.guidance:
        lines.append(_GUIDANCE + escape(q.guidance))
    head = f"::{escape(q.id)}::[markdown]{escape(q.text)}"
    general = f"####{escape(q.feedback)}" if q.feedback else ""

    def grade(weight: float) -> str:
        if not moodle_grade_ok(weight):
            warnings.append(grade_warning(q.id, weight))
        return percent(weight)

    if q.type in ("single", "multiple"):
        lines.append(head + " {")
        for option in q.options:
            if q.type == "single" and abs(option.weight - 1) < 1e-9:
                mark = "="
            elif abs(option.weight) < 1e-9 and not option.text.startswith("%"):
                mark = "~"
            else:  # explicit, also so that a text starting with '%' is not read as a weight
                mark = f"~%{grade(option.weight)}%"
            lines.append(f"\t{mark}{escape(option.text)}{_feedback(option.feedback)}")
        if general:
            lines.append("\t" + general)
        lines.append("}")
    elif q.type == "truefalse":
        right, wrong = (q.feedback_true, q.feedback_false) if q.answer else (q.feedback_false, q.feedback_true)
        body = "TRUE" if q.answer else "FALSE"
        if wrong:
            body += "#" + escape(wrong)
        elif right:
            body += "#"
        if right:
            body += "#" + escape(right)
        lines.append(f"{head} {{{body}{general}}}")
    elif q.type == "short":
        lines.append(head + " {")
        if any("->" in a.text for a in q.answers):
            warnings.append(message(QT_TRANSLATE_NOOP("core", "{id}: an answer contains '->', so Moodle would read "
                                                               "the question as matching"), id=q.id))
        for answer in q.answers:
            explicit = abs(answer.weight - 1) > 1e-9 or answer.text.startswith("%")
            weight = f"%{grade(answer.weight)}%" if explicit else ""
            lines.append(f"\t={weight}{escape(answer.text)}{_feedback(answer.feedback)}")
        if general:
            lines.append("\t" + general)
        lines.append("}")
    elif q.type in ("matching", "ordering"):
        pairs = q.pairs if q.type == "matching" else [(str(i), item) for i, item in enumerate(q.items, start=1)]
        lines.append(head + " {")
        lines += [f"\t={escape(left)} -> {escape(right)}" for left, right in pairs]
        lines += [f"\t= -> {escape(d)}" for d in q.distractors]
        if general:
            lines.append("\t" + general)
        lines.append("}")
    elif q.type == "numerical":
        if q.minimum is not None and q.maximum is not None:
            main = f"{number(q.minimum)}..{number(q.maximum)}"
        else:
            main = f"{number(q.answer)}:{number(q.tolerance)}"
        if not q.alternatives:
            lines.append(f"{head} {{#{main}{general}}}")
        else:
            lines.append(head + " {#")
            lines.append(f"\t={main}")
            for alt in q.alternatives:
                lines.append(f"\t=%{grade(alt.weight)}%{number(alt.answer)}:{number(alt.tolerance)}"
                             f"{_feedback(alt.feedback)}")
            if general:
                lines.append("\t" + general)
            lines.append("}")
    elif q.type == "essay":
        lines.append(f"{head} {{{general}}}")
    return "\n".join(lines)


def export(questions: list[Question], category: str) -> tuple[str, list[Message]]:
    """A GIFT file for ``questions`` in Moodle category ``category``; and warnings for Moodle."""
    warnings: list[Message] = []
    parts = [f"// Exported by Coursebook. Import in Moodle: Question bank › Import › GIFT format.",
             f"$CATEGORY: $course$/top/{category}"]
    parts += [write_question(q, warnings) for q in questions]
    return "\n\n".join(parts) + "\n", warnings
