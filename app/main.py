"""Starts the GUI: data folder, store, content, translations, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coursebook.paths import DataDirError, data_dir, ensure_writable
from coursebook.resources import asset, content_dir
from coursebook.safety.instance_lock import FolderInUse, ask_running_to_raise
from coursebook.store import Store, StoreError

from app.session import Session

QT_OK_MARKER = "window-system-ok"
#: Milliseconds after the window is shown at which its icon is set (after the first frame).
ICON_AFTER_MS = 200


def open_session(data: str | None = None, portable: bool = False) -> Session:
    """Everything a window needs; raises DataDirError/StoreError with a message for the user."""
    folder = ensure_writable(data_dir(data, portable))
    store = Store(folder)
    return Session(store, store.default_profile(), content_dir(), folder / "cache", data=folder)


def preferences(session: Session) -> dict:
    """The profile's interface language, text size and theme (language from the system at first)."""
    from app import appearance, language

    store, profile = session.store, session.profile
    code = store.get_setting(profile.id, language.SETTING)
    if code not in language.LANGUAGES:
        code = language.system_language()
        store.set_setting(profile.id, language.SETTING, code)
    return {"language": code,
            "scale": float(store.get_setting(profile.id, appearance.SCALE_SETTING, 1.0) or 1.0),
            "theme": store.get_setting(profile.id, appearance.THEME_SETTING, "light")}


def save_preferences(session: Session, chosen: dict) -> None:
    from app import appearance, language

    store, profile = session.store, session.profile
    store.set_setting(profile.id, language.SETTING, chosen["language"])
    store.set_setting(profile.id, appearance.SCALE_SETTING, chosen["scale"])
    store.set_setting(profile.id, appearance.THEME_SETTING, chosen["theme"])


def apply_preferences(app, prefs: dict) -> None:  # noqa: ANN001 - QApplication
    from app import appearance, language

    language.install(app, prefs["language"])
    appearance.apply(app, prefs["theme"], prefs["scale"])


def install_translations(app) -> None:  # noqa: ANN001 - QApplication
    """Before a profile is open: the system's language, for the first messages."""
    from app import language

    language.install(app, language.system_language())


def show_main_window(app, session: Session):  # noqa: ANN001, ANN201 - QApplication -> MainWindow
    """The main window; a change in Settings replaces it with one built in the new language and look."""
    from app.main_window import MainWindow

    apply_preferences(app, preferences(session))
    window = MainWindow(session, menus_after_first_frame=True)
    app.coursebook_window = window

    def rebuild() -> None:
        old = app.coursebook_window
        geometry = old.saveGeometry()
        old.close()  # keeps the place, the page and the geometry
        new = show_main_window(app, session)
        new.restoreGeometry(geometry)
        new.show()
        old.deleteLater()

    window.settings_changed.connect(rebuild)
    return window


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
    """Work the first frame does not need: the marker at once, the window icon (it loads Qt's SVG
    library and plugin) once the first frame is on screen."""
    from app.qt import QTimer

    _remember_window_ok(folder)
    QTimer.singleShot(ICON_AFTER_MS, lambda: _set_window_icon(app))


def _set_window_icon(app) -> None:  # noqa: ANN001 - QApplication
    from app.qt import QIcon

    app.setWindowIcon(QIcon(str(asset("icons", "coursebook.svg"))))


def _report_data_errors(app) -> None:  # noqa: ANN001 - QApplication
    """A database error that reaches the event loop becomes one sentence in a box, not a traceback."""
    import sqlite3

    from app.i18n import tr_core
    from coursebook.safety.sqlerrors import describe, is_damage

    previous = sys.excepthook

    def hook(kind, value, trace):  # noqa: ANN001
        if isinstance(value, (sqlite3.Error, StoreError)):
            from app.qt import QCoreApplication, QMessageBox

            session = getattr(app, "coursebook_session", None)
            path = session.store.path if session is not None else "coursebook.db"
            if isinstance(value, StoreError):
                text = tr_core(value.message)
            elif is_damage(value):
                text = QCoreApplication.translate(
                    "Main", "The learner database is damaged. Close Coursebook and start it again: it will "
                            "restore the newest good backup.")
            else:
                text = tr_core(describe(value, path))
            print(text, file=sys.stderr)
            QMessageBox.critical(None, "Coursebook", text)
            return
        previous(kind, value, trace)

    sys.excepthook = hook


