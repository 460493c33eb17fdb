"""Starts the GUI: data folder, store, content, translations, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coursebook.paths import DataDirError, data_dir, ensure_writable
from coursebook.resources import asset, content_dir
from coursebook.store import Store, StoreError

from app.session import Session

QT_OK_MARKER = "window-system-ok"


def open_session(data: str | None = None, portable: bool = False) -> Session:
    """Everything a window needs; raises DataDirError/StoreError with a message for the user."""
    folder = ensure_writable(data_dir(data, portable))
    store = Store(folder)
    return Session(store, store.default_profile(), content_dir(), folder / "cache")


def install_translations(app) -> None:  # noqa: ANN001 - QApplication
    """Load the UI translation for the system language, if one is bundled."""
    from app.qt import QLocale, QTranslator

    translator = QTranslator(app)
    if translator.load(QLocale(), "coursebook", "_", str(asset("translations"))):
        app.installTranslator(translator)


def _window_system_ok(folder: Path) -> bool:
    """Check Qt's system libraries before Qt would abort; skipped once a window has opened."""
    if (folder / "cache" / QT_OK_MARKER).exists():
        return True
    from app import qtcheck

    problem = qtcheck.report()
    if problem:
        print(problem, file=sys.stderr)
        return False
    return True


def _remember_window_ok(folder: Path) -> None:
    try:
        (folder / "cache").mkdir(parents=True, exist_ok=True)
        (folder / "cache" / QT_OK_MARKER).touch()
    except OSError:
        pass


def _after_show(app, folder: Path) -> None:  # noqa: ANN001 - QApplication
    """Work the first frame does not need: the window icon (loads the SVG plugin), the marker."""
    from app.qt import QIcon

    app.setWindowIcon(QIcon(str(asset("icons", "coursebook.svg"))))
    _remember_window_ok(folder)


def run_gui(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir, args.portable)
    if not _window_system_ok(folder):
        return 2
    from app.qt import QApplication, QTimer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coursebook")
    install_translations(app)
    try:
        session = open_session(args.data_dir, args.portable)
    except (DataDirError, StoreError, OSError) as exc:
        print(exc, file=sys.stderr)
        from app.qt import QMessageBox

        QMessageBox.critical(None, "Coursebook", str(exc))
        return 3
    from app.main_window import MainWindow

    window = MainWindow(session)
    style = asset("styles", "coursebook.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    window.show()
    QTimer.singleShot(0, lambda: _after_show(app, session.store.folder))
    if getattr(args, "bench_startup", False):
        # Benchmark hook: report once the window is on screen, then quit.
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    code = app.exec()
    session.store.close()
    return code
