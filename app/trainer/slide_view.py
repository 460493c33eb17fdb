"""Draws a slide so that it fills the space: the largest type at which the slide's text fits.

The audience window and the console's previews share one :class:`SlideRenderer`: a slide is laid
out once at the audience window's size and drawn once into an image; a preview shows that image
scaled down, so what the trainer sees is what the class sees. The presenter prepares the slide
after the next one while the trainer talks, so a step only puts prepared images on the screens.
"""

from __future__ import annotations

from collections import OrderedDict

from coursebook.resources import asset

from app.qt import (
    QAbstractTextDocumentLayout, QColor, QImage, QPainter, QPalette, QRectF, QSize, QTextDocument, QWidget,
)

MARGIN = 0.045          # of the slide's width, on every side
LARGEST = 1 / 13        # base type at most this share of the slide's height
SMALLEST = 1 / 60       # and at least this share (a very long slide may then be cut)
#: Type sizes in pixels, about 8 % apart: slides share sizes, so glyphs drawn once are reused.
SIZES = sorted({round(8 * 1.08 ** step) for step in range(40)})


class SlideRenderer:
    """Fitted QTextDocuments, kept for the last few slides and sizes."""

    def __init__(self, capacity: int = 8, images: int = 16):
        self.style = asset("styles", "slides.css").read_text(encoding="utf-8")
        self.capacity = capacity
        self.image_capacity = images
        self._docs: OrderedDict[tuple[str, int, int], QTextDocument] = OrderedDict()
        self._images: OrderedDict[tuple[str, int, int, int, int], QImage] = OrderedDict()

    def image(self, html: str, size: QSize, target: QSize, ratio: float = 1.0) -> QImage:
        """The slide laid out at ``size``, drawn at ``target`` (the same, or a preview's size) in
        device pixels (``ratio``: the screen's device-pixel ratio, so type stays sharp)."""
        scale = min(target.width() / size.width(), target.height() / size.height(), 1.0)
        width, height = max(1, round(size.width() * scale * ratio)), max(1, round(size.height() * scale * ratio))
        key = (html, size.width(), size.height(), width, height)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        doc = self.document(html, size)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale * ratio, scale * ratio)
        margin = doc.property("margin") or 0
        painter.translate(margin, margin)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))  # dark on white in every theme
        context.clip = QRectF(0, 0, size.width() - 2 * margin, size.height() - 2 * margin)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.end()
        image.setDevicePixelRatio(ratio)
        self._images[key] = image
        while len(self._images) > self.image_capacity:
            self._images.popitem(last=False)
        return image

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
        smallest, largest = max(8, round(height * SMALLEST)), max(10, round(height * LARGEST))
        ladder = [size for size in SIZES if smallest <= size <= largest] or [smallest]
        low, high, best = 0, len(ladder) - 1, 0
        while low <= high:  # binary search on the ladder of type sizes
            middle = (low + high) // 2
            font.setPixelSize(ladder[middle])
            doc.setDefaultFont(font)
            if doc.size().height() <= inner_h and doc.idealWidth() <= inner_w + 1:
                best, low = middle, middle + 1
            else:
                high = middle - 1
        font.setPixelSize(ladder[best])
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
        if self.blank:
            painter.fillRect(self.rect(), QColor("#000000" if self.blank == "black" else "#ffffff"))
        elif self.html:
            ref = self.layout_size()
            image = self.renderer.image(self.html, ref, self.size(), self.devicePixelRatioF())
            ratio = image.devicePixelRatio()
            width, height = round(image.width() / ratio), round(image.height() / ratio)
            if width < self.width() or height < self.height():  # a preview: centred
                painter.fillRect(self.rect(), QColor("#cfd8dc"))
            left, top = (self.width() - width) // 2, (self.height() - height) // 2
            painter.drawImage(left, top, image)
            if self.flash:  # the end of a phase: the screen glows amber for a moment
                painter.fillRect(self.rect(), QColor(255, 193, 7, 70))
        else:
            painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.end()
