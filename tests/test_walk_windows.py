"""Every window and dialog in every language and text size: translated, on the screen, nothing cut off.

For each interface language the test opens the windows a learner and a trainer meet, and fails on
- a visible text that is an English source string whose translation in this language differs
  (an untranslated string),
- a window (or its minimum size) larger than a 1366×768 or 1024×768 screen,
- a button or a one-line label narrower than its text (cut off at the default size).
Text sizes 100 %, 150 % and 200 % are walked in English and Slovenian (the longest words).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import appearance, language, screen
from PySide6.QtWidgets import QAbstractButton

from app.qt import QApplication, QGroupBox, QLabel, QRect, QTreeWidget, QWidget

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "translations"
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1024x768": QRect(0, 0, 1024, 728)}


def untranslatable_in(code: str) -> set[str]:
    """English sources whose translation into ``code`` is different (so they must not show)."""
    root = ET.parse(TS / f"coursebook_{code}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if message.get("numerus") != "yes" and text and text != source and "%" not in source and "{" not in source:
            for form in (source, source.replace("&", "")):
                found.add(form.strip())
    return {s for s in found if len(s) > 3}


def visible_texts(top: QWidget) -> list[tuple[QWidget, str]]:
    texts = [(top, top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != 1:  # rich text holds content
            texts.append((widget, widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((widget, widget.title()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [(widget, header.text(i)) for i in range(header.columnCount())]
    for action in top.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
        texts.append((top, action.text()))
    return [(w, t.replace("&", "").strip()) for w, t in texts if t]


def cut_off(top: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text() and type(widget).__name__ in ("QPushButton",):
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"button {widget.text()!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and not widget.pixmap():
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()[:40]!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
    return found


@pytest.fixture
def windows(qtbot, session, trainer, monkeypatch):
    """Open every window once; returns a function that opens them afresh (after a language change)."""
    from coursebook.quiz.service import QuizService

    from app.cards_dialog import CardsDialog
    from app.classroom.profile_picker import ProfilePicker
    from app.classroom.trainer_login import TrainerLogin
    from app.main_window import MainWindow
    from app.quiz.assessment_dialog import AssessmentDialog
    from app.quiz.reports import QuizReports
    from app.quiz.window import QuizWindow
    from app.settings_dialog import SettingsDialog
    from coursebook.loader import load_cards

    def open_all() -> dict[str, QWidget]:
        made: dict[str, QWidget] = {}
        main = MainWindow(session)
        made["main window"] = main
        learner = QuizService(session.store, session.library)
        attempt = learner.start_practice(session.profile.id, "medagencijsko-sodelovanje")
        made["practice"] = QuizWindow(learner, attempt)
        trainer_service = QuizService(session.store, session.library, actor=trainer)
        made["new assessment"] = AssessmentDialog(trainer_service)
        made["reports"] = QuizReports(trainer_service)
        made["settings"] = SettingsDialog({"language": language.current(), "scale": 1.0, "theme": "light"})
        cards, _errors = load_cards(session.library.module("identifikace-obeti").cards_path)
        made["indicator cards"] = CardsDialog(cards)
        made["profiles"] = ProfilePicker(session.store)
        made["trainer login"] = TrainerLogin(session.store)
        from app.classroom.gradebook_window import GradebookWindow
        from app.classroom.statistics_window import StatisticsWindow
        from app.classroom.verify_certificate import VerifyCertificate

        made["gradebook"] = GradebookWindow(session.store, trainer, trainer_service.question)
        made["question statistics"] = StatisticsWindow(session.store, trainer, trainer_service.question)
        made["verify certificate"] = VerifyCertificate(session.store, trainer, trainer_service.question)
        for widget in made.values():
            qtbot.addWidget(widget)
            widget.show()
        main.open_module("medagencijsko-sodelovanje")
        made["reader"] = main
        return made

    return open_all


@pytest.mark.parametrize("code", ["sl", "cs", "sk"])
def test_no_english_on_a_translated_screen(qapp, windows, code):
    language.install(qapp, code)
    forbidden = untranslatable_in(code)
    assert len(forbidden) > 200
    leaks = []
    for name, top in windows().items():
        for widget, text in visible_texts(top):
            if text in forbidden:
                leaks.append(f"{name}: {type(widget).__name__} {text!r}")
    assert not leaks, leaks


@pytest.mark.parametrize("code", ["en", "sl", "cs", "sk"])
@pytest.mark.parametrize("size", list(SCREENS))
def test_every_window_fits_the_screen_and_cuts_no_text(qapp, windows, monkeypatch, code, size):
    monkeypatch.setattr(screen, "available", lambda widget: SCREENS[size])
    language.install(qapp, code)
    problems = []
    for name, top in windows().items():
        QApplication.processEvents()
        area = SCREENS[size]
        if top.width() > area.width() or top.height() > area.height():
            problems.append(f"{name}: {top.width()}x{top.height()} on a {size} screen")
        problems += [f"{name}: {p}" for p in cut_off(top)]
    assert not problems, problems


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("code", ["en", "sl"])
def test_text_size_up_to_200_percent_keeps_windows_usable(qapp, windows, monkeypatch, code, scale):
    monkeypatch.setattr(screen, "available", lambda widget: SCREENS["1366x768"])
    language.install(qapp, code)
    appearance.apply(qapp, "light", scale)
    try:
        problems = []
        for name, top in windows().items():
            QApplication.processEvents()
            if top.width() > 1366 or top.height() > 728:
                problems.append(f"{name}: {top.width()}x{top.height()} at {scale:.0%}")
            problems += [f"{name}: {p}" for p in cut_off(top)]
        assert not problems, problems
    finally:
        appearance.apply(qapp, "light", 1.0)


def test_the_walk_catches_an_english_screen(qapp, windows):
    """The detector itself: an English interface walked as if it were Slovenian shows many leaks."""
    language.install(qapp, "en")
    forbidden = untranslatable_in("sl")
    leaks = [text for top in windows().values() for _w, text in visible_texts(top) if text in forbidden]
    assert len(leaks) > 20


def test_the_walk_catches_a_cut_off_button(qtbot):
    from app.qt import QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("A button whose words need room", holder)
    button.resize(40, 30)
    holder.show()
    assert cut_off(holder)


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable controls a screen reader cannot name: no accessible name, no text, no label buddy."""
    from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QPlainTextEdit, QTextEdit)

    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == 0:
            continue
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue
            if not widget.accessibleName() and id(widget) not in buddies:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}")
        elif isinstance(widget, QAbstractButton) and not (widget.text() or widget.accessibleName()):
            if type(widget).__name__ not in ("QToolButton",):  # tool buttons carry their action's text
                found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_has_a_name_for_screen_readers(qapp, windows):
    language.install(qapp, "en")
    problems = [f"{name}: {p}" for name, top in windows().items() for p in unnamed_controls(top)]
    assert not problems, problems
