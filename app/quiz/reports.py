"""Reports for trainers: attempts per learner, the difficult questions, and essays waiting for a grade."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from app import screen
from app.i18n import date_time_text
from app.qt import QComboBox, QFormLayout, QLineEdit, QSpinBox, QTabWidget

from coursebook.quiz import reports
from coursebook.quiz.attempts import ASSESSMENT, PRACTICE, QuizError
from coursebook.quiz.service import QuizService

from app.qt import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QProgressBar, QPushButton, QSplitter, QTableView, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget, Qt,
)
from app.i18n import tr_core
from app.quiz.report_models import RowsModel
from app.quiz.text import clock_text, prose_html

if TYPE_CHECKING:
    from app.quiz.report_worker import ReportWorker


def _table(name: str, model: RowsModel) -> QTableView:
    """A sortable table over a model (tens of thousands of rows cost nothing until shown)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


class QuizReports(QDialog):
    """The trainer's reports. The dialog opens at once; the reports are made on a worker thread
    (:mod:`app.quiz.report_worker`) with a progress bar, and the tables fill when they are ready."""

    def __init__(self, service: QuizService, parent: QWidget | None = None,
                 worker: "ReportWorker | None" = None):
        """``worker``: a worker already preparing the reports (:meth:`QuizController.prepare_reports`);
        the dialog takes it over, so its requests wait for the same thread instead of racing a second."""
        super().__init__(parent)
        self.setObjectName("quizReports")
        self.service = service
        self.setWindowTitle(self.tr("Quiz reports"))
        screen.fit(self, 1100, 700)  # never larger than the screen
        # The rows shown (the core's data), the complete check once it is done, the requests waited for.
        self.learner_rows: list[reports.LearnerRow] = []
        self.question_rows: list[reports.QuestionRow] = []
        self.check: reports.RecordCheck | None = None
        self.locked_exams: list[str] = []
        self._waiting: dict[str, int] = {}
        self._errors: dict[str, str] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Quiz reports"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        status.addWidget(self.status, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Progress of the reports"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(320)
        status.addWidget(self.progress)
        layout.addLayout(status)
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
        self.export_button = export
        for widget in (self.locked_note, self.unlock_button, self.chain_note):
            widget.setVisible(False)  # until the learner report and the check say there is something to show
        screen.make_scrollable(self)  # large text: the tabs scroll, the buttons stay on screen
        self.learner_filter.currentIndexChanged.connect(lambda _i: self._ask("learners"))
        self.question_filter.currentIndexChanged.connect(lambda _i: self._ask("questions"))
        if worker is None:
            from app.quiz.report_worker import ReportWorker

            worker = ReportWorker(service)
        self.worker = worker
        # the thread ends with the dialog however it goes: closed, destroyed with its parent, or at quit
        self.destroyed.connect(lambda *_args: worker.stop())
        self.worker.done.connect(self._received)
        self.worker.failed.connect(self._failed)
        self.worker.progress.connect(self._progressed)
        for kind in ("learners", "questions", "quizzes", "check"):
            self._ask(kind)
        self._fill_essays()

    # --- tabs ---------------------------------------------------------------------------------
    def _filter(self, name: str, with_practice: bool) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("All quizzes"), (None, None))
        combo.addItem(self.tr("All assessments"), (None, ASSESSMENT))
        if with_practice:
            combo.addItem(self.tr("All practice"), (None, PRACTICE))
        return combo

    def _add_quizzes(self, found: list[tuple[str, str]]) -> None:
        """The quizzes with attempts, added to both filters when the worker has listed them."""
        for combo in (self.learner_filter, self.question_filter):
            combo.blockSignals(True)
            for quiz_id, title in found:
                kind = self.tr("assessment") if quiz_id.startswith("assessment:") else self.tr("practice")
                combo.addItem(f"{title} ({kind})", (quiz_id, None))
            combo.blockSignals(False)

    def _learners_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        self.learner_filter = self._filter("learnerFilter", True)
        self.learner_filter.setCurrentIndex(1)
        row.addWidget(self.learner_filter, 1)
        layout.addLayout(row)
        self.learner_model = RowsModel(self.learner_headers(), self._learner_text, self._learner_key,
                                       self._learner_tooltip)
        self.learners = _table("learnerReport", self.learner_model)
        self.learners.setAccessibleName(self.tr("Attempts of every learner"))
        self.learners.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 220, 60, 130, 70, 110, 50, 120, 150)):
            self.learners.setColumnWidth(column, width)
        self.learners.horizontalHeader().setStretchLastSection(True)
        self.learners.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
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
        self.question_model = RowsModel(self.question_headers(), self._question_text, self._question_key,
                                        self._question_tooltip)
        self.questions = _table("questionReport", self.question_model)
        self.questions.setAccessibleName(self.tr("How each question fared"))
        header = self.questions.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 360), (1, 240), (2, 80), (3, 70), (4, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.questions.setColumnWidth(column, width)
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

    def question_headers(self) -> list[str]:
        return [self.tr("Question"), self.tr("Module"), self.tr("Answered"), self.tr("Right"), self.tr("Average"),
                self.tr("Most often chosen wrong answers")]

    # --- asking the worker ----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """True while a report is being made."""
        return bool(self._waiting)

    def refresh(self) -> None:
        """Make every report again (after a grade or a start code)."""
        for kind in ("learners", "questions"):
            self._ask(kind)
        self._fill_essays()

    def _ask(self, kind: str) -> None:
        if kind == "learners":
            args = tuple(self.learner_filter.currentData() or (None, None))
        elif kind == "questions":
            args = tuple(self.question_filter.currentData() or (None, None)) + (self.tr("True"), self.tr("False"))
        else:
            args = ()
        self._errors.pop(kind, None)
        self._waiting[kind] = self.worker.request(kind, *args)
        self._show_progress()

    def _show_progress(self) -> None:
        busy = bool(self._waiting)
        self.progress.setVisible(busy)
        self.export_button.setEnabled("learners" not in self._waiting and "questions" not in self._waiting)
        if not busy:
            self.status.setText("\n".join(self._errors.values()))
            return
        if "learners" in self._waiting or "questions" in self._waiting:
            self.status.setText(self.tr("Grading the answers again and checking the sealed records…"))
        else:
            self.status.setText(self.tr("Checking every learner's sealed record…"))

    def _progressed(self, ticket: int, kind: str, done: int, total: int) -> None:
        if self._waiting.get(kind) != ticket:
            return
        self.progress.setRange(0, total)  # 0, 0: busy, without a known end
        self.progress.setValue(done)

    def _received(self, ticket: int, kind: str, result: object) -> None:
        if self._waiting.get(kind) != ticket:
            return  # an older request, replaced since
        del self._waiting[kind]
        if kind == "quizzes":
            self._add_quizzes(result)  # type: ignore[arg-type]
        elif kind == "learners":
            self._show_learners(result)  # type: ignore[arg-type]
        elif kind == "questions":
            self.question_rows = list(result)  # type: ignore[call-overload]
            self.question_model.set_rows(self.question_rows)
            self.questions.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        elif kind == "check":
            self._show_check(result)  # type: ignore[arg-type]
        self._show_progress()

    def _failed(self, ticket: int, kind: str, error: BaseException) -> None:
        if self._waiting.get(kind) != ticket:
            return
        del self._waiting[kind]
        self._errors[kind] = self.tr("The report could not be made: %1").replace("%1", tr_core(error))
        self._show_progress()

    def _stop(self) -> None:
        worker = getattr(self, "worker", None)
        if worker is not None:
            worker.stop()

    def done(self, code: int) -> None:  # noqa: D102 - QDialog's
        self._stop()
        super().done(code)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self._stop()
        super().closeEvent(event)

    # --- filling ------------------------------------------------------------------------------
    def _show_learners(self, rows: list[reports.LearnerRow]) -> None:
        self.learner_rows = list(rows)
        self.learner_model.set_rows(self._with_check(self.learner_rows))
        self.learners.sortByColumn(self.learners.horizontalHeader().sortIndicatorSection(),
                                   self.learners.horizontalHeader().sortIndicatorOrder())
        self.locked_exams = sorted({row.locked_exam for row in rows if row.locked_exam})
        self.locked_note.setText(self.tr("Some attempts are at exam files: enter the start code to grade them."))
        for widget in (self.locked_note, self.unlock_button):
            widget.setVisible(bool(self.locked_exams))

    def _with_check(self, rows: list[reports.LearnerRow]) -> list[reports.LearnerRow]:
        """The rows with what the complete check found (an attempt altered since it was cached)."""
        if self.check is None or not self.check.altered:
            return rows
        altered = self.check.altered
        return [row._replace(integrity="altered", problems=row.problems + tuple(
            p for p in altered[row.uuid] if p not in row.problems)) if row.uuid in altered else row for row in rows]

    def _show_check(self, check: reports.RecordCheck) -> None:
        self.check = check
        if check.altered and self.learner_rows:
            self.learner_model.set_rows(self._with_check(self.learner_model.rows))
        problems = [f"{name}: {tr_core(text)}" for name, text in check.problems
                    if "deleted" in text.text or "missing" in text.text]
        self.chain_note.setText("\n".join(problems))
        self.chain_note.setVisible(bool(problems))

    def _result_text(self, row: reports.LearnerRow) -> str:
        if row.finished is None:
            return self.tr("in progress")
        if row.locked_exam:
            return self.tr("start code needed")
        if row.pending:
            return self.tr("%n essay(s) to grade", "", row.pending)
        if row.passed is True:
            return self.tr("passed")
        if row.passed is False:
            return self.tr("not passed")
        return ""

    def _check_text(self, row: reports.LearnerRow) -> str:
        check = self.integrity_words().get(row.integrity, "")
        if row.clock_jumps:
            back = sum(float(j.get("seconds") or 0) for j in row.clock_jumps)
            check = (check + "; " if check else "") + self.tr("clock set back by %1").replace("%1", clock_text(back))
        return check

    def _learner_text(self, row: reports.LearnerRow, column: int) -> str:
        if column == 0:
            return row.learner
        if column == 1:
            return row.title
        if column == 2:
            return str(row.number)
        if column == 3:
            return date_time_text(row.started)
        if column == 4:
            return "" if row.seconds is None else clock_text(row.seconds)
        if column == 5:
            return "" if row.score is None else f"{row.score:g} / {row.max_score:g}"
        if column == 6:
            return "" if row.percent is None or row.finished is None else f"{row.percent:.0f}"
        if column == 7:
            return self._result_text(row)
        return self._check_text(row)

    def _learner_key(self, row: reports.LearnerRow, column: int) -> object:
        numbers = {2: row.number, 3: row.started, 4: row.seconds or 0.0, 6: row.percent or 0.0}
        if column in numbers:
            return numbers[column]
        return self._learner_text(row, column).casefold()

    def _learner_tooltip(self, row: reports.LearnerRow, column: int) -> str:
        return "\n".join(tr_core(p) for p in row.problems) if column == 8 and row.problems else ""

    def _module_title(self, module_id: str) -> str:
        titles = getattr(self, "_titles", None)
        if titles is None:
            titles = self._titles = {m.id: m.meta.title for m in self.service.library.modules}
        return titles.get(module_id, module_id)

    def _question_text(self, row: reports.QuestionRow, column: int) -> str:
        if column == 0:
            return " ".join(row.text.split())
        if column == 1:
            return self._module_title(row.module_id)
        if column == 2:
            return str(row.answered)
        if column == 3:
            return str(row.right)
        if column == 4:
            return f"{row.average * 100:.0f} %"
        return "; ".join(f"{text} (×{count})" for text, count in row.wrong)

    def _question_key(self, row: reports.QuestionRow, column: int) -> object:
        numbers = {2: row.answered, 3: row.right, 4: row.average}
        if column in numbers:
            return numbers[column]
        return self._question_text(row, column).casefold()

    def _question_tooltip(self, row: reports.QuestionRow, column: int) -> str:
        if column == 0:
            return row.text
        if column == 5:
            return "\n".join(f"{text} (×{count})" for text, count in row.wrong)
        return ""

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
            QMessageBox.warning(self, self.tr("Cannot grade"), tr_core(exc))
            return
        self.refresh()

    # --- export -------------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> str | None:
        """The learners or the questions as CSV, written from the report data shown (not the widget text)."""
        on_questions = self.tabs.currentIndex() == 1
        if not path:
            from pathlib import Path

            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as CSV"),
                                                  str(Path.home() / "report.csv"), "CSV (*.csv)")
        if not path:
            return None
        if on_questions:
            titles = {m.id: m.meta.title for m in self.service.library.modules}
            text = reports.question_csv(self.question_model.rows, self.question_headers(), titles)
        else:
            text = reports.learner_csv(self.learner_model.rows, self.learner_headers(), self.integrity_words())
        from coursebook.atomic import write_atomic

        write_atomic(path, "\ufeff" + text)
        return path
