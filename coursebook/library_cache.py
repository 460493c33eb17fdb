"""Caches of the parsed course, so that a normal start parses no YAML and builds no model.

Parsing five modules costs ~10 ms, importing PyYAML ~20 ms and building the content model (Python
dataclasses) another ~20 ms; start-up must stay close to a bare Qt window. Two files in the cache
folder, both keyed on every content file's path, size and modification time and on the program
version, so any edit to the content (or an update of the program) rebuilds them:

- ``catalog.json``: what the library page shows (titles, languages, study time, section counts,
  skipped files) — read at start-up with the standard library only;
- ``library.pickle``: the whole parsed course, loaded when a module is opened.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .model import Library

CACHE_NAME = "library.pickle"
CATALOG_NAME = "catalog.json"


def _named(cache_dir: Path, name: str, root: Path) -> Path:
    """One cache file per content folder, so two installs sharing a data folder don't thrash."""
    import zlib

    stem, dot, suffix = name.partition(".")
    return cache_dir / f"{stem}-{zlib.crc32(str(root.resolve()).encode()):08x}{dot}{suffix}"


def fingerprint(root: Path) -> list:
    files = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            files.append([os.path.relpath(os.path.join(folder, name), root), stat.st_mtime_ns, stat.st_size])
    return [__version__, str(root.resolve()), sorted(files)]


def catalog_of(library: "Library") -> dict:
    """The library page's data, as plain JSON values."""
    return {
        "courses": [course.title for course in library.courses],
        "modules": [
            {"id": m.id, "title": m.meta.title, "language": m.meta.language,
             "study_minutes": m.meta.study_minutes, "sections": len(m.sections), "source": m.meta.source,
             "has_cards": m.cards_path.exists()}
            for m in library.modules
        ],
        "skipped": [str(error) for error in library.skipped.values()],
    }


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def load_library_cached(root: Path, cache_dir: Path | None) -> "Library":
    """The library from the cache when the content is unchanged, else parsed (and cached)."""
    import pickle  # only when the full course is needed, not for the library page

    key = fingerprint(root) if root.is_dir() else None
    path = _named(cache_dir, CACHE_NAME, root) if cache_dir is not None else None
    if key is not None and path is not None and path.exists():
        try:
            cached_key, library = pickle.loads(path.read_bytes())
            if cached_key == key:
                return library
        except Exception:  # noqa: BLE001 - a damaged or outdated cache is simply rebuilt
            pass
    from .loader import load_library

    library = load_library(root)
    if key is not None and cache_dir is not None:
        try:
            _write(_named(cache_dir, CACHE_NAME, root), pickle.dumps((key, library), protocol=pickle.HIGHEST_PROTOCOL))
            _write(_named(cache_dir, CATALOG_NAME, root),
                   json.dumps({"key": key, "catalog": catalog_of(library)}, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass  # a read-only data folder still works, only without the cache
    return library


def load_catalog(root: Path, cache_dir: Path | None) -> dict | None:
    """The library page's data from the cache, or None when it must be rebuilt."""
    if cache_dir is None or not root.is_dir():
        return None
    try:
        data = json.loads(_named(cache_dir, CATALOG_NAME, root).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != fingerprint(root):
        return None
    return data.get("catalog")
