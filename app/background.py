"""Work done off the window's thread, its answer handed back by a signal (the home page's figures, the
search index's check). The work must not use the window's store connection: it opens its own."""

from __future__ import annotations

from typing import Callable

from app.qt import QObject, QRunnable, QThreadPool, Signal


class Background(QObject):
    """Runs one computation at a time off the window's thread; ``ready`` carries (ticket, and the two
    values the work returns), ``failed`` (ticket, the exception, which the window words with ``tr_core``).
    A widget that starts work keeps the ticket and drops any older answer."""

    ready = Signal(int, object, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # a second refresh waits for the first: they never overlap
        self.ticket = 0

    def start(self, work: Callable[[], tuple], loads_course: bool = False) -> int:
        """Queue ``work`` (returns a pair); the answer arrives on this object's thread.
        ``loads_course``: the work builds the whole course (millions of objects that live on)."""
        self.ticket += 1
        self.pool.start(_Task(self, self.ticket, work, loads_course))
        return self.ticket

    def wait(self) -> None:
        """Block until queued work is done (before the store is closed)."""
        self.pool.waitForDone()


class _Task(QRunnable):
    def __init__(self, owner: Background, ticket: int, work: Callable[[], tuple], loads_course: bool):
        super().__init__()
        self.owner, self.ticket, self.work, self.loads_course = owner, ticket, work, loads_course

    def run(self) -> None:
        import gc

        paused = self.loads_course and gc.isenabled()
        if paused:
            gc.disable()  # a collection over the millions of objects being made holds the lock 0.3-0.5 s
        try:
            first, second = self.work()
        except Exception as exc:  # noqa: BLE001 - shown on the page instead of figures
            self._emit(self.owner.failed, self.ticket, exc)
            return
        finally:
            if paused:
                gc.freeze()  # what was made lives as long as the course: no collection walks it again
                gc.enable()
        self._emit(self.owner.ready, self.ticket, first, second)

    @staticmethod
    def _emit(signal, *args) -> None:  # noqa: ANN001
        try:
            signal.emit(*args)
        except RuntimeError:  # the window was closed meanwhile: nobody is waiting for the answer
            pass
