"""Diacritic- and case-folding that keeps positions, for finding a query inside one shown page.

``fold(text)`` has exactly the length of ``text`` (one character for one character), so a match
found in the folded text is at the same offsets in the original — the reader marks it there.
"""

from __future__ import annotations

import re
import unicodedata

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_SPECIAL = {"ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "s", "ø": "o", "Ø": "o"}


def _fold_char(char: str) -> str:
    special = _SPECIAL.get(char)
    if special is not None:
        return special
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


class _FoldTable(dict):
    """``str.translate`` table that learns each character's folded form on first sight."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, without diacritics, one character per character."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def query_terms(query: str) -> list[str]:
    """The words of a query, folded (``"Žrtev, obeť"`` → ``["zrtev", "obet"]``)."""
    return [fold(word) for word in _WORD_RE.findall(query)]


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every (start, end) in ``text`` where a word starts with one of the query's words."""
    terms = [t for t in query_terms(query) if t]
    if not terms:
        return []
    folded = fold(text)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\w*")
    return [(m.start(), m.end()) for m in pattern.finditer(folded)]
