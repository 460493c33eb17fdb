"""Turns sections into the HTML subset that Qt's rich-text widgets display.

No Qt here: the GUI passes translated labels in, and the self-check renders the same HTML.
Python-Markdown is imported on first use so that it costs nothing at start-up.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping

from .model import Activity, GlossaryEntry, Group, Module, Phase, Section
from .i18n import QT_TRANSLATE_NOOP
from .mdsyntax import BULLET_RE, FENCE_RE, slug
from .notes import split_notes
from .trainer.notes import LEARNER, TRAINER, shown_to

DEFAULT_LABELS: dict[str, str] = {
    "name": "Activity", "type": "Type", "duration": "Duration", "minutes": "min",
    "objectives": "Learning objectives", "materials": "Materials", "groups": "Groups and roles",
    "phases": "Trainer instructions", "discussion": "Discussion", "tips": "Trainer tips",
    "injects": "Injects", "variants": "Variants", "online_variant": "Online variant",
    "handouts": "Handouts", "source": "Source", "written_for_course": "Written for this course",
    "objective_hint": "Tick an objective when you can do it.",
    "editor_note": "Editor's note", "trainer_note": "For the trainer", "scenario": "Scenario",
    "answer_key": "Answer key (trainers only)", "role": "Role", "tasks": "Tasks",
    "receives": "Information the group receives",
    "plan": "Timed phases",
    "unformatted": "Part of this text could not be formatted; it is shown as written.",
}

_markdown = None
_NO_LINK_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "code", "pre"}
_TAG_RE = re.compile(r"(<[^>]+>)")
_EXTERNAL_RE = re.compile(r'<a href="(https?://[^"]+)">(.*?)</a>', re.S)
_BRACKET_RE = re.compile(r"[\[\]]")
_WORD_RE = re.compile(r"\w+")


_NOTE_TOKEN = "CBNOTE{index}END"
_NOTE_PARAGRAPH_RE = re.compile(r"<p>CBNOTE(\d+)END</p>")


def note_box(kind: str, title: str, inner_html: str, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
    """An editor's note or a trainer block as a bordered, tinted box with its label.

    The one place both markers are drawn: the table carries the classes ``note`` and the kind
    (``editor`` or ``trainer``), which the style sheet colours and trainer-only views look for."""
    label = title or labels.get(f"{kind}_note") or DEFAULT_LABELS.get(f"{kind}_note", kind)
    colour = {"editor": "#fff6dc", "trainer": "#e8f1fb"}.get(kind, "#f4f4f4")
    return (f'<table class="note {kind}" width="100%" border="1" cellspacing="0" cellpadding="8" '
            f'bgcolor="{colour}"><tr><td class="note {kind}">'
            f'<p class="notetitle"><b>{_esc(label)}</b></p>{inner_html}</td></tr></table>')


def markdown_to_html(text: str, labels: Mapping[str, str] = DEFAULT_LABELS, audience: str = LEARNER) -> str:
    """Markdown → HTML; ``!!! editor`` blocks become note boxes, and so do ``!!! trainer`` blocks
    for the ``trainer`` audience; for learners (the default) trainer blocks are left out."""
    if "!!!" not in text:
        return _convert(text)
    try:
        return _with_notes(text, labels, audience)
    except RecursionError:  # notes nested without end; `coursebook validate` names the section
        return plain_html(text)


def _with_notes(text: str, labels: Mapping[str, str], audience: str) -> str:
    lines = text.split("\n")
    kept, notes, _problems = split_notes(lines)
    boxes: list[str] = []
    for note in notes:
        if not shown_to(note.kind, audience):
            continue  # its lines are already blank in ``kept``
        kept[note.line - 1] = "\n" + _NOTE_TOKEN.format(index=len(boxes)) + "\n"
        boxes.append(note_box(note.kind, note.title, markdown_to_html(note.text, labels, audience), labels))
    rendered = _convert("\n".join(kept))
    return _NOTE_PARAGRAPH_RE.sub(lambda m: boxes[int(m.group(1))], rendered)


def _convert(text: str) -> str:
    """Markdown to HTML; never raises: text Markdown cannot format comes back as plain paragraphs."""
    global _markdown
    if _markdown is None:
        _markdown = _build_markdown()
    try:
        _markdown.reset()
        rendered = _markdown.convert(text)
    except Exception:  # noqa: BLE001 - e.g. RecursionError; `coursebook validate` names the section
        _markdown = None  # rebuilt next time: a failed conversion may leave state behind
        return plain_html(text)
    # External addresses stay visible as text; the app never fetches them.
    return _EXTERNAL_RE.sub(_show_address, rendered)


def markdown_problem(text: str) -> str | None:
    """Why ``text`` cannot be formatted (it is then shown as plain text), or None."""
    global _markdown
    if _markdown is None:
        _markdown = _build_markdown()
    try:
        _markdown.reset()
        _markdown.convert(text)
    except RecursionError:
        _markdown = None
        return QT_TRANSLATE_NOOP("core", "nested too deeply to format")
    except Exception as exc:  # noqa: BLE001
        _markdown = None
        return QT_TRANSLATE_NOOP("core", "cannot be formatted ({error})").format(error=type(exc).__name__)
    return None


_UNFORMATTED = '<p class="unformatted">'


def plain_html(text: str) -> str:
    """Text shown as it is: escaped, one paragraph per blank-line-separated block."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
    return "".join(_UNFORMATTED + _esc(b).replace("\n", "<br/>") + "</p>" for b in blocks)


