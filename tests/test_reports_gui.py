"""The Reports dialog: it opens at once, the reports are made on a worker thread while the window keeps
answering (a timer keeps firing), a newer filter replaces a running report, closing stops the work, the
tables sort, and the complete check marks an attempt altered after its result was cached."""

from __future__ import annotations

import threading
import time

import pytest

from coursebook.classroom import profiles
from coursebook.quiz import reports
from coursebook.quiz.service import QuizService

from app.qt import QTimer, Qt

from test_classroom import Clocks, exam, take


@pytest.fixture
def service(store, library, trainer):
    clocks = Clocks()
    made = QuizService(store, library, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono, actor=trainer)
    for name, right in (("Ana", True), ("Bor", False)):
        take(made, profiles.add_learner(store, name), exam(), right=right)
    return made


class Slow:
    """The learner report made slowly, in steps that report progress, remembering the thread it ran on."""

    def __init__(self, monkeypatch, steps: int = 15, pause: float = 0.04):
        self.real = reports.learner_report
        self.threads: list[int] = []
        self.filters: list[tuple] = []
        self.steps, self.pause = steps, pause
        monkeypatch.setattr(reports, "learner_report", self)

    def __call__(self, service, quiz_id=None, mode=None, progress=None):
        self.threads.append(threading.get_ident())
        self.filters.append((quiz_id, mode))
        for step in range(self.steps):
            if progress is not None:
                progress(step, self.steps)
            time.sleep(self.pause)
        return self.real(service, quiz_id, mode, progress)


def open_reports(qtbot, service):
    from app.quiz.reports import QuizReports

    dialog = QuizReports(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_opens_at_once_and_fills_from_the_worker_while_the_window_answers(qtbot, service, monkeypatch):
    slow = Slow(monkeypatch)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    dialog = open_reports(qtbot, service)
    assert dialog.loading and dialog.learner_model.rowCount() == 0  # shown before any report is made
    assert dialog.progress.isVisible() and dialog.status.text()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == slow.steps, timeout=10000)  # progress reached the bar
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    timer.stop()
    assert slow.threads and all(t != threading.get_ident() for t in slow.threads)
    assert dialog.learner_model.rowCount() == 2 and not dialog.progress.isVisible()
    # the timer kept firing while the report was made: the window was never waiting for it
    assert len(ticks) >= slow.steps
    assert sorted(dialog.learner_model.text(r, 7) for r in range(2)) == ["not passed", "passed"]


def test_a_newer_filter_replaces_the_running_report(qtbot, service, monkeypatch):
    slow = Slow(monkeypatch, steps=30)
    dialog = open_reports(qtbot, service)
    qtbot.waitUntil(lambda: len(slow.filters) == 1, timeout=10000)
    dialog.learner_filter.setCurrentIndex(0)  # all quizzes, while "all assessments" is being made
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    assert slow.filters[-1] == (None, None)
    assert dialog.learner_model.rowCount() == 2


def test_closing_while_a_report_is_made_stops_the_worker(qtbot, service, monkeypatch):
    Slow(monkeypatch, steps=200)
    dialog = open_reports(qtbot, service)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 200, timeout=10000)
    dialog.close()
    assert dialog.worker.thread.isFinished()


def test_the_tables_sort_by_number_and_by_text(qtbot, service):
    dialog = open_reports(qtbot, service)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    dialog.learners.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert [dialog.learner_model.text(r, 0) for r in range(2)] == ["Ana", "Bor"]
    dialog.learners.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [dialog.learner_model.text(r, 0) for r in range(2)] == ["Bor", "Ana"]
    assert dialog.question_model.rowCount() > 0
    averages = [row.average for row in dialog.question_model.rows]
    assert averages == sorted(averages)  # hardest first


def test_the_complete_check_marks_an_attempt_altered_after_its_result_was_cached(qtbot, service, store):
    reports.learner_report(service)  # cached
    for (name,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        store.conn.execute(f"DROP TRIGGER {name}")
    bor = store.conn.execute("SELECT a.id FROM attempts a JOIN profiles p ON p.id = a.profile_id "
                             "WHERE p.name = 'Bor'").fetchone()[0]
    store.conn.execute("UPDATE responses SET response = ? WHERE attempt_id = ? AND slot = 0", ('"forged"', bor))
    dialog = open_reports(qtbot, QuizService(store, service.library, actor=service.actor))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    rows = {dialog.learner_model.text(r, 0): r for r in range(2)}
    assert dialog.learner_model.text(rows["Bor"], 8) == "altered after submission"
    assert dialog.learner_model.text(rows["Ana"], 8) == "sealed"
    assert dialog.learner_model.data(dialog.learner_model.index(rows["Bor"], 8), Qt.ItemDataRole.ToolTipRole)


def test_a_dialog_destroyed_with_its_window_ends_its_thread(qtbot, service, monkeypatch):
    from shiboken6 import Shiboken

    from app.qt import QWidget
    from app.quiz.reports import QuizReports

    Slow(monkeypatch, steps=200)
    parent = QWidget()
    dialog = QuizReports(service, parent)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 200, timeout=10000)
    worker = dialog.worker
    Shiboken.delete(parent)  # the main window goes, and its dialog with it, without a close
    assert worker.thread.isFinished()


def test_a_report_that_cannot_be_made_is_said_and_the_rest_still_fill(qtbot, service, monkeypatch):
    import sqlite3

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("database disk image is malformed")

    monkeypatch.setattr(reports, "question_report", broken)
    dialog = open_reports(qtbot, service)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    assert "malformed" in dialog.status.text() and dialog.learner_model.rowCount() == 2


def _cached_learners(store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM report_cache WHERE kind = 'learners'").fetchone()[0]


def test_a_trainers_window_prepares_the_reports_and_the_dialog_opens_on_them(qtbot, service, session, trainer,
                                                                           monkeypatch):
    from app.main_window import MainWindow
    from app.quiz import menu as quiz_menu

    monkeypatch.setattr(quiz_menu, "PREPARE_REPORTS_MS", 10)
    store = service.store
    assert _cached_learners(store) == 0
    window = MainWindow(session.for_profile(trainer.profile, trainer))
    qtbot.addWidget(window)
    window.show()
    controller = window.quiz_controller
    qtbot.waitUntil(lambda: controller.report_worker is not None, timeout=3000)
    qtbot.waitUntil(lambda: _cached_learners(store) == 2, timeout=10000)  # Ana's and Bor's, signed
    worker = controller.report_worker
    graded = []
    monkeypatch.setattr(reports, "regrade", lambda *a, **k: graded.append(a) or (0.0, 0.0, 0))
    dialog = controller.open_reports()
    qtbot.addWidget(dialog)
    assert dialog.worker is worker and controller.report_worker is None  # taken over, not a second thread
    qtbot.waitUntil(lambda: dialog.learner_model.rowCount() == 2, timeout=10000)
    assert graded == []  # every row came from what was prepared
    dialog.close()


def test_a_learners_window_prepares_nothing(qtbot, service, session, monkeypatch):
    from app.main_window import MainWindow
    from app.quiz import menu as quiz_menu

    monkeypatch.setattr(quiz_menu, "PREPARE_REPORTS_MS", 10)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(200)
    window.quiz_controller.prepare_reports()  # asked directly as well: a learner has no key to sign with
    assert window.quiz_controller.report_worker is None and _cached_learners(service.store) == 0
