"""Quick-reference cards: one click from the library, printable one card per page."""

from __future__ import annotations

from coursebook.model import CardSet
from coursebook.render import markdown_to_html, reader_style

from app.qt import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QTextBrowser, QTextDocument, QVBoxLayout, QWidget


def cards_html(cards: CardSet, page_breaks: bool = False) -> str:
    parts = [f"<h1>{cards.title}</h1>"]
    if cards.print_note:
        parts.append(f'<p class="hint">{cards.print_note}</p>')
    for index, card in enumerate(cards.cards):
        style = ' style="page-break-before: always"' if page_breaks and index else ""
        parts.append(f'<h2{style}><a name="{card.id}"></a>{card.title}</h2>{markdown_to_html(card.body)}')
    return "".join(parts)


class CardsDialog(QDialog):
    def __init__(self, cards: CardSet, parent: QWidget | None = None):
        super().__init__(parent)
        self.cards = cards
        self.setWindowTitle(cards.title)
        self.resize(760, 820)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setObjectName("cards")
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(reader_style())
        self.view.document().setDocumentMargin(18)
        self.view.setHtml(cards_html(cards))
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_cards)
        self.pdf_button.clicked.connect(self.save_pdf)
        layout.addWidget(buttons)

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(self.view.document().defaultStyleSheet())
        doc.setHtml(cards_html(self.cards, page_breaks=True))
        return doc

    def print_cards(self) -> None:
        from app.qt import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def write_pdf(self, path: str) -> None:
        from app.qt import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.document().print_(printer)

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save cards as PDF"), "cards.pdf", "PDF (*.pdf)")
        if path:
            self.write_pdf(path)
