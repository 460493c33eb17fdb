"""What every window works with: the course content, the store and the current profile.

The full parsed course is loaded on first use: the library page needs only the catalog, which
comes from a small JSON cache, so start-up builds no content model.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coursebook.library_cache import catalog_of, load_catalog, load_library_cached
from coursebook.store import Profile, Store

if TYPE_CHECKING:
    from coursebook.model import Library


class Session:
    def __init__(self, store: Store, profile: Profile, content: Path, cache: Path | None,
                 library: "Library | None" = None):
        self.store = store
        self.profile = profile
        self.content = content
        self.cache = cache
        self._library = library
        self._catalog: dict | None = None
        #: A hash of the content files, computed once per run (the key of every content cache).
        self.content_key: str | None = None

    @property
    def library(self) -> "Library":
        if self._library is None:
            self._library = load_library_cached(self.content, self.cache, self.content_key)
        return self._library

    @property
    def catalog(self) -> dict:
        """Titles, languages, study time and section counts of the modules, and skipped files."""
        if self._catalog is None:
            if self._library is None:
                self._catalog, self.content_key = load_catalog(self.content, self.cache)
            if self._catalog is None:
                self._catalog = catalog_of(self.library)
        return self._catalog

    def has_module(self, module_id: str) -> bool:
        return any(m["id"] == module_id for m in self.catalog["modules"])
