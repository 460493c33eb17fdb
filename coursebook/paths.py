"""Where learner data lives: ``--data-dir``, ``COURSEBOOK_HOME``, portable mode, or the platform's
user data folder. Never inside the install folder unless the install is portable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP, MessageError, message

PORTABLE_MARKER = "portable"


class DataDirError(MessageError):
    """The data folder cannot be created or written; the message says which folder and why."""


def install_dir() -> Path:
    """The folder of the executable (bundle) or of the source tree."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_portable(flag: bool = False) -> bool:
    return flag or (install_dir() / PORTABLE_MARKER).exists()


def data_dir(explicit: str | os.PathLike | None = None, portable: bool = False) -> Path:
    """Resolve the data folder by precedence: argument, environment, portable, platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("COURSEBOOK_HOME")
    if env:
        return Path(env).expanduser()
    if is_portable(portable):
        return install_dir() / "data"
    import platformdirs  # only when no folder was given: ~5 ms at start-up

    return Path(platformdirs.user_data_dir("Coursebook", appauthor=False))


def ensure_writable(folder: Path) -> Path:
    """Create ``folder`` and prove it can be written; raise :class:`DataDirError` otherwise."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataDirError(message(QT_TRANSLATE_NOOP(
            "core", "Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir or "
                    "the COURSEBOOK_HOME environment variable."), folder=str(folder), reason=reason)) from exc
    return folder
