"""Cheap questions about open attempts, for start-up: one query, no banks or quiz code loaded."""

from __future__ import annotations

import sqlite3


def has_open_attempt(conn: sqlite3.Connection, profile_id: int) -> bool:
    """Is there an attempt of this profile to offer for resume? False if the store cannot say."""
    try:
        return conn.execute("SELECT 1 FROM attempts WHERE profile_id = ? AND finished IS NULL LIMIT 1",
                            (profile_id,)).fetchone() is not None
    except sqlite3.Error:  # e.g. the store was closed before the offer came round
        return False
