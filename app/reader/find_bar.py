"""Find in the open section (Ctrl+F): accents and case optional, every match marked, Enter next."""

from __future__ import annotations

from app.qt import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget, Signal


class FindBar(QWidget):
    """A bar above the text; the module view does the marking (see ``ModuleView.find_in_page``)."""

    find = Signal(str, int)  # query, step (+1 next, -1 previous, 0 from the top)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel(self.tr("Find in this section:")))
        self.edit = QLineEdit()
        self.edit.setObjectName("findInSection")
        self.edit.setPlaceholderText(self.tr("word or beginning of a word; accents optional"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda text: self.find.emit(text, 0))
        self.edit.returnPressed.connect(lambda: self.find.emit(self.edit.text(), 1))
        row.addWidget(self.edit, 1)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        row.addWidget(self.count)
        previous = QPushButton(self.tr("Previous"))
        previous.clicked.connect(lambda: self.find.emit(self.edit.text(), -1))
        following = QPushButton(self.tr("Next"))
        following.clicked.connect(lambda: self.find.emit(self.edit.text(), 1))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close_bar)
        for button in (previous, following, close):
            button.setAutoDefault(False)
            row.addWidget(button)

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        from app.qt import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def show_count(self, current: int, total: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("not found"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total)))
