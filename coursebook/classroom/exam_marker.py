"""A machine-wide note that an assessment is open, so that a second Coursebook started with another
data folder (``--data-dir``, a USB copy) does not open the course during someone's exam.

The data folder itself is locked by :mod:`coursebook.safety.instance_lock` (one Coursebook per
folder). This note, in the system's temporary folder, covers the other folders: it names the data
folder with the open assessment, and a start elsewhere checks that folder's database, read-only.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..atomic import write_atomic
from .closed_book import exam_in_progress

NAME = "coursebook-exam-in-progress.json"


def marker_path() -> Path:
    return Path(tempfile.gettempdir()) / NAME


def mark(folder: Path) -> None:
    try:
        write_atomic(marker_path(), json.dumps({"folder": str(Path(folder).resolve())}), durable=False)
    except OSError:
        pass


def clear(folder: Path) -> None:
    """Remove the note if it is this folder's."""
    if _marked() == Path(folder).resolve():
        try:
            marker_path().unlink()
        except OSError:
            pass


def _marked() -> Path | None:
    try:
        data = json.loads(marker_path().read_text(encoding="utf-8"))
        return Path(str(data["folder"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def exam_elsewhere(folder: Path, clock: Callable[[], float] = time.time) -> Path | None:
    """The other data folder whose assessment is open right now, or None."""
    other = _marked()
    if other is None or other == Path(folder).resolve():
        return None
    database = other / "coursebook.db"
    if not database.exists():
        return None
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            return other if exam_in_progress(conn, clock) else None
        finally:
            conn.close()
    except sqlite3.Error:
        return None
