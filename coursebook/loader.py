"""Walks a content folder: courses, their modules and card sets; collects every error.

One broken module never stops the others: it is skipped and its error is kept so the GUI can show
which module was skipped and why.
"""

from __future__ import annotations

from pathlib import Path

from . import yamlutil
from .errors import ContentError, ContentFileError
from .model import Card, CardSet, Course, Library
from .module_parser import ATTRS_RE, HEADING_RE, parse_attrs, parse_module, slug
from .textfile import read_text, split_front_matter


def shown_path(path: Path, root: Path) -> str:
    """Paths in messages are relative to the content root's parent, e.g. ``content/thb/…``."""
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def load_course(folder: Path, root: Path, errors: list[ContentError],
                skipped: dict[str, ContentError]) -> Course | None:
    shown = shown_path(folder / "course.yaml", root)
    meta: dict = {}
    course_file = folder / "course.yaml"
    if course_file.exists():
        try:
            meta = yamlutil.load(read_text(course_file, shown)) or {}
        except ContentFileError as exc:
            errors.append(exc.error)
        except yamlutil.YamlError as exc:
            errors.append(ContentError(shown, exc.line, exc.message))
        if not isinstance(meta, dict):
            errors.append(ContentError(shown, 1, "course.yaml must be a mapping with id and title"))
            meta = {}
    course = Course(str(meta.get("id") or folder.name), str(meta.get("title") or folder.name),
                    str(meta.get("description") or ""), folder)
    ids: dict[str, str] = {}
    for module_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        module_file = module_dir / "module.md"
        if not module_file.exists():
            continue
        module_shown = shown_path(module_file, root)
        module, problems = parse_module(module_file, module_shown)
        if module is not None and module.id in ids:
            problems = [ContentError(module_shown, 2, f"module id '{module.id}' is already used by {ids[module.id]}")]
            module = None
        errors.extend(problems)
        if module is None:
            skipped[module_shown] = problems[0]
            continue
        ids[module.id] = module_shown
        course.modules.append(module)
    course.modules.sort(key=lambda m: (m.meta.order, m.meta.title))
    return course


def load_library(root: Path) -> Library:
    """Load every course folder under ``root`` (a folder holding ``course.yaml`` or modules)."""
    errors: list[ContentError] = []
    skipped: dict[str, ContentError] = {}
    courses: list[Course] = []
    if not root.is_dir():
        errors.append(ContentError(str(root), 1, "content folder not found"))
        return Library(courses, errors, skipped)
    folders = [root] if _is_course(root) else sorted(p for p in root.iterdir() if p.is_dir() and _is_course(p))
    for folder in folders:
        course = load_course(folder, root, errors, skipped)
        if course is not None:
            courses.append(course)
    return Library(courses, errors, skipped)


def _is_course(folder: Path) -> bool:
    return (folder / "course.yaml").exists() or any(folder.glob("*/module.md"))


def load_cards(path: Path, shown: str | None = None) -> tuple[CardSet | None, list[ContentError]]:
    """Parse a ``cards.md`` file of quick-reference cards."""
    shown = shown or str(path)
    try:
        front, front_line, body, body_line = split_front_matter(read_text(path, shown), shown)
        data = yamlutil.load(front, front_line)
    except ContentFileError as exc:
        return None, [exc.error]
    except yamlutil.YamlError as exc:
        return None, [ContentError(shown, exc.line, exc.message)]
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        return None, [ContentError(shown, front_line, "cards: front matter needs a 'title'")]
    cards: list[Card] = []
    for offset, raw in enumerate(body):
        heading = HEADING_RE.match(raw)
        if heading and len(heading.group(1)) == 2:
            match = ATTRS_RE.match(heading.group(2))
            title = match.group(1) if match else heading.group(2)
            ident = (parse_attrs(match.group(2))[0] if match else None) or slug(title)
            cards.append(Card(ident, title.strip(), ""))
        elif cards:
            cards[-1].body += raw + "\n"
        elif raw.strip():
            return None, [ContentError(shown, body_line + offset, "cards: text before the first '## ' card")]
    if not cards:
        return None, [ContentError(shown, body_line, "cards: no '## ' card found")]
    for card in cards:
        card.body = card.body.strip()
    language = str(data.get("language") or "")
    translation_of = str(data.get("translation_of") or "")
    note = str(data.get("translation_note") or "").strip()
    suffix = path.name[len("cards."):-len(".md")] if path.name.startswith("cards.") else ""
    if suffix and suffix != "md":  # cards.<lang>.md: a translation, declared as one
        if language != suffix:
            return None, [ContentError(shown, front_line, f"cards: a file named {path.name} needs 'language: {suffix}'")]
        if not translation_of or not note:
            return None, [ContentError(shown, front_line, "cards: a translation needs 'translation_of' (the file "
                                       "it translates) and 'translation_note' (shown with the cards)")]
        original = path.with_name(translation_of)
        if not original.exists():
            return None, [ContentError(shown, front_line, f"cards: 'translation_of' names {translation_of}, which does not exist")]
        source, problems = load_cards(original)
        if source is not None and [c.id for c in source.cards] != [c.id for c in cards]:
            return None, [ContentError(shown, body_line, f"cards: the cards of a translation must have the ids of "
                                       f"{translation_of}, in the same order")]
    return CardSet(data["title"], str(data.get("print_note") or ""), cards, path, language,
                   translation_of, note), []
