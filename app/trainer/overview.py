"""The slide overview: every slide by number and title; Enter or a double click goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.trainer.presenter import Presenter


class SlideOverview(QDialog):
    def __init__(self, presenter: "Presenter", parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(self.tr("Slides"))
        self.list = QListWidget()
        self.list.setObjectName("slideList")
        self.list.setAccessibleName(self.tr("Slides"))
        for slide in presenter.slides:
            QListWidgetItem(f"{slide.number}. {slide.title}", self.list)
        self.list.setCurrentRow(presenter.index)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        if parent is not None:
            area = parent.size()
            self.resize(min(640, area.width() - 40), min(620, area.height() - 40))

    def accept(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.presenter.go(row)
        super().accept()
