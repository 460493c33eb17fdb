"""A new learner profile: a name (any Unicode) and an optional PIN."""

from __future__ import annotations

from coursebook.classroom import profiles
from coursebook.store import Profile, Store

from app.i18n import tr_core
from app.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class NewLearnerDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newLearner")
        self.setWindowTitle(self.tr("New learner"))
        self.store = store
        self.profile: Profile | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("learnerName")
        form.addRow(self.tr("&Name:"), self.name)
        self.pin = QLineEdit()
        self.pin.setObjectName("learnerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("optional, 4 to 12 digits"))
        form.addRow(self.tr("&PIN:"), self.pin)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def create(self) -> None:
        try:
            self.profile = profiles.add_learner(self.store, self.name.text(), self.pin.text().strip())
        except profiles.ProfileError as exc:
            self.error.setText(tr_core(exc))
            return
        self.accept()
