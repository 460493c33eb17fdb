"""Window sizes from the screen the window is on: never larger than its available area."""

from __future__ import annotations

from app.qt import QWidget

#: Share of the available area a window may take at most when it opens.
MAX_SHARE = 0.96


def available(widget: QWidget):  # noqa: ANN201 - QRect
    screen = widget.screen() if widget.screen() is not None else None
    if screen is None:
        from app.qt import QGuiApplication

        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, shrunk to the screen, and keep the window on the screen."""
    area = available(widget)
    w = min(width, int(area.width() * MAX_SHARE))
    h = min(height, int(area.height() * MAX_SHARE))
    widget.resize(w, h)
    clamp(widget)


def clamp(widget: QWidget) -> None:
    """Shrink and move a window (e.g. a geometry saved on a larger screen) onto the available area."""
    area = available(widget)
    frame = widget.frameGeometry()
    extra_w, extra_h = frame.width() - widget.width(), frame.height() - widget.height()
    w = min(widget.width(), area.width() - extra_w)
    h = min(widget.height(), area.height() - extra_h)
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)
    x = min(max(frame.x(), area.x()), area.right() - (w + extra_w) + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - (h + extra_h) + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


def make_scrollable(dialog: QWidget) -> None:
    """Put a built dialog's content in a scroll area, its button row below it: with large text the
    dialog still fits the screen and its buttons stay on screen."""
    from app.qt import QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout

    layout = dialog.layout()
    if layout is None:
        return
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())
               if isinstance(layout.itemAt(i).widget(), QDialogButtonBox)]
    for box in buttons:
        layout.removeWidget(box)
    margins = layout.contentsMargins()
    body = QWidget()
    body.setLayout(layout)  # moves the layout and its widgets from the dialog to the body
    scroll = QScrollArea()
    scroll.setObjectName("dialogScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(scroll, 1)
    for box in buttons:
        box.setContentsMargins(margins.left(), 0, margins.right(), 0)
        outer.addWidget(box)
