"""SQLite ``file:`` URIs for any path: ``#``, ``?`` and ``%`` in a folder name must not break them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode


def sqlite_uri(path: Path, **params: str) -> str:
    """A URI SQLite reads back as exactly ``path`` (percent-encoded), with query ``params``."""
    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # Windows: file:///C:/...
    uri = "file://" + quote(posix, safe="/:")
    return uri + ("?" + urlencode(params) if params else "")
