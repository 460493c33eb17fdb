"""Taking a quiz: one question per page, a widget per question type.

Practice: "Check" saves the answer and shows whether it was right, why, and a button that opens the
section the question tests (signal ``read_section(module_id, section_id)``); "Try again" answers anew.

Assessment: the window is modal, the course text is out of reach, there is a countdown for a timed
attempt, a list to move between questions, and "Submit" with a confirmation. Each answer is saved the
moment it is given (a choice on click, typed text when the field is left or after a short pause), so
a crash or a power cut loses nothing confirmed. When the time is up the attempt is submitted.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from datetime import datetime
from typing import Any

from app.qt import (
    QButtonGroup, QCheckBox, QComboBox, QGridLayout, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QRadioButton, QScrollArea,
)

from coursebook.quiz.attempts import ASSESSMENT, Attempt, AttemptClosed, Feedback, QuizError, QuizService
from coursebook.quiz.model import Question

from app.qt import (
    QAbstractItemView, QDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy,
    QStackedWidget, QTimer, QVBoxLayout, QWidget, Qt, Signal,
)

TICK_MS = 500
TYPING_SAVE_MS = 1500


def prose_html(text: str) -> str:
    """Bank text as HTML: blank lines separate paragraphs, wrapped lines join, list lines stay lines."""
    parts = []
    for paragraph in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        out = ""
        for line in lines:
            if out and re.match(r"^([-•*]|\d+[.)])\s", line):
                out += "<br/>"
            elif out:
                out += " "
            out += html.escape(line)
        if out:
            parts.append(f"<p>{out}</p>")
    return "".join(parts)


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _restyle(widget: QWidget, name: str, value: str) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# --- one widget per question type -------------------------------------------------------------

class _OptionLabel(QLabel):
    """A word-wrapping option text that ticks its button when clicked."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("option")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        if self.isEnabled():
            self.clicked.emit()
        super().mousePressEvent(event)


class AnswerWidget(QWidget):
    """The answer part of a question page. ``response()`` is the JSON value the store keeps."""

    changed = Signal()
    #: True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.
    instant = True

    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.order = order

    def response(self) -> Any:
        raise NotImplementedError

    def set_response(self, value: Any) -> None:
        raise NotImplementedError

    def answered(self) -> bool:
        return self.response() is not None

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def show_marks(self, show: bool) -> None:
        """Colour right and wrong choices after a check (choice questions only)."""


class _ChoiceAnswer(AnswerWidget):
    multiple = False

    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[int, QRadioButton | QCheckBox] = {}
        self.labels: dict[int, _OptionLabel] = {}
        for row, index in enumerate(order):
            option = question.options[index]
            button = QCheckBox() if self.multiple else QRadioButton()
            button.setObjectName(f"option-{index}")
            button.setAccessibleName(option.text)
            label = _OptionLabel(option.text)
            label.clicked.connect(button.click)
            self.group.addButton(button, index)
            self.buttons[index] = button
            self.labels[index] = label
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked)
        for label in self.labels.values():
            label.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.PointingHandCursor)
        self._locked = locked

    def show_marks(self, show: bool) -> None:
        chosen = set(self._chosen())
        for index, label in self.labels.items():
            weight = self.question.options[index].weight
            mark = ""
            if show and weight > 0:
                mark = "right"
            elif show and index in chosen:
                mark = "wrong"
            _restyle(label, "mark", mark)

    def _chosen(self) -> list[int]:
        return [i for i, b in self.buttons.items() if b.isChecked()]


class SingleAnswer(_ChoiceAnswer):
    def response(self) -> Any:
        chosen = self.group.checkedId()
        return chosen if chosen >= 0 else None

    def set_response(self, value: Any) -> None:
        self.group.setExclusive(False)
        for index, button in self.buttons.items():
            button.setChecked(index == value)
        self.group.setExclusive(True)


class MultipleAnswer(_ChoiceAnswer):
    multiple = True

    def response(self) -> Any:
        chosen = sorted(self._chosen())
        return chosen or None

    def set_response(self, value: Any) -> None:
        wanted = set(value) if isinstance(value, list) else set()
        for index, button in self.buttons.items():
            button.setChecked(index in wanted)


class TrueFalseAnswer(AnswerWidget):
    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.true_button = QRadioButton(self.tr("True"))
        self.true_button.setObjectName("answerTrue")
        self.false_button = QRadioButton(self.tr("False"))
        self.false_button.setObjectName("answerFalse")
        self.group = QButtonGroup(self)
        for button in (self.true_button, self.false_button):
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())

    def response(self) -> Any:
        if self.true_button.isChecked():
            return True
        if self.false_button.isChecked():
            return False
        return None

    def set_response(self, value: Any) -> None:
        self.group.setExclusive(False)
        self.true_button.setChecked(value is True)
        self.false_button.setChecked(value is False)
        self.group.setExclusive(True)


