"""My results: a learner's own submitted assessments (score, result, essays waiting, the trainer's
comments), each one to reopen question by question as far as its review options allow; and the marks the
trainer returned from the gradebook (received with *Classroom › Receive marks…*), marked as such."""

from __future__ import annotations

from datetime import datetime

from coursebook.classroom import marks_file
from coursebook.quiz.attempts import ASSESSMENT

from app.i18n import date_time_text
from app.i18n import number_text
from app.qt import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, Qt


class MyResults(QDialog):
    def __init__(self, service, profile_id: int, open_attempt, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("myResults")
        self.setWindowTitle(self.tr("My results"))
        self.service, self.open_attempt = service, open_attempt
        self.list = QTreeWidget()
        self.list.setObjectName("myResultsList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Assessment"), self.tr("Submitted"), self.tr("Score (%)"),
                                   self.tr("Result"), self.tr("Trainer's comments"), self.tr("From the trainer")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = self.service.store.conn.execute(
            "SELECT id FROM attempts WHERE profile_id = ? AND mode = ? AND finished IS NOT NULL ORDER BY finished",
            (profile_id, ASSESSMENT)).fetchall()
        #: The trainer's returned marks by attempt UUID.
        self.received = marks_file.received(self.service.store, profile_id)
        for (ident,) in rows:
            attempt = self.service.attempt(ident)
            result = self.service.result(attempt)
            if result.pending:
                verdict = self.tr("waiting for the trainer")
            elif result.passed is None:
                verdict = ""
            else:
                verdict = self.tr("passed") if result.passed else self.tr("failed")
            comments = sum(1 for v in (attempt.plan.get("grading") or {}).values() if (v or {}).get("comment"))
            finished = datetime.fromtimestamp(attempt.finished).strftime("%Y-%m-%d %H:%M")
            back = self.received.get(attempt.uuid)
            item = QTreeWidgetItem([attempt.title, finished, number_text(round(result.percent, 1)), verdict,
                                    str(comments) if comments else "", self.grade_text(back)])
            item.setData(0, Qt.ItemDataRole.UserRole, attempt.id)
            item.setData(1, Qt.ItemDataRole.UserRole, attempt.uuid)
            self.list.addTopLevelItem(item)
        self.empty = QLabel(self.tr("You have not submitted an assessment yet."))
        self.empty.setVisible(not rows)
        self.trainer = QLabel()
        self.trainer.setObjectName("trainerMarks")
        self.trainer.setWordWrap(True)
        self.trainer.setTextFormat(Qt.TextFormat.PlainText)
        self.list.currentItemChanged.connect(lambda *_: self.show_trainer_marks())
        self.open = QPushButton(self.tr("Open"))
        self.open.setObjectName("openMyResult")
        self.open.setEnabled(bool(rows))
        self.open.clicked.connect(self.open_current)
        self.list.itemActivated.connect(lambda *_: self.open_current())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.trainer)
        layout.addWidget(buttons)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(len(rows) - 1))
        self.show_trainer_marks()
        self.resize(860, 480)

    def grade_text(self, back) -> str:  # noqa: ANN001 - marks_file.Received | None
        """The trainer's grade for the list: the grade that counts and passed or failed."""
        if back is None:
            return ""
        if back.grade is None:
            return self.tr("essays waiting") if back.pending else ""
        grade = number_text(back.grade)
        if back.passed is None:
            return self.tr("%1 %").replace("%1", grade)
        return (self.tr("%1 %, passed") if back.passed else self.tr("%1 %, failed")).replace("%1", grade)

    def show_trainer_marks(self) -> None:
        """Below the list: the trainer's marks and comments for the chosen attempt, said to be the trainer's."""
        item = self.list.currentItem()
        back = self.received.get(item.data(1, Qt.ItemDataRole.UserRole)) if item is not None else None
        self.trainer.setVisible(back is not None)
        if back is None:
            self.trainer.clear()
            return
        when = date_time_text(_epoch(back.written))
        lines = [self.tr("From the trainer, %1 (%2):").replace("%1", when).replace("%2", back.trainer) if back.trainer
                 else self.tr("From the trainer, %1:").replace("%1", when)]
        if back.percent is not None:
            lines.append(self.tr("This attempt: %1 %").replace("%1", number_text(back.percent)))
        if back.grade is not None:
            lines.append(self.tr("Grade that counts: %1").replace("%1", self.grade_text(back)))
        elif back.pending:
            lines.append(self.tr("Essays still waiting for the trainer: %1").replace("%1", str(back.pending)))
        for slot, (fraction, comment, _by, _at) in sorted(back.comments.items()):
            mark = number_text(None if fraction is None else round(100 * fraction, 2))
            if comment:
                lines.append(self.tr("Question %1 (%2 %): %3").replace("%1", str(slot + 1)).replace("%2", mark)
                             .replace("%3", comment))
            else:
                lines.append(self.tr("Question %1: %2 %").replace("%1", str(slot + 1)).replace("%2", mark))
        self.trainer.setText("\n".join(lines))

    def open_current(self):  # noqa: ANN201
        item = self.list.currentItem()
        if item is None:
            return None
        return self.open_attempt(item.data(0, Qt.ItemDataRole.UserRole))


def _epoch(text: str) -> float:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return 0.0
