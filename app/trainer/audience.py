"""The audience window: full screen on the projector; only what the class may see."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import QCloseEvent, QKeyEvent, QVBoxLayout, QWidget, Qt
from app.trainer.slide_view import SlideView

if TYPE_CHECKING:
    from app.trainer.presenter import Presenter


class AudienceWindow(QWidget):
    def __init__(self, presenter: "Presenter"):
        super().__init__(None, Qt.WindowType.Window)
        self.presenter = presenter
        self.setObjectName("audienceWindow")
        self.setWindowTitle(presenter.module.meta.title)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.view = SlideView(presenter.renderer, self)
        self.view.setAccessibleName(self.tr("Slide"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        presenter.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.view.show_html(self.presenter.audience_html(), self.presenter.blank)

    def show_on(self, screen) -> None:  # noqa: ANN001 - QScreen
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.presenter.key(event.key(), event.modifiers()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.end()
        super().closeEvent(event)
