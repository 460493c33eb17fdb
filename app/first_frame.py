"""Work that waits until a window's first frame is on screen (menus' entries, for instance).

A window's first exposure paints it at once (Qt paints an exposed window synchronously), so work queued
from the exposure runs after the first frame. A window never exposed (hidden, or a platform without
exposure events) gets the work after :data:`FALLBACK_MS` all the same."""

from __future__ import annotations

from typing import Callable

from app.qt import QEvent, QObject, QTimer, QWidget

FALLBACK_MS = 300


class _FirstExposure(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]):
        super().__init__(widget)
        self.work = work
        self.done = False
        handle = widget.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Expose and not self.done:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # after the paint this exposure makes
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.work()


def after_first_frame(widget: QWidget, work: Callable[[], None]) -> QObject:
    """Run ``work`` once ``widget``'s window has painted its first frame (keep the returned object)."""
    return _FirstExposure(widget, work)
