"""The GUI edge of data safety: a second start, database errors as sentences, never a traceback."""

from __future__ import annotations

import argparse
import sqlite3
import sys

import pytest

from app import main as app_main
from app.qt import QMessageBox, QWidget
from coursebook.safety.instance_lock import RAISE_REQUEST
from coursebook.store import Store


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _parent, _title, text, *a, k=kind: shown.append((k, text))))
    return shown


def test_a_second_start_on_the_same_folder_brings_the_first_forward(qtbot, data_home, boxes, monkeypatch):
    data_home.mkdir(parents=True, exist_ok=True)
    running = Store(data_home)  # the first Coursebook holds the folder
    try:
        monkeypatch.setattr(app_main, "_window_system_ok", lambda folder: True)
        args = argparse.Namespace(data_dir=str(data_home), portable=False, bench_startup=False)
        assert app_main.run_gui(args) == 0
        assert boxes and boxes[0][0] == "information" and str(data_home) in boxes[0][1]
        assert (data_home / RAISE_REQUEST).exists()

        window = QWidget()
        qtbot.addWidget(window)
        raised = []
        monkeypatch.setattr(window, "raise_", lambda: raised.append(True))
        from app.qt import QApplication

        app_main._watch_for_second_start(QApplication.instance(), window, data_home)
        (data_home / RAISE_REQUEST).unlink()
        from coursebook.safety.instance_lock import ask_running_to_raise

        ask_running_to_raise(data_home)
        qtbot.waitUntil(lambda: bool(raised), timeout=3000)
        assert not (data_home / RAISE_REQUEST).exists()
    finally:
        running.close()


@pytest.mark.parametrize("error, words", [
    (sqlite3.OperationalError("database is locked"), "in use"),
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
    (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
])
def test_database_errors_reaching_the_event_loop_become_one_sentence(qtbot, boxes, monkeypatch, capsys, error, words):
    from app.qt import QApplication

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_main._report_data_errors(QApplication.instance())
    sys.excepthook(type(error), error, None)
    [(kind, text)] = boxes
    assert kind == "critical" and words in text
    assert "Traceback" not in capsys.readouterr().err
