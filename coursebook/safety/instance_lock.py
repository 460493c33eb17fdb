"""One Coursebook per data folder.

Two programs writing the same learner database would each show their own answers as saved while
overwriting the other's, so the data folder is locked (``filelock``: an OS lock, released when the
process ends, even by a kill). A second start finds the lock taken, leaves a request file that the
running window watches for (it then comes to the front), and stops.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

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
        self._lock = FileLock(str(folder / LOCK_NAME), timeout=0)

    def acquire(self) -> "InstanceLock":
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise FolderInUse(self.folder) from None
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked


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
