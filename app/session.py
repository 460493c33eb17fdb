"""What every window works with: the course content, the store and the current profile.

The full parsed course is loaded on first use: the library page needs only the catalog, which
comes from a small JSON cache, so start-up builds no content model.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coursebook.library_cache import catalog_of
from coursebook.roots import content_roots, load_catalog_roots, load_library_roots
from coursebook.store import Profile, Store

if TYPE_CHECKING:
    from coursebook.classroom.auth import Actor
    from coursebook.model import Library


class Session:
    def __init__(self, store: Store, profile: Profile, content: Path, cache: Path | None,
                 library: "Library | None" = None, data: Path | None = None, actor: "Actor | None" = None):
        """``data``: the learner data folder, whose ``packs/`` adds installed content packs."""
        from coursebook.classroom.auth import Actor

        self.store = store
        self.data = data
        self.roots = content_roots(content, data)
        self.profile = profile
        #: Who is at the keyboard; a trainer only after giving the passphrase.
        self.actor = actor if actor is not None else Actor(profile, False)
        self.content = content
        self.cache = cache
        self._library = library
        self._catalog: dict | None = None
        #: A hash of the content files, computed once per run (the key of every content cache);
        #: with content packs, the hashes of every content root joined.
        self.content_key: str | None = None
        self._keys: list[str | None] | None = None
        #: Seconds for measuring reading time (monotonic); tests put a fake clock here.
        self.clock: Callable[[], float] = time.monotonic

    @property
    def library(self) -> "Library":
        if self._library is None:
            self._library = load_library_roots(self.roots, self.cache, self._keys)
        return self._library

    @property
    def catalog(self) -> dict:
        """Titles, languages, study time and section counts of the modules, and skipped files."""
        self.catalog_cached()
        if self._catalog is None:  # not cached, or a course already loaded without one
            self._catalog = catalog_of(self.library)
        return self._catalog

    def catalog_cached(self) -> bool:
        """Whether the catalog comes from the cache (kept if so); False after a content change or a
        program update, when the whole course must be read first. The content is hashed once: a
        course read afterwards (:attr:`library`, :meth:`library_source`) uses the same keys."""
        if self._catalog is None and self._library is None and self._keys is None:
            self._catalog, self._keys = load_catalog_roots(self.roots, self.cache)
            self.content_key = "|".join(self._keys) if self._keys and all(self._keys) else None
        return self._catalog is not None or self._library is not None

    def library_source(self) -> "Library | CourseLoad":
        """The course when loaded, else a :class:`CourseLoad` that loads it (and the catalog) without
        touching this session, for a worker thread; hand it back with :meth:`adopt` on the window's
        thread."""
        if self._library is not None:
            return self._library
        return CourseLoad(self.roots, self.cache, self._keys)

    def adopt(self, load: "Library | CourseLoad") -> None:
        """Keep what a :class:`CourseLoad` read, unless the session has its own or the content changed."""
        if not isinstance(load, CourseLoad) or load.roots is not self.roots:
            return
        if self._catalog is None and load.catalog is not None:
            self._catalog, self._keys = load.catalog, load.keys
            self.content_key = "|".join(load.keys) if load.keys and all(load.keys) else None
        if self._library is None and load.library is not None:
            self._library = load.library

    def reload(self) -> None:
        """Read the content again (after a content pack was installed)."""
        self.roots = content_roots(self.content, self.data)
        self._library = None
        self._catalog = None
        self._keys = None
        self.content_key = None

    @property
    def is_trainer(self) -> bool:
        """Whether trainer material (notes, injects, answer keys) may be shown and trainer functions
        used: only after the trainer's passphrase was given in this session (``actor``)."""
        return self.actor.trainer

    @property
    def audience(self) -> str:
        """``trainer`` or ``learner``: what the renderer shows (see coursebook.trainer.notes)."""
        return "trainer" if self.is_trainer else "learner"

    def for_profile(self, profile: Profile, actor: "Actor | None" = None) -> "Session":
        """The same store and content for another profile (switching learners on a shared PC)."""
        other = Session(self.store, profile, self.content, self.cache, self._library, self.data, actor)
        other._catalog, other.content_key, other._keys = self._catalog, self.content_key, self._keys
        return other

    def has_module(self, module_id: str) -> bool:
        return any(m["id"] == module_id for m in self.catalog["modules"])


class CourseLoad:
    """Loads the course and the library page's catalog from the caches, away from the window's
    thread: a call returns the course; :attr:`catalog` and :attr:`keys` are kept for the session."""

    def __init__(self, roots: list, cache: Path | None, keys: list[str | None] | None):
        self.roots, self.cache, self.keys = roots, cache, keys
        self.catalog: dict | None = None
        self.library: "Library | None" = None
        #: Modules parsed so far (the course is parsed when its cache is missing): a progress count.
        self.modules_read = 0

    def __call__(self) -> "Library":
        if self.keys is None:  # the content is hashed once, for both
            self.catalog, self.keys = load_catalog_roots(self.roots, self.cache)
        self.library = load_library_roots(self.roots, self.cache, self.keys, self._count)
        if self.catalog is None:
            self.catalog = catalog_of(self.library)
        return self.library

    def _count(self) -> None:
        self.modules_read += 1
