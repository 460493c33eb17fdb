"""My results: a learner's own submitted assessments (score, result, essays waiting, the trainer's
comments), each one to reopen question by question as far as its review options allow."""

from __future__ import annotations

from datetime import datetime

from coursebook.quiz.attempts import ASSESSMENT

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
                                   self.tr("Result"), self.tr("Trainer's comments")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = self.service.store.conn.execute(
            "SELECT id FROM attempts WHERE profile_id = ? AND mode = ? AND finished IS NOT NULL ORDER BY finished",
            (profile_id, ASSESSMENT)).fetchall()
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
            item = QTreeWidgetItem([attempt.title, finished, f"{result.percent:.1f}", verdict,
                                    str(comments) if comments else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, attempt.id)
            self.list.addTopLevelItem(item)
        self.empty = QLabel(self.tr("You have not submitted an assessment yet."))
        self.empty.setVisible(not rows)
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
        layout.addWidget(buttons)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(len(rows) - 1))
        self.resize(760, 420)

    def open_current(self):  # noqa: ANN201
        item = self.list.currentItem()
        if item is None:
            return None
        return self.open_attempt(item.data(0, Qt.ItemDataRole.UserRole))
