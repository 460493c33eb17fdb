"""Tell damage from trouble: only a corrupt file is ever "recovered".

Rule: SQLITE_CORRUPT and SQLITE_NOTADB (and a failed ``quick_check``) mean the file is damaged and
may be replaced by a backup. Everything else — locked, busy, a full disk, a read-only file, a path
that cannot be opened, an I/O error — leaves the file alone and is reported in one sentence.
"""

from __future__ import annotations

from pathlib import Path

from coursebook.i18n import QT_TRANSLATE_NOOP, Message, message

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN, _PERM = 5, 6, 8, 10, 13, 14, 3


def primary_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an error (extended codes folded), None if unknown."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(exc: BaseException) -> bool:
    """True only for errors that say the file itself is not a sound database."""
    code = primary_code(exc)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def describe(exc: BaseException, path: Path) -> Message:
    """One sentence for the user about an error that is not damage."""
    code = primary_code(exc)
    text = str(exc).lower()
    if code in (_BUSY, _LOCKED) or "locked" in text:
        return message(QT_TRANSLATE_NOOP(
            "core", "The learner database {path} is in use by another program. Close it and start "
                    "Coursebook again."), path=str(path))
    if code == _FULL or "disk is full" in text or "database or disk is full" in text:
        return message(QT_TRANSLATE_NOOP(
            "core", "The disk that holds {path} is full. Free some space and start Coursebook again; "
                    "no learner data was changed."), path=str(path))
    if code in (_READONLY, _PERM) or "readonly" in text or "read-only" in text:
        return message(QT_TRANSLATE_NOOP(
            "core", "The learner database {path} cannot be written (read-only). Start Coursebook with "
                    "--data-dir and a folder you can write to."), path=str(path))
    if code == _CANTOPEN or "unable to open" in text:
        return message(QT_TRANSLATE_NOOP(
            "core", "The learner database {path} cannot be opened. Check that the folder exists and "
                    "can be written, or start Coursebook with --data-dir."), path=str(path))
    return message(QT_TRANSLATE_NOOP(
        "core", "The learner database {path} could not be used: {reason}. No learner data was changed."),
        path=str(path), reason=str(exc))

