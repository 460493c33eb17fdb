"""Where the course comes from: the content shipped with the program, then every content pack
installed in the learner data folder (``<data>/packs/<id>/``), each a content root of its own.

Each module carries its origin — ``{"kind": "shipped"}`` or ``{"kind": "pack", "id", "version",
"title"}`` — so the library can say where it came from. A pack module whose id is already taken
by an earlier root is skipped and reported, never merged. Only the standard library is used here:
the library page is drawn from this at start-up.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Callable

    from .model import Library

SHIPPED = {"kind": "shipped"}


class Root(NamedTuple):
    """A content folder and where it came from (a NamedTuple: made at start-up, where a dataclass
    costs ten times as much)."""

    path: Path
    origin: dict


def pack_roots(data: Path | None) -> list[Root]:
    """The installed packs, sorted by id; a folder without a readable manifest is not a pack."""
    folder = data / "packs" if data is not None else None
    if folder is None or not folder.is_dir():
        return []
    roots = []
    for child in sorted(folder.iterdir()):
        if not child.is_dir() or child.name.startswith("."):
            continue
        try:
            manifest = json.loads((child / "manifest.json").read_text(encoding="utf-8"))
            origin = {"kind": "pack", "id": str(manifest["id"]), "version": str(manifest["version"]),
                      "title": str(manifest.get("title", ""))}
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if origin["id"] == child.name:
            roots.append(Root(child, origin))
    return roots


def content_roots(content: Path, data: Path | None = None) -> list[Root]:
    return [Root(content, dict(SHIPPED))] + pack_roots(data)


def load_library_roots(roots: list[Root], cache_dir: Path | None, keys: list[str | None] | None = None,
                       read: "Callable[[], None] | None" = None) -> "Library":
    """Every root's library (each from its own cache), merged in order; ``keys`` are the roots'
    content hashes when already known; ``read`` is called after each module parsed."""
    from .errors import ContentError
    from .library_cache import load_library_cached
    from .model import Library

    merged = Library([], [], {})
    seen: dict[str, str] = {}
    for index, root in enumerate(roots):
        key = keys[index] if keys is not None and index < len(keys) else None
        library = load_library_cached(root.path, cache_dir, key, read)
        merged.errors.extend(library.errors)
        merged.skipped.update(library.skipped)
        for course in library.courses:
            kept = []
            for module in course.modules:
                if module.id in seen:
                    error = ContentError(str(module.path), 2, f"module id '{module.id}' is already used by {seen[module.id]}")
                    merged.errors.append(error)
                    merged.skipped[str(module.path)] = error
                    continue
                seen[module.id] = str(module.path)
                module.origin = dict(root.origin)
                kept.append(module)
            course.modules = kept
            merged.courses.append(course)
    return merged


def load_catalog_roots(roots: list[Root], cache_dir: Path | None) -> tuple[dict | None, list[str | None]]:
    """The library page's data of every root from the caches (None when one must be rebuilt), and
    each root's content hash."""
    from .library_cache import load_catalog

    merged: dict = {"courses": [], "modules": [], "skipped": []}
    seen: set[str] = set()
    found = [load_catalog(root.path, cache_dir) for root in roots]
    keys = [key for _catalog, key in found]
    for root, (catalog, _key) in zip(roots, found):
        if catalog is None:
            return None, keys
        merged["courses"] += catalog["courses"]
        merged["skipped"] += catalog["skipped"]
        for module in catalog["modules"]:
            if module["id"] in seen:
                return None, keys  # a clash: the full load reports it
            seen.add(module["id"])
            merged["modules"].append({**module, "origin": dict(root.origin)})
    return merged, keys
