"""``coursebook search QUERY [--json] [--lang sl|sk|cs]``: the same hits the app shows, as text."""

from __future__ import annotations

import json
from pathlib import Path

from .index import SearchIndex


def open_index(content: Path, cache: Path, library_loader=None, progress=None,  # noqa: ANN001
               data: Path | None = None) -> SearchIndex:
    """The index in ``cache`` of the shipped course and the packs installed in ``data``, rebuilt
    first when any of their content changed."""
    from ..roots import content_roots, load_library_roots

    roots = content_roots(content, data)
    index = SearchIndex.in_cache(cache)
    index.ensure([root.path for root in roots], library_loader or (lambda: load_library_roots(roots, cache)),
                 progress)
    return index


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
