"""The reports' work on a thread of its own, so the window never waits for it.

The worker has its own connection to the learner database (and its own quiz service over it, sharing
the banks already loaded and the exams opened): nothing of the window's service is used from two
threads. Requests are numbered; a request of a kind supersedes the one before it, which stops at its
next progress step. Results come back by signal.
"""

from __future__ import annotations

import weakref
from typing import Any

from app.qt import QObject, QThread, Signal

from coursebook.quiz import reports
from coursebook.quiz.service import QuizService


class _Superseded(Exception):
    """A newer request of the same kind came, or the worker is stopping."""


class ReportWorker(QObject):
    # (ticket, kind, result)
    done = Signal(int, str, object)
    # (ticket, kind, the exception: the window says it in the user's language)
    failed = Signal(int, str, object)
    # (ticket, kind, done, total)
    progress = Signal(int, str, int, int)
    _requested = Signal(int, str, object)

    def __init__(self, service: QuizService):
        super().__init__()
        self._main = service
        self._service: QuizService | None = None
        self._conn = None
        self._latest: dict[str, int] = {}
        self._ticket = 0
        self._stopping = False
        self.thread = QThread()
        self.thread.setObjectName("coursebook-reports")
        self.moveToThread(self.thread)
        self._requested.connect(self._run)
        from app.qt import QCoreApplication

        application = QCoreApplication.instance()
        if application is not None:  # called on the window's thread (a lambda has no thread of its own)
            mine = weakref.ref(self)
            application.aboutToQuit.connect(lambda: (worker := mine()) is not None and worker.stop())
        self.thread.start()

    # --- from the window's thread -------------------------------------------------------------
    def request(self, kind: str, *args: Any) -> int:
        """Queue ``kind`` (``quizzes``, ``learners``, ``questions``, ``check``); returns its ticket."""
        self._ticket += 1
        self._latest[kind] = self._ticket
        self._requested.emit(self._ticket, kind, args)
        return self._ticket

    def stop(self) -> None:
        """Stop at the next step, end the thread and close its connection (waits for the step only)."""
        if self._stopping:
            return
        self._stopping = True
        if self._conn is not None:
            self._conn.interrupt()  # a long statement stops at once
        self.thread.quit()
        self.thread.wait()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- on the worker's thread ---------------------------------------------------------------
    def _session(self) -> QuizService:
        if self._service is None:
            main = self._main
            self._conn = main.store.open_second_connection()
            self._service = reports.worker_service(main, self._conn)
        return self._service

    def _run(self, ticket: int, kind: str, args: tuple) -> None:
        if self._stopping or self._latest.get(kind) != ticket:
            return

        def step(done: int, total: int) -> None:
            if self._stopping or self._latest.get(kind) != ticket:
                raise _Superseded
            self.progress.emit(ticket, kind, done, total)

        try:
            service = self._session()
            if kind == "quizzes":
                result = reports.quizzes(service)
            elif kind == "learners":
                result = reports.learner_report(service, args[0], args[1], progress=step)
            elif kind == "questions":
                step(0, 0)
                result = reports.question_report(service, args[0], args[1], 3, args[2], args[3])
            elif kind == "check":
                result = reports.full_check(service, progress=step)
            else:
                raise ValueError(kind)
        except _Superseded:
            return
        except Exception as exc:  # noqa: BLE001 - reported to the window, which says so
            self.failed.emit(ticket, kind, exc)
            return
        if not self._stopping:
            self.done.emit(ticket, kind, result)
