"""Check a leftover write-ahead log before SQLite replays it into the database.

SQLite replays any valid ``-wal`` file beside a database, even one that belongs to another database
(a file copied from another stick): its pages would overwrite this database's. After an unclean exit
the log is checked first, read-only: the database read through the log must carry the same store
identity as the database file alone (each store writes its identity into every new log at open), and
must pass ``quick_check``. A log that fails is set aside, never replayed; the file alone is kept.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coursebook.safety.uri import sqlite_uri

WAL_HEADER_MAGIC = (0x377F0682, 0x377F0683)


def _identity(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT uuid FROM store_identity WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def wal_problem(db: Path) -> str | None:
    """None if the database's ``-wal`` (if any) belongs to it and reads soundly, else why not."""
    wal = db.with_name(db.name + "-wal")
    try:
        if not wal.exists() or wal.stat().st_size == 0:
            return None
        with open(wal, "rb") as handle:
            header = handle.read(32)
    except OSError as exc:
        return str(exc)
    if len(header) < 32 or int.from_bytes(header[:4], "big") not in WAL_HEADER_MAGIC:
        return "the journal file is not a SQLite write-ahead log"
    # The file alone: immutable=1 ignores the log and takes no locks.
    try:
        alone = sqlite3.connect(sqlite_uri(db, immutable="1"), uri=True)
        try:
            own = _identity(alone)
        finally:
            alone.close()
    except sqlite3.Error:
        own = None
    # Through the log, read-only: nothing is written back, nothing checkpointed.
    try:
        through = sqlite3.connect(sqlite_uri(db, mode="ro"), uri=True)
        try:
            seen = _identity(through)
            check = through.execute("PRAGMA quick_check").fetchall()
        finally:
            through.close()
    except sqlite3.DatabaseError as exc:
        return f"the journal does not fit this database ({exc})"
    if own is not None and seen != own:
        return "the journal file belongs to another database"
    if check != [("ok",)]:
        return "the database read through its journal fails the check: " + str(check[0][0])
    return None


def set_aside(db: Path, stamp: str) -> Path:
    """Move the log (and its index) out of SQLite's way; returns the new name of the log."""
    wal = db.with_name(db.name + "-wal")
    aside = db.with_name(f"{db.name}-wal.set-aside-{stamp}")
    wal.rename(aside)
    shm = db.with_name(db.name + "-shm")
    if shm.exists():
        shm.unlink()
    return aside
