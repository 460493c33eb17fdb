"""The search index: one SQLite file ``search.db`` in the data folder's cache, FTS5 inside.

Rule: the index carries a key — a hash of every content file (path and bytes) and of the program —
and is rebuilt only when that key changes, so a normal start costs one hash of the content.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .documents import Document
from .fold import query_terms

INDEX_NAME = "search.db"
TOKENIZER = "unicode61 remove_diacritics 2"
#: bm25 weights of the indexed columns: a word in a title counts five times one in the text.
WEIGHTS = (5.0, 1.0)
MARK = ("[", "]")
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class Hit:
    module_id: str
    module_title: str
    language: str
    section_id: str
    anchor: str
    kind: str
    title: str
    snippet: str
    rank: float

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def content_key(roots: Path | list[Path], memo_dir: Path | None = None) -> str:
    """The content's hash (every file's name and bytes, of every content root: the shipped course
    and each installed pack) joined with the program's identity: the same key the other caches use
    (:mod:`coursebook.cache`; ``memo_dir``: the cache folder remembering each file's digest)."""
    from ..cache import content_hash, program_fingerprint

    folders = [roots] if isinstance(roots, Path) else list(roots)
    return "|".join(str(content_hash(folder, memo_dir)) for folder in folders) + f"/{program_fingerprint()}"


def match_expression(query: str) -> str:
    """A query as FTS5 syntax: every word a quoted prefix term (a one-letter word, such as the
    Slovenian "z", an exact one), all of them required."""
    return " ".join(f'"{term}"' if len(term) == 1 else f'"{term}"*' for term in query_terms(query))


def _tag(prefix: str, value: str) -> str:
    """One indexed token for a filter value (language or module), safe for the tokenizer."""
    return prefix + "".join(c for c in value.lower() if c.isalnum())


def make_snippet(text: str, query: str, mark: tuple[str, str] = MARK, words: int = 14) -> str:
    """About ``words`` words of ``text`` from a little before the first match, every match marked."""
    from .fold import find_all

    spans = find_all(text, query)
    starts = [m.start() for m in _WORD_RE.finditer(text)]
    first = spans[0][0] if spans else 0
    index = next((i for i, position in enumerate(starts) if position >= first), len(starts))
    begin = starts[max(0, index - words // 3)] if starts else 0
    last = max(0, index - words // 3) + words
    end = len(text) if last >= len(starts) else starts[last]
    pieces, position = [], begin
    for a, b in spans:
        if b <= begin or a >= end:
            continue
        pieces += [text[position:a], mark[0], text[a:b], mark[1]]
        position = b
    pieces.append(text[position:end])
    return ("…" if begin > 0 else "") + " ".join("".join(pieces).split()) + ("…" if end < len(text) else "")


class SearchIndex:
    """Open (or create) the index file; :meth:`ensure` builds it when the content changed."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(path), check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self._create()

    @classmethod
    def in_cache(cls, cache_dir: Path) -> "SearchIndex":
        return cls(cache_dir / INDEX_NAME)

    def close(self) -> None:
        self.conn.close()

    def _create(self, fresh: bool = False) -> None:
        """The tables; ``fresh`` drops the old index first (its layout may be an older program's)."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        if fresh:
            self.conn.execute("DROP TABLE IF EXISTS docs")
        # ``tags`` holds the language and module as tokens, so filters are part of the MATCH;
        # prefix indexes: a query word of 2-5 letters needs no scan of the vocabulary.
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5("
            "title, body, tags, module_id UNINDEXED, module_title UNINDEXED, language UNINDEXED, "
            f"section_id UNINDEXED, anchor UNINDEXED, kind UNINDEXED, tokenize='{TOKENIZER}', "
            "prefix='2 3 4 5')")
        self.conn.commit()

    @property
    def key(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key='content'").fetchone()
        return row[0] if row else None

    def is_current(self, key: str) -> bool:
        return self.key == key

    def build(self, documents: Iterable[Document], key: str,
              progress: Callable[[int], None] | None = None) -> int:
        """Replace the whole index with ``documents`` in one transaction; returns their count."""
        count = 0
        self._create(fresh=True)
        with self.conn:
            self.conn.execute("DELETE FROM meta")
            batch: list[tuple] = []
            for doc in documents:
                batch.append((doc.title, doc.body, f"{_tag('lang', doc.language)} {_tag('mod', doc.module_id)}",
                              doc.module_id, doc.module_title, doc.language, doc.section_id, doc.anchor, doc.kind))
                count += 1
                if len(batch) >= 50:  # small batches: the progress bar moves
                    self._insert(batch)
                    batch = []
                    if progress is not None:
                        progress(count)
            self._insert(batch)
            self.conn.execute("INSERT INTO docs(docs) VALUES ('optimize')")
            self.conn.execute("INSERT INTO meta(key, value) VALUES ('content', ?)", (key,))
        if progress is not None:
            progress(count)
        return count

    def _insert(self, rows: list[tuple]) -> None:
        self.conn.executemany(
            "INSERT INTO docs(title, body, tags, module_id, module_title, language, section_id, anchor, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def ensure(self, roots: Path | list[Path], library_loader: Callable[[], object],
               progress: Callable[[int], None] | None = None, memo_dir: Path | None = None,
               key: str | None = None) -> bool:
        """Build the index when the content under ``roots`` changed; True when it was rebuilt.
        ``key``: the content's :func:`content_key`, when the caller has just computed it."""
        key = key or content_key(roots, memo_dir)
        if self.is_current(key):
            return False
        from .documents import course_documents

        self.build(course_documents(library_loader()), key, progress)
        return True

    def search(self, query: str, language: str | None = None, module_id: str | None = None,
               limit: int = 50, mark: tuple[str, str] = MARK) -> list[Hit]:
        """Hits for every word of ``query`` as a prefix, best first (bm25; lower rank is better)."""
        expression = match_expression(query)
        if not expression:
            return []
        # The best rows by bm25 (filters inside the MATCH), then those rows alone by rowid; the
        # snippet is made here rather than by FTS5, which would match the whole query again.
        if language:
            expression = f'({expression}) AND tags:"{_tag("lang", language)}"'
        if module_id:
            expression = f'({expression}) AND tags:"{_tag("mod", module_id)}"'
        best = self.conn.execute(
            f"SELECT rowid, bm25(docs, {WEIGHTS[0]}, {WEIGHTS[1]}, 0) AS score FROM docs WHERE docs MATCH ? "
            "ORDER BY score LIMIT ?", (expression, limit)).fetchall()
        if not best:
            return []
        marks = ",".join("?" * len(best))
        found = {row[0]: row[1:] for row in self.conn.execute(
            "SELECT rowid, module_id, module_title, language, section_id, anchor, kind, title, body "
            f"FROM docs WHERE rowid IN ({marks})", [r[0] for r in best])}
        hits = []
        for rowid, score in best:
            row = found.get(rowid)
            if row is None or (module_id and row[0] != module_id):
                continue
            hits.append(Hit(*row[:7], snippet=make_snippet(row[7], query, mark), rank=round(score, 4)))
        return hits

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
