"""A module as slides for a projector.

Rules:
- a title slide, then one slide per section and one per ``###`` sub-section;
- an author's break (a line ``<!-- slide -->``) always starts a new slide;
- a part longer than :data:`SLIDE_CHARS` characters of Markdown is split at paragraph boundaries
  (a blank line before an unindented line, or a new top-level list item), never inside a fenced
  block or a definition; a long table is cut between rows, its header repeated; the pages of
  one part are titled "Title (2/3)";
- trainer blocks never reach a slide's audience HTML; they become the slide's notes, with the
  activity's trainer material (phase instructions, tips, injects, answer keys); editor's notes
  stay on the slide, as in the reader.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..mdsyntax import ATTRS_RE, BULLET_RE, FENCE_RE, HEADING_RE
from ..model import Activity, Module, Section
from ..notes import split_notes
from ..render import DEFAULT_LABELS, markdown_to_html, note_box, split_items
from .notes import LEARNER, SLIDE_BREAK_RE, TRAINER

#: Markdown characters on one slide before it is split at a paragraph boundary.
SLIDE_CHARS = 900


@dataclass(frozen=True)
class Slide:
    """One slide: ``html`` for the audience (never trainer material), ``notes`` for the console."""

    number: int
    section_id: str
    kind: str
    title: str
    html: str
    notes: str = ""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _weight(paragraph: str) -> int:
    """Characters a paragraph puts on the audience screen (a trainer block puts none)."""
    return 0 if paragraph.lstrip().startswith("!!! trainer") or paragraph.startswith("!!!trainer") else len(paragraph)


def paragraphs(markdown: str) -> list[str]:
    """The Markdown cut at the places a slide may break."""
    pieces: list[list[str]] = [[]]
    fence = False
    previous_blank = False
    for raw in markdown.split("\n"):
        boundary = (not fence and raw.strip() and not raw[:1].isspace() and not raw.startswith(":")
                    and (previous_blank or BULLET_RE.match(raw)))
        if FENCE_RE.match(raw):
            fence = not fence
        if boundary and any(line.strip() for line in pieces[-1]):
            pieces.append([])
        pieces[-1].append(raw)
        previous_blank = not raw.strip()
    return ["\n".join(p).strip("\n") for p in pieces if any(line.strip() for line in p)]


def _table_rows(paragraph: str, limit: int) -> list[str]:
    """A long table cut into tables of whole rows, each with the header repeated."""
    lines = paragraph.split("\n")
    if len(lines) < 4 or not all(line.lstrip().startswith("|") for line in lines) or len(paragraph) <= limit:
        return [paragraph]
    head, rows = lines[:2], lines[2:]
    chunks: list[list[str]] = [[]]
    for row in rows:
        if chunks[-1] and len("\n".join(head + chunks[-1] + [row])) > limit:
            chunks.append([])
        chunks[-1].append(row)
    return ["\n".join(head + chunk) for chunk in chunks]


def pages(markdown: str, limit: int = SLIDE_CHARS) -> list[str]:
    """Paragraphs packed greedily into pages of at most ``limit`` characters (a longer paragraph
    stays whole, except a table, which is cut between rows with its header repeated); an
    author's ``<!-- slide -->`` line always ends a page."""
    result: list[str] = []
    for part in _author_parts(markdown):
        current: list[str] = []
        size = 0
        for paragraph in (piece for p in paragraphs(part) for piece in _table_rows(p, limit)):
            if current and size + _weight(paragraph) > limit:
                result.append("\n\n".join(current))
                current, size = [], 0
            current.append(paragraph)
            size += _weight(paragraph)
        if current:
            result.append("\n\n".join(current))
    return result


def _author_parts(markdown: str) -> list[str]:
    parts: list[list[str]] = [[]]
    fence = False
    for raw in markdown.split("\n"):
        if FENCE_RE.match(raw):
            fence = not fence
        if not fence and SLIDE_BREAK_RE.match(raw):
            parts.append([])
        else:
            parts[-1].append(raw)
    return ["\n".join(p) for p in parts if "\n".join(p).strip()]


def _sub_sections(section: Section) -> list[tuple[str, str, str]]:
    """(id, title, Markdown) of the section's lead and of each ``###`` sub-section."""
    result: list[tuple[str, str, list[str]]] = [(section.id, section.title, [])]
    fence = False
    for raw in section.body.split("\n"):
        if FENCE_RE.match(raw):
            fence = not fence
        heading = None if fence else HEADING_RE.match(raw)
        if heading and len(heading.group(1)) == 3:
            match = ATTRS_RE.match(heading.group(2))
            title = match.group(1) if match else heading.group(2)
            result.append((section.id, title.strip(), []))
            continue
        result[-1][2].append(raw)
    return [(i, t, "\n".join(lines)) for i, t, lines in result if "\n".join(lines).strip() or t != section.title]


