"""The home page's figures read on a worker thread, the answer handed back by a signal.

The work itself is :func:`coursebook.study.home_figures.home_figures`; it opens its own store
connection, so the window's connection and session are never used from two threads."""

from __future__ import annotations

from datetime import datetime, timezone

from app.background import Background as HomeFigures  # noqa: F401 - the page's name for it


def now() -> datetime:
    return datetime.now(timezone.utc)
