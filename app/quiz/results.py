"""The results of an attempt and its review, question by question, as far as the review options allow."""

from __future__ import annotations

import html

from coursebook.quiz.attempts import ASSESSMENT, Attempt, ReviewItem
from coursebook.quiz.service import QuizService
from coursebook.quiz.review import response_text

from app import screen
from app.language import truth_words
from app.qt import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTextBrowser,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Qt, Signal,
)
from app.quiz.text import clock_text, prose_html


class QuizResults(QDialog):
    """Score, pass or fail, time, and the review. ``practise_again`` asks for a new practice."""

    practise_again = Signal(str)

    def __init__(self, service: QuizService, attempt: Attempt, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizResults")
        self.service = service
        self.attempt = attempt
        self.result = service.result(attempt)
        self.items: list[ReviewItem] = service.review(attempt, self.tr("True"), self.tr("False"))
        self.setWindowTitle(self.tr("Results — %1").replace("%1", attempt.title or self.tr("Quiz")))
        screen.fit(self, 960, 680)  # never larger than the screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)

        title = QLabel(attempt.title or self.tr("Quiz"))
        title.setObjectName("resultTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        row = QHBoxLayout()
        self.score_label = QLabel(self._score_text())
        self.score_label.setObjectName("score")
        row.addWidget(self.score_label)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self._set_verdict()
        row.addWidget(self.verdict)
        row.addStretch(1)
        layout.addLayout(row)
        self.details = QLabel(self._details_text())
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)

        if self.items:
            splitter = QSplitter(Qt.Orientation.Horizontal)
            self.list = QTreeWidget()
            self.list.setObjectName("reviewList")
            self.list.setColumnCount(3)
            self.list.setHeaderLabels(["#", self.tr("Question"), self.tr("Result")])
            self.list.setRootIsDecorated(False)
            self.list.setUniformRowHeights(True)
            header = self.list.header()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
            for item in self.items:
                text = item.question.text if item.question else self.tr("(question no longer in the bank)")
                row_item = QTreeWidgetItem([str(item.number + 1), " ".join(text.split()), self._mark(item)])
                row_item.setToolTip(1, text)
                self.list.addTopLevelItem(row_item)
            self.list.currentItemChanged.connect(lambda current, _previous: self._show(
                self.list.indexOfTopLevelItem(current) if current else -1))
            splitter.addWidget(self.list)
            self.detail = QTextBrowser()
            self.detail.setObjectName("reviewDetail")
            self.detail.setOpenLinks(False)
            splitter.addWidget(self.detail)
            splitter.setSizes([420, 520])
            layout.addWidget(splitter, 1)
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.list = None
            note = QLabel(self.tr("Your trainer has chosen to show only the score of this assessment.")
                          if attempt.mode == ASSESSMENT else "")
            note.setObjectName("reviewNote")
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if attempt.mode != ASSESSMENT:
            again = QPushButton(self.tr("Practise &again"))
            again.setObjectName("practiseAgain")
            module_id = str(attempt.settings.get("module_id") or "")
            again.setEnabled(bool(module_id))
            again.clicked.connect(lambda: (self.practise_again.emit(module_id), self.accept()))
            buttons.addButton(again, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)

    # --- summary -----------------------------------------------------------------------------
    def _score_text(self) -> str:
        r = self.result
        if self.attempt.mode != ASSESSMENT:  # practice: how many of those answered were right
            right = sum(1 for item in self.items if item.correct)
            share = 100.0 * right / r.answered if r.answered else 0.0
            return self.tr("%1 of %2 answered questions right (%3 %)").replace("%1", str(right)).replace(
                "%2", str(r.answered)).replace("%3", f"{share:.0f}")
        return self.tr("%1 of %2 points (%3 %)").replace("%1", f"{r.score:g}").replace(
            "%2", f"{r.max_score:g}").replace("%3", f"{r.percent:.0f}")

    def _set_verdict(self) -> None:
        r = self.result
        if self.service.exam_locked(self.attempt):
            state, text = "pending", self.tr("Graded when the exam file is opened again with its start code")
        elif r.pending:
            state, text = "pending", self.tr("%n answer(s) wait for a trainer's grade", "", r.pending)
        elif r.passed is True:
            state, text = "passed", self.tr("Passed")
        elif r.passed is False:
            state, text = "failed", self.tr("Not passed")
        else:
            self.verdict.hide()
            return
        self.verdict.setText(text)
        self.verdict.setProperty("state", state)

    def auto_submitted(self) -> bool:
        a = self.attempt
        return a.deadline is not None and a.finished is not None and a.finished >= a.deadline - 1.0

    def _details_text(self) -> str:
        a, r = self.attempt, self.result
        lines = []
        if self.auto_submitted():
            lines.append(self.tr("The time ran out: the attempt was submitted automatically with the answers "
                                 "saved until then."))
        lines.append(self.tr("Answered %1 of %2 questions.").replace("%1", str(r.answered)).replace(
            "%2", str(len(a.slots))))
        lines.append(self.tr("Time taken: %1").replace("%1", clock_text(r.seconds)))
        if a.finished:
            lines.append(self.tr("Submitted: %1").replace(
                "%1", __import__("app.i18n", fromlist=["date_time_text"]).date_time_text(a.finished)))
        if a.mode == ASSESSMENT and a.pass_percent > 0:
            lines.append(self.tr("Pass mark: %1 %").replace("%1", f"{a.pass_percent:g}"))
            definition = self.service.assessments.get(a.quiz_id.split(":", 1)[1])
            if definition is not None and definition.attempts_allowed != 1:
                final = self.service.final_grade(a.profile_id, definition)
                if final.percent is not None:
                    method = {"highest": self.tr("highest attempt"), "last": self.tr("last attempt"),
                              "first": self.tr("first attempt"), "average": self.tr("average of attempts")}
                    lines.append(self.tr("Grade that counts (%1): %2 %").replace(
                        "%1", method.get(definition.grading, definition.grading)).replace(
                        "%2", f"{final.percent:.0f}"))
                left = self.service.attempts_left(a.profile_id, definition)
                if left is not None:
                    lines.append(self.tr("Attempts left: %1").replace("%1", str(left)))
        return "  ·  ".join(lines)

    # --- review ------------------------------------------------------------------------------
    def _mark(self, item: ReviewItem) -> str:
        if not item.answered:
            return self.tr("— not answered")
        if item.pending:
            return self.tr("awaiting grading")
        if item.correct is None:
            return self.tr("answered")
        if item.correct:
            return self.tr("✓ right")
        if item.fraction:
            return self.tr("◐ partly right (%1 %)").replace("%1", f"{item.fraction * 100:.0f}")
        return self.tr("✗ wrong")

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.items):
            self.detail.clear()
            return
        item = self.items[index]
        question = item.question
        heading = self.tr("Question %1").replace("%1", str(item.number + 1))
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        if question is None:
            gone = self.tr("This question is no longer in the question bank.")
            parts.append(f"<p>{html.escape(gone)}</p>")
            self.detail.setHtml("".join(parts))
            return
        parts.append(prose_html(question.text))
        given = response_text(question, item.response, *truth_words(question)) if item.answered \
            else self.tr("(not answered)")
        def field(label: str, value: str) -> str:
            return f"<p><b>{html.escape(label)}</b> {html.escape(value)}</p>"

        parts.append(field(self.tr("Your answer:"), given))
        parts.append(field(self.tr("Result:"), self._mark(item)))
        if item.right_answer:
            parts.append(field(self.tr("The right answer:"), item.right_answer))
        if item.notes:
            parts.append(field(self.tr("Feedback:"), ""))
            parts += [prose_html(note) for note in item.notes]
        if item.comment:
            parts.append(field(self.tr("Trainer comment:"), item.comment))
        self.detail.setHtml("".join(parts))
