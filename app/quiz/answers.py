"""One answer widget per question type. ``response()`` is the JSON value the store keeps."""

from __future__ import annotations

from typing import Any

from coursebook.quiz.model import Question

from app.qt import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QVBoxLayout, QWidget,
    Qt, Signal,
)
from app.quiz.text import restyle as _restyle


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
            # not by colour alone: a sign in front of the text, and words for a screen reader
            plain = label.property("plainText")
            if plain is None:
                plain = label.text()
                label.setProperty("plainText", plain)
            sign = {"right": "✓ ", "wrong": "✗ "}.get(mark, "")
            label.setText(sign + plain)
            label.setAccessibleDescription({"right": self.tr("right answer"), "wrong": self.tr("wrong answer")}
                                           .get(mark, ""))

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
        from app.language import content_labels

        words = content_labels(question.language)  # an answer option: the module's language
        self.true_button = QRadioButton(words["true"])
        self.true_button.setObjectName("answerTrue")
        self.false_button = QRadioButton(words["false"])
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
    """Short answer and numerical: one line.

    A number is read as the learner's interface language writes it (coursebook/numbers.py); when it
    could mean two numbers (``1,000`` in Slovenian), the page asks which one instead of guessing."""

    instant = False

    def __init__(self, question: Question, order: list[int], parent: QWidget | None = None):
        super().__init__(question, order, parent)
        from app.language import current

        self.locale = current()
        self._resolved: float | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.edit = QLineEdit()
        self.edit.setObjectName("numberAnswer" if question.type == "numerical" else "shortAnswer")
        if question.type == "numerical":
            self.edit.setPlaceholderText(self.tr("A number, e.g. 12.5"))
            self.edit.setMaximumWidth(220)
        else:
            self.edit.setPlaceholderText(self.tr("Your answer"))
        self.edit.setAccessibleName(self.tr("Answer"))
        self.edit.textEdited.connect(self._edited)
        layout.addWidget(self.edit, 1 if question.type != "numerical" else 0)
        self.ask = QWidget()
        self.ask.setObjectName("numberQuestion")
        ask_row = QHBoxLayout(self.ask)
        ask_row.setContentsMargins(0, 4, 0, 0)
        self.ask_label = QLabel()
        self.ask_label.setObjectName("quizNote")
        ask_row.addWidget(self.ask_label)
        self.choices: list[QPushButton] = []
        for _ in range(2):
            button = QPushButton()
            button.clicked.connect(lambda _=False, b=button: self._choose(b))
            ask_row.addWidget(button)
            self.choices.append(button)
        ask_row.addStretch(1)
        self.ask.hide()
        if question.type == "numerical":
            if question.unit:
                unit = QLabel(question.unit)
                unit.setObjectName("unit")
                layout.addWidget(unit)
            layout.addStretch(1)
            outer.addWidget(self.ask)

    def _reading(self):  # noqa: ANN202 - NumberReading
        from coursebook.numbers import parse_number

        return parse_number(self.edit.text(), self.locale, self.question.unit)

    def _edited(self, _text: str) -> None:
        self._resolved = None
        if self.question.type == "numerical":
            reading = self._reading()
            if reading.ambiguous:
                from coursebook.numbers import format_number

                self.ask_label.setText(self.tr("Which number do you mean?"))
                for button, value in zip(self.choices, reading.alternatives):
                    button.setText(format_number(value, self.locale))
                    button.setProperty("value", value)
                    button.setAccessibleName(self.tr("I mean %1").replace("%1", format_number(value, self.locale)))
                self.ask.show()
            else:
                self.ask.hide()
        self.changed.emit()

    def _choose(self, button: QPushButton) -> None:
        self._resolved = float(button.property("value"))
        self.ask.hide()
        self.changed.emit()

    def needs_choice(self) -> bool:
        """A number that could mean two values, not yet chosen."""
        return self.question.type == "numerical" and self._resolved is None and self._reading().ambiguous

    def response(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.question.type != "numerical":
            return text
        if self._resolved is not None:
            return self._resolved
        reading = self._reading()
        if reading.ambiguous:
            return None  # asked on the page; nothing is saved until the learner chooses
        return reading.value if reading.value is not None else text

    def set_response(self, value: Any) -> None:
        if self.question.type == "numerical" and isinstance(value, (int, float)) and not isinstance(value, bool):
            from coursebook.numbers import format_number

            self.edit.setText(format_number(float(value), self.locale))
            self._resolved = float(value)
        else:
            self.edit.setText("" if value is None else str(value))
            self._resolved = None

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)
        for button in self.choices:
            button.setEnabled(not locked)

    def valid(self) -> bool:
        """False for text that is no number at all (a question asked back is valid)."""
        if self.question.type != "numerical" or self._resolved is not None:
            return True
        reading = self._reading()
        return reading.error is None


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
            mark.setAccessibleName((self.tr("right") if right else self.tr("wrong")) if show else "")
            _restyle(mark, "mark", ("right" if right else "wrong") if show else "")


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


