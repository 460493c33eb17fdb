"""Draws a slide so that it fills the space: the largest type at which the slide's text fits.

The audience window and the console's previews share one :class:`SlideRenderer`: a slide is laid
out once at the audience window's size; a preview paints that same layout scaled down, so what the
trainer sees is what the class sees, and stepping to the next slide lays out only the new one.
"""

from __future__ import annotations

from collections import OrderedDict

from coursebook.resources import asset

from app.qt import QColor, QPainter, QRectF, QSize, QTextDocument, QWidget

MARGIN = 0.045          # of the slide's width, on every side
LARGEST = 1 / 13        # base type at most this share of the slide's height
SMALLEST = 1 / 60       # and at least this share (a very long slide may then be cut)


class SlideRenderer:
    """Fitted QTextDocuments, kept for the last few slides and sizes."""

    def __init__(self, capacity: int = 8):
        self.style = asset("styles", "slides.css").read_text(encoding="utf-8")
        self.capacity = capacity
        self._docs: OrderedDict[tuple[str, int, int], QTextDocument] = OrderedDict()

    def document(self, html: str, size: QSize) -> QTextDocument:
        key = (html, size.width(), size.height())
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = self._fit(html, size.width(), size.height())
        self._docs[key] = doc
        while len(self._docs) > self.capacity:
            self._docs.popitem(last=False)
        return doc

    def _fit(self, html: str, width: int, height: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(self.style)
        doc.setDocumentMargin(0)
        doc.setUndoRedoEnabled(False)
        margin = round(width * MARGIN)
        inner_w, inner_h = max(100, width - 2 * margin), max(60, height - 2 * margin)
        doc.setTextWidth(inner_w)
        doc.setHtml(html)
        font = doc.defaultFont()
        low, high = max(8, round(height * SMALLEST)), max(10, round(height * LARGEST))
        best = low
        while low <= high:  # binary search on the pixel size of the base type
            middle = (low + high) // 2
            font.setPixelSize(middle)
            doc.setDefaultFont(font)
            if doc.size().height() <= inner_h and doc.idealWidth() <= inner_w + 1:
                best, low = middle, middle + 1
            else:
                high = middle - 1
        font.setPixelSize(best)
        doc.setDefaultFont(font)
        doc.setProperty("margin", margin)
        return doc


class SlideView(QWidget):
    """Shows one slide (or a blank black or white screen).

    ``reference`` is the size the slide is laid out at (the audience window's); the view paints it
    scaled to its own size. Without a reference the view lays out at its own size."""

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.html = ""
        self.blank: str | None = None  # None, "black" or "white"
        self.flash = False
        self.reference: QSize | None = None
        self.setMinimumSize(160, 90)

    def show_html(self, html: str, blank: str | None = None) -> None:
        self.html, self.blank = html, blank
        self.update()

    def layout_size(self) -> QSize:
        return self.reference if self.reference is not None and self.reference.width() > 0 else self.size()

    def document(self) -> QTextDocument:
        return self.renderer.document(self.html, self.layout_size())

    def text(self) -> str:
        """What the slide shows, as plain text (empty when blanked)."""
        return "" if self.blank else self.document().toPlainText()

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        colour = {"black": QColor("#000000"), "white": QColor("#ffffff")}.get(
            self.blank or "", QColor("#fff3c4") if self.flash else QColor("#ffffff"))
        painter.fillRect(self.rect(), colour)
        if not self.blank and self.html:
            ref = self.layout_size()
            doc = self.renderer.document(self.html, ref)
            scale = min(self.width() / ref.width(), self.height() / ref.height())
            if scale < 1:  # a preview: the slide's frame, centred
                left = (self.width() - ref.width() * scale) / 2
                top = (self.height() - ref.height() * scale) / 2
                painter.fillRect(self.rect(), QColor("#cfd8dc"))
                painter.fillRect(QRectF(left, top, ref.width() * scale, ref.height() * scale),
                                 colour)
                painter.translate(left, top)
            painter.scale(scale, scale)
            margin = doc.property("margin") or 0
            painter.translate(margin, margin)
            doc.drawContents(painter, QRectF(0, 0, ref.width() - 2 * margin, ref.height() - 2 * margin))
        painter.end()
