"""Caches of the parsed course, so that a normal start parses no YAML and builds no model.

Parsing five modules costs ~10 ms, importing PyYAML ~20 ms and building the content model another
~20 ms; start-up must stay close to a bare Qt window. Two entries in the cache folder (through
:mod:`coursebook.cache`: JSON only, keyed on a hash of every content file's bytes and on the program),
so any edit to the content, or an update of the program, rebuilds them:

- ``catalog-<root>``: what the library page shows (titles, languages, study time, section counts,
  skipped files) — read at start-up with the standard library only;
- ``library-<root>``: the whole parsed course as typed JSON, loaded when a module is opened.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import JsonCache, content_hash, decode, encode

if TYPE_CHECKING:
    from typing import Callable

    from .model import Library

CACHE_NAME = "library"
CATALOG_NAME = "catalog"


def _named(name: str, root: Path) -> str:
    """One cache entry per content folder, so two installs sharing a data folder don't thrash."""
    return f"{name}-{zlib.crc32(str(root.resolve()).encode()):08x}"


def fingerprint(root: Path, cache_dir: Path | None = None) -> str | None:
    """The key of everything cached from ``root``: a hash of its files' names and bytes (each file
    read again only when its size, times or inode changed, with ``cache_dir``)."""
    return content_hash(root, cache_dir) if root.is_dir() else None


def catalog_of(library: "Library") -> dict:
    """The library page's data, as plain JSON values."""
    return {
        "courses": [course.title for course in library.courses],
        "modules": [
            {"id": m.id, "title": m.meta.title, "language": m.meta.language,
             "study_minutes": m.meta.study_minutes, "sections": len(m.sections), "source": m.meta.source,
             "has_cards": m.cards_path.exists(), "origin": getattr(m, "origin", None) or {"kind": "shipped"}}
            for m in library.modules
        ],
        "skipped": [str(error) for error in library.skipped.values()],
    }


def load_library_cached(root: Path, cache_dir: Path | None, key: str | None = None,
                        read: "Callable[[], None] | None" = None) -> "Library":
    """The library from the cache when the content is unchanged, else parsed (and cached); ``read``
    is called after each module parsed."""
    from . import errors, model  # noqa: F401 - the classes the cached graph is made of

    key = key or fingerprint(root, cache_dir)
    cache = JsonCache(cache_dir)
    data = cache.get(_named(CACHE_NAME, root), key)
    if data is not None:
        try:
            library = decode(data)
            if isinstance(library, model.Library):
                return library
        except (ValueError, KeyError, TypeError, RecursionError):
            pass  # a damaged or outdated cache is simply rebuilt
    from .loader import load_library

    library = load_library(root, read)
    if key is not None and cache_dir is not None:
        try:
            cache.put(_named(CACHE_NAME, root), key, encode(library))
        except TypeError:
            pass
        cache.put(_named(CATALOG_NAME, root), key, catalog_of(library))
    return library


def load_catalog(root: Path, cache_dir: Path | None) -> tuple[dict | None, str | None]:
    """The library page's data from the cache (None when it must be rebuilt) and the content key."""
    if cache_dir is None or not root.is_dir():
        return None, None
    key = fingerprint(root, cache_dir)
    return JsonCache(cache_dir).get(_named(CATALOG_NAME, root), key), key