def _build_markdown():  # noqa: ANN202 - markdown.Markdown, imported lazily
    # Deferred (~40 ms of imports not needed to show the library). Extensions are passed as
    # instances: naming them makes Python-Markdown scan installed packages' entry points (~35 ms).
    import markdown
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from markdown.extensions.toc import TocExtension
    from markdown.inlinepatterns import LinkInlineProcessor

    md = markdown.Markdown(
        extensions=[TableExtension(), DefListExtension(), FootnoteExtension(), AttrListExtension(),
                    SaneListExtension(), TocExtension(slugify=lambda value, _sep: slug(value))],
        output_format="html",
    )
    # Content is text, not HTML: raw HTML is shown as written. (Python's HTML parser, which the
    # raw-HTML step uses, is quadratic on unclosed tags, and raw HTML could nest without limit.)
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    # Python-Markdown finds the ']' of each '[' by scanning forward, so a paragraph of n unmatched
    # '[' costs n² steps (2,000 of them: 0.4 s). The same answer from a table built once per text.
    for processor in md.inlinePatterns:
        if isinstance(processor, LinkInlineProcessor):
            processor.getText = _fast_get_text.__get__(processor)  # type: ignore[method-assign]
            processor.getLink = _near_get_link(processor.getLink)  # type: ignore[method-assign]
    return md


_brackets: tuple[str, dict[int, int]] = ("", {})


def _closing_brackets(data: str) -> dict[int, int]:
    """For each '[' of ``data``, the index after its matching ']' (cached for the last text)."""
    global _brackets
    if _brackets[0] is data:
        return _brackets[1]
    table: dict[int, int] = {}
    stack: list[int] = []
    for match in _BRACKET_RE.finditer(data):
        if match.group() == "[":
            stack.append(match.start())
        elif stack:
            table[stack.pop()] = match.end()
    _brackets = (data, table)
    return table


#: A link's address and title are looked for within this many characters after its '('.
MAX_LINK_CHARS = 500


def _near_get_link(get_link):  # noqa: ANN001, ANN202 - wraps LinkInlineProcessor.getLink
    """``getLink`` scans for the ')' of a link to the end of the paragraph, so n unclosed links cost
    n × paragraph length; it is given only the next :data:`MAX_LINK_CHARS` characters."""
    def near(data: str, index: int):  # noqa: ANN202
        return get_link(data[:index + MAX_LINK_CHARS], index)
    return near


