"""Full-text search over the course: an SQLite FTS5 index in the data folder's cache.

Rules: diacritic-insensitive (``unicode61 remove_diacritics 2``: ``zrtev`` finds ``žrtev``), every
word of a query matches as a prefix, hits ranked by bm25 (titles weigh more than text), each hit
with a snippet whose terms are marked. The index is rebuilt only when the content or the program
version changes (see :mod:`coursebook.search.index`).
"""

from .fold import find_all, fold, query_terms
from .index import Hit, SearchIndex, content_key

__all__ = ["Hit", "SearchIndex", "content_key", "find_all", "fold", "query_terms"]