def _watch_for_second_start(app, fallback, folder: Path) -> None:  # noqa: ANN001
    """A second start on this folder leaves a request file: bring this window to the front."""
    from app.qt import QFileSystemWatcher
    from coursebook.safety.instance_lock import take_raise_request

    watcher = QFileSystemWatcher([str(folder)], app)

    def check(_path: str = "") -> None:
        window = getattr(app, "coursebook_window", None) or fallback
        if take_raise_request(folder):
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()

    watcher.directoryChanged.connect(check)
    app.coursebook_watcher = watcher


def exam_refusal(folder: Path) -> str | None:
    """A second Coursebook on another data folder does not open while an assessment is open on this PC
    (the same folder is refused by the instance lock)."""
    from coursebook.classroom.exam_marker import exam_elsewhere

    other = exam_elsewhere(folder)
    if other is None:
        return None
    from app.qt import QCoreApplication

    return QCoreApplication.translate(
        "Main", "An assessment is in progress on this PC (data folder {folder}). Coursebook opens again when it "
                "is submitted.").format(folder=other)


def choose_profile(session: Session, bench: bool = False) -> Session | None:
    """At start: the profile picker when the PC has several profiles (or a protected one); None = cancelled.

    ``bench`` (the start-up benchmark): say "picker" once it is on screen, then open the first learner
    without a PIN, as a click would."""
    from coursebook.classroom.profiles import list_profiles

    found = list_profiles(session.store)  # the picker's window is loaded only when it is needed
    if len(found) <= 1 and not any(i.has_pin or i.is_trainer for i in found):
        return session
    from app.classroom.profile_picker import ProfilePicker
    from app.qt import QDialog

    picker = ProfilePicker(session.store)
    if bench:
        from app.qt import QTimer

        QTimer.singleShot(0, lambda: _bench_pick(picker))
    if picker.exec() != QDialog.DialogCode.Accepted or picker.profile is None:
        return None
    return session.for_profile(picker.profile, picker.actor)


def _bench_pick(picker) -> None:  # noqa: ANN001 - ProfilePicker
    print("picker", flush=True)
    for row in range(picker.list.count()):
        if "  " not in picker.list.item(row).text():
            picker.list.setCurrentRow(row)
            picker.choose()
            return
    picker.reject()


def run_gui(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir, args.portable)
    if not _window_system_ok(folder):
        return 2
    from app.qt import QApplication, QCoreApplication, QTimer

    from app.i18n import tr_core

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coursebook")
    install_translations(app)
    refusal = exam_refusal(folder)
    if refusal:
        print(refusal, file=sys.stderr)
        from app.qt import QMessageBox

        QMessageBox.information(None, "Coursebook", refusal)
        return 4
    try:
        session = open_session(args.data_dir, args.portable)
    except FolderInUse as exc:
        ask_running_to_raise(exc.folder)
        text = QCoreApplication.translate(
            "Main", "Coursebook is already open with the data folder {folder}. Its window has been brought "
                    "to the front.").format(folder=exc.folder)
        print(text, file=sys.stderr)
        from app.qt import QMessageBox

        QMessageBox.information(None, "Coursebook", text)
        return 0
    except (DataDirError, StoreError, OSError) as exc:
        text = tr_core(exc)
        print(text, file=sys.stderr)
        from app.qt import QMessageBox

        QMessageBox.critical(None, "Coursebook", text)
        return 3
    chosen = choose_profile(session, getattr(args, "bench_startup", False))
    if chosen is None:
        session.store.close()
        return 0
    session = chosen
    if not session.catalog_cached():  # after a content change or an update: read with a progress window
        from app.course_preparation import prepare_course

        prepare_course(session)
    app.coursebook_session = session
    _report_data_errors(app)
    window = show_main_window(app, session)
    window.show()
    QTimer.singleShot(0, lambda: _after_show(app, session.store.folder))
    _watch_for_second_start(app, window, session.store.folder)
    backups = QTimer(app)
    backups.setInterval(5 * 60 * 1000)
    backups.timeout.connect(lambda: session.store.backup_in_background(if_due=True))
    backups.start()
    if getattr(args, "bench_startup", False):
        # Benchmark hook: report once the window is on screen, then quit.
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    code = app.exec()
    backups.stop()
    try:
        session.store.close()
    except StoreError as exc:
        text = tr_core(exc)
        print(text, file=sys.stderr)
        from app.qt import QMessageBox

        QMessageBox.critical(None, "Coursebook", text)
        return code or 4
    return code
