"""The home page's clock: the moment its figures are read for (flashcards due, the last practice)."""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> datetime:
    return datetime.now(timezone.utc)
