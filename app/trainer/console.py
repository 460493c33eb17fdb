"""The presenter console: current and next slide, trainer notes, elapsed time, the clock and the
activity runner. On the laptop; never on the projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import (
    QCloseEvent, QGuiApplication, QHBoxLayout, QInputDialog, QKeyEvent, QLabel, QPushButton, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget, Qt,
)
from app.trainer.slide_view import SlideView
from coursebook.trainer.runner import clock_text

if TYPE_CHECKING:
    from app.trainer.presenter import Presenter


class ConsoleWindow(QWidget):
    def __init__(self, presenter: "Presenter"):
        super().__init__(None, Qt.WindowType.Window)
        self.presenter = presenter
        self.setObjectName("presenterConsole")
        self.setWindowTitle(self.tr("Presenter console — %1").replace("%1", presenter.module.meta.title))
        self.setMinimumSize(800, 560)

        top = QHBoxLayout()
        self.position = QLabel()
        self.position.setObjectName("slidePosition")
        self.elapsed = QLabel()
        self.elapsed.setObjectName("elapsed")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        for label in (self.position, self.elapsed, self.clock):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            label.setFont(font)
            top.addWidget(label)
            top.addSpacing(18)
        top.addStretch(1)
        actions = QHBoxLayout()  # a row of its own: the console fits 1024 pixels at large text sizes
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("overview", self.tr("Overview (O)"), self.open_overview),
            ("goto", self.tr("Go to… (G)"), self.ask_slide_number),
            ("black", self.tr("Black (B)"), lambda: presenter.set_blank("black")),
            ("white", self.tr("White (W)"), lambda: presenter.set_blank("white")),
            ("swap", self.tr("Swap screens (S)"), presenter.swap_screens),
            ("end", self.tr("End (Esc)"), presenter.end),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the presenter
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[name] = button
        actions.addStretch(1)

        self.current = SlideView(presenter.renderer)
        self.current.setObjectName("currentSlide")
        self.current.setAccessibleName(self.tr("Current slide"))
        self.next = SlideView(presenter.renderer)
        self.next.setObjectName("nextSlide")
        self.next.setAccessibleName(self.tr("Next slide"))
        self.notes = QTextBrowser()
        self.notes.setObjectName("trainerNotes")
        self.notes.setAccessibleName(self.tr("Trainer notes"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        from app.appearance import current_theme, themed

        # the console follows the interface's theme; the projector's slides stay dark on white
        self.notes.document().setDefaultStyleSheet(themed(presenter.renderer.style, current_theme()))
        self.next_label = QLabel()
        self.next_label.setObjectName("nextLabel")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.current, 3)
        left_layout.addWidget(QLabel(self.tr("Notes")))
        left_layout.addWidget(self.notes, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.next_label)
        right_layout.addWidget(self.next, 2)
        self.runner_panel = None
        if presenter.runner is not None:
            from app.qt import QScrollArea
            from app.trainer.runner_panel import RunnerPanel

            self.runner_panel = RunnerPanel(presenter)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.runner_panel)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            right_layout.addWidget(scroll, 5)
        else:
            right_layout.addStretch(5)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        hint = QLabel(self.tr("PgDn/→ next · PgUp/← previous · number + Enter go to · B black · W white · T activity timer · S swap screens · F5 from the start · Shift+F5 from here · Esc end"))  # noqa: E501 - one literal for lupdate
        hint.setObjectName("keyHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self._notes = ""
        presenter.changed.connect(self.refresh)
        presenter.ticked.connect(self.refresh_clocks)
        self.refresh()

    # --- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.presenter
        reference = p.reference_size()
        self.current.reference = self.next.reference = reference
        self.current.show_html(p.audience_html(), p.blank)
        following = p.next_slide
        self.next.show_html(following.html if following else "", None if following else "black")
        self.next_label.setText(self.tr("Next: %1").replace("%1", following.title) if following
                                else self.tr("Next: end of the presentation"))
        notes = p.notes_html()
        if notes != self._notes:  # the countdown refreshes every second: keep the notes' scroll position
            self._notes = notes
            self.notes.setHtml(notes)
        self.refresh_clocks()

    def refresh_clocks(self) -> None:
        p = self.presenter
        state = ""
        if p.blank == "black":
            state = self.tr(" · black screen")
        elif p.blank == "white":
            state = self.tr(" · white screen")
        elif p.board:
            state = self.tr(" · activity on screen")
        self.position.setText(self.tr("Slide %1 of %2").replace("%1", str(p.index + 1))
                              .replace("%2", str(len(p.slides))) + state)
        self.elapsed.setText(self.tr("Elapsed %1").replace("%1", clock_text(p.elapsed())))
        self.clock.setText(p.wall().strftime("%H:%M"))
        if self.runner_panel is not None:
            self.runner_panel.refresh()

    def show_on(self, screen, windowed: bool = False) -> None:  # noqa: ANN001 - QScreen
        """Fill the laptop's screen; on a single screen, a window that fits it, over the slides."""
        self.setScreen(screen)
        area = screen.availableGeometry()
        if windowed:
            width, height = min(area.width(), 1280), min(area.height(), 800)
            self.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                             width, height)
            self.show()
        else:
            self.setGeometry(area)
            self.showMaximized()
        self.raise_()
        self.activateWindow()
        self.refresh()

    # --- dialogs --------------------------------------------------------------------------------
    def open_overview(self) -> None:
        from app.trainer.overview import SlideOverview

        self.overview = SlideOverview(self.presenter, self)
        self.overview.open()

    def ask_slide_number(self) -> None:
        p = self.presenter
        number, ok = QInputDialog.getInt(self, self.tr("Go to slide"), self.tr("Slide number:"), p.index + 1,
                                         1, len(p.slides))
        if ok:
            p.go(number - 1)

    # --- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.presenter.key(event.key(), event.modifiers()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.end()
        super().closeEvent(event)


__all__ = ["ConsoleWindow", "QGuiApplication"]
