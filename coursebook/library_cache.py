"""A cache of the parsed course, so that a normal start needs no YAML parsing at all.

Parsing five modules costs ~10 ms and importing PyYAML another ~20 ms; start-up must stay close to
a bare Qt window. The cache is keyed on every content file's path, size and modification time and
on the program version, so any edit to the content (or an update of the program) rebuilds it.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from . import __version__
from .model import Library

CACHE_NAME = "library.pickle"


def fingerprint(root: Path) -> tuple:
    files = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            files.append((os.path.relpath(os.path.join(folder, name), root), stat.st_mtime_ns, stat.st_size))
    return (__version__, str(root.resolve()), tuple(sorted(files)))


def load_library_cached(root: Path, cache_dir: Path | None) -> Library:
    """The library from the cache when the content is unchanged, else parsed (and cached)."""
    key = fingerprint(root) if root.is_dir() else None
    path = cache_dir / CACHE_NAME if cache_dir is not None else None
    if key is not None and path is not None and path.exists():
        try:
            cached_key, library = pickle.loads(path.read_bytes())
            if cached_key == key and isinstance(library, Library):
                return library
        except Exception:  # noqa: BLE001 - a damaged or outdated cache is simply rebuilt
            pass
    from .loader import load_library

    library = load_library(root)
    if key is not None and path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(pickle.dumps((key, library), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only data folder still works, only without the cache
    return library
