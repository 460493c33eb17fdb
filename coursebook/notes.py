"""Note blocks in module Markdown: ``!!! editor "…"`` and ``!!! trainer "…"`` (admonition syntax).

A note starts with a line ``!!! kind "Optional title"`` and holds the indented lines (four spaces
or a tab) that follow it; blank lines inside are kept, the first unindented line ends it.

* ``editor`` — an editor's note: a defect of the source or a correction a trainer must know,
  shown visibly apart from the source text, never altering it; each is declared in the front
  matter (``editor_notes``).
* ``trainer`` — trainer-only material (answer keys, running notes); learners do not see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .mdsyntax import FENCE_RE

NOTE_KINDS: tuple[str, ...] = ("editor", "trainer")
NOTE_RE = re.compile(r'^!!!\s*([\w-]*)(?:\s+"([^"]*)")?\s*$')
_START_RE = re.compile(r"^!!!")


@dataclass(frozen=True)
class Note:
    """One note block: its kind, the title on the marker line, the Markdown inside, its line."""

    kind: str
    title: str
    text: str
    line: int


@dataclass(frozen=True)
class NoteProblem:
    line: int
    message: str


def split_notes(lines: list[str], first: int = 1) -> tuple[list[str], list[Note], list[NoteProblem]]:
    """Separate note blocks from the other lines.

    Returns the lines outside notes (each line of a note becomes a blank line, so line numbers stay
    and paragraphs do not merge), the notes in order, and the problems (unknown kind, a note with
    nothing inside)."""
    kept: list[str] = []
    notes: list[Note] = []
    problems: list[NoteProblem] = []
    fence = False
    index = 0
    while index < len(lines):
        raw = lines[index]
        if FENCE_RE.match(raw):
            fence = not fence
        if fence or not _START_RE.match(raw):
            kept.append(raw)
            index += 1
            continue
        number = first + index
        match = NOTE_RE.match(raw)
        body: list[str] = []
        index += 1
        kept.append("")
        while index < len(lines) and (not lines[index].strip() or lines[index][:1] in (" ", "\t")):
            body.append(lines[index])
            kept.append("")
            index += 1
        while body and not body[-1].strip():
            body.pop()
        if not match:
            problems.append(NoteProblem(number, 'a note line must read !!! editor "Title" or !!! trainer "Title"'))
        elif match.group(1) not in NOTE_KINDS:
            problems.append(NoteProblem(number, f"unknown note kind '{match.group(1)}' (kinds: {', '.join(NOTE_KINDS)})"))
        elif not body:
            problems.append(NoteProblem(number, f"the {match.group(1)} note has no indented text under it"))
        else:
            text = "\n".join(_dedent(line) for line in body)
            notes.append(Note(match.group(1), (match.group(2) or "").strip(), text, number))
    return kept, notes, problems


def _dedent(line: str) -> str:
    if line.startswith("\t"):
        return line[1:]
    return line[4:] if line.startswith("    ") else line.lstrip(" ")


def strip_notes(text: str) -> str:
    """``text`` without its note blocks (used where only the source's own text counts)."""
    kept, _notes, _problems = split_notes(text.split("\n"))
    return "\n".join(kept)
