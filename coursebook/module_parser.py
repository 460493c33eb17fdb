"""Parses ``module.md``: front matter, sections by kind, objectives, glossary, the activity.

Structure is read line by line rather than from Python-Markdown's tree because errors must carry
the file's line numbers and loading must stay fast at start-up; Markdown is rendered to HTML only
when a section is opened (see :mod:`coursebook.render`).
"""

from __future__ import annotations

import re
from pathlib import Path

from . import yamlutil
from .activity import activity_texts, parse_activity
from .errors import ContentError, ContentFileError
from .notes import split_notes
from .model import (
    LANGUAGES,
    SECTION_KINDS,
    SINGLE_KINDS,
    GlossaryEntry,
    Heading,
    Module,
    ModuleMeta,
    ObjectiveLink,
    Section,
)
from .textfile import read_text, split_front_matter

from .mdsyntax import ATTRS_RE, BULLET_RE, FENCE_RE, HEADING_RE, ID_RE, limit_problems, parse_attrs, slug  # noqa: F401
ACRONYM_RE = re.compile(r"^([A-ZČŠŽĆĐŘŤĎŇĽĹŔÁÉÍÓÚÝ0-9][A-ZČŠŽĆĐŘŤĎŇĽĹŔÁÉÍÓÚÝ0-9 &/.-]*[A-ZČŠŽĆĐŘŤĎŇĽĹŔÁÉÍÓÚÝ0-9])\s*\((.+)\)\s*$")

FRONT_REQUIRED = {
    "id": str, "title": str, "language": str, "order": int, "source": str, "version": int,
    "study_minutes": int,
}
FRONT_OPTIONAL = {
    "source_file": str, "faithful": bool, "disclaimer": str, "written_for_course": list,
    "corrections": list, "editor_notes": list, "written_parts": list, "objective_map": list,
}
#: Activity fields that are written for the course: in a module whose activity section is taken
#: from the source they must be declared in ``written_parts`` as ``activity.<field>``.
ACTIVITY_COURSE_FIELDS = ("scenario", "answer_key", "roles", "handouts")


