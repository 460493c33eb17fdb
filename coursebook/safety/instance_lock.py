"""One Coursebook per data folder.

Two programs writing the same learner database would each show their own answers as saved while
overwriting the other's, so the data folder is locked with the operating system's own file lock
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), which the system releases when the process
ends, even by a kill. A second start finds the lock taken, leaves a request file that the running
window watches for (it then comes to the front), and stops.

Written by hand on purpose: these dozen lines are all of it, while the ``filelock`` package costs
~24 ms of imports at every start, a fifth of a bare Qt window's whole start-up.
"""

from __future__ import annotations

from pathlib import Path

import os
import sys

from coursebook.atomic import write_atomic

LOCK_NAME = "coursebook.lock"
RAISE_REQUEST = "raise-window.request"


class FolderInUse(Exception):
    """Another Coursebook holds this data folder."""

    def __init__(self, folder: Path):
        super().__init__(f"{folder} is in use by another Coursebook")
        self.folder = folder


class InstanceLock:
    def __init__(self, folder: Path):
        self.folder = folder
        self._fd: int | None = None

    def acquire(self) -> "InstanceLock":
        if self._fd is not None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise FolderInUse(self.folder) from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def ask_running_to_raise(folder: Path) -> None:
    """Leave the request the running instance watches for."""
    try:
        write_atomic(folder / RAISE_REQUEST, "raise\n", durable=False)
    except OSError:
        pass


def take_raise_request(folder: Path) -> bool:
    """True (once) if a second start asked this instance to come to the front."""
    request = folder / RAISE_REQUEST
    try:
        request.unlink()
        return True
    except OSError:
        return False
