"""Atomic file writes: the one helper every part of Coursebook uses to replace a file.

Rule: a reader sees either the old file or the whole new one, never a part, even after a crash or a
power cut: the data go to a temporary file in the same folder, are flushed to disk (``fsync``), and
the temporary file is renamed over the target; the folder is synced so the rename itself is durable.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: bytes | str | list[bytes], *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` (str is written as UTF-8; a list of bytes one piece after another).
    ``durable=False`` skips the fsyncs (for caches, where losing the newest copy only costs a rebuild)."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(payload, list):
                out.writelines(payload)
            else:
                out.write(payload)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    if durable:
        sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
