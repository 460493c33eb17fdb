"""What the gradebook window prints: the PDF report (*Export PDF…*) and a passed learner's certificate
(*Certificate…*), with the same core and the same PDF code as ``coursebook gradebook --pdf`` and
``coursebook certificate issue``. A mixin of :class:`app.classroom.gradebook_window.GradebookWindow`."""

from __future__ import annotations

from pathlib import Path

from coursebook.classroom import certificate
from coursebook.classroom.errors import ClassroomError
from coursebook.classroom.gradebook import default_export_path

from app.i18n import tr_core
from app.qt import QCoreApplication, QDialogButtonBox, QObject, Qt


class GradebookPrinting:
    """Needs ``self.store``, ``self.actor``, ``self.question`` and the ``self.cells`` tree."""

    def _add_printing(self: QObject, buttons: QDialogButtonBox) -> None:
        self.export_pdf = buttons.addButton(self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_pdf.setObjectName("exportGradebookPdf")
        self.export_pdf.clicked.connect(lambda: self.save_report())
        self.certificate_button = buttons.addButton(self.tr("Certificate…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.certificate_button.setObjectName("saveCertificate")
        self.certificate_button.setToolTip(self.tr("Save the certificate of the chosen learner, who passed, as PDF"))
        self.certificate_button.clicked.connect(lambda: self.save_certificate())
        self.certificate_button.setEnabled(False)
        self.cells.currentItemChanged.connect(lambda *_: self._update_certificate())

    # --- prompts (tests replace these) ---------------------------------------------------------
    def ask_save(self: QObject, proposed: Path) -> str:
        from app.qt import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(proposed), self.tr("PDF (*.pdf)"))
        return path

    def inform(self: QObject, title: str, text: str) -> None:
        from app.qt import QMessageBox

        QMessageBox.information(self, title, text)

    # --- the report ----------------------------------------------------------------------------
    def save_report(self: QObject) -> str:
        """The gradebook report as an A4 PDF in the interface language, dated today."""
        from datetime import date

        from app.classroom.report_pdf import report, write_report
        from app.language import current

        today = date.today().isoformat()
        path = self.ask_save(default_export_path("pdf", today))
        if not path:
            return ""
        library = getattr(getattr(self.question, "__self__", None), "library", None)
        course = ", ".join(c.title for c in library.courses) if library is not None else ""
        try:
            write_report(report(self.store, self.actor, self.question, today, current(), course), path)
        except (ClassroomError, OSError) as exc:
            self.inform(self.tr("Export PDF"), self.tr("The file could not be written: %1").replace(
                "%1", tr_core(exc)))
            return ""
        return path

    # --- certificates ------------------------------------------------------------------------
    def _chosen_certificate(self: QObject) -> certificate.Certificate | None:
        item = self.cells.currentItem()
        if item is None:
            return None
        learner, quiz_id = item.data(0, Qt.ItemDataRole.UserRole)
        trainer = self.actor.profile.name if self.actor is not None else ""
        for issued in certificate.certificates(self.store, self.actor, self.question, trainer):
            if (issued.learner_uuid, issued.quiz_id) == (learner, quiz_id):
                return issued
        return None

    def _update_certificate(self: QObject) -> None:
        item = self.cells.currentItem()
        passed = QCoreApplication.translate("GradebookWindow", "passed")  # as the window writes it
        self.certificate_button.setEnabled(item is not None and item.text(3) == passed)

    def save_certificate(self: QObject) -> Path | None:
        """The chosen learner's certificate (they passed) as a one-page PDF; the code is shown."""
        from coursebook.atomic import write_atomic

        from app.classroom.certificate_pdf import write_certificate

        title = self.tr("Certificate")
        chosen = self._chosen_certificate()
        if chosen is None:
            self.inform(title, self.tr("Choose a learner who passed: only they get a certificate."))
            return None
        path = self.ask_save(certificate.default_path(chosen))
        if not path:
            return None
        import tempfile

        try:
            with tempfile.TemporaryDirectory(prefix="coursebook-certificate-") as folder:
                scratch = Path(folder) / "certificate.pdf"
                write_certificate(chosen, str(scratch))
                write_atomic(path, scratch.read_bytes())
        except OSError as exc:
            self.inform(title, self.tr("The file could not be written: %1").replace("%1", tr_core(exc)))
            return None
        self.inform(title, self.tr("The certificate was saved: %1\nVerification code: %2")
                    .replace("%1", path).replace("%2", chosen.code))
        return Path(path)