def _fast_get_text(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: ANN001
    """``LinkInlineProcessor.getText`` in O(1): the text up to the ']' matching ``data[index - 1]``."""
    end = _closing_brackets(data).get(index - 1)
    if end is None:
        return "", len(data), False  # the text is not used when there is no link
    return data[index:end - 1], end, True


def _show_address(match: re.Match) -> str:
    url, label = match.group(1), match.group(2)
    if html.unescape(label).strip() == url:
        return match.group(0)
    return f'{match.group(0)} <span class="url">({html.escape(url)})</span>'


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def split_items(body: str) -> tuple[str, list[str]]:
    """Body text without its top-level bullets, and the bullets' raw Markdown."""
    lead: list[str] = []
    items: list[list[str]] = []
    current: list[str] | None = None
    fence = False
    for raw in body.split("\n"):
        if FENCE_RE.match(raw):
            fence = not fence
        match = None if fence else BULLET_RE.match(raw)
        if match and not raw[:1].isspace():
            current = [match.group(1)]
            items.append(current)
        elif current is not None and (raw[:1].isspace() or not raw.strip()):
            current.append(raw.strip())
        else:
            current = None
            lead.append(raw)
    return "\n".join(lead).strip(), ["\n".join(i).strip() for i in items]


def _inline(text: str) -> str:
    """Markdown of one list item or short field, without the wrapping paragraph."""
    rendered = markdown_to_html(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return rendered


@functools.lru_cache(maxsize=8192)
def _form_pattern(form: str, exact: bool) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", 0 if exact else re.IGNORECASE)


def _glossary_index(entries: list[GlossaryEntry]) -> tuple[dict, list[tuple[str, int, bool]]]:
    """A trie of the forms' words (case-folded), and the few forms that do not start with a letter.

    A trie node is ``[children by next word, forms that end here]``.
    """
    trie: dict[str, list] = {}
    odd: list[tuple[str, int, bool]] = []
    for index, entry in enumerate(entries):
        for form in entry.forms:
            words = _WORD_RE.findall(form.casefold())
            if not words or not _WORD_RE.match(form):
                odd.append((form, index, form.isupper()))
                continue
            level = trie
            for number, word in enumerate(words):
                node = level.setdefault(word, [{}, []])
                if number == len(words) - 1:
                    node[1].append((form, index, form.isupper()))
                level = node[0]
    return trie, odd


def link_glossary(fragment: str, entries: list[GlossaryEntry]) -> str:
    """Link the first occurrence of each glossary form in running text to ``glossary:N``.

    Where forms overlap, the longer one wins. Forms are found by walking a trie of their words
    along the words of the text, so the cost grows with the text, not with the size of the
    glossary (a 40,000-character section with 2,000 terms: a few milliseconds).
    """
    if not entries:
        return fragment
    trie, odd = _glossary_index(entries)
    linked: set[int] = set()
    out: list[str] = []
    blocked = 0
    for part in _TAG_RE.split(fragment):
        if part.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if name and name.group(1).lower() in _NO_LINK_TAGS:
                blocked += -1 if part.startswith("</") else 1
                blocked = max(blocked, 0)
            out.append(part)
            continue
        if blocked or not part.strip():
            out.append(part)
            continue
        found: list[tuple[int, int, int]] = []  # (start, end, entry)
        words = [(w.start(), w.group().casefold()) for w in _WORD_RE.finditer(part)]
        for position, (start, word) in enumerate(words):
            node = trie.get(word)
            following = position + 1
            while node is not None:
                for form, index, exact in node[1]:
                    if index not in linked:
                        match = _form_pattern(form, exact).match(part, start)
                        if match:
                            found.append((match.start(), match.end(), index))
                if following >= len(words):
                    break
                node = node[0].get(words[following][1])
                following += 1
        if odd:
            folded = part.casefold()
            for form, index, exact in odd:
                if index not in linked and (form if exact else form.casefold()) in (part if exact else folded):
                    match = _form_pattern(form, exact).search(part)
                    if match:
                        found.append((match.start(), match.end(), index))
        if not found:
            out.append(part)
            continue
        chosen: list[tuple[int, int, int]] = []
        for start, end, index in sorted(found, key=lambda f: (f[0] - f[1], f[0])):  # longest, then first
            if index in linked or any(start < e and s < end for s, e, _ in chosen):
                continue
            linked.add(index)
            chosen.append((start, end, index))
        pieces, position = [], 0
        for start, end, index in sorted(chosen):
            pieces += [part[position:start], f'<a class="term" href="glossary:{index}">', part[start:end], "</a>"]
            position = end
        pieces.append(part[position:])
        out.append("".join(pieces))
    return "".join(out)


def _field(label: str, value_html: str) -> str:
    return (f'<tr><td class="label" width="22%">{_esc(label)}</td>'
            f'<td class="value">{value_html}</td></tr>')


def _trainer_field(label: str, value_html: str) -> str:
    """A trainer-only field of the activity card, tinted like a trainer note."""
    return (f'<tr><td class="trainerlabel" width="22%">{_esc(label)}</td>'
            f'<td class="trainerfield">{value_html}</td></tr>')


def _phase_rows(phases: list[Phase], labels: Mapping[str, str], depth: int = 0, audience: str = LEARNER) -> str:
    """One row per phase; the instructions (trainer material) only for trainers."""
    rows = []
    for phase in phases:
        indent = "&nbsp;" * 4 * depth
        shown = audience == TRAINER and phase.instructions
        rows.append(
            f'<tr><td class="phase" width="22%">{indent}<b>{_esc(phase.title)}</b><br/>'
            f'{indent}<span class="minutes">{phase.minutes} {_esc(labels["minutes"])}</span></td>'
            f'<td class="{"trainerfield" if shown else "value"}">'
            f'{markdown_to_html(phase.instructions, labels, audience) if shown else ""}</td></tr>')
        rows.append(_phase_rows(phase.phases, labels, depth + 1, audience))
    return "".join(rows)


def activity_html(activity: Activity, labels: Mapping[str, str] = DEFAULT_LABELS, audience: str = LEARNER) -> str:
    """The activity as a card: its fields in a table, phases as a timed plan.

    Trainer tips, phase instructions, injects, the answer key and trainer-only handouts are shown,
    tinted as trainer material, only to the ``trainer`` audience; learners see the plan without them."""
    labels = {**DEFAULT_LABELS, **labels}
    trainer = audience == TRAINER
    parts = ['<table class="card" width="100%" cellspacing="0" cellpadding="6">',
             f'<tr><td class="cardtitle" colspan="2">{_esc(activity.name)}</td></tr>',
             _field(labels["type"], _esc(activity.type)),
             _field(labels["duration"], f"{activity.duration} {_esc(labels['minutes'])}"),
             _field(labels["objectives"], markdown_to_html(activity.objectives, labels, audience))]
    if activity.materials:
        parts.append(_field(labels["materials"],
                            "<ul>" + "".join(f"<li>{_inline(m)}</li>" for m in activity.materials) + "</ul>"))
    if activity.scenario:
        parts.append(_field(labels["scenario"], markdown_to_html(activity.scenario, labels, audience)))
    if activity.groups:
        parts.append(_field(labels["groups"], f"<ul>{''.join(_group_item(g, labels) for g in activity.groups)}</ul>"))
    parts.append(f'<tr><td class="section" colspan="2">{_esc(labels["phases" if trainer else "plan"])} — '
                 f'{activity.planned_minutes()} {_esc(labels["minutes"])}</td></tr>')
    parts.append(_phase_rows(activity.phases, labels, 0, audience))
    if activity.discussion:
        parts.append(_field(labels["discussion"],
                            "<ul>" + "".join(f"<li>{_inline(d)}</li>" for d in activity.discussion) + "</ul>"))
    if activity.tips and trainer:
        parts.append(_trainer_field(labels["tips"], markdown_to_html(activity.tips, labels, audience)))
    if activity.injects and trainer:
        items = "".join(f"<li><b>{_esc(i.title)}</b>{' (' + _esc(i.phase) + ')' if i.phase else ''}: "
                        f"{_inline(i.text)}</li>" for i in activity.injects)
        parts.append(_trainer_field(labels["injects"], f"<ul>{items}</ul>"))
    if activity.variants:
        items = "".join(f"<li><b>{_esc(v.title)}</b>{': ' + _inline(v.text) if v.text else ''}</li>"
                        for v in activity.variants)
        parts.append(_field(labels["variants"], f"<ul>{items}</ul>"))
    if activity.online_variant:
        parts.append(_field(labels["online_variant"], markdown_to_html(activity.online_variant, labels, audience)))
    handouts = [h for h in activity.handouts if trainer or not h.trainer]  # answer keys: trainers only
    if handouts:
        items = "".join(f"<li><b>{_esc(h.title)}</b>{'<br/>' + _inline(h.text) if h.text else ''}"
                        f"{markdown_to_html(h.content, labels, audience) if h.content else ''}</li>"
                        for h in handouts if not h.trainer)
        items += "".join(f'<li class="trainer"><b>{_esc(h.title)}</b>'
                         f"{'<br/>' + markdown_to_html(h.text, labels, audience) if h.text else ''}"
                         f"{markdown_to_html(h.content, labels, audience) if h.content else ''}</li>"
                         for h in handouts if h.trainer)
        parts.append(_field(labels["handouts"], f"<ul>{items}</ul>"))
    if activity.answer_key and trainer:
        parts.append(f'<tr><td colspan="2">'
                     f'{note_box("trainer", labels["answer_key"], markdown_to_html(activity.answer_key, labels, audience), labels)}'
                     f'</td></tr>')
    parts.append("</table>")
    return "".join(parts)


def _group_item(group: Group, labels: Mapping[str, str]) -> str:
    """A group as its role card: name, role, tasks, the information it receives."""
    if not (group.role or group.receives):
        return f"<li><b>{_esc(group.name)}</b>{(': ' + _inline(group.tasks)) if group.tasks else ''}</li>"
    rows = [f"<b>{_esc(group.name)}</b>"]
    for key, value in (("role", group.role), ("tasks", group.tasks), ("receives", group.receives)):
        if value:
            rows.append(f'<br/><i>{_esc(labels[key])}:</i> {_inline(value)}')
    return "<li>" + "".join(rows) + "</li>"


def section_html(module: Module, section: Section, labels: Mapping[str, str] = DEFAULT_LABELS,
                 done: set[int] | frozenset[int] = frozenset(),
                 glossary: list[GlossaryEntry] | None = None, audience: str = LEARNER) -> str:
    """One section as HTML: its kind decides the shape (checklist, glossary list, activity card).

    ``audience`` is ``learner`` (the default: trainer material left out) or ``trainer`` (shown,
    tinted as trainer material)."""
    entries = module.glossary if glossary is None else glossary
    labels = {**DEFAULT_LABELS, **labels}
    head = f'<h1><a name="{section.id}"></a>{_esc(section.title)}</h1>'
    if section.kind == "objectives":
        lead, items = split_items(section.body)
        lead = markdown_to_html(lead, labels, audience)
        rows = "".join(
            f'<tr><td width="28" class="check"><a href="objective:{i}">{"☑" if i in done else "☐"}</a></td>'
            f'<td class="{"done" if i in done else "todo"}">{_inline(item)}</td></tr>'
            for i, item in enumerate(items))
        body = (lead + f'<table class="checklist" cellpadding="4">{rows}</table>'
                f'<p class="hint">{_esc(labels["objective_hint"])}</p>')
    elif section.kind == "discussion":
        lead, items = split_items(section.body)
        body = markdown_to_html(lead, labels, audience) + '<ol class="questions">' + "".join(
            f"<li>{_inline(item)}</li>" for item in items) + "</ol>"
    elif section.kind == "activity" and section.activity is not None:
        body = markdown_to_html(section.prose, labels, audience) + activity_html(section.activity, labels, audience)
    else:
        body = markdown_to_html(section.body, labels, audience)
    if section.kind != "definitions":
        body = link_glossary(body, entries)
    footer = ""
    if section.kind == "introduction":
        footer = f'<p class="source">{_esc(labels["source"])}: {_esc(module.meta.source)}</p>'
        if module.meta.disclaimer:
            footer += f'<p class="disclaimer">{_esc(module.meta.disclaimer)}</p>'
    if section.kind in module.meta.written_for_course:
        footer += f'<p class="source">{_esc(labels["written_for_course"])}</p>'
    if _UNFORMATTED in body:  # Markdown failed on part of it: say so, never show a broken page silently
        head += f'<p class="hint">{_esc(labels.get("unformatted", DEFAULT_LABELS["unformatted"]))}</p>'
    return head + body + footer


def reader_style() -> str:
    """The reader's CSS (assets/styles/reader.css): Qt's rich-text subset, relative sizes."""
    from .resources import asset

    return asset("styles", "reader.css").read_text(encoding="utf-8")