def pack(items: list[str], limit: int = SLIDE_CHARS, most: int = 6) -> list[list[str]]:
    """List items packed in order into slides of at most ``most`` items and ``limit`` characters."""
    groups: list[list[str]] = [[]]
    for item in items:
        current = groups[-1]
        if current and (len(current) >= most or sum(map(len, current)) + len(item) > limit):
            groups.append([])
        groups[-1].append(item)
    return groups


class _Builder:
    def __init__(self, labels: Mapping[str, str]):
        self.labels = {**DEFAULT_LABELS, **labels}
        self.slides: list[Slide] = []

    def add(self, section_id: str, kind: str, title: str, body: str, notes: str = "") -> None:
        self.slides.append(Slide(len(self.slides) + 1, section_id, kind, title,
                                 f"<h1>{_esc(title)}</h1>{body}", notes))

    def note(self, title: str, inner: str) -> str:
        return note_box("trainer", title, inner, self.labels)

    def md(self, text: str) -> str:
        """Markdown for the audience screen: trainer blocks left out, editor's notes kept."""
        return markdown_to_html(text, self.labels, LEARNER)

    def trainer_notes(self, markdown: str) -> str:
        """The trainer blocks of ``markdown`` as note boxes, for the console."""
        if "!!!" not in markdown:
            return ""
        _kept, notes, _problems = split_notes(markdown.split("\n"))
        return "".join(note_box(n.kind, n.title, markdown_to_html(n.text, self.labels, TRAINER), self.labels)
                       for n in notes if n.kind == "trainer")

    def text(self, section_id: str, kind: str, title: str, markdown: str) -> None:
        """Ordinary text, paged; each page's trainer blocks go to that page's notes."""
        chunks = [c for c in pages(markdown) if _visible(c)] or [""]
        for index, chunk in enumerate(chunks):
            shown = title if len(chunks) == 1 else f"{title} ({index + 1}/{len(chunks)})"
            self.add(section_id, kind, shown, self.md(chunk), self.trainer_notes(chunk))
        hidden = [c for c in pages(markdown) if not _visible(c)]  # a page of trainer blocks only
        if hidden:
            last = self.slides[-1]
            self.slides[-1] = Slide(last.number, last.section_id, last.kind, last.title, last.html,
                                    last.notes + "".join(self.trainer_notes(c) for c in hidden))

    def items(self, section: Section, ordered: bool) -> None:
        lead, items = split_items(section.body)
        notes = self.trainer_notes(section.body)
        if len(lead) > SLIDE_CHARS // 3:  # a long introduction gets slides of its own, then the list
            self.text(section.id, section.kind, section.title, lead)
            lead, notes = "", ""
        tag = "ol" if ordered else "ul"
        groups = pack(items, SLIDE_CHARS - len(lead))
        first = 1
        for index, group in enumerate(groups):
            title = section.title if len(groups) == 1 else f"{section.title} ({index + 1}/{len(groups)})"
            start = f' start="{first}"' if ordered and index else ""
            first += len(group)
            body = (self.md(lead) if index == 0 and lead.strip() else "") + (
                f"<{tag}{start}>" + "".join(f"<li>{self.md(i)}</li>" for i in group) + f"</{tag}>")
            self.add(section.id, section.kind, title, body, notes if index == 0 else "")

    def activity(self, section: Section, activity: Activity) -> None:
        labels, minutes = self.labels, self.labels["minutes"]
        lead = self.md(section.prose) if section.prose else ""
        tips = self.note(labels["tips"], markdown_to_html(activity.tips, labels, TRAINER)) if activity.tips else ""
        self.add(section.id, "activity", activity.name,
                 lead + f'<p class="meta">{_esc(activity.type)} · {activity.duration} {_esc(minutes)}</p>'
                 + self.md(activity.objectives), self.trainer_notes(section.prose or "") + tips)
        if activity.materials:
            self.add(section.id, "activity", labels["materials"],
                     "<ul>" + "".join(f"<li>{self.md(m)}</li>" for m in activity.materials) + "</ul>")
        if activity.scenario:
            self.text(section.id, "activity", labels["scenario"], activity.scenario)
        if activity.groups:
            texts = [g.name + "\n" + g.role + "\n" + g.tasks for g in activity.groups]
            packed = pack(texts, SLIDE_CHARS)
            done = 0
            for index, chunk in enumerate(packed):
                part = activity.groups[done:done + len(chunk)]
                done += len(chunk)
                items = "".join(_group(g, self) for g in part)
                title = labels["groups"] if len(packed) == 1 else f"{labels['groups']} ({index + 1}/{len(packed)})"
                self.add(section.id, "activity", title, f"<ul>{items}</ul>")
        rows = []
        notes = []
        for phase in activity.phases:
            rows.append(f'<tr><td>{_esc(phase.title)}</td><td class="minutes">{phase.minutes} {_esc(minutes)}</td></tr>')
            for sub in phase.phases:
                rows.append(f'<tr><td class="sub">{_esc(sub.title)}</td>'
                            f'<td class="minutes">{sub.minutes} {_esc(minutes)}</td></tr>')
            for step in [phase, *phase.phases]:
                if step.instructions:
                    notes.append(self.note(f"{step.title} — {step.minutes} {minutes}",
                                           markdown_to_html(step.instructions, labels, TRAINER)))
        if activity.injects:
            notes.append(self.note(labels["injects"], "<ul>" + "".join(
                f"<li><b>{_esc(i.title)}</b>{' (' + _esc(i.phase) + ')' if i.phase else ''}: "
                f"{markdown_to_html(i.text, labels, TRAINER)}</li>" for i in activity.injects) + "</ul>"))
        self.add(section.id, "activity", f"{labels['plan']} — {activity.planned_minutes()} {minutes}",
                 f'<table class="plan" width="100%" cellpadding="6">{"".join(rows)}</table>', "".join(notes))
        shared = [h for h in activity.handouts if not h.trainer]
        keys = [h for h in activity.handouts if h.trainer]
        answer = (self.note(labels["answer_key"], markdown_to_html(activity.answer_key, labels, TRAINER))
                  if activity.answer_key else "")
        notes_html = "".join(self.note(h.title, markdown_to_html(h.text + "\n\n" + h.content, labels, TRAINER))
                             for h in keys) + answer
        if shared or notes_html:
            body = "<ul>" + "".join(f"<li>{_esc(h.title)}</li>" for h in shared) + "</ul>"
            self.add(section.id, "activity", labels["handouts"], body, notes_html)
        if activity.discussion:
            self.add(section.id, "activity", labels["discussion"],
                     "<ol>" + "".join(f"<li>{self.md(d)}</li>" for d in activity.discussion) + "</ol>")


