"""Handouts to PDF or a printer with Qt's own printing (QPdfWriter / QPrinter + QTextDocument).

Fonts are embedded by Qt (subsets); the title, the creator and the language go into the PDF's
information dictionary and XMP metadata.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from coursebook.resources import asset
from coursebook.trainer.handouts import Handout

from app.qt import QMarginsF, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PAGES = {"A4": "A4", "Letter": "Letter"}
MARGIN_MM = 18.0
BASE_POINTS = 10.5


def page_size(name: str) -> QPageSize:
    if name not in PAGES:
        raise ValueError(f"page size {name!r}: use A4 or Letter")
    return QPageSize(getattr(QPageSize.PageSizeId, PAGES[name]))


def document(handout: Handout) -> QTextDocument:
    """The handout laid out for print (the printer paginates it)."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(asset("styles", "print.css").read_text(encoding="utf-8"))
    font = doc.defaultFont()
    font.setPointSizeF(BASE_POINTS)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, handout.title)
    doc.setHtml(handout.html)
    return doc


def _xmp(handout: Handout) -> bytes:
    title, language = escape(handout.title), escape(handout.language)
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmp:CreatorTool="Coursebook" pdf:Producer="Coursebook (Qt)">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>'
        '<dc:format>application/pdf</dc:format>'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode("utf-8")


def write_pdf(handout: Handout, path: str, page: str = "A4", landscape: bool = False) -> None:
    """Write the handout as a PDF file (A4 or Letter, portrait or landscape)."""
    writer = QPdfWriter(path)
    writer.setTitle(handout.title)
    writer.setCreator("Coursebook")
    writer.setDocumentXmpMetadata(_xmp(handout))
    writer.setResolution(300)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(page_size(page), orientation,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document(handout).print_(writer)
    del writer  # the file is finished when the writer is destroyed


def print_to(handout: Handout, printer) -> None:  # noqa: ANN001 - QPrinter
    printer.setDocName(handout.title)
    document(handout).print_(printer)
