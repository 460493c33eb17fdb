"""Walks a content folder: courses, their modules and card sets; collects every error.

One broken module never stops the others: it is skipped and its error is kept so the GUI can show
which module was skipped and why. The walk never follows a link loop, never opens anything but a
regular file (see :mod:`coursebook.textfile`), and reports every entry it cannot use — a broken
link such as an editor's ``.#module.md`` lock file, a FIFO, a name that is not UTF-8 — as
``file:1: reason``; the rest of the course loads.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Callable

from . import yamlutil
from .errors import ContentError, ContentFileError
from .i18n import QT_TRANSLATE_NOOP
from .model import Card, CardSet, Course, Library
from .mdsyntax import limit_problems
from .module_parser import ATTRS_RE, HEADING_RE, parse_attrs, parse_module, slug
from .textfile import os_reason, read_text, split_front_matter

def printable(text: str) -> str:
    """A file name as it can be printed: bytes that are not UTF-8 become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def shown_path(path: Path, root: Path) -> str:
    """Paths in messages are relative to the content root's parent, e.g. ``content/thb/…``."""
    try:
        return printable(str(path.relative_to(root.parent)))
    except ValueError:
        return printable(str(path))


def _name_ok(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def scan_folder(folder: Path, root: Path, errors: list[ContentError]) -> list[tuple[Path, bool]]:
    """The usable entries of ``folder`` as (path, is a folder), sorted by name.

    Each entry that cannot be used is reported once and left out: a name that is not UTF-8, a
    broken link, a link loop, a FIFO, socket or device.
    """
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        errors.append(ContentError(shown_path(folder, root), 1, os_reason(folder, exc)))
        return []
    usable: list[tuple[Path, bool]] = []
    for name in names:
        path = folder / name
        if not _name_ok(name):
            errors.append(ContentError(shown_path(path, root), 1, QT_TRANSLATE_NOOP(
                "core", "the name is not valid UTF-8 (shown with \ufffd); rename it")))
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            errors.append(ContentError(shown_path(path, root), 1, os_reason(path, exc)))
            continue
        if stat.S_ISDIR(mode):
            usable.append((path, True))
        elif stat.S_ISREG(mode):
            usable.append((path, False))
        else:
            errors.append(ContentError(shown_path(path, root), 1, QT_TRANSLATE_NOOP(
                "core", "not a regular file (a FIFO, socket or device); it is never opened")))
    return usable


def load_course(folder: Path, root: Path, errors: list[ContentError],
                skipped: dict[str, ContentError], entries: list[tuple[Path, bool]] | None = None,
                read: Callable[[], None] | None = None) -> Course | None:
    """``read`` is called after each module folder (a progress count for a long first read)."""
    shown = shown_path(folder / "course.yaml", root)
    meta: dict = {}
    course_file = folder / "course.yaml"
    entries = scan_folder(folder, root, errors) if entries is None else entries
    if (course_file, False) in entries:
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
    for module_dir, is_dir in entries:
        if not is_dir:
            continue
        files = dict(scan_folder(module_dir, root, errors))
        module_file = module_dir / "module.md"
        module_shown = shown_path(module_file, root)
        if module_file not in files:
            if os.path.lexists(module_file):  # reported by scan_folder: a broken link, a FIFO, …
                skipped[module_shown] = next((e for e in reversed(errors) if e.path == module_shown),
                                             ContentError(module_shown, 1, "cannot be read"))
            continue
        if files[module_file]:
            problems = [ContentError(module_shown, 1, QT_TRANSLATE_NOOP("core", "a folder where a file is expected"))]
            errors.extend(problems)
            skipped[module_shown] = problems[0]
            continue
        module, problems = parse_module(module_file, module_shown)
        if read is not None:
            read()
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


def load_library(root: Path, read: Callable[[], None] | None = None) -> Library:
    """Load every course folder under ``root`` (a folder holding ``course.yaml`` or modules);
    ``read`` is called after each module."""
    errors: list[ContentError] = []
    skipped: dict[str, ContentError] = {}
    courses: list[Course] = []
    if not root.is_dir():
        errors.append(ContentError(printable(str(root)), 1, QT_TRANSLATE_NOOP("core", "content folder not found")))
        return Library(courses, errors, skipped)
    top = scan_folder(root, root, errors)
    if _is_course(root, top):
        course = load_course(root, root, errors, skipped, top, read)
        courses.append(course)
    else:
        for folder, is_dir in top:
            if not is_dir:
                continue
            entries = scan_folder(folder, root, [])  # reported once, by load_course
            if _is_course(folder, entries):
                courses.append(load_course(folder, root, errors, skipped, read=read))
    if not any(course.modules for course in courses) and not skipped:
        errors.append(ContentError(shown_path(root, root), 1, QT_TRANSLATE_NOOP(
            "core", "no modules found: a course is a folder of module folders, each with a module.md")))
    return Library(courses, errors, skipped)


def _is_course(folder: Path, entries: list[tuple[Path, bool]]) -> bool:
    if (folder / "course.yaml", False) in entries:
        return True
    return any(is_dir and os.path.lexists(path / "module.md") for path, is_dir in entries)


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
    limits = limit_problems(body, body_line)
    if limits:
        return None, [ContentError(shown, number, reason) for number, reason in limits]
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
