"""Who is at the PC: a list of the profiles and a "New learner" entry. A PIN or, for a trainer, the
passphrase is asked before the profile opens."""

from __future__ import annotations

import time
from collections.abc import Callable

from coursebook.classroom import closed_book, profiles
from coursebook.classroom.auth import Actor
from coursebook.store import Profile, Store

from app import screen
from app.qt import (
    QDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget, USER_ROLE,
)


def needs_picker(store: Store) -> bool:
    """Ask who is there when the PC has several profiles, or its one profile is protected."""
    found = profiles.list_profiles(store)
    return len(found) > 1 or any(i.has_pin or i.is_trainer for i in found)


class ProfilePicker(QDialog):
    """After ``exec()``: ``profile`` and ``actor`` (a trainer only after the passphrase)."""

    def __init__(self, store: Store, parent: QWidget | None = None, clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self.setObjectName("profilePicker")
        self.setWindowTitle(self.tr("Who is learning?"))
        self.store = store
        self.clock = clock
        self.profile: Profile | None = None
        self.actor: Actor | None = None
        #: Asks for a PIN; tests replace it. Returns None when cancelled.
        self.ask_pin = self._ask_pin
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Choose your profile"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        if closed_book.exam_in_progress(store, clock):
            note = QLabel(self.tr("An assessment is in progress on this PC: the course stays closed until it is "
                                  "submitted."))
            note.setObjectName("quizNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.itemActivated.connect(lambda _item: self.choose())
        layout.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New learner…"))
        self.new_button.setObjectName("newLearner")
        self.new_button.clicked.connect(self.new_learner)
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openProfile")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.choose)
        row.addWidget(self.open_button)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        layout.addLayout(row)
        screen.fit(self, 420, 420)  # never larger than the screen
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for info in profiles.list_profiles(self.store):
            label = info.profile.name
            if info.is_trainer:
                label += "  " + self.tr("(trainer)")
            elif info.has_pin:
                label += "  " + self.tr("(PIN)")
            item = QListWidgetItem(label)
            item.setData(USER_ROLE, info.profile.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).text().split("  ")[0] == name:
                self.list.setCurrentRow(row)
                return

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        profile = profiles.get(self.store, int(item.data(USER_ROLE)))
        if profile is None:
            return
        if profile.role == profiles.TRAINER:
            from app.classroom.trainer_login import TrainerLogin

            login = TrainerLogin(self.store, self, self.clock, profile.id)
            self.login = login
            if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
                return
            self.profile, self.actor = profile, login.actor
            self.accept()
            return
        if profiles.has_pin(self.store, profile.id):
            pin = self.ask_pin(profile.name)
            if pin is None:
                return
            if not profiles.pin_matches(self.store, profile.id, pin):
                self.message.setText(self.tr("The PIN is not right."))
                return
        self.profile, self.actor = profile, Actor(profile, False)
        self.accept()

    def new_learner(self) -> None:
        from app.classroom.new_learner_dialog import NewLearnerDialog

        dialog = NewLearnerDialog(self.store, self)
        self.new_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.profile is not None:
            self.refresh()
            self.select(dialog.profile.name)

    def _ask_pin(self, name: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("PIN"), self.tr("PIN of %1:").replace("%1", name),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None
