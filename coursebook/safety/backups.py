"""Backups of the learner database, made with SQLite's online backup API.

Rules:
- A backup is written as ``<name>.partial`` and renamed only once complete and on disk, so a kill
  during a backup never leaves a file that counts as one; leftovers are removed.
- Names carry the time to the microsecond and a random suffix: two backups never collide.
- The set is bounded by count and by total size; the newest is always kept.
- Restoring takes the newest backup that passes ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from coursebook.atomic import sync_folder
from coursebook.safety.uri import sqlite_uri

PREFIX = "coursebook-"
SUFFIX = ".db"
PARTIAL = ".partial"
STALE_PARTIAL_SECONDS = 3600


class BackupPolicy(NamedTuple):
    """How many backups to keep, how much space they may take, how often to make one while in use."""

    keep: int = 8
    max_total_bytes: int = 256 * 1024 * 1024
    every_seconds: float = 30 * 60


class BackupSet:
    """The backups folder of one data folder."""

    def __init__(self, folder: Path, policy: BackupPolicy | None = None):
        self.folder = folder
        self.policy = policy or BackupPolicy()

    def list(self) -> list[Path]:
        """Complete backups, newest first (names sort by time)."""
        if not self.folder.is_dir():
            return []
        return sorted((p for p in self.folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()), reverse=True)

    def newest_age(self) -> float | None:
        backups = self.list()
        if not backups:
            return None
        try:
            return max(0.0, time.time() - backups[0].stat().st_mtime)
        except OSError:
            return None

    def make(self, source: Path) -> Path:
        """Copy the database at ``source`` consistently (own read connection, so it may run on any
        thread while the app writes), then prune."""
        import secrets  # not at start-up: hmac loads OpenSSL

        self.folder.mkdir(parents=True, exist_ok=True)
        self.remove_leftovers()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
        final = self.folder / f"{PREFIX}{stamp}-{secrets.token_hex(3)}{SUFFIX}"
        partial = final.with_name(final.name + PARTIAL)
        src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True, timeout=30)
        try:
            dest = sqlite3.connect(str(partial))
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        except BaseException:
            for leftover in self.folder.glob(partial.name + "*"):
                leftover.unlink(missing_ok=True)
            raise
        finally:
            src.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
        sync_folder(self.folder)
        self.prune()
        return final

    def prune(self) -> list[Path]:
        """Drop the oldest backups beyond the count or the total size; never the newest."""
        removed = []
        total = 0
        for index, path in enumerate(self.list()):
            try:
                size = path.stat().st_size
            except OSError:
                continue
            total += size
            if index > 0 and (index >= self.policy.keep or total > self.policy.max_total_bytes):
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def remove_leftovers(self, older_than: float = STALE_PARTIAL_SECONDS) -> None:
        """Delete half-written backups (and their journals) left by a kill during a backup."""
        if not self.folder.is_dir():
            return
        limit = time.time() - older_than
        for path in self.folder.glob(f"{PREFIX}*{PARTIAL}*"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass
        for path in self.folder.glob(f"{PREFIX}*{SUFFIX}-journal"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass

    def newest_good(self) -> Path | None:
        """The newest backup that passes SQLite's full integrity check."""
        for candidate in self.list():
            if integrity_ok(candidate):
                return candidate
        return None


def integrity_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def stamp_of(path: Path) -> str:
    """The backup's time as a reader sees it, e.g. ``2026-12-01 18:40:12`` (UTC)."""
    core = path.name[len(PREFIX):].split("-")
    try:
        when = datetime.strptime(core[0] + core[1], "%Y%m%d%H%M%S")
    except (IndexError, ValueError):
        return path.name
    return when.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