class TextAnswer(AnswerWidget):
    """Short answer and numerical: one line."""

    instant = False

    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("numberAnswer" if question.type == "numerical" else "shortAnswer")
        if question.type == "numerical":
            self.edit.setPlaceholderText(self.tr("A number, e.g. 12.5"))
            self.edit.setMaximumWidth(220)
        else:
            self.edit.setPlaceholderText(self.tr("Your answer"))
        self.edit.setAccessibleName(self.tr("Answer"))
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        layout.addWidget(self.edit, 1 if question.type != "numerical" else 0)
        if question.type == "numerical":
            layout.addStretch(1)

    def response(self) -> Any:
        return self.edit.text().strip() or None

    def set_response(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def valid(self) -> bool:
        if self.question.type != "numerical":
            return True
        try:
            float(self.edit.text().strip().replace(",", "."))
        except ValueError:
            return False
        return True


class EssayAnswer(AnswerWidget):
    instant = False

    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("essayAnswer")
        self.edit.setAccessibleName(self.tr("Answer"))
        self.edit.setMinimumHeight(220)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.changed.emit)
        layout.addWidget(self.edit)

    def response(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_response(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)


class MatchingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        choices = question.right_choices()
        self.combos: list[QComboBox] = []
        self.marks: list[QLabel] = []
        for row, (left, _right) in enumerate(question.pairs):
            label = QLabel(left)
            label.setWordWrap(True)
            label.setObjectName("option")
            combo = QComboBox()
            combo.setObjectName(f"match-{row}")
            combo.setAccessibleName(left)
            combo.addItem(self.tr("Choose…"), None)
            for index in order:
                combo.addItem(choices[index], choices[index])
                combo.setItemData(combo.count() - 1, choices[index], Qt.ItemDataRole.ToolTipRole)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            combo.view().setMinimumWidth(min(900, max(400, max((len(c) for c in choices), default=0) * 8)))
            combo.activated.connect(self._activated)
            mark = QLabel("")
            mark.setMinimumWidth(18)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(QLabel("→"), row, 1)
            grid.addWidget(combo, row, 2)
            grid.addWidget(mark, row, 3)
            self.combos.append(combo)
            self.marks.append(mark)

    def _activated(self, _index: int) -> None:
        for combo in self.combos:
            combo.setToolTip(combo.currentText() if combo.currentIndex() > 0 else "")
        self.changed.emit()

    def response(self) -> Any:
        values = [combo.currentData() for combo in self.combos]
        return values if any(v is not None for v in values) else None

    def set_response(self, value: Any) -> None:
        values = value if isinstance(value, list) else []
        for row, combo in enumerate(self.combos):
            wanted = values[row] if row < len(values) else None
            found = combo.findData(wanted) if wanted is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.setToolTip(combo.currentText() if combo.currentIndex() > 0 else "")

    def set_locked(self, locked: bool) -> None:
        for combo in self.combos:
            combo.setEnabled(not locked)

    def show_marks(self, show: bool) -> None:
        for row, (combo, mark) in enumerate(zip(self.combos, self.marks)):
            right = combo.currentData() == self.question.pairs[row][1]
            mark.setText(("✓" if right else "✗") if show else "")
            mark.setStyleSheet("color: #2e7d32;" if right else "color: #b71c1c;")


class OrderingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        self.touched = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("orderingList")
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        for index in order:
            item = QListWidgetItem(question.items[index])
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        self._number()
        self.list.setCurrentRow(0)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setObjectName("moveUp")
        self.down = QPushButton(self.tr("Move &down"))
        self.down.setObjectName("moveDown")
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the items (no empty space below them), at most 460 px."""
        rows = sum(max(self.list.sizeHintForRow(row), 20) for row in range(self.list.count()))
        self.list.setFixedHeight(min(460, rows + 2 * self.list.frameWidth() + 6))

    def move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._moved()

    def _moved(self, *_args: Any) -> None:
        self.touched = True
        self._number()
        self.changed.emit()

    def _number(self) -> None:
        """Show each item's place: "1. …", "2. …" (renumbered after every move)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(f"{row + 1}.  {self.question.items[int(item.data(Qt.ItemDataRole.UserRole))]}")

    def current(self) -> list[int]:
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def response(self) -> Any:
        return self.current()

    def answered(self) -> bool:
        return self.touched

    def set_response(self, value: Any) -> None:
        if not isinstance(value, list) or sorted(value) != sorted(self.current()):
            return
        items = {int(self.list.item(row).data(Qt.ItemDataRole.UserRole)): row for row in range(self.list.count())}
        taken = {index: self.list.item(row) for index, row in items.items()}
        while self.list.count():
            self.list.takeItem(0)
        for index in value:
            self.list.addItem(taken[index])
        self._number()
        self.touched = True

    def set_locked(self, locked: bool) -> None:
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if locked
                                  else QAbstractItemView.DragDropMode.InternalMove)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)


ANSWER_WIDGETS: dict[str, type[AnswerWidget]] = {
    "single": SingleAnswer, "multiple": MultipleAnswer, "truefalse": TrueFalseAnswer, "short": TextAnswer,
    "numerical": TextAnswer, "matching": MatchingAnswer, "ordering": OrderingAnswer, "essay": EssayAnswer,
}


