"""A whole study session with the keyboard alone: open a module, read, tick an objective, practise,
answer, check, finish and see the result. No mouse event is sent."""

from __future__ import annotations

import pytest

from app.main_window import MainWindow
from app.qt import QApplication, QTimer, Qt


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()


def press_in_modal(qtbot, key) -> None:
    """Answer the next modal box by keyboard once it is up."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, answer)
            return
        qtbot.keyClick(box.focusWidget() or box, key)
    QTimer.singleShot(50, answer)


@pytest.fixture
def window(qtbot, session):
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def test_a_study_session_with_the_keyboard_only(qtbot, window, session, monkeypatch):
    from coursebook.quiz.service import QuizService

    original = QuizService.start_practice
    # the same ten questions every run (the draw is random), so the run is the same every time
    monkeypatch.setattr(QuizService, "start_practice",
                        lambda self, profile_id, module_id, count=0, seed=None: original(self, profile_id, module_id,
                                                                                        count, seed=7))
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the library
    assert window.stack.currentWidget() is window.library
    tree = window.library.tree
    assert QApplication.focusWidget() is tree  # the list has the focus: arrows move in it
    ids = window.library.module_ids()
    for _ in range(ids.index("medagencijsko-sodelovanje")):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # opens the module
    reader = window.reader
    assert window.stack.currentWidget() is reader and reader.module.id == "medagencijsko-sodelovanje"

    while reader.section.kind != "objectives":  # next section, by keyboard
        press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    reader.reader.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(30):  # Tab walks the links of the text: glossary terms, then the objectives' boxes
        press(qtbot, Qt.Key.Key_Tab)
        if reader.reader.textCursor().charFormat().anchorHref() == "objective:0":
            break
    assert reader.reader.textCursor().charFormat().anchorHref() == "objective:0"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 in session.store.objectives_done(session.profile.id, "medagencijsko-sodelovanje"))

    press_in_modal(qtbot, Qt.Key.Key_Return)  # "which questions?" — the default answer
    press(qtbot, Qt.Key.Key_F7)  # practise this module
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), __import__("app.quiz.window", fromlist=["QuizWindow"]).QuizWindow))
    quiz = QApplication.activeWindow()
    page = quiz.pages[quiz.current]
    focus = QApplication.focusWidget()
    # answer by keyboard: the first option with Space (choice), or type (text)
    for _ in range(40):
        if page.answer.answered():
            break
        focus = QApplication.focusWidget()
        inside = page.answer.isAncestorOf(focus)
        kind = type(focus).__name__
        if inside and kind in ("QRadioButton", "QCheckBox", "QPushButton") and focus.isEnabled():
            press(qtbot, Qt.Key.Key_Space)  # an option ticked, or an item moved
        elif inside and kind == "QComboBox":
            press(qtbot, Qt.Key.Key_Down)
        elif inside and kind in ("QLineEdit", "QPlainTextEdit"):
            qtbot.keyClicks(focus, "1")
        else:
            press(qtbot, Qt.Key.Key_Tab)
    assert page.answer.answered()
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Check
    qtbot.waitUntil(lambda: page.feedback is not None)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Finish practice
    qtbot.waitUntil(lambda: not quiz.isVisible())
    # the results window becomes the active one (the platform activates it a moment after it is shown)
    qtbot.waitUntil(lambda: type(QApplication.activeWindow()).__name__ == "QuizResults")
    results = QApplication.activeWindow()
    assert quiz.attempt.finished is not None and quiz.attempt.score is not None
    results.close()


def focus_chain(top) -> list:
    """The widgets Tab visits from the first one, in order, once round."""
    from app.qt import QWidget

    start = QApplication.focusWidget()
    seen, order = set(), []
    widget = start
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget is start or id(widget) in seen:
            break
        seen.add(id(widget))
        if (isinstance(widget, QWidget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and top.isAncestorOf(widget)):
            order.append(widget)
    return order


@pytest.mark.parametrize("page", ["library", "home"])
def test_tab_order_follows_the_screen(qtbot, window, page):
    if page == "library":
        window.show_library()
        top = window.library
    else:
        window.show_home()
        top = window.home
        top.refresh()
    QApplication.processEvents()
    top.setFocus()
    chain = focus_chain(top)
    assert len(chain) >= (1 if page == "library" else 2)  # the library's cards: Ctrl+Enter in the list

    def place(widget):
        """Reading order: a box (group) at a time, row by row; inside it, row by row."""
        from app.qt import QGroupBox

        group = widget.parent()
        while group is not None and group is not top and not isinstance(group, QGroupBox):
            group = group.parent()
        group = group or top
        g, w = group.mapTo(window, group.rect().topLeft()), widget.mapTo(window, widget.rect().topLeft())
        return (g.y() // 12, g.x(), w.y() // 12, w.x())

    keys = [place(w) for w in chain]
    assert keys == sorted(keys), [(type(w).__name__, w.objectName(), k) for w, k in zip(chain, keys)]