def _visible(markdown: str) -> bool:
    """Whether a page has anything for the audience once trainer blocks are left out."""
    if "!!!" not in markdown:
        return bool(markdown.strip())
    kept, notes, _problems = split_notes(markdown.split("\n"))
    return bool("\n".join(kept).strip()) or any(n.kind != "trainer" for n in notes)


def _group(group, builder: _Builder) -> str:  # noqa: ANN001 - model.Group
    """A group on the projector: its name, role and tasks (what it receives is on its own card)."""
    role = f"<p><i>{_esc(builder.labels['role'])}:</i> {_esc(group.role)}</p>" if group.role else ""
    return f"<li><b>{_esc(group.name)}</b>{role}{builder.md(group.tasks) if group.tasks else ''}</li>"


def build_slides(module: Module, labels: Mapping[str, str] = DEFAULT_LABELS) -> list[Slide]:
    """The module as slides, in reading order (see the module docstring for the rules)."""
    builder = _Builder(labels)
    meta = module.meta
    builder.add("", "title", meta.title, f'<p class="meta">{_esc(meta.source)}</p>'
                + (f'<p class="disclaimer">{_esc(meta.disclaimer)}</p>' if meta.disclaimer else ""))
    for section in module.sections:
        if section.kind == "objectives":
            builder.items(section, ordered=False)
        elif section.kind == "discussion":
            builder.items(section, ordered=True)
        elif section.kind == "activity" and section.activity is not None:
            builder.activity(section, section.activity)
        else:
            for sub_id, title, markdown in _sub_sections(section):
                builder.text(sub_id, section.kind, title, markdown)
    return builder.slides


def slide_of_section(slides: list[Slide], section_id: str) -> int:
    """Index of the first slide of a section (0 when it has none)."""
    return next((i for i, s in enumerate(slides) if s.section_id == section_id), 0)


_TAGS = re.compile(r"<[^>]+>")


def plain_text(fragment: str) -> str:
    """Visible text of an HTML fragment (for the overview and for tests)."""
    return html.unescape(_TAGS.sub(" ", fragment))
