"""Aiken: single-choice questions as Moodle's Aiken importer reads them.

A question is a line of text, then two or more options ``A. text`` or ``A) text`` (capital letter,
``.`` or ``)``, a space), then ``ANSWER: A``. Blank lines between questions are optional; a question
text may run over several lines before its first option.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from ..quiz.model import Option, Question
from .common import DEFAULT_DIFFICULTY, ImportResult, assign_ids

_OPTION = re.compile(r"^([A-Z])[.)]\s+(.*\S)\s*$")
_ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


def parse(text: str, source: str, taken: set[str] | None = None) -> ImportResult:
    result = ImportResult(source)
    wanted: list[tuple[Question, str, bool]] = []
    stem: list[str] = []
    start = 0
    letters: list[str] = []
    options: list[str] = []

    def reset() -> None:
        stem.clear()
        letters.clear()
        options.clear()

    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        option, answer = _OPTION.match(line), _ANSWER.match(line)
        if answer:
            if not stem or len(options) < 2:
                result.error(number, QT_TRANSLATE_NOOP("core", "'ANSWER:' without a question and at least two options "
                                                               "before it"))
            elif answer.group(1) not in letters:
                result.error(number, QT_TRANSLATE_NOOP("core", "'ANSWER: {letter}' names no option of this question"),
                             letter=answer.group(1))
            else:
                right = letters.index(answer.group(1))
                question = Question(id="", type="single", section="", difficulty=DEFAULT_DIFFICULTY,
                                    text=" ".join(stem), feedback="", line=start,
                                    options=[Option(t, 1.0 if i == right else 0.0) for i, t in enumerate(options)])
                wanted.append((question, "", False))
            reset()
        elif option and stem:
            if letters and option.group(1) in letters:
                result.error(number, QT_TRANSLATE_NOOP("core", "option {letter} appears twice"), letter=option.group(1))
            letters.append(option.group(1))
            options.append(option.group(2))
        elif options:
            result.error(start, QT_TRANSLATE_NOOP("core", "a question's options must be followed by 'ANSWER: X'"))
            reset()
            stem.append(line)
            start = number
        else:
            if not stem:
                start = number
            stem.append(line)
    if stem or options:
        result.error(start, QT_TRANSLATE_NOOP("core", "the last question has no 'ANSWER: X' line"))
    assign_ids(result, wanted, set(taken or ()), Path(source).stem)
    return result
