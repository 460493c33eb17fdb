"""Handouts from the GUI: choose what and the paper, look at a print preview, print or save a PDF."""

from __future__ import annotations

from coursebook.model import Module
from coursebook.trainer.handouts import Handout

from app.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)
from app.session import Session


class HandoutDialog(QDialog):
    def __init__(self, session: Session, module: Module, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.module = session, module
        self.setWindowTitle(self.tr("Handouts — %1").replace("%1", module.meta.title))
        self.what = QComboBox()
        self.what.setObjectName("handoutWhat")
        self.what.addItem(self.tr("The module, for participants"), "module")
        if session.is_trainer:
            self.what.addItem(self.tr("The module with trainer notes"), "module-trainer")
            self.what.addItem(self.tr("Activity sheet for the trainer"), "activity")
        if module.activity is not None and module.activity.groups:
            self.what.addItem(self.tr("Role cards, one group per page"), "role-cards")
        if module.cards_path.exists():
            self.what.addItem(self.tr("Indicator cards, one per page"), "cards")
        self.page = QComboBox()
        self.page.setObjectName("handoutPage")
        self.page.addItem("A4", "A4")
        self.page.addItem("Letter", "Letter")
        form = QFormLayout()
        form.addRow(self.tr("Print:"), self.what)
        form.addRow(self.tr("Paper:"), self.page)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def handout(self) -> Handout | None:
        """The handout chosen, its labels in the module's language; None (and why, in the status line) when
        the module cannot give it."""
        from coursebook.trainer.handouts import HandoutError, handout_of

        from app.i18n import tr_core
        from app.language import content_labels

        kind = self.what.currentData()
        what, audience = ("module", "trainer") if kind == "module-trainer" else (kind, "learner")
        try:
            return handout_of(self.module, what, content_labels(self.module.meta.language), audience)
        except HandoutError as exc:
            self.status.setText(tr_core(exc))
            return None

    def printer(self):  # noqa: ANN201 - QPrinter
        from app.qt import QPageLayout, QPrinter
        from app.trainer.printing import page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.page.currentData()))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        return printer

    def preview(self) -> None:
        from app.qt import QPrintPreviewDialog
        from app.trainer.printing import print_to

        handout = self.handout()
        if handout is None:
            return
        self._printer = self.printer()  # the dialog keeps a pointer: the printer must outlive it
        self.preview_dialog = QPrintPreviewDialog(self._printer, self)
        self.preview_dialog.paintRequested.connect(lambda printer: print_to(handout, printer))
        area = self.screen().availableGeometry()
        self.preview_dialog.resize(min(1000, area.width() - 40), min(760, area.height() - 60))
        self.preview_dialog.open()

    def write(self, path: str) -> None:
        from app.trainer.printing import write_pdf

        handout = self.handout()
        if handout is None:
            return
        write_pdf(handout, path, self.page.currentData())
        self.status.setText(self.tr("Saved: %1").replace("%1", path))

    def save_pdf(self) -> None:
        name = f"{self.module.id}-{self.what.currentData()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save handout as PDF"), name, "PDF (*.pdf)")
        if path:
            self.write(path)
