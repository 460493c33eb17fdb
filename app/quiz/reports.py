"""Reports for trainers: attempts per learner, the difficult questions, and essays waiting for a grade."""

from __future__ import annotations

import html


from app import screen
from app.i18n import date_time_text
from app.qt import QComboBox, QFormLayout, QLineEdit, QSpinBox, QTabWidget

from coursebook.quiz import reports
from coursebook.quiz.attempts import ASSESSMENT, PRACTICE, QuizError
from coursebook.quiz.service import QuizService

from app.qt import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Qt,
)
from app.i18n import tr_core
from app.quiz.text import clock_text, prose_html


class _Item(QTreeWidgetItem):
    """Sorts numbers as numbers (the value in UserRole), text as text."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, Qt.ItemDataRole.UserRole), other.data(column, Qt.ItemDataRole.UserRole)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text(column).casefold() < other.text(column).casefold()


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSortingEnabled(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


class QuizReports(QDialog):
    def __init__(self, service: QuizService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizReports")
        self.service = service
        self.setWindowTitle(self.tr("Quiz reports"))
        screen.fit(self, 1100, 700)  # never larger than the screen
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Quiz reports"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self._learners_tab(), self.tr("&Learners"))
        self.tabs.addTab(self._questions_tab(), self.tr("&Difficult questions"))
        self.tabs.addTab(self._essays_tab(), self.tr("&Essays to grade"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton(self.tr("Save as &CSV…"))
        export.setObjectName("exportCsv")
        export.clicked.connect(self.export_csv)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen.make_scrollable(self)  # large text: the tabs scroll, the buttons stay on screen
        for combo in (self.learner_filter, self.question_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # --- tabs ---------------------------------------------------------------------------------
    def _filter(self, name: str, with_practice: bool) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("All quizzes"), (None, None))
        combo.addItem(self.tr("All assessments"), (None, ASSESSMENT))
        if with_practice:
            combo.addItem(self.tr("All practice"), (None, PRACTICE))
        for quiz_id, title in reports.quizzes(self.service):
            kind = self.tr("assessment") if quiz_id.startswith("assessment:") else self.tr("practice")
            combo.addItem(f"{title} ({kind})", (quiz_id, None))
        return combo

    def _learners_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        self.learner_filter = self._filter("learnerFilter", True)
        self.learner_filter.setCurrentIndex(1)
        row.addWidget(self.learner_filter, 1)
        layout.addLayout(row)
        self.learners = _tree("learnerReport", self.learner_headers())
        self.learners.setAccessibleName(self.tr("Attempts of every learner"))
        self.learner_filter.setAccessibleName(self.tr("Which quizzes to show"))
        layout.addWidget(self.learners, 1)
        self.chain_note = QLabel()
        self.chain_note.setObjectName("quizNote")
        self.chain_note.setWordWrap(True)
        layout.addWidget(self.chain_note)
        locked_row = QHBoxLayout()
        self.locked_note = QLabel()
        self.locked_note.setObjectName("quizNote")
        self.locked_note.setWordWrap(True)
        locked_row.addWidget(self.locked_note, 1)
        self.unlock_button = QPushButton(self.tr("Enter start &code…"))
        self.unlock_button.setObjectName("unlockExam")
        self.unlock_button.clicked.connect(lambda _checked=False: self.unlock_exams())
        locked_row.addWidget(self.unlock_button)
        layout.addLayout(locked_row)
        #: Asks for an exam file's start code (tests replace it); None = cancelled.
        self.ask_code = self._ask_code
        return page

    def learner_headers(self) -> list[str]:
        return [self.tr("Learner"), self.tr("Quiz"), self.tr("Attempt"), self.tr("Started"), self.tr("Time"),
                self.tr("Score"), self.tr("%"), self.tr("Result"), self.tr("Check")]

    def integrity_words(self) -> dict[str, str]:
        return {"sealed": self.tr("sealed"), "open": self.tr("in progress"),
                "altered": self.tr("altered after submission"), "unrecorded": "",
                "passed": self.tr("passed"), "failed": self.tr("not passed"),
                "pending": self.tr("essays to grade"), "in progress": self.tr("in progress")}

    def unlock_exams(self) -> None:
        """Open the exam files of the listed attempts with their start codes, then grade again."""
        from coursebook.classroom.examfile import ExamFileError

        for exam_id in self.locked_exams:
            code = self.ask_code(exam_id)
            if code is None:
                continue
            try:
                self.service.unlock_exam(exam_id, code)
            except ExamFileError as exc:
                QMessageBox.warning(self, self.tr("Start code"), tr_core(exc))
        self.refresh()

    def _ask_code(self, exam_id: str) -> str | None:
        from app.qt import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Start code"),
                                        self.tr("Start code of the exam file “%1”:").replace("%1", exam_id))
        return text if ok else None

    def _questions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Answers from:")))
        self.question_filter = self._filter("questionFilter", True)
        row.addWidget(self.question_filter, 1)
        layout.addLayout(row)
        hint = QLabel(self.tr("Hardest first: the lowest average score at the top. Questions nobody answered "
                              "are not listed."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.questions = _tree("questionReport", [self.tr("Question"), self.tr("Module"), self.tr("Answered"),
                                                  self.tr("Right"), self.tr("Average"),
                                                  self.tr("Most often chosen wrong answers")])
        self.questions.setAccessibleName(self.tr("How each question fared"))
        header = self.questions.header()
        header.setStretchLastSection(True)
        for column, width in ((0, 360), (1, 240)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.questions.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.questions.setWordWrap(True)
        layout.addWidget(self.questions, 1)
        return page

    def _essays_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.question_filter.setAccessibleName(self.tr("Which answers to count"))
        self.essays = _tree("essayList", [self.tr("Learner"), self.tr("Assessment"), self.tr("Question")])
        self.essays.setAccessibleName(self.tr("Essays waiting for a grade"))
        self.essays.setSortingEnabled(False)
        self.essays.currentItemChanged.connect(lambda *_a: self._show_essay())
        splitter.addWidget(self.essays)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.essay_text = QTextBrowser()
        self.essay_text.setObjectName("essayText")
        right_layout.addWidget(self.essay_text, 1)
        form = QFormLayout()
        self.essay_mark = QSpinBox()
        self.essay_mark.setObjectName("essayMark")
        self.essay_mark.setRange(0, 100)
        self.essay_mark.setSuffix(" %")
        self.essay_comment = QLineEdit()
        self.essay_comment.setObjectName("essayComment")
        self.essay_comment.setPlaceholderText(self.tr("A comment the learner will see (optional)"))
        form.addRow(self.tr("&Mark:"), self.essay_mark)
        form.addRow(self.tr("C&omment:"), self.essay_comment)
        right_layout.addLayout(form)
        self.grade_button = QPushButton(self.tr("&Save grade"))
        self.grade_button.setObjectName("saveGrade")
        self.grade_button.clicked.connect(self.grade_essay)
        right_layout.addWidget(self.grade_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(right)
        splitter.setSizes([420, 600])
        layout.addWidget(splitter, 1)
        return page

    # --- filling ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_learners()
        self._fill_questions()
        self._fill_essays()

    def _fill_learners(self) -> None:
        quiz_id, mode = self.learner_filter.currentData() or (None, None)
        self.learners.setSortingEnabled(False)
        self.learners.clear()
        rows = reports.learner_report(self.service, quiz_id, mode)
        for row in rows:
            if row.finished is None:
                result = self.tr("in progress")
            elif row.locked_exam:
                result = self.tr("start code needed")
            elif row.pending:
                result = self.tr("%n essay(s) to grade", "", row.pending)
            elif row.passed is True:
                result = self.tr("passed")
            elif row.passed is False:
                result = self.tr("not passed")
            else:
                result = ""
            score = "" if row.score is None else f"{row.score:g} / {row.max_score:g}"
            percent = "" if row.percent is None or row.finished is None else f"{row.percent:.0f}"
            check = self.integrity_words().get(row.integrity, "")
            if row.clock_jumps:
                back = sum(float(j.get("seconds") or 0) for j in row.clock_jumps)
                check = (check + "; " if check else "") + self.tr("clock set back by %1").replace(
                    "%1", clock_text(back))
            item = _Item([row.learner, row.title, str(row.number),
                          date_time_text(row.started),
                          "" if row.seconds is None else clock_text(row.seconds), score, percent, result, check])
            if row.problems:
                item.setToolTip(8, "\n".join(tr_core(p) for p in row.problems))
            item.setData(2, Qt.ItemDataRole.UserRole, row.number)
            item.setData(3, Qt.ItemDataRole.UserRole, row.started)
            item.setData(4, Qt.ItemDataRole.UserRole, row.seconds or 0.0)
            item.setData(6, Qt.ItemDataRole.UserRole, row.percent or 0.0)
            self.learners.addTopLevelItem(item)
        self.learners.setSortingEnabled(True)
        self.locked_exams = sorted({row.locked_exam for row in rows if row.locked_exam})
        self.locked_note.setText(self.tr("Some attempts are at exam files: enter the start code to grade them."))
        for widget in (self.locked_note, self.unlock_button):
            widget.setVisible(bool(self.locked_exams))
        problems = [f"{name}: {tr_core(text)}" for name, text in reports.chain_problems(self.service)
                    if "deleted" in text.text or "missing" in text.text]
        self.chain_note.setText("\n".join(problems))
        self.chain_note.setVisible(bool(problems))

    def _fill_questions(self) -> None:
        quiz_id, mode = self.question_filter.currentData() or (None, None)
        self.questions.setSortingEnabled(False)
        self.questions.clear()
        titles = {m.id: m.meta.title for m in self.service.library.modules}
        for row in reports.question_report(self.service, quiz_id, mode, 3, self.tr("True"), self.tr("False")):
            wrong = "; ".join(f"{text} (×{count})" for text, count in row.wrong)
            item = _Item([" ".join(row.text.split()), titles.get(row.module_id, row.module_id), str(row.answered),
                          str(row.right), f"{row.average * 100:.0f} %", wrong])
            item.setToolTip(0, row.text)
            item.setToolTip(5, "\n".join(f"{text} (×{count})" for text, count in row.wrong))
            item.setData(2, Qt.ItemDataRole.UserRole, row.answered)
            item.setData(3, Qt.ItemDataRole.UserRole, row.right)
            item.setData(4, Qt.ItemDataRole.UserRole, row.average)
            self.questions.addTopLevelItem(item)
        self.questions.setSortingEnabled(True)
        self.questions.sortByColumn(4, Qt.SortOrder.AscendingOrder)

    def _fill_essays(self) -> None:
        self.essays.clear()
        self.pending = reports.pending_essays(self.service)
        for essay in self.pending:
            text = essay.question.text if essay.question else ""
            self.essays.addTopLevelItem(QTreeWidgetItem([essay.learner, essay.title, " ".join(text.split())]))
        self.tabs.setTabText(2, self.tr("&Essays to grade (%1)").replace("%1", str(len(self.pending))))
        if self.pending:
            self.essays.setCurrentItem(self.essays.topLevelItem(0))
        self._show_essay()

    def _show_essay(self) -> None:
        index = self.essays.indexOfTopLevelItem(self.essays.currentItem()) if self.essays.currentItem() else -1
        has = 0 <= index < len(self.pending)
        for widget in (self.essay_mark, self.essay_comment, self.grade_button):
            widget.setEnabled(has)
        if not has:
            none_waiting = self.tr("No essay answers wait for a grade.")
            self.essay_text.setHtml(f"<p><i>{none_waiting}</i></p>")
            return
        essay = self.pending[index]
        parts = []
        if essay.question is not None:
            parts.append(prose_html(essay.question.text))
            if essay.question.guidance:
                guidance = self.tr("Guidance for grading:")
                parts.append(f"<p><b>{guidance}</b></p>" + prose_html(essay.question.guidance))
        answer_of = html.escape(self.tr("Answer of %1:").replace("%1", essay.learner))
        parts.append(f"<hr/><p><b>{answer_of}</b></p>")
        parts.append(prose_html(essay.response))
        self.essay_text.setHtml("".join(parts))
        self.essay_mark.setValue(0)
        self.essay_comment.clear()

    def grade_essay(self) -> None:
        index = self.essays.indexOfTopLevelItem(self.essays.currentItem()) if self.essays.currentItem() else -1
        if not 0 <= index < len(self.pending):
            return
        essay = self.pending[index]
        try:
            self.service.grade_essay(essay.attempt_id, essay.slot, self.essay_mark.value() / 100.0,
                                     self.essay_comment.text().strip())
        except QuizError as exc:
            QMessageBox.warning(self, self.tr("Cannot grade"), str(exc))
            return
        self.refresh()

    # --- export -------------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> str | None:
        """The learners or the questions as CSV, written from the report data (not the widget text)."""
        on_questions = self.tabs.currentIndex() == 1
        if not path:
            from pathlib import Path

            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as CSV"),
                                                  str(Path.home() / "report.csv"), "CSV (*.csv)")
        if not path:
            return None
        if on_questions:
            quiz_id, mode = self.question_filter.currentData() or (None, None)
            rows = reports.question_report(self.service, quiz_id, mode, 3, self.tr("True"), self.tr("False"))
            headers = [self.questions.headerItem().text(c) for c in range(self.questions.columnCount())]
            titles = {m.id: m.meta.title for m in self.service.library.modules}
            text = reports.question_csv(rows, headers, titles)
        else:
            quiz_id, mode = self.learner_filter.currentData() or (None, None)
            text = reports.learner_csv(reports.learner_report(self.service, quiz_id, mode), self.learner_headers(),
                                       self.integrity_words())
        from coursebook.atomic import write_atomic

        write_atomic(path, "\ufeff" + text)
        return path
