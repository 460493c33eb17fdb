"""Enter in a short-answer field of a practice only checks the answer; it never also presses
"Read the section" (which would bring the main window in front of the feedback)."""

from __future__ import annotations

from coursebook.quiz.service import QuizService

from app.qt import QApplication, Qt
from app.quiz.window import QuizWindow


def test_enter_in_a_short_answer_checks_and_does_not_read_the_section(qtbot, session):
    service = QuizService(session.store, session.library)
    attempt = service.start_practice(session.profile.id, "medagencijsko-sodelovanje")
    window = QuizWindow(service, attempt)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    slot = next(s for s in attempt.slots if service.question(s.key).type == "short")
    window.go(slot.number)
    page = window.pages[slot.number]
    opened = []
    window.read_section.connect(lambda *args: opened.append(args))
    page.answer.edit.setFocus()
    qtbot.keyClicks(page.answer.edit, "nekaj")
    qtbot.keyClick(page.answer.edit, Qt.Key.Key_Return)
    qtbot.wait(50)

    assert slot.number in service.responses(attempt)  # checked and saved
    assert page.read_button.isVisible()  # the feedback offers the section ...
    assert opened == []  # ... but Enter did not open it
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # a second Enter, now on the button, does
    assert len(opened) == 1
    window.close()
