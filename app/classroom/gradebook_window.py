"""The trainer's gradebook window: learners × assessments, the attempts of one, one attempt question by
question, and correcting an essay mark (the core records every change)."""

from __future__ import annotations

import json

from coursebook.classroom import gradebook
from coursebook.classroom.errors import ClassroomError
from coursebook.quiz.review import response_text

from app.classroom.gradebook_printing import GradebookPrinting
from app.i18n import iso_date_time_text, number_text, tr_core
from app.language import truth_words
from app.qt import (
    QCoreApplication, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, Qt,
)


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree




class GradebookWindow(GradebookPrinting, QDialog):
    def __init__(self, store, actor, question, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("gradebookWindow")
        self.setWindowTitle(self.tr("Gradebook"))
        self.store, self.actor, self.question = store, actor, question
        self.cells = _tree("gradebookCells", [self.tr("Learner"), self.tr("Assessment"), self.tr("Grade (%)"),
                                              self.tr("Result"), self.tr("Time (minutes)"), self.tr("Attempts used"),
                                              self.tr("Essays waiting")])
        self.attempts = _tree("gradebookAttempts", [self.tr("Attempt"), self.tr("Submitted"), self.tr("Score (%)"),
                                                    self.tr("Essays waiting")])
        self.answers = _tree("gradebookAnswers", [self.tr("Question"), self.tr("Answer"), self.tr("Score (%)"),
                                                  self.tr("Trainer's comment")])
        self.answers.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.answers.setColumnWidth(0, 320)
        self.answers.setColumnWidth(1, 200)
        self.answers.setColumnWidth(2, 70)
        self.answers.setWordWrap(True)
        self.mark = QSpinBox()
        self.mark.setObjectName("essayMark")
        self.mark.setRange(0, 100)
        self.mark.setSuffix(" %")
        self.comment = QLineEdit()
        self.comment.setObjectName("essayComment")
        self.comment.setPlaceholderText(self.tr("Comment for the learner"))
        self.save = QPushButton(self.tr("Save mark"))
        self.save.setObjectName("saveEssayMark")
        self.save.setEnabled(False)
        marking = QHBoxLayout()
        marking.addWidget(QLabel(self.tr("Essay mark:")))
        marking.addWidget(self.mark)
        marking.addWidget(self.comment, 1)
        marking.addWidget(self.save)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.attempts)
        lower.addWidget(self.answers)
        lower.setSizes([300, 700])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.cells)
        split.addWidget(lower)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_csv = buttons.addButton(self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_csv.setObjectName("exportGradebookCsv")
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_xlsx = buttons.addButton(self.tr("Export Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_xlsx.setObjectName("exportGradebookXlsx")
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self._add_printing(buttons)  # Export PDF…, Certificate…
        self.return_button = buttons.addButton(self.tr("Return marks…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.return_button.setObjectName("returnMarks")
        self.return_button.clicked.connect(lambda: self.return_marks())
        for widget, name in ((self.cells, self.tr("Learners and assessments")), (self.attempts, self.tr("Attempts")),
                             (self.answers, self.tr("Answers of the chosen attempt")),
                             (self.mark, self.tr("Essay mark")), (self.comment, self.tr("Comment for the learner"))):
            widget.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(marking)
        layout.addWidget(buttons)
        self.cells.currentItemChanged.connect(lambda *_: self._show_attempts())
        self.attempts.currentItemChanged.connect(lambda *_: self._show_answers())
        self.answers.currentItemChanged.connect(lambda *_: self._answer_chosen())
        self.save.clicked.connect(self.save_mark)
        self.resize(1000, 640)
        self.refresh()

    def refresh(self) -> None:
        current = self.cells.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.cells.clear()
        verdicts = {True: self.tr("passed"), False: self.tr("failed"), None: ""}
        for cell in gradebook.gradebook(self.store, self.actor, self.question):
            item = QTreeWidgetItem([cell.learner, cell.title, number_text(cell.grade), verdicts[cell.passed],
                                    number_text(cell.minutes), str(cell.attempts), str(cell.pending)])
            item.setData(0, Qt.ItemDataRole.UserRole, (cell.learner_uuid, cell.quiz_id))
            self.cells.addTopLevelItem(item)
            if keep == (cell.learner_uuid, cell.quiz_id):
                self.cells.setCurrentItem(item)

    def _show_attempts(self) -> None:
        self.attempts.clear()
        item = self.cells.currentItem()
        if item is None:
            return
        learner, quiz_id = item.data(0, Qt.ItemDataRole.UserRole)
        for attempt in gradebook.attempts_of(self.store, self.actor, self.question, learner, quiz_id):
            row = QTreeWidgetItem([str(attempt.number), iso_date_time_text(attempt.finished),
                                   number_text(None if attempt.percent is None else round(attempt.percent, 1)),
                                   str(attempt.pending)])
            row.setData(0, Qt.ItemDataRole.UserRole, attempt.uuid)
            self.attempts.addTopLevelItem(row)
        if self.attempts.topLevelItemCount():
            self.attempts.setCurrentItem(self.attempts.topLevelItem(self.attempts.topLevelItemCount() - 1))

    def _show_answers(self) -> None:
        self.answers.clear()
        item = self.attempts.currentItem()
        if item is None:
            return
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        for answer in gradebook.attempt_answers(self.store, self.actor, uuid, self.question):
            question = self.question(answer.key)
            text = " ".join((question.text if question else answer.key).split())
            if question is not None:
                given = response_text(question, answer.response, *truth_words(question))
            else:
                given = json.dumps(answer.response, ensure_ascii=False)
            score = "" if answer.fraction is None else number_text(round(100 * answer.fraction, 2))
            if answer.essay and answer.fraction is None:
                score = self.tr("waiting")
            row = QTreeWidgetItem([text, given if answer.response is not None else "—", score, answer.comment])
            row.setData(0, Qt.ItemDataRole.UserRole, (uuid, answer.slot, answer.essay, answer.response is not None))
            self.answers.addTopLevelItem(row)

    def _answer_chosen(self) -> None:
        item = self.answers.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        self.save.setEnabled(bool(data and data[2] and data[3]))

    def ask_path(self, extension: str) -> str:
        """The file to write (tests replace this); proposed in the documents folder with today's date."""
        from datetime import date

        from app.qt import QFileDialog

        proposed = gradebook.default_export_path(extension, date.today().isoformat())
        pattern = self.tr("CSV (*.csv)") if extension == "csv" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export gradebook"), str(proposed), pattern)
        return path

    def export(self, extension: str) -> str:
        """Write the gradebook as CSV (in the interface language's convention) or .xlsx."""
        from coursebook.atomic import write_atomic

        from app.language import current

        path = self.ask_path(extension)
        if not path:
            return ""
        cells = gradebook.gradebook(self.store, self.actor, self.question)
        core = lambda text: QCoreApplication.translate("core", text)  # noqa: E731
        try:
            if extension == "csv":
                write_atomic(path, gradebook.to_csv(cells, current(), core))
            else:
                gradebook.to_xlsx(cells, path, core)
        except OSError as exc:
            self.setToolTip(tr_core(exc))
            return ""
        return path

    def save_mark(self) -> bool:
        item = self.answers.currentItem()
        if item is None:
            return False
        uuid, slot, essay, answered = item.data(0, Qt.ItemDataRole.UserRole)
        if not (essay and answered):
            return False
        try:
            gradebook.mark_essay(self.store, self.actor, uuid, slot, self.mark.value() / 100.0, self.comment.text())
        except ClassroomError as exc:
            self.setToolTip(tr_core(exc))
            return False
        self.refresh()
        return True

    # --- marks back to the learners' PCs ------------------------------------------------------
    def ask_folder(self) -> str:
        """The folder to write the marks files to (tests replace this): the USB stick."""
        from app.qt import QFileDialog

        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the marks files (e.g. the USB stick)"))

    def return_marks(self, folder: str | None = None) -> list:
        """One signed marks file per learner and PC, for *Classroom › Receive marks…* on the learner's PC."""
        from pathlib import Path

        from coursebook.classroom import marks_file

        folder = folder or self.ask_folder()
        if not folder:
            return []
        title = self.tr("Return marks")
        try:
            written = marks_file.write_returns(self.store, self.actor, self.question, Path(folder))
        except ClassroomError as exc:
            self.inform(title, tr_core(exc))
            return []
        self.inform(title, self.tr("%n marks file(s) written to %1. Each learner receives theirs with Classroom › "
                                   "Receive marks….", "", len(written)).replace("%1", folder))
        return written
