"""*Classroom › Verify certificate…* (trainer): a certificate's code checked against this PC's gradebook,
with the answer of ``coursebook certificate verify`` (valid: who, what, score, date / not valid)."""

from __future__ import annotations

from coursebook.classroom import certificate
from coursebook.classroom.errors import ClassroomError

from app.i18n import tr_core
from app.i18n import number_text
from app.qt import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout


class VerifyCertificate(QDialog):
    def __init__(self, store, actor, question, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("verifyCertificate")
        self.setWindowTitle(self.tr("Verify certificate"))
        self.store, self.actor, self.question = store, actor, question
        self.code = QLineEdit()
        self.code.setObjectName("certificateCode")
        self.code.setPlaceholderText("ABCDE-FGHJK")
        label = QLabel(self.tr("&Verification code on the certificate:"))
        label.setBuddy(self.code)
        self.check = QPushButton(self.tr("&Check"))
        self.check.setObjectName("checkCertificate")
        self.check.setDefault(True)
        self.check.clicked.connect(lambda: self.verify())
        self.code.returnPressed.connect(lambda: self.verify())
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check)
        self.answer = QLabel()
        self.answer.setObjectName("certificateAnswer")
        self.answer.setWordWrap(True)
        self.answer.setMinimumWidth(360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def _show(self, text: str) -> None:
        """The answer, with the dialog grown (within the screen) until it shows it whole."""
        from app import screen

        self.answer.setText(text)
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)
            screen.clamp(self)

    def verify(self) -> certificate.Certificate | None:
        """Show whether the code belongs to a passed result in this gradebook; returns that certificate."""
        text = self.code.text().strip()
        if not text:
            self._show(self.tr("Type the code printed on the certificate."))
            return None
        try:
            found = certificate.verify(self.store, self.actor, self.question, text)
        except ClassroomError as exc:
            self._show(self.tr("Not valid.") + " " + tr_core(exc))
            return None
        self._show(self.tr("Valid: %1 passed “%2” with %3 % on %4.")
                            .replace("%1", found.learner).replace("%2", found.title)
                            .replace("%3", number_text(found.grade)).replace("%4", found.date))
        return found
