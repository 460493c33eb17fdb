"""The line-level Markdown syntax the content format relies on (shared by parser and renderer)."""

from __future__ import annotations

import re
import unicodedata

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HEADING_RE = re.compile(r"^(#{1,6})\s+((?:.*\S)?)\s*$")  # no lazy group before \s*$: that is quadratic
ATTRS_RE = re.compile(r"^(.*)\{:?\s*([^{}]*)\}\s*$")  # group 1 keeps trailing blanks: callers strip it
FENCE_RE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w-]*)")
BULLET_RE = re.compile(r"^(?:[-*+]|\d+[.)])\s+(.*)$")


def slug(text: str) -> str:
    """ASCII id from a heading title: ``Izmenjava informacij`` → ``izmenjava-informacij``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "section"


def parse_attrs(text: str) -> tuple[str | None, list[str], list[str]]:
    """``#id .kind`` → (id, classes, anything not understood)."""
    ident, classes, other = None, [], []
    for token in text.split():
        if token.startswith("#") and len(token) > 1:
            ident = token[1:]
        elif token.startswith(".") and len(token) > 1:
            classes.append(token[1:])
        else:
            other.append(token)
    return ident, classes, other


# --- limits that keep formatting a section fast (measured in bench/bench_limits.py) -----------
# Python-Markdown and Qt's layout cost grows with lines, blocks, cells and markup characters more
# than with text, and some shapes cost the square of their size. Each limit is several times what the
# course uses today (in brackets), and together they keep the worst section under 100 ms.
#: Characters in one section's Markdown (17,791).
MAX_SECTION_CHARS = 40_000
#: Lines in one section (310).
MAX_SECTION_LINES = 600
#: Nesting of lists and block quotes, counted per line (indentation of 4 columns, '- ', '> ') (3).
MAX_NESTING = 8
#: Lines in one block of text between blank lines, outside fenced blocks (42).
MAX_BLOCK_LINES = 100
#: Table cells ('|') in one section (127).
MAX_TABLE_CELLS = 500
#: Opening brackets '[' (links, images, footnotes) in one section (29).
MAX_LINKS = 200
#: Emphasis characters ('*', '_') in one section (120).
MAX_EMPHASIS = 1_000

_MARKER_RE = re.compile(r">[ \t]?|(?:[-*+:]|\d{1,9}[.)])(?:[ \t]+|$)")


def nesting(line: str) -> int:
    """How deep a line nests lists, quotes and definitions: 4 columns of indentation or one marker
    ('- ', '1. ', '> ', ': ') a level."""
    depth = 0
    position = 0
    columns = 0
    while True:
        while position < len(line) and line[position] in " \t":
            columns += 4 - columns % 4 if line[position] == "\t" else 1
            position += 1
        depth += columns // 4
        columns = 0
        marker = _MARKER_RE.match(line, position)
        if marker is None:
            return depth
        depth += 1
        position = marker.end()


def limit_problems(lines: list[str], first: int, sized: bool = True) -> list[tuple[int, str]]:
    """(line, reason) for each limit a section's Markdown lines break; at most one per kind.

    ``sized=False`` leaves out the section's size and line count (for text inside a section,
    such as an activity's fields, whose section is checked as a whole)."""
    from .i18n import QT_TRANSLATE_NOOP

    problems: list[tuple[int, str]] = []
    size = sum(len(line) + 1 for line in lines) if sized else 0
    if size > MAX_SECTION_CHARS:
        problems.append((first, QT_TRANSLATE_NOOP(
            "core", "the section has {size} characters; the limit is {limit} (split it into sections)").format(
            size=f"{size:,}", limit=f"{MAX_SECTION_CHARS:,}")))
    if sized and len(lines) > MAX_SECTION_LINES:
        problems.append((first + MAX_SECTION_LINES, QT_TRANSLATE_NOOP(
            "core", "the section has {count} lines; the limit is {limit} (split it into sections)").format(
            count=f"{len(lines):,}", limit=f"{MAX_SECTION_LINES:,}")))
    counted = {
        "|": (MAX_TABLE_CELLS, QT_TRANSLATE_NOOP("core", "more than {limit} table cells ('|') in one section")),
        "[": (MAX_LINKS, QT_TRANSLATE_NOOP("core", "more than {limit} '[' (links, images, footnotes) in one section")),
        "*_": (MAX_EMPHASIS, QT_TRANSLATE_NOOP("core", "more than {limit} emphasis marks ('*', '_') in one section")),
    }
    totals = dict.fromkeys(counted, 0)
    fence: str | None = None
    block = 0
    deep_reported = block_reported = False
    for offset, raw in enumerate(lines):
        number = first + offset
        fence_match = FENCE_RE.match(raw)
        if fence_match:
            marker = fence_match.group(2)[0]
            fence = marker if fence is None else (None if marker == fence else fence)
            block = 0
            continue
        if fence:
            continue
        if not raw.strip():
            block = 0
            continue
        block += 1
        if block > MAX_BLOCK_LINES and not block_reported:
            block_reported = True
            problems.append((number, QT_TRANSLATE_NOOP(
                "core", "more than {limit} lines without a blank line").format(limit=MAX_BLOCK_LINES)))
        if not deep_reported and nesting(raw) > MAX_NESTING:
            deep_reported = True
            problems.append((number, QT_TRANSLATE_NOOP(
                "core", "lists or quotes nested more than {limit} levels deep").format(limit=MAX_NESTING)))
        for chars, (limit, message) in counted.items():
            if totals[chars] < 0:
                continue
            totals[chars] += sum(raw.count(c) for c in chars)
            if totals[chars] > limit:
                totals[chars] = -1
                problems.append((number, message.format(limit=f"{limit:,}")))
    return problems
