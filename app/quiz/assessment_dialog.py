"""A trainer defines (or edits) an assessment: banks and how many questions, time, pass mark, review."""

from __future__ import annotations

from app import screen
from app.i18n import tr_core
from app.qt import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLineEdit, QSpinBox

from coursebook.quiz.assessment import AssessmentDef, AssessmentError, BankDraw, ReviewOptions, new_id
from coursebook.quiz.service import QuizService

from app.qt import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

LANGUAGES = {"sl": "SL", "en": "EN", "cs": "CS", "sk": "SK"}


class AssessmentDialog(QDialog):
    """After ``accept()``, ``definition`` holds the saved assessment."""

    def __init__(self, service: QuizService, definition: AssessmentDef | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.service = service
        self.original = definition
        self.definition: AssessmentDef | None = None
        self.setWindowTitle(self.tr("Edit assessment") if definition else self.tr("New assessment"))
        screen.fit(self, 640, 720)  # never larger than the screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        heading = QLabel(self.tr("Edit assessment") if definition else self.tr("New assessment"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)

        form = QFormLayout()
        self.title_edit = QLineEdit(definition.title if definition else "")
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Final test, module 6"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        layout.addLayout(form)

        banks = QGroupBox(self.tr("Questions drawn at random from each question bank"))
        grid = QGridLayout(banks)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self._hint(self.tr("Module")), 0, 0)
        grid.addWidget(self._hint(self.tr("Questions")), 0, 1)
        grid.addWidget(self._hint(self.tr("Available")), 0, 2)
        chosen = {d.module_id: d.count for d in definition.draws} if definition else {}
        self.bank_rows: dict[str, tuple[QCheckBox, QSpinBox]] = {}
        for row, module in enumerate(service.library.modules, start=1):
            available = service.available(module.id)
            box = QCheckBox(f"{module.meta.title}  [{LANGUAGES.get(module.meta.language, module.meta.language)}]")
            box.setObjectName(f"bank-{module.id}")
            count = QSpinBox()
            count.setObjectName(f"count-{module.id}")
            count.setRange(0, max(available, chosen.get(module.id, 0)))
            count.setSpecialValueText(self.tr("all"))
            count.setAccessibleName(self.tr("Questions from %1").replace("%1", module.meta.title))
            count.setValue(chosen.get(module.id, min(10, available)))
            count.setEnabled(module.id in chosen)
            box.setChecked(module.id in chosen)
            box.setEnabled(available > 0 or module.id in chosen)
            box.toggled.connect(count.setEnabled)
            box.toggled.connect(self._update_summary)
            count.valueChanged.connect(self._update_summary)
            bank = service.bank(module.id)
            errors = len(bank.errors) if bank else 0
            info = QLabel(str(available) + (self.tr(" (%n left out: errors)", "", errors) if errors else ""))
            grid.addWidget(box, row, 0)
            grid.addWidget(count, row, 1)
            grid.addWidget(info, row, 2)
            self.bank_rows[module.id] = (box, count)
        layout.addWidget(banks)

        rules = QGroupBox(self.tr("Rules"))
        rules_form = QFormLayout(rules)
        self.shuffle_questions = QCheckBox(self.tr("Shuffle the order of the questions"))
        self.shuffle_questions.setChecked(definition.shuffle_questions if definition else True)
        self.shuffle_options = QCheckBox(self.tr("Shuffle the answer options"))
        self.shuffle_options.setChecked(definition.shuffle_options if definition else True)
        rules_form.addRow(self.shuffle_questions)
        rules_form.addRow(self.shuffle_options)
        self.time_limit = QSpinBox()
        self.time_limit.setObjectName("timeLimit")
        self.time_limit.setAccessibleName(self.tr("Time limit in minutes"))
        self.time_limit.setRange(0, 600)
        self.time_limit.setSuffix(self.tr(" min"))
        self.time_limit.setSpecialValueText(self.tr("no time limit"))
        self.time_limit.setValue(int(definition.time_limit_minutes) if definition else 30)
        rules_form.addRow(self.tr("Time &limit:"), self._with_hint(
            self.time_limit, self.tr("When it runs out, the attempt is submitted automatically.")))
        self.pass_mark = QSpinBox()
        self.pass_mark.setObjectName("passMark")
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setSuffix(" %")
        self.pass_mark.setSpecialValueText(self.tr("no pass mark"))
        self.pass_mark.setValue(int(definition.pass_percent) if definition else 60)
        rules_form.addRow(self.tr("&Pass mark:"), self.pass_mark)
        self.attempts = QSpinBox()
        self.attempts.setObjectName("attemptsAllowed")
        self.attempts.setRange(0, 20)
        self.attempts.setSpecialValueText(self.tr("unlimited"))
        self.attempts.setValue(definition.attempts_allowed if definition else 1)
        rules_form.addRow(self.tr("&Attempts allowed:"), self.attempts)
        self.grading = QComboBox()
        self.grading.setObjectName("grading")
        for key, label in (("highest", self.tr("Highest grade")), ("last", self.tr("Last attempt")),
                           ("first", self.tr("First attempt")), ("average", self.tr("Average of all attempts"))):
            self.grading.addItem(label, key)
        self.grading.setCurrentIndex(max(0, self.grading.findData(definition.grading if definition else "highest")))
        rules_form.addRow(self.tr("&Which attempt counts:"), self.grading)
        self.attempts.valueChanged.connect(lambda v: self.grading.setEnabled(v != 1))
        self.grading.setEnabled(self.attempts.value() != 1)
        layout.addWidget(rules)

        review = QGroupBox(self.tr("After submitting, learners see their score and…"))
        review_layout = QVBoxLayout(review)
        options = definition.review if definition else ReviewOptions()
        self.show_correctness = QCheckBox(self.tr("which questions they got right"))
        self.show_correctness.setObjectName("reviewCorrectness")
        self.show_correctness.setChecked(options.correctness)
        self.show_answers = QCheckBox(self.tr("the right answers"))
        self.show_answers.setObjectName("reviewAnswers")
        self.show_answers.setChecked(options.right_answers)
        self.show_feedback = QCheckBox(self.tr("the feedback (explanations)"))
        self.show_feedback.setObjectName("reviewFeedback")
        self.show_feedback.setChecked(options.feedback)
        for box in (self.show_correctness, self.show_answers, self.show_feedback):
            review_layout.addWidget(box)
        review_layout.addWidget(self._hint(self.tr("Feedback is never shown before the attempt is submitted.")))
        layout.addWidget(review)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        screen.make_scrollable(self)  # large text: the form scrolls, the buttons stay on screen
        self._update_summary()

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def _with_hint(self, field: QWidget, text: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        row.addWidget(self._hint(text), 1)
        return box

    def draws(self) -> list[BankDraw]:
        return [BankDraw(module_id, count.value()) for module_id, (box, count) in self.bank_rows.items()
                if box.isChecked()]

    def question_count(self) -> int:
        return sum(count or self.service.available(module_id) for module_id, count in
                   ((d.module_id, d.count) for d in self.draws()))

    def _update_summary(self, *_args: object) -> None:
        total = self.question_count()
        self.summary.setText(self.tr("The assessment has %n question(s).", "", total))
        self.save_button.setEnabled(total > 0)

    def build(self) -> AssessmentDef:
        title = self.title_edit.text().strip()
        return AssessmentDef(
            id=self.original.id if self.original else new_id(title or "assessment"),
            title=title, draws=self.draws(),
            shuffle_questions=self.shuffle_questions.isChecked(), shuffle_options=self.shuffle_options.isChecked(),
            time_limit_minutes=self.time_limit.value(), pass_percent=self.pass_mark.value(),
            attempts_allowed=self.attempts.value(), grading=self.grading.currentData(),
            review=ReviewOptions(self.show_correctness.isChecked(), self.show_answers.isChecked(),
                                 self.show_feedback.isChecked()),
        )

    def save(self) -> None:
        definition = self.build()
        try:
            self.service.save_assessment(definition)
        except AssessmentError as exc:
            self.error.setText(self.tr("Cannot save: %1").replace("%1", tr_core(exc)))
            return
        except OSError as exc:
            self.error.setText(self.tr("Cannot write the assessment file: %1").replace("%1", tr_core(exc)))
            return
        self.definition = definition
        self.accept()

