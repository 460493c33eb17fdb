"""Before the main window, when the course's cache is missing (after a content change or a program
update): the course is read on a worker thread behind a progress window, never with no window at all.

Five modules take ~0.1 s (no window appears); the 1,000-module scale course takes ~7 s."""

from __future__ import annotations

from app.qt import QEventLoop, QProgressDialog, QTimer, Qt
from app.session import CourseLoad, Session

# The progress window appears only when reading takes longer than this (milliseconds).
SHOW_AFTER_MS = 400


class PreparingDialog(QProgressDialog):
    """A busy bar and the count of modules read; no cancel button (the window needs the course)."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Coursebook"))
        self.setLabelText(self.tr("Preparing the course for its first use…"))
        self.setRange(0, 0)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setMinimumWidth(460)
        self.resize(self.sizeHint())  # no room kept for the removed button

    def count(self, modules: int) -> None:
        if modules:
            self.setLabelText(self.tr("Preparing the course for its first use: %n module(s) read…", "", modules))
            self.resize(self.sizeHint())


def prepare_course(session: Session) -> None:
    """Read the course of ``session`` off the window's thread, for a session whose
    :meth:`~app.session.Session.catalog_cached` said no (that check hashed the content; it is not
    hashed again here).

    A reading error is not raised here: the window opens and the library reports the content errors
    as on any start (a course that cannot be read at all is read again, and reported, there)."""
    source = session.library_source()
    if not isinstance(source, CourseLoad):
        return
    from app.background import Background

    loop = QEventLoop()
    work = Background()
    done: list[bool] = []

    def finished(*_args) -> None:  # noqa: ANN002
        done.append(True)
        loop.quit()

    work.ready.connect(finished)
    work.failed.connect(finished)
    dialog = PreparingDialog()
    dialog.setValue(0)  # starts the clock: the dialog appears once SHOW_AFTER_MS have passed
    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(lambda: dialog.count(source.modules_read))
    timer.start()
    work.start(lambda: (source(), None), loads_course=True)
    if not done:
        loop.exec()
    timer.stop()
    dialog.close()
    work.wait()
    session.adopt(source)
