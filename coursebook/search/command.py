"""``coursebook search QUERY [--json] [--lang sl|sk|cs]``: the same hits the app shows, as text."""

from __future__ import annotations

import json
from pathlib import Path

from .index import SearchIndex, content_key


def open_index(content: Path, cache: Path, library_loader=None, progress=None,  # noqa: ANN001
               data: Path | None = None, key: str | None = None) -> SearchIndex:
    """The index in ``cache`` of the shipped course and the packs installed in ``data``, rebuilt
    first when any of their content changed (``key``: their :func:`index_key`, when already known)."""
    from ..roots import content_roots, load_library_roots

    roots = content_roots(content, data)
    index = SearchIndex.in_cache(cache)
    index.ensure([root.path for root in roots], library_loader or (lambda: load_library_roots(roots, cache)),
                 progress, memo_dir=cache, key=key)
    return index


def index_key(content: Path, data: Path | None = None, cache: Path | None = None) -> str:
    """The key the index of this content must carry: a hash of the shipped course, of every pack
    installed in ``data`` and of the program. Without ``cache`` it reads every content file (tens of
    megabytes for a large course); the window asks for it on a worker thread either way."""
    from ..roots import content_roots

    return content_key([root.path for root in content_roots(content, data)], cache)


def open_current(cache: Path, key: str) -> SearchIndex | None:
    """The index in ``cache`` when it carries ``key``; None when it must be built first."""
    index = SearchIndex.in_cache(cache)
    if index.is_current(key):
        return index
    index.close()
    return None


def run_search(query: str, content: Path, cache: Path, language: str | None = None,
               as_json: bool = False, limit: int = 50, data: Path | None = None) -> str:
    """The hits as tab-separated lines ``module  section#anchor  snippet  rank`` or as a JSON list."""
    index = open_index(content, cache, data=data)
    try:
        hits = index.search(query, language=language, limit=limit)
    finally:
        index.close()
    if as_json:
        return json.dumps([hit.as_dict() for hit in hits], ensure_ascii=False, indent=2)
    lines = []
    for hit in hits:
        place = hit.section_id if hit.anchor == hit.section_id else f"{hit.section_id}#{hit.anchor}"
        snippet = " ".join(hit.snippet.split())
        lines.append(f"{hit.module_id}\t{place}\t{snippet}\t{hit.rank:.3f}")
    return "\n".join(lines)
