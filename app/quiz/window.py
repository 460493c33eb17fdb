"""Taking a quiz: one question per page, a widget per question type.

Practice: "Check" saves the answer and shows whether it was right, why, and a button that opens the
section the question tests (signal ``read_section(module_id, section_id)``); "Try again" answers anew.

Assessment: the window is modal, the course text is out of reach, there is a countdown for a timed
attempt, a list to move between questions, and "Submit" with a confirmation. Each answer is saved the
moment it is given (a choice on click, typed text when the field is left or after a short pause), so
a crash or a power cut loses nothing confirmed. When the time is up the attempt is submitted.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from coursebook.quiz.attempts import ASSESSMENT, Attempt, AttemptClosed, Feedback, QuizError
from coursebook.quiz.service import QuizService

from app import screen
from app.i18n import time_text, tr_core
from app.qt import (
    QDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea,
    QStackedWidget, QTimer, QVBoxLayout, QWidget, Qt,
)
from app.qt import Signal
from app.quiz.answers import OrderingAnswer, TextAnswer
from app.quiz.question_page import QuestionPage
from app.quiz.text import clock_text, restyle as _restyle

TICK_MS = 500
TYPING_SAVE_MS = 1500


class QuizWindow(QDialog):
    """One attempt. Emits ``submitted(attempt_id)`` once it is submitted (by the learner or the clock)."""

    read_section = Signal(str, str)
    submitted = Signal(int)

    def __init__(self, service: QuizService, attempt: Attempt, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizWindow")
        self.service = service
        self.attempt = attempt
        self.practice = attempt.mode != ASSESSMENT
        self.slots = attempt.slots
        saved = service.responses(attempt)
        self.saved: dict[int, str] = {n: json.dumps(s.response, ensure_ascii=False) for n, s in saved.items()}
        self._saved_values = {n: s.response for n, s in saved.items()}
        self.pages: dict[int, QuestionPage] = {}
        self.scrolls: dict[int, QScrollArea] = {}
        self.current = -1
        self.auto_submitted = False
        self._ending = False
        self._timing_out = False
        #: Asks the learner a yes/no question; tests replace it.
        self.ask = self._ask
        self.setWindowTitle(attempt.title or self.tr("Quiz"))
        if not self.practice:
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
        screen.fit(self, 980, 700)  # never larger than the screen
        self._build()
        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_SAVE_MS)
        self.typing_timer.timeout.connect(lambda: self.save_current())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        if not self.practice:  # also untimed: elapsed time is counted and stored
            self.timer.start()
        self.tick()
        start = next((s.number for s in self.slots if s.number not in self.saved), 0)
        self.go(start)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        title = QLabel(self.attempt.title or self.tr("Quiz"))
        title.setObjectName("quizTitle")
        title.setWordWrap(True)
        titles.addWidget(title)
        mode = QLabel(self.tr("Practice — check each answer as you go") if self.practice else
                      self.tr("Assessment — your answers are saved as you give them; the results come after you submit"))
        mode.setObjectName("quizMode")
        mode.setWordWrap(True)
        titles.addWidget(mode)
        top.addLayout(titles, 1)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.countdown.setVisible(self.attempt.deadline is not None and not self.practice)
        top.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        notes = []
        if self.attempt.left_out:
            notes.append(self.tr("%n question(s) of the question bank were left out because they contain errors.",
                                 "", self.attempt.left_out))
        if self.attempt.short_by:
            notes.append(self.tr("The question banks had %n question(s) fewer than this assessment asks for.",
                                 "", self.attempt.short_by))
        self.note = QLabel("\n".join(notes))
        self.note.setObjectName("quizNote")
        self.note.setWordWrap(True)
        self.note.setToolTip("\n".join(self.attempt.problems[:10]))
        self.note.setVisible(bool(notes))
        layout.addWidget(self.note)

        body = QHBoxLayout()
        self.question_list = QListWidget()
        self.question_list.setObjectName("questionList")
        self.question_list.setAccessibleName(self.tr("Questions"))
        self.question_list.setFixedWidth(170)
        for slot in self.slots:
            self.question_list.addItem(QListWidgetItem(""))
        self.question_list.currentRowChanged.connect(self._list_row)
        self.question_list.setVisible(not self.practice)
        body.addWidget(self.question_list)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.answered_label = QLabel()
        self.answered_label.setObjectName("answeredLabel")

        bar = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(self.practice)
        self.check_button.clicked.connect(self.check)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry)
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.prev_button.setObjectName("prevButton")
        self.prev_button.clicked.connect(lambda: self.go(self.current - 1))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(lambda: self.go(self.current + 1))
        self.finish_button = QPushButton(self.tr("&Finish practice") if self.practice else self.tr("&Submit…"))
        self.finish_button.setObjectName("finishButton" if self.practice else "submitButton")
        self.finish_button.clicked.connect(self.finish if self.practice else self.submit)
        if self.practice:
            bar.addWidget(self.check_button)
            bar.addWidget(self.retry_button)
        else:
            self.check_button.hide()
            self.retry_button.hide()
            bar.addWidget(self.answered_label)
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.finish_button)
        layout.addLayout(bar)
        self._refresh_list()

    def page(self, number: int) -> QuestionPage:
        """The page of question ``number`` (built on first use, with any saved answer restored)."""
        page = self.pages.get(number)
        if page is not None:
            return page
        slot = self.slots[number]
        question = self.service.question(slot.key)
        order = self.service.display_order(slot, question) if question is not None else []
        page = QuestionPage(question, order, number + 1, len(self.slots))
        page.read_section.connect(self.read_section.emit)
        if page.answer is not None:
            if number in self._saved_values:
                page.answer.set_response(self._saved_values[number])
                if self.practice:
                    page.show_feedback(self._feedback(number, self._saved_values[number]))
            page.answer.changed.connect(lambda n=number: self._changed(n))
            if isinstance(page.answer, TextAnswer):
                page.answer.edit.editingFinished.connect(lambda n=number: self.save(n))
                if self.practice:
                    page.answer.edit.returnPressed.connect(self.check)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.pages[number] = page
        self.scrolls[number] = scroll
        self.stack.addWidget(scroll)
        return page

    # --- moving between questions ------------------------------------------------------------
    def go(self, number: int) -> None:
        if not 0 <= number < len(self.slots) or self._ending:
            return
        if self.current >= 0 and number != self.current and not self.practice:
            self.save(self.current)
        page = self.page(number)
        self.current = number
        self.stack.setCurrentWidget(self.scrolls[number])
        self.question_list.blockSignals(True)
        self.question_list.setCurrentRow(number)
        self.question_list.blockSignals(False)
        self._update_buttons()
        if page.answer is not None:
            page.answer.setFocus()

    def _list_row(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.go(row)

    def _update_buttons(self) -> None:
        page = self.pages.get(self.current)
        self.prev_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.slots) - 1)
        has_answer = page is not None and page.answer is not None
        shown = has_answer and page.feedback is not None
        self.check_button.setVisible(self.practice and not shown)
        self.check_button.setEnabled(has_answer)
        self.retry_button.setVisible(self.practice and shown)

    def _refresh_list(self) -> None:
        for slot in self.slots:
            item = self.question_list.item(slot.number)
            done = slot.number in self.saved and self._saved_values.get(slot.number) is not None
            item.setText(self.tr("Question %1").replace("%1", str(slot.number + 1)) + ("   ✓" if done else ""))
            item.setToolTip(self.tr("Answered") if done else self.tr("Not answered yet"))
        answered = sum(1 for n in self.saved if self._saved_values.get(n) is not None)
        self.answered_label.setText(self.tr("Answered: %1 of %2").replace("%1", str(answered)).replace(
            "%2", str(len(self.slots))))

    # --- answers -----------------------------------------------------------------------------
    def _changed(self, number: int) -> None:
        if self.practice:
            return
        page = self.pages[number]
        if page.answer is not None and page.answer.instant:
            self.save(number)
        else:
            self.typing_timer.start()

    def save_current(self) -> bool:
        return self.save(self.current) if self.current >= 0 else True

    def save(self, number: int) -> bool:
        """Assessment: write the answer on page ``number`` now if it changed. False if it could not be."""
        if self.practice or self._ending or not self.attempt.is_open:
            return True
        page = self.pages.get(number)
        if page is None or page.answer is None or not page.answer.answered():
            return True
        response = page.answer.response()
        text = json.dumps(response, ensure_ascii=False)
        if self.saved.get(number) == text:
            return True
        try:
            self.service.save_response(self.attempt, number, response)
        except AttemptClosed:
            if not self._timing_out:
                QTimer.singleShot(0, self.time_up)
            return False
        except (sqlite3.Error, OSError, QuizError) as exc:
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", tr_core(exc)))
            _restyle(self.saved_label, "problem", "true")
            return False
        self.saved[number] = text
        self._saved_values[number] = response
        self.saved_label.setText(self.tr("Answer saved at %1").replace("%1", time_text()))
        _restyle(self.saved_label, "problem", "false")
        self._refresh_list()
        return True

    def _feedback(self, number: int, response: Any, result=None) -> Feedback:  # noqa: ANN001
        from app.language import content_labels

        question = self.service.question(self.slots[number].key)
        words = content_labels(question.language if question is not None else "en")  # the module's words
        return self.service.feedback(self.attempt, number, response, result, words["true"], words["false"])

    def check(self) -> None:
        """Practice: save this answer and show the feedback."""
        page = self.pages.get(self.current)
        if not self.practice or page is None or page.answer is None or page.feedback is not None:
            return
        answer = page.answer
        if isinstance(answer, TextAnswer) and answer.needs_choice():
            self.saved_label.setText(self.tr("Choose which number you mean."))
            return
        if not answer.answered() and not isinstance(answer, OrderingAnswer):
            self.saved_label.setText(self.tr("Answer the question first."))
            return
        if isinstance(answer, TextAnswer) and not answer.valid():
            self.saved_label.setText(self.tr("Type a number, for example 12.5"))
            return
        response = answer.response()
        try:
            result = self.service.save_response(self.attempt, self.current, response)
        except (sqlite3.Error, OSError, QuizError) as exc:
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", tr_core(exc)))
            return
        self.saved[self.current] = json.dumps(response, ensure_ascii=False)
        self._saved_values[self.current] = response
        self.saved_label.setText("")
        page.show_feedback(self._feedback(self.current, response, result))
        self._update_buttons()
        if page.read_button.isVisible():  # after the key that checked: Enter must not also press it
            QTimer.singleShot(0, page.read_button.setFocus)

    def retry(self) -> None:
        page = self.pages.get(self.current)
        if page is not None:
            page.clear_feedback()
            self._update_buttons()
            if page.answer is not None:
                page.answer.setFocus()

    # --- time --------------------------------------------------------------------------------
    def remaining(self) -> float | None:
        return self.attempt.remaining(self.service.clock())

    def tick(self) -> None:
        if self.practice or self._ending:
            return
        try:  # monotonic time on screen, and a wall clock set back, are recorded by the core
            self.attempt = self.service.tick(self.attempt)
        except (sqlite3.Error, OSError):
            pass
        left = self.remaining()
        if left is None:
            return
        self.countdown.setText(self.tr("Time left: %1").replace("%1", clock_text(left)))
        low = "true" if left <= 60 else "false"
        if self.countdown.property("low") != low:
            _restyle(self.countdown, "low", low)
        if left <= 0:
            self.time_up()

    def time_up(self) -> None:
        """The time ran out: keep the answer on screen if still in time, then submit."""
        if self._ending or self._timing_out or not self.attempt.is_open:
            return
        self._timing_out = True
        self.timer.stop()
        self.save_current()
        self.auto_submitted = True
        self._submit_now()

    # --- ending ------------------------------------------------------------------------------
    def unanswered(self) -> int:
        return sum(1 for s in self.slots if self._saved_values.get(s.number) is None)

    def submit(self) -> None:
        """Assessment: save, confirm, submit."""
        if self._ending:
            return
        if not self.save_current() and not self.attempt.is_open:
            return
        missing = self.unanswered()
        text = self.tr("Submit your answers? You cannot change them afterwards.")
        if missing:
            text += "\n\n" + self.tr("%n question(s) not answered.", "", missing)
        if self.ask(self.tr("Submit the assessment"), text):
            self._submit_now()

    def finish(self) -> None:
        """Practice: grade the attempt and show the results."""
        self._submit_now()

    def _submit_now(self) -> None:
        if self._ending:
            return
        self._ending = True
        self.timer.stop()
        self.typing_timer.stop()
        try:
            self.attempt = self.service.submit(self.attempt)
        except (sqlite3.Error, OSError, QuizError) as exc:
            self._ending = False
            QMessageBox.critical(self, self.tr("Could not submit"), self.tr(
                "The attempt could not be submitted: %1\n\nYour saved answers are kept; try again.").replace(
                "%1", tr_core(exc)))
            return
        self.submitted.emit(self.attempt.id)
        super().accept()

    def reject(self) -> None:
        """Esc or the window's close button."""
        if self._ending:
            super().reject()
            return
        if self.practice:
            self._ending = True
            try:
                self.attempt = self.service.submit(self.attempt)
            except (sqlite3.Error, OSError, QuizError):
                pass
            super().reject()
            return
        self.save_current()
        left = self.remaining()
        text = self.tr("Your answers so far are saved. You can continue this assessment later from the Quiz menu.")
        if left is not None:
            text += "\n\n" + self.tr("The time keeps running while the assessment is closed: %1 left.").replace(
                "%1", clock_text(left))
        if self.ask(self.tr("Leave the assessment?"), text):
            self._ending = True
            self.timer.stop()
            super().reject()

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
