"""The trainer login: the passphrase, with the growing delay after 5 wrong tries shown as a countdown."""

from __future__ import annotations

import time
from collections.abc import Callable

from coursebook.classroom import auth, profiles
from coursebook.classroom.auth import Actor
from coursebook.store import Store

from app.i18n import tr_core
from app.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTimer, QVBoxLayout, QWidget,
)


class TrainerLogin(QDialog):
    """``actor`` is the trainer once the passphrase was right; the clock is injectable for tests."""

    def __init__(self, store: Store, parent: QWidget | None = None, clock: Callable[[], float] = time.time,
                 trainer_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("trainerLogin")
        self.setWindowTitle(self.tr("Log in as trainer"))
        self.store = store
        self.clock = clock
        self.actor: Actor | None = None
        self.trainers = profiles.trainers(store)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Trainer functions (assessments, results of all learners, grading, exam files) "
                               "need the trainer passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.who = QComboBox()
        self.who.setObjectName("trainerName")
        for trainer in self.trainers:
            self.who.addItem(trainer.name, trainer.id)
        if trainer_id is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(trainer_id)))
        form.addRow(self.tr("&Trainer:"), self.who)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.update_wait)
        if not self.trainers:
            self.message.setText(self.tr("This PC has no trainer profile yet. Add one with: "
                                         "coursebook profiles add NAME --trainer"))
            self.passphrase.setEnabled(False)
        self.update_wait()

    def ok_button(self):  # noqa: ANN201
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def update_wait(self) -> None:
        """While the delay runs, the OK button is off and the seconds left are shown."""
        wait = auth.wait_left(self.store, self.clock) if self.trainers else 0.0
        self.ok_button().setEnabled(bool(self.trainers) and wait <= 0)
        if wait > 0:
            self.message.setText(self.tr("Too many wrong tries. Wait %1 s and try again.").replace(
                "%1", str(int(wait + 0.999))))
            if not self.countdown.isActive():
                self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.message.setText("")

    def try_login(self) -> None:
        if not self.trainers:
            return
        trainer = self.trainers[max(0, self.who.currentIndex())]
        try:
            self.actor = auth.trainer_login(self.store, trainer, self.passphrase.text(), self.clock)
        except (auth.WrongPassphrase, auth.MustWait) as exc:
            self.passphrase.clear()
            self.message.setText(tr_core(exc))
            self.update_wait()
            return
        self.accept()
