"""The trainer's question statistics and knowledge gain, in one window with two tabs.

*Questions*: pick an assessment (or all) and whether only each learner's first attempt counts; a
sortable table of questions, hardest first, with the facility and discrimination index, the answers
counted, the commonest wrong answers in words, and Moodle's "Needs checking?" flag (a negative or low
discrimination is marked). *Knowledge gain*: pick a pre-test and a post-test; per learner pre, post,
gain and normalised gain, and the class's mean gain. Everything is computed by the core."""

from __future__ import annotations

from coursebook.classroom import gradebook, statistics

from app import screen
from app.classroom.gradebook_window import _tree as gradebook_tree
from app.i18n import number_text
from app.qt import (
    QCheckBox, QColor, QComboBox, QCoreApplication, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Qt,
)

SORT = Qt.ItemDataRole.UserRole + 1
#: Rows flagged "very likely" or "negative" are tinted (a colour that keeps black text readable).
FLAG_COLOUR = "#fde2c8"


class _Row(QTreeWidgetItem):
    """A row that sorts by the numbers it holds, not by their text."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT), other.data(column, SORT)
        if mine is None or theirs is None:
            return (mine is None, self.text(column).casefold()) < (theirs is None, other.text(column).casefold())
        return mine < theirs


def _tree(name: str, headers: list[str], accessible: str) -> QTreeWidget:
    """The gradebook's table, sortable, with wrapped text and a name for screen readers."""
    tree = gradebook_tree(name, headers)
    tree.setAccessibleName(accessible)
    tree.setSortingEnabled(True)
    tree.setWordWrap(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree




def _item(values: list[tuple[str, float | str | None]]) -> _Row:
    row = _Row([text for text, _key in values])
    for column, (_text, key) in enumerate(values):
        row.setData(column, SORT, key)
        if isinstance(key, (int, float)):
            row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return row


class StatisticsWindow(QDialog):
    def __init__(self, store, actor, question, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(self.tr("Question statistics and knowledge gain"))
        self.store, self.actor, self.question = store, actor, question
        self.tabs = QTabWidget()
        self.tabs.setObjectName("statisticsTabs")
        self.tabs.addTab(self._questions_tab(), self.tr("Questions"))
        self.tabs.addTab(self._gain_tab(), self.tr("Knowledge gain"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._fill_choices()
        self.show_questions()
        self.show_gain()
        screen.fit(self, 1000, 640)

    # --- layout --------------------------------------------------------------------------------
    def _questions_tab(self) -> QWidget:
        page = QWidget()
        self.assessment = QComboBox()
        self.assessment.setObjectName("statisticsAssessment")
        self.first_only = QCheckBox(self.tr("Each learner's first attempt only (as in Moodle)"))
        self.first_only.setObjectName("statisticsFirstOnly")
        label = QLabel(self.tr("&Assessment:"))
        label.setBuddy(self.assessment)
        choose = QHBoxLayout()
        choose.addWidget(label)
        choose.addWidget(self.assessment, 1)
        choose.addWidget(self.first_only)
        self.questions = _tree("statisticsQuestions", [
            self.tr("Question"), self.tr("Answers counted"), self.tr("Facility (%)"), self.tr("Discrimination (%)"),
            self.tr("Needs checking?"), self.tr("Commonest wrong answers")], self.tr("Question statistics"))
        self.questions.setColumnWidth(0, 330)
        for column, width in ((1, 80), (2, 80), (3, 100), (4, 130)):
            self.questions.setColumnWidth(column, width)
        self.legend = QLabel(self.tr(
            "Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the "
            "question separates stronger from weaker learners. Needs checking (Moodle's thresholds): very likely "
            "below 30 %, likely below 50 %; below 0 the weaker learners did better: check the key."))
        self.legend.setObjectName("statisticsLegend")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(choose)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.legend)
        self.assessment.currentIndexChanged.connect(lambda _i: self.show_questions())
        self.first_only.toggled.connect(lambda _on: self.show_questions())
        return page

    def _gain_tab(self) -> QWidget:
        page = QWidget()
        self.pre = QComboBox()
        self.pre.setObjectName("gainPre")
        self.post = QComboBox()
        self.post.setObjectName("gainPost")
        pre_label, post_label = QLabel(self.tr("&Pre-test:")), QLabel(self.tr("P&ost-test:"))
        pre_label.setBuddy(self.pre)
        post_label.setBuddy(self.post)
        choose = QHBoxLayout()
        for widget in (pre_label, self.pre, post_label, self.post):
            choose.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        self.gain = _tree("gainLearners", [self.tr("Learner"), self.tr("Pre-test (%)"), self.tr("Post-test (%)"),
                                            self.tr("Gain (points)"), self.tr("Normalised gain")],
                          self.tr("Knowledge gain per learner"))
        self.gain.header().setStretchLastSection(False)
        self.gain.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mean = QLabel()
        self.mean.setObjectName("gainMean")
        self.mean.setWordWrap(True)
        note = QLabel(self.tr("Pre-test: each learner's first finished attempt. Post-test: the grade that counts. "
                              "Normalised gain: the share of what there was to learn that was learnt, "
                              "(post − pre) / (100 − pre)."))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(choose)
        layout.addWidget(self.gain, 1)
        layout.addWidget(self.mean)
        layout.addWidget(note)
        self.pre.currentIndexChanged.connect(lambda _i: self.show_gain())
        self.post.currentIndexChanged.connect(lambda _i: self.show_gain())
        return page

    def _fill_choices(self) -> None:
        tests = statistics.assessments(self.store, self.actor)
        for combo in (self.assessment, self.pre, self.post):
            combo.blockSignals(True)
            combo.clear()
        self.assessment.addItem(self.tr("All assessments"), "")
        for quiz_id, title in tests:
            for combo in (self.assessment, self.pre, self.post):
                combo.addItem(title, quiz_id)
        if len(tests) > 1:
            self.post.setCurrentIndex(len(tests) - 1)
        for combo in (self.assessment, self.pre, self.post):
            combo.blockSignals(False)

    # --- contents ------------------------------------------------------------------------------
    def show_questions(self) -> None:
        self.questions.setSortingEnabled(False)
        self.questions.clear()
        from app.language import truth_words

        stats = statistics.question_statistics(self.store, self.actor, self.question,
                                               self.assessment.currentData() or None, self.first_only.isChecked(),
                                               truth=truth_words)
        rank = {"negative": 0, "very likely": 1, "likely": 2, "unlikely": 3}
        for s in stats:
            flag = statistics.needs_checking(s.discrimination)
            wrong = "; ".join(f"{words} ({n})" for words, n in s.wrong)
            row = _item([(s.text, s.text.casefold()), (str(s.attempts), s.attempts), (number_text(s.facility), s.facility),
                         (number_text(s.discrimination), s.discrimination),
                         (QCoreApplication.translate("core", statistics.NEEDS_CHECKING[flag]) if flag else "",
                          str(rank.get(flag or "", 4))),
                         (wrong, wrong.casefold())])
            row.setData(0, Qt.ItemDataRole.UserRole, s.key)
            row.setToolTip(0, s.text)
            row.setToolTip(5, wrong)
            if flag in ("negative", "very likely"):
                for column in range(6):
                    row.setBackground(column, QColor(FLAG_COLOUR))
                    row.setForeground(column, QColor("#000000"))
            self.questions.addTopLevelItem(row)
        for column in range(1, 5):
            self.questions.resizeColumnToContents(column)
        self.questions.setSortingEnabled(True)
        self.questions.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # facility: hardest first

    def show_gain(self) -> None:
        self.gain.setSortingEnabled(False)
        self.gain.clear()
        pre, post = self.pre.currentData(), self.post.currentData()
        if not pre or not post:
            self.mean.setText(self.tr("No results have been imported yet."))
            return
        rows, mean = gradebook.knowledge_gain(self.store, self.actor, self.question, pre, post)
        for g in rows:
            row = _item([(g.learner, g.learner.casefold()), (number_text(g.pre), g.pre), (number_text(g.post), g.post),
                         (number_text(g.gain), g.gain), (number_text(g.normalised),
                                                     g.normalised)])
            self.gain.addTopLevelItem(row)
        for column in range(1, 5):
            self.gain.resizeColumnToContents(column)
        self.gain.setSortingEnabled(True)
        self.gain.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if mean is None:
            self.mean.setText(self.tr("No learner took both tests."))
        else:
            self.mean.setText(self.tr("Class mean gain: %1 points (%n learner(s)).", "", len(rows))
                              .replace("%1", number_text(mean)))
