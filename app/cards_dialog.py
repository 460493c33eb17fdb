"""Quick-reference cards: one click from the library, printable one card per page, in each language
the module has them in (``cards.md`` and its declared translations ``cards.<lang>.md``)."""

from __future__ import annotations

from coursebook.model import CardSet
from coursebook.render import reader_style
from coursebook.trainer.handouts import cards_html  # one builder for the dialog and the handouts

from app import screen
from app.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QTextDocument,
    QVBoxLayout, QWidget,
)


class CardsDialog(QDialog):
    """The cards of one module; a language box switches between the original and its translations."""

    def __init__(self, cards: CardSet, parent: QWidget | None = None,
                 translations: dict[str, CardSet] | None = None):
        super().__init__(parent)
        self.sets: dict[str, CardSet] = {cards.language or "": cards, **(translations or {})}
        self.cards = cards
        self.setWindowTitle(cards.title)
        screen.fit(self, 760, 820)  # never larger than the screen
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.language_label = QLabel(self.tr("Language of the cards:"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the cards"))
        names = self._language_names()
        for code, card_set in self.sets.items():
            name = names.get(code, code)
            label = name if not card_set.translation_of else self.tr("{language} (translation)").format(language=name)
            self.language_box.addItem(label, code)
        self.language_label.setBuddy(self.language_box)
        row.addWidget(self.language_label)
        row.addWidget(self.language_box, 1)
        layout.addLayout(row)
        self.language_label.setVisible(len(self.sets) > 1)
        self.language_box.setVisible(len(self.sets) > 1)
        self.view = QTextBrowser()
        self.view.setObjectName("cards")
        self.view.setAccessibleName(self.tr("Indicator cards"))
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(reader_style())
        self.view.document().setDocumentMargin(18)
        self.view.setHtml(cards_html(cards))
        layout.addWidget(self.view)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_cards)
        self.pdf_button.clicked.connect(self.save_pdf)
        layout.addWidget(buttons)

    def _language_names(self) -> dict[str, str]:
        return {"cs": self.tr("Czech"), "sk": self.tr("Slovak"), "sl": self.tr("Slovenian"),
                "en": self.tr("English")}

    def choose_language(self, code: str) -> None:
        """Show the cards in ``code`` (a language the module has cards in)."""
        index = self.language_box.findData(code)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def _language_chosen(self, index: int) -> None:
        code = self.language_box.itemData(index)
        self.cards = self.sets[code]
        self.setWindowTitle(self.cards.title)
        self.view.setHtml(cards_html(self.cards))

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
