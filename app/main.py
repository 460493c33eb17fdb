"""Starts the GUI: data folder, store, content, translations, the main window."""

from __future__ import annotations

import argparse
import sys

from coursebook.loader import load_library
from coursebook.paths import DataDirError, data_dir, ensure_writable
from coursebook.resources import asset, content_dir
from coursebook.store import Store, StoreError

from app.session import Session


def open_session(data: str | None = None, portable: bool = False) -> Session:
    """Everything a window needs; raises DataDirError/StoreError with a message for the user."""
    folder = ensure_writable(data_dir(data, portable))
    store = Store(folder)
    return Session(load_library(content_dir()), store, store.default_profile())


def install_translations(app) -> None:  # noqa: ANN001 - QApplication
    """Load the UI translation for the system language, if one is bundled."""
    from app.qt import QLocale, QTranslator

    translator = QTranslator(app)
    if translator.load(QLocale(), "coursebook", "_", str(asset("translations"))):
        app.installTranslator(translator)


def run_gui(args: argparse.Namespace) -> int:
    from app import qtcheck

    problem = qtcheck.report()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from app.qt import QApplication, QIcon, QMessageBox, QTimer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coursebook")
    app.setWindowIcon(QIcon(str(asset("icons", "coursebook.svg"))))
    install_translations(app)
    try:
        session = open_session(args.data_dir, args.portable)
    except (DataDirError, StoreError, OSError) as exc:
        print(exc, file=sys.stderr)
        QMessageBox.critical(None, "Coursebook", str(exc))
        return 3
    from app.main_window import MainWindow

    window = MainWindow(session)
    style = asset("styles", "coursebook.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    window.show()
    if getattr(args, "bench_startup", False):
        # Benchmark hook: report once the window is on screen, then quit.
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    code = app.exec()
    session.store.close()
    return code
