"""One question on one page: its text, how to answer, the answer widget and (practice) the feedback."""

from __future__ import annotations

import html

from coursebook.quiz.attempts import Feedback
from coursebook.quiz.model import Question

from app.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Qt, Signal
from app.quiz.answers import ANSWER_WIDGETS, AnswerWidget, EssayAnswer
from app.quiz.text import prose_html, restyle as _restyle


class QuestionPage(QWidget):
    """One question: its text, how to answer, the answer widget and (practice) the feedback."""

    read_section = Signal(str, str)

    def __init__(self, question: Question | None, order: list[int], number: int, total: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.feedback: Feedback | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Question %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
        heading.setObjectName("questionNumber")
        layout.addWidget(heading)
        self.answer: AnswerWidget | None = None
        if question is None:
            gone = QLabel(self.tr("This question is no longer in the question bank. It does not count."))
            gone.setObjectName("quizNote")
            gone.setWordWrap(True)
            layout.addWidget(gone)
            layout.addStretch(1)
            return
        text = QLabel(prose_html(question.text))
        text.setObjectName("questionText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        hint = QLabel(self._hint(question))
        hint.setObjectName("questionHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.answer = ANSWER_WIDGETS.get(question.type, EssayAnswer)(question, order)
        layout.addWidget(self.answer)

        self.feedback_box = QFrame()
        self.feedback_box.setObjectName("feedbackBox")
        box = QVBoxLayout(self.feedback_box)
        box.setContentsMargins(14, 10, 14, 10)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.feedback_label)
        row = QHBoxLayout()
        self.read_button = QPushButton()
        self.read_button.setObjectName("readSection")
        self.read_button.clicked.connect(self._read)
        row.addWidget(self.read_button)
        row.addStretch(1)
        box.addLayout(row)
        self.feedback_box.hide()
        layout.addWidget(self.feedback_box)
        layout.addStretch(1)

    def _hint(self, question: Question) -> str:
        return {
            "single": self.tr("Choose one answer."),
            "multiple": self.tr("Choose every answer that applies."),
            "truefalse": self.tr("True or false?"),
            "short": self.tr("Type a short answer."),
            "numerical": self.tr("Type a number."),
            "matching": self.tr("Choose the matching item for each line."),
            "ordering": self.tr("Put the items in the right order: drag them, or select one and use Move up / Move down."),
            "essay": self.tr("Write your answer. A trainer will grade it."),
        }.get(question.type, "")

    def show_feedback(self, feedback: Feedback) -> None:
        self.feedback = feedback
        result = feedback.grade
        from app.appearance import current_theme, theme_colour
        from app.language import content_labels

        labels = content_labels(getattr(self.question, "language", "en"))
        if result.pending:
            state, verdict = "partial", self.tr("Saved. A trainer will grade this answer.")
        elif result.correct:
            state, verdict = "right", labels["correct"]
        elif result.fraction and result.fraction > 0:
            state, verdict = "partial", f"{labels['partly_correct']} ({result.fraction * 100:.0f} %)"
        else:
            state, verdict = "wrong", labels["not_correct"]
        # the verdict is a sign and a word, not a colour alone
        sign = {"right": "✓", "partial": "◐", "wrong": "✗"}[state]
        colour = theme_colour({"right": "#2e7d32", "partial": "#8a4f00", "wrong": "#b71c1c"}[state], current_theme())
        parts = [f'<p style="color:{colour}; font-size:13pt"><b>{sign} {html.escape(verdict)}</b></p>']
        parts += [prose_html(note) for note in feedback.notes]
        if not result.correct and not result.pending and feedback.right_answer:
            parts.append(f"<p><b>{html.escape(labels['right_answer'])}:</b> "
                         f"{html.escape(feedback.right_answer)}</p>")
        if feedback.explanation:
            parts.append(f"<p><b>{html.escape(labels['why'])}</b></p>" + prose_html(feedback.explanation))
        if feedback.section_title:
            hint = theme_colour("#546e7a", current_theme())
            tests = html.escape(labels["tests_section"]).replace(
                "%1", f"<i>{html.escape(feedback.section_title)}</i>")
            parts.append(f"<p style='color:{hint}'>{tests}</p>")
        self.feedback_label.setAccessibleDescription(f"{verdict}")
        self.feedback_label.setText("".join(parts))
        self.read_button.setText(self.tr("Read the section"))
        self.read_button.setVisible(bool(feedback.section_id))
        _restyle(self.feedback_box, "state", state)
        self.feedback_box.show()
        if self.answer is not None:
            self.answer.set_locked(True)
            self.answer.show_marks(True)

    def clear_feedback(self) -> None:
        self.feedback = None
        if self.answer is not None:
            self.feedback_box.hide()
            self.answer.set_locked(False)
            self.answer.show_marks(False)

    def _read(self) -> None:
        if self.feedback is not None and self.feedback.section_id:
            self.read_section.emit(self.feedback.module_id, self.feedback.section_id)