def _meta(data: object, shown: str, line: int, errors: list[ContentError]) -> ModuleMeta | None:
    if not isinstance(data, yamlutil.LineDict):
        errors.append(ContentError(shown, line, "front matter must be a YAML mapping (key: value)"))
        return None
    for key in sorted(set(data) - set(FRONT_REQUIRED) - set(FRONT_OPTIONAL), key=str):
        errors.append(ContentError(shown, data.line_of(key), f"unknown front-matter key '{key}'"))
    for key, kind in {**FRONT_REQUIRED, **FRONT_OPTIONAL}.items():
        if key not in data:
            if key in FRONT_REQUIRED:
                errors.append(ContentError(shown, data.line, f"front matter: '{key}' is required"))
            continue
        value = data[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if not ok:
            errors.append(ContentError(shown, data.line_of(key),
                                       f"front matter: '{key}' must be {kind.__name__}"))
    if errors:
        return None
    if not ID_RE.match(data["id"]):
        errors.append(ContentError(shown, data.line_of("id"),
                                   "front matter: 'id' may hold only a-z, 0-9 and '-'"))
    if data["language"] not in LANGUAGES:
        errors.append(ContentError(shown, data.line_of("language"),
                                   f"front matter: language must be one of {', '.join(LANGUAGES)}"))
    written = data.get("written_for_course", [])
    for kind in written:
        if kind not in SECTION_KINDS:
            errors.append(ContentError(shown, data.line_of("written_for_course"),
                                       f"front matter: '{kind}' in written_for_course is not a section kind"))
    corrections: list[tuple[str, str]] = []
    for item in data.get("corrections", []):
        if isinstance(item, dict) and isinstance(item.get("from"), str) and isinstance(item.get("to"), str):
            corrections.append((item["from"], item["to"]))
        else:
            errors.append(ContentError(shown, getattr(item, "line", data.line_of("corrections")),
                                       "front matter: each correction needs 'from' and 'to' text"))
    editor_notes = _declarations(data, "editor_notes", "section", shown, errors)
    written_parts = _declarations(data, "written_parts", "id", shown, errors)
    links = _objective_links(data, shown, errors)
    if errors:
        return None
    return ModuleMeta(
        id=data["id"], title=data["title"].strip(), language=data["language"], order=data["order"],
        source=data["source"].strip(), version=data["version"], study_minutes=data["study_minutes"],
        source_file=data.get("source_file", ""), faithful=data.get("faithful", False),
        disclaimer=data.get("disclaimer", "").strip(), written_for_course=list(written),
        corrections=corrections, editor_notes=editor_notes, written_parts=written_parts,
        objective_map=tuple(links),
    )


def _declarations(data: yamlutil.LineDict, key: str, name: str, shown: str,
                  errors: list[ContentError]) -> list[tuple[str, str]]:
    """``key: [{<name>: …, about: …}, …]`` → [(name, about)]; each entry needs both."""
    result: list[tuple[str, str]] = []
    for item in data.get(key, []):
        if isinstance(item, dict) and isinstance(item.get(name), str) and isinstance(item.get("about"), str):
            result.append((item[name], item["about"].strip()))
        else:
            errors.append(ContentError(shown, getattr(item, "line", data.line_of(key)),
                                       f"front matter: each entry of '{key}' needs '{name}' and 'about'"))
    return result


def _objective_links(data: yamlutil.LineDict, shown: str, errors: list[ContentError]) -> list[ObjectiveLink]:
    """``objective_map``: per objective a list of ids, or ``{sections: [...], questions: [...]}``."""
    links: list[ObjectiveLink] = []
    for number, item in enumerate(data.get("objective_map", []), start=1):
        # a list has no line of its own: entries are written one per line under the key
        line = getattr(item, "line", data.line_of("objective_map") + number)
        if isinstance(item, dict):
            anchors, questions = item.get("sections", []), item.get("questions", [])
        else:
            anchors, questions = item, []
        if (not isinstance(anchors, list) or not isinstance(questions, list)
                or not all(isinstance(x, str) for x in [*anchors, *questions]) or not anchors):
            errors.append(ContentError(shown, line, "front matter: each objective_map entry is a list of "
                                                    "section ids, or {sections: [...], questions: [...]}"))
            continue
        links.append(ObjectiveLink(tuple(anchors), tuple(questions), line))
    return links


def _bullets(lines: list[str]) -> list[str]:
    """Top-level list items, each with its indented continuation lines joined."""
    items: list[list[str]] = []
    current: list[str] | None = None
    fence = False
    for raw in lines:
        if FENCE_RE.match(raw):
            fence = not fence
        if fence or not raw.strip():
            continue
        match = BULLET_RE.match(raw)
        if match and not raw[:1].isspace():
            current = [match.group(1).strip()]
            items.append(current)
        elif current is not None and raw[:1].isspace():
            current.append(raw.strip())
        else:
            current = None
    return [" ".join(item) for item in items]


def _definitions(lines: list[str], first: int) -> list[tuple[str, str, int]]:
    """``Term`` then ``: definition`` lines (blank lines allowed between) → (term, definition, line)."""
    entries: list[tuple[str, list[str], int]] = []
    current: list[str] | None = None
    previous, previous_line = "", 0
    for offset, raw in enumerate(lines):
        stripped = raw.strip()
        if raw.startswith(":"):
            if current is None:
                if not previous:
                    continue
                current = []
                entries.append((previous, current, previous_line))
                previous = ""
            current.append(stripped[1:].strip())
        elif current is not None and stripped and raw[:1].isspace():
            current.append(stripped)
        elif stripped:
            current = None
            previous, previous_line = stripped, first + offset
    return [(term, " ".join(parts), line) for term, parts, line in entries]


def glossary_forms(term: str) -> tuple[str, ...]:
    """The forms of a headword that are linked in text."""
    forms: list[str] = []
    acronym = ACRONYM_RE.match(term)
    if acronym:
        forms.append(acronym.group(1).strip())
        expansion = acronym.group(2).strip()
        if len(expansion) > 3:
            forms.append(expansion)
    else:
        head = term.split(" (", 1)[0].strip()
        forms.append(head)
    return tuple(f for f in dict.fromkeys(forms) if len(f) >= 3)


def parse_module(path: Path, shown: str | None = None) -> tuple[Module | None, list[ContentError]]:
    """Parse one module file. A module with any error is returned as None with the errors."""
    shown = shown or str(path)
    try:
        text = read_text(path, shown)
    except ContentFileError as exc:
        return None, [exc.error]
    return parse_text(text, path, shown)


def parse_text(text: str, path: Path, shown: str) -> tuple[Module | None, list[ContentError]]:
    """Parse a module's text (already read and checked by :func:`~coursebook.textfile.read_text`)."""
    try:
        front, front_line, body, body_line = split_front_matter(text, shown)
    except ContentFileError as exc:
        return None, [exc.error]
    errors: list[ContentError] = []
    try:
        data = yamlutil.load(front, front_line)
    except yamlutil.YamlError as exc:
        return None, [ContentError(shown, exc.line, f"front matter: {exc.message}")]
    meta = _meta(data, shown, front_line, errors)

    # Split the body into sections at level-2 headings (outside fenced blocks).
    raw_sections: list[tuple[int, str, list[str]]] = []  # (line, heading text, body lines)
    fence: str | None = None
    for offset, raw in enumerate(body):
        number = body_line + offset
        fence_match = FENCE_RE.match(raw)
        if fence_match:
            marker = fence_match.group(2)
            if fence is None:
                fence = marker[0]
            elif marker[0] == fence:
                fence = None
        heading = None if fence else HEADING_RE.match(raw)
        if heading and len(heading.group(1)) == 1:
            errors.append(ContentError(shown, number, "a level-1 heading ('# ') is not allowed; sections start with '## '"))
        elif heading and len(heading.group(1)) == 2:
            raw_sections.append((number, heading.group(2), []))
            continue
        if raw_sections:
            raw_sections[-1][2].append(raw)
        elif raw.strip():
            errors.append(ContentError(shown, number, "text before the first '## ' section heading"))
            break
    if fence:
        errors.append(ContentError(shown, body_line + len(body) - 1, "a fenced block is not closed"))

    sections: list[Section] = []
    seen_ids: dict[str, int] = {}
    for line, heading_text, lines in raw_sections:
        errors.extend(ContentError(shown, number, reason) for number, reason in limit_problems(lines, line + 1))
        match = ATTRS_RE.match(heading_text)
        if not match:
            errors.append(ContentError(shown, line, "section heading needs an id and a kind, e.g. '## Uvod {#uvod .introduction}'"))
            continue
        title, (ident, classes, other) = match.group(1), parse_attrs(match.group(2))
        kinds = [c for c in classes if c in SECTION_KINDS]
        unknown = [c for c in classes if c not in SECTION_KINDS]
        if unknown:
            errors.append(ContentError(shown, line, f"unknown section kind '{unknown[0]}' (kinds: {', '.join(SECTION_KINDS)})"))
            continue
        if len(kinds) != 1:
            errors.append(ContentError(shown, line, "section heading needs exactly one kind, e.g. '.theory'"))
            continue
        if not ident or not ID_RE.match(ident):
            errors.append(ContentError(shown, line, "section heading needs an id of a-z, 0-9 and '-', e.g. '#uvod'"))
            continue
        if other:
            errors.append(ContentError(shown, line, f"section heading attribute not understood: {other[0]}"))
        section = Section(ident, kinds[0], title.strip(), "\n".join(lines).strip("\n"), line)
        first = line + 1
        _fill_section(section, lines, first, shown, meta, errors)
        for anchor_id, anchor_line in [(section.id, line)] + [(h.id, h.line) for h in section.subheadings]:
            if anchor_id in seen_ids:
                errors.append(ContentError(shown, anchor_line, f"id '{anchor_id}' is already used on line {seen_ids[anchor_id]}"))
            seen_ids[anchor_id] = anchor_line
        sections.append(section)

    counts = {kind: 0 for kind in SECTION_KINDS}
    for section in sections:
        counts[section.kind] += 1
        if section.kind in SINGLE_KINDS and counts[section.kind] > 1:
            errors.append(ContentError(shown, section.line, f"a second '{section.kind}' section; a module has exactly one"))
    for kind, count in counts.items():
        if count == 0 and raw_sections and not any(e.message.startswith("unknown section kind") for e in errors):
            errors.append(ContentError(shown, body_line, f"no '{kind}' section; every module has the six kinds"))
    if not raw_sections:
        errors.append(ContentError(shown, body_line, "no sections: start each with '## Title {#id .kind}'"))
    if meta is not None and not errors:
        _check_declarations(meta, sections, shown, data, errors)
    if errors or meta is None:
        return None, errors
    return Module(meta, sections, path), []


def _check_declarations(meta: ModuleMeta, sections: list[Section], shown: str,
                        data: yamlutil.LineDict, errors: list[ContentError]) -> None:
    """Editor's notes and written-for-course parts: what the text has, the front matter declares,
    and the other way round."""
    found = [(s.id, note) for s in sections for note in s.notes if note.kind == "editor"]
    declared = list(meta.editor_notes)
    for section_id, note in found:
        match = next((d for d in declared if d[0] == section_id), None)
        if match is None:
            errors.append(ContentError(shown, note.line, f"editor's note in section '{section_id}' is not "
                                       "declared in the front matter ('editor_notes')"))
        else:
            declared.remove(match)
    for section_id, _about in declared:
        errors.append(ContentError(shown, data.line_of("editor_notes"),
                                   f"front matter declares an editor's note in section '{section_id}' "
                                   "that the section does not have"))
    written = {ident for s in sections for ident, classes in s.heading_classes.items() if "written" in classes}
    activity_section = next((s for s in sections if s.kind == "activity"), None)
    activity = activity_section.activity if activity_section else None
    present: set[str] = set()
    if activity is not None and "activity" not in meta.written_for_course:
        present = {f"activity.{name}" for name in ACTIVITY_COURSE_FIELDS if _activity_has(activity, name)}
    declared_ids = [ident for ident, _about in meta.written_parts]
    for ident in sorted((written | present) - set(declared_ids)):
        what = "sub-heading" if ident in written else "activity field"
        errors.append(ContentError(shown, data.line, f"{what} '{ident}' is written for the course but not "
                                   "declared in the front matter ('written_parts')"))
    for ident in declared_ids:
        if ident not in written and ident not in present:
            errors.append(ContentError(shown, data.line_of("written_parts"),
                                       f"front matter declares a written part '{ident}' that the module does not "
                                       "have (a '.written' sub-heading or a filled activity field)"))


def _activity_has(activity, name: str) -> bool:
    if name == "roles":
        return any(g.role or g.receives for g in activity.groups)
    if name == "handouts":
        return any(h.content for h in activity.handouts)
    return bool(getattr(activity, name))


def _fill_section(section: Section, lines: list[str], first: int, shown: str,
                  meta: ModuleMeta | None, errors: list[ContentError]) -> None:
    original = lines
    lines, notes, problems = split_notes(lines, first)
    section.notes = notes
    errors.extend(ContentError(shown, p.line, p.message) for p in problems)
    fence: str | None = None
    activity_blocks: list[tuple[int, list[str]]] = []
    prose: list[str] = []
    collecting: list[str] | None = None
    for offset, raw in enumerate(lines):
        number = first + offset
        fence_match = FENCE_RE.match(raw)
        if fence_match:
            marker, info = fence_match.group(2), fence_match.group(3)
            if fence is None:
                fence = marker[0]
                if info == "activity":
                    collecting = []
                    activity_blocks.append((number + 1, collecting))
                    continue
            elif marker[0] == fence:
                fence = None
                if collecting is not None:
                    collecting = None
                    continue
        if collecting is not None:
            collecting.append(raw)
            continue
        prose.append(original[offset])
        heading = None if fence else HEADING_RE.match(raw)
        if heading and len(heading.group(1)) == 3:
            match = ATTRS_RE.match(heading.group(2))
            classes: list[str] = []
            if match:
                title, (ident, classes, _other) = match.group(1), parse_attrs(match.group(2))
            else:
                title, ident = heading.group(2), None
            ident = ident or slug(title)
            if not ID_RE.match(ident):
                errors.append(ContentError(shown, number, f"sub-heading id '{ident}' may hold only a-z, 0-9 and '-'"))
            section.subheadings.append(Heading(ident, title.strip(), number))
            if classes:
                section.heading_classes[ident] = list(classes)

    if section.kind in ("objectives", "discussion"):
        section.items = _bullets(lines)
        if not section.items:
            errors.append(ContentError(shown, section.line, f"the {section.kind} section needs a bulleted list ('- ')"))
    elif section.kind == "definitions":
        language = meta.language if meta else ""
        module_id = meta.id if meta else ""
        for term, definition, line in _definitions(lines, first):
            if not definition:
                errors.append(ContentError(shown, line, f"definition of '{term}' is empty"))
                continue
            section.glossary.append(GlossaryEntry(term, definition, language, module_id, section.id, glossary_forms(term)))
        if not section.glossary:
            errors.append(ContentError(shown, section.line, "the definitions section needs a definition list ('Term' then ': definition')"))
    if section.kind == "activity":
        if len(activity_blocks) != 1:
            errors.append(ContentError(shown, section.line, f"the activity section needs exactly one ```activity block (found {len(activity_blocks)})"))
            return
        start, block = activity_blocks[0]
        try:
            data = yamlutil.load("\n".join(block), start)
        except yamlutil.YamlError as exc:
            errors.append(ContentError(shown, exc.line, f"activity: {exc.message}"))
            return
        activity, problems = parse_activity(data, shown, start)
        errors.extend(problems)
        if activity is not None:  # its prose fields are Markdown too: the same limits, on the block's line
            texts = "\n\n".join(activity_texts(activity)).split("\n")
            errors.extend(ContentError(shown, start - 1, f"activity: {reason}")
                          for _line, reason in limit_problems(texts, start, sized=False))
        section.activity = activity
        section.prose = "\n".join(prose).strip()
    elif activity_blocks:
        errors.append(ContentError(shown, activity_blocks[0][0] - 1, "an ```activity block belongs in the activity section"))