class QuestionPage(QWidget):
    """One question: its text, how to answer, the answer widget and (practice) the feedback."""

    read_section = Signal(str, str)

    def __init__(self, question: Question | None, order: list[int], number: int, total: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.feedback: Feedback | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Question %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
        heading.setObjectName("questionNumber")
        layout.addWidget(heading)
        self.answer: AnswerWidget | None = None
        if question is None:
            gone = QLabel(self.tr("This question is no longer in the question bank. It does not count."))
            gone.setObjectName("quizNote")
            gone.setWordWrap(True)
            layout.addWidget(gone)
            layout.addStretch(1)
            return
        text = QLabel(prose_html(question.text))
        text.setObjectName("questionText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        hint = QLabel(self._hint(question))
        hint.setObjectName("questionHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.answer = ANSWER_WIDGETS.get(question.type, EssayAnswer)(question, order)
        layout.addWidget(self.answer)

        self.feedback_box = QFrame()
        self.feedback_box.setObjectName("feedbackBox")
        box = QVBoxLayout(self.feedback_box)
        box.setContentsMargins(14, 10, 14, 10)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.feedback_label)
        row = QHBoxLayout()
        self.read_button = QPushButton()
        self.read_button.setObjectName("readSection")
        self.read_button.clicked.connect(self._read)
        row.addWidget(self.read_button)
        row.addStretch(1)
        box.addLayout(row)
        self.feedback_box.hide()
        layout.addWidget(self.feedback_box)
        layout.addStretch(1)

    def _hint(self, question: Question) -> str:
        return {
            "single": self.tr("Choose one answer."),
            "multiple": self.tr("Choose every answer that applies."),
            "truefalse": self.tr("True or false?"),
            "short": self.tr("Type a short answer."),
            "numerical": self.tr("Type a number."),
            "matching": self.tr("Choose the matching item for each line."),
            "ordering": self.tr("Put the items in the right order: drag them, or select one and use Move up / Move down."),
            "essay": self.tr("Write your answer. A trainer will grade it."),
        }.get(question.type, "")

    def show_feedback(self, feedback: Feedback) -> None:
        self.feedback = feedback
        result = feedback.grade
        if result.pending:
            state, verdict = "partial", self.tr("Saved. A trainer will grade this answer.")
        elif result.correct:
            state, verdict = "right", self.tr("Correct.")
        elif result.fraction and result.fraction > 0:
            state, verdict = "partial", self.tr("Partly correct: %1 % of the mark.").replace(
                "%1", f"{result.fraction * 100:.0f}")
        else:
            state, verdict = "wrong", self.tr("Not correct.")
        colour = {"right": "#2e7d32", "partial": "#a15c00", "wrong": "#b71c1c"}[state]
        parts = [f'<p style="color:{colour}; font-size:13pt"><b>{html.escape(verdict)}</b></p>']
        parts += [prose_html(note) for note in feedback.notes]
        if not result.correct and not result.pending and feedback.right_answer:
            parts.append(f"<p><b>{html.escape(self.tr('The right answer:'))}</b> "
                         f"{html.escape(feedback.right_answer)}</p>")
        if feedback.explanation:
            parts.append(f"<p><b>{html.escape(self.tr('Why:'))}</b></p>" + prose_html(feedback.explanation))
        if feedback.section_title:
            parts.append(f"<p style='color:#546e7a'>{html.escape(self.tr('This question tests the section'))} "
                         f"<i>{html.escape(feedback.section_title)}</i>.</p>")
        self.feedback_label.setText("".join(parts))
        self.read_button.setText(self.tr("Read the section"))
        self.read_button.setVisible(bool(feedback.section_id))
        _restyle(self.feedback_box, "state", state)
        self.feedback_box.show()
        if self.answer is not None:
            self.answer.set_locked(True)
            self.answer.show_marks(True)

    def clear_feedback(self) -> None:
        self.feedback = None
        if self.answer is not None:
            self.feedback_box.hide()
            self.answer.set_locked(False)
            self.answer.show_marks(False)

    def _read(self) -> None:
        if self.feedback is not None and self.feedback.section_id:
            self.read_section.emit(self.feedback.module_id, self.feedback.section_id)


# --- the window -------------------------------------------------------------------------------

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
        self.resize(980, 700)
        self._build()
        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_SAVE_MS)
        self.typing_timer.timeout.connect(lambda: self.save_current())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        if attempt.deadline is not None and not self.practice:
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
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            _restyle(self.saved_label, "problem", "true")
            return False
        self.saved[number] = text
        self._saved_values[number] = response
        self.saved_label.setText(self.tr("Answer saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        _restyle(self.saved_label, "problem", "false")
        self._refresh_list()
        return True

    def _feedback(self, number: int, response: Any, result=None) -> Feedback:  # noqa: ANN001
        return self.service.feedback(self.attempt, number, response, result, self.tr("True"), self.tr("False"))

    def check(self) -> None:
        """Practice: save this answer and show the feedback."""
        page = self.pages.get(self.current)
        if not self.practice or page is None or page.answer is None or page.feedback is not None:
            return
        answer = page.answer
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
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
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
        left = self.remaining()
        if left is None or self.practice:
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
                "%1", str(exc)))
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
