"""Settings: language, text size and theme applied without a restart; windows fit the screen."""

from __future__ import annotations

import pytest

from app import appearance, language, screen
from app.main import open_session, preferences, save_preferences, show_main_window
from app.qt import QApplication, QRect


@pytest.fixture
def session(data_home):
    s = open_session(str(data_home))
    yield s
    s.store.close()


def test_first_start_takes_the_language_from_the_system(session, monkeypatch):
    monkeypatch.setattr(language, "system_language", lambda: "cs")
    assert preferences(session)["language"] == "cs"
    monkeypatch.setattr(language, "system_language", lambda: "sk")
    assert preferences(session)["language"] == "cs"  # remembered, not asked again


@pytest.mark.parametrize("width, height", [(1024, 768), (1366, 768), (800, 600)])
def test_the_main_window_never_opens_larger_than_the_screen(qtbot, session, monkeypatch, width, height):
    monkeypatch.setattr(screen, "available", lambda widget: QRect(0, 0, width, height - 40))
    window = show_main_window(QApplication.instance(), session)
    qtbot.addWidget(window)
    assert window.width() <= width and window.height() <= height - 40


def test_settings_change_rebuilds_the_window_in_the_new_look(qtbot, session, monkeypatch):
    app = QApplication.instance()
    window = show_main_window(app, session)
    qtbot.addWidget(window)
    window.show()
    save_preferences(session, {"language": "en", "scale": 1.5, "theme": "dark"})
    base = app.property("coursebookBaseFont")
    with qtbot.waitSignal(window.settings_changed, timeout=2000):
        window.settings_changed.emit()
    rebuilt = app.coursebook_window
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window and rebuilt.isVisible()
    assert appearance.current_theme() == "dark" and appearance.current_scale() == 1.5
    assert app.font().pointSizeF() == pytest.approx((base or app.font().pointSizeF() / 1.5) * 1.5)
    assert "18.0pt" in app.styleSheet() or "21.0pt" in app.styleSheet()  # 12pt and 14pt at 150 %
    save_preferences(session, {"language": "en", "scale": 1.0, "theme": "light"})
    appearance.apply(app, "light", 1.0)


def test_content_labels_follow_the_module_language_not_the_interface(qapp):
    language.install(qapp, "en")
    language._content_translator.cache_clear()
    assert language.content_labels("cs")["tips"] not in ("", "Trainer tips")
    assert language.content_labels("sl")["correct"] not in ("", "Correct.")
    assert language.content_labels("en")["tips"] == "Trainer tips"
    from app.qt import QCoreApplication

    language.install(qapp, "sk")
    assert QCoreApplication.translate("MainWindow", "&Library") not in ("", "&Library")
    language.install(qapp, "en")


@pytest.mark.parametrize("code, ok_text", [("sl", "V redu"), ("cs", "OK"), ("sk", "OK")])
def test_qts_own_dialogs_speak_the_interface_language(qapp, code, ok_text):
    from app.qt import QCoreApplication

    language.install(qapp, code)
    try:
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert cancel not in ("", "Cancel"), code
        assert QCoreApplication.translate("QPlatformTheme", "OK") == ok_text
    finally:
        language.install(qapp, "en")


def test_dates_and_times_follow_the_interface_language(qapp):
    from datetime import datetime

    from app.i18n import date_time_text, time_text

    moment = datetime(2026, 12, 1, 19, 5, 9).timestamp()
    try:
        language.install(qapp, "sl")
        assert date_time_text(moment).startswith("1. 12.") and "19:05" in date_time_text(moment)
        language.install(qapp, "en")
        assert date_time_text(moment).startswith("01/12/") and time_text(moment) == "19:05:09"
    finally:
        language.install(qapp, "en")
