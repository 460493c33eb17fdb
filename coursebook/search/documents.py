"""The searchable pieces of a course: section parts (split at ``###`` sub-headings), glossary
entries and question feedback, as plain text.

Rule: only what a learner may read is indexed — trainer-only blocks (``!!! trainer``) and the
activity's trainer fields stay out; each piece keeps the anchor the reader scrolls to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from ..model import Library, Module

_ATTRS_RE = re.compile(r"\s*\{[#.][^}]*\}\s*$")
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARK_RE = re.compile(r"(\*\*|__|\*|`|^#+\s*|^>\s?|^\s*[-*+]\s+|^\s*\d+\.\s+|^:\s+|^\|[-:| ]+\|$)", re.M)
_HEADING_RE = re.compile(r"^###\s+(.*)$")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Document:
    """One searchable piece. ``anchor`` is the id the reader scrolls to (section or sub-heading)."""

    module_id: str
    module_title: str
    language: str
    section_id: str
    anchor: str
    kind: str  # "text", "glossary" or "question"
    title: str
    body: str


def plain(markdown: str) -> str:
    """Markdown as readable text: no emphasis marks, link targets, attribute lists or fences."""
    lines: list[str] = []
    skip_indent = False
    fence = False
    for raw in markdown.split("\n"):
        if _FENCE_RE.match(raw):
            fence = not fence
            continue
        if fence:
            continue
        if raw.startswith("!!! "):
            skip_indent = raw.startswith("!!! trainer")  # trainer-only: never shown to learners
            if not skip_indent:
                title = re.search(r'"([^"]*)"', raw)
                if title:
                    lines.append(title.group(1))
            continue
        if skip_indent:
            if raw.startswith("    ") or not raw.strip():
                continue
            skip_indent = False
        lines.append(_ATTRS_RE.sub("", raw))
    text = _LINK_RE.sub(r"\1", "\n".join(lines))
    text = _MARK_RE.sub("", text).replace("|", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def module_documents(module: "Module", questions: list | None = None) -> Iterator[Document]:
    """Every searchable piece of one module."""
    meta = module.meta
    base = dict(module_id=module.id, module_title=meta.title, language=meta.language)
    anchors = module.anchors()
    for section in module.sections:
        if section.kind == "definitions":
            for entry in section.glossary:
                yield Document(**base, section_id=section.id, anchor=section.id, kind="glossary",
                               title=entry.term, body=plain(entry.definition))
            continue
        if section.kind == "activity" and section.activity is not None:
            activity = section.activity
            text = "\n".join([section.prose, activity.name, activity.objectives])
            yield Document(**base, section_id=section.id, anchor=section.id, kind="text",
                           title=section.title, body=plain(text))
            continue
        title, anchor, part = section.title, section.id, []
        headings = iter(section.subheadings)
        for raw in section.body.split("\n"):
            heading = _HEADING_RE.match(raw)
            if heading:
                if part:
                    yield Document(**base, section_id=section.id, anchor=anchor, kind="text",
                                   title=title, body=plain("\n".join(part)))
                sub = next(headings, None)
                title = sub.title if sub else _ATTRS_RE.sub("", heading.group(1))
                anchor = sub.id if sub else section.id
                part = []
            else:
                part.append(raw)
        if part:
            yield Document(**base, section_id=section.id, anchor=anchor, kind="text", title=title,
                           body=plain("\n".join(part)))
    # The questions that test one section or sub-heading make one passage: a hit opens that place.
    titles = {s.id: s.title for s in module.sections}
    titles.update({h.id: h.title for s in module.sections for h in s.subheadings})
    grouped: dict[str, list[str]] = {}
    for question in questions or []:
        grouped.setdefault(question.section, []).extend(
            x for x in [question.text, question.feedback, *(o.feedback for o in question.options)] if x)
    for anchor, texts in grouped.items():
        section_id = anchors.get(anchor, module.sections[0].id)
        yield Document(**base, section_id=section_id, anchor=anchor, kind="question",
                       title=titles.get(anchor, anchor), body=plain("\n\n".join(texts)))


def course_documents(library: "Library") -> Iterator[Document]:
    """Every searchable piece of the course, question banks included (malformed questions skipped)."""
    from ..quiz.bank import load_bank

    for module in library.modules:
        questions = []
        if module.quiz_path.exists():
            questions = load_bank(module.quiz_path, module).questions
        yield from module_documents(module, questions)
