"""Text folding shared by answer matching and search."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss"})


def fold(text: str, diacritics: bool = True) -> str:
    """Case-fold, trim and collapse white space; with ``diacritics`` also drop accents (ž → z)."""
    text = " ".join(text.split()).casefold()
    if diacritics:
        text = unicodedata.normalize("NFKD", text.translate(_EXTRA))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text
