"""The home page's figures read on a worker thread, the answer handed back by a signal.

The work itself is :func:`coursebook.study.home_figures.home_figures`; it opens its own store
connection, so the window's connection and session are never used from two threads."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from app.qt import QObject, QRunnable, QThreadPool, Signal


class HomeFigures(QObject):
    """Runs one computation at a time; ``ready`` carries (ticket, library, data), ``failed`` (ticket,
    the exception, which the page words with ``tr_core``)."""

    ready = Signal(int, object, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # a second refresh waits for the first: they never overlap
        self.ticket = 0

    def start(self, work: Callable[[], tuple], loads_course: bool = False) -> int:
        """Queue ``work`` (returns (library, data)); the answer arrives on this object's thread.
        ``loads_course``: the work builds the whole course (millions of objects that live on)."""
        self.ticket += 1
        self.pool.start(_Task(self, self.ticket, work, loads_course))
        return self.ticket

    def wait(self) -> None:
        """Block until queued work is done (before the store is closed)."""
        self.pool.waitForDone()


class _Task(QRunnable):
    def __init__(self, owner: HomeFigures, ticket: int, work: Callable[[], tuple], loads_course: bool):
        super().__init__()
        self.owner, self.ticket, self.work, self.loads_course = owner, ticket, work, loads_course

    def run(self) -> None:
        import gc

        paused = self.loads_course and gc.isenabled()
        if paused:
            gc.disable()  # a collection over the millions of objects being made holds the lock 0.3-0.5 s
        try:
            library, data = self.work()
        except Exception as exc:  # noqa: BLE001 - shown on the page instead of figures
            self._emit(self.owner.failed, self.ticket, exc)
            return
        finally:
            if paused:
                gc.freeze()  # what was made lives as long as the course: no collection walks it again
                gc.enable()
        self._emit(self.owner.ready, self.ticket, library, data)

    @staticmethod
    def _emit(signal, *args) -> None:  # noqa: ANN001
        try:
            signal.emit(*args)
        except RuntimeError:  # the page was closed meanwhile: nobody is waiting for the answer
            pass


def now() -> datetime:
    return datetime.now(timezone.utc)
