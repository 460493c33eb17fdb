"""The Quiz menu of the main window, and the offer to resume an open attempt at start-up.

``install(window)`` is the only entry point: the main window calls it once at the end of its
``__init__``. While an assessment runs, the window's reader is hidden (the library is shown) and the
main window is disabled, so the course text cannot be read during the assessment.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.qt import USER_ROLE, QAction, QKeySequence, QObject

if TYPE_CHECKING:  # the quiz windows and the core load on first use, not at start-up
    from coursebook.quiz.assessment import AssessmentDef
    from coursebook.quiz.attempts import Attempt
    from coursebook.quiz.service import QuizService

    from app.interop.bank_import_dialog import BankImportDialog
    from app.quiz.assessment_dialog import AssessmentDialog
    from app.main_window import MainWindow
    from app.quiz.reports import QuizReports
    from app.quiz.results import QuizResults
    from app.quiz.window import QuizWindow

RANDOM_PRACTICE = 10
ASSESSMENT = "assessment"  # the mode of assessment attempts (coursebook.quiz.attempts.ASSESSMENT)


class QuizController(QObject):
    """Owns the quiz service of a main window and opens the quiz windows and dialogs."""

    def __init__(self, window: "MainWindow", service: "QuizService | None" = None):
        super().__init__(window)
        self.setObjectName("quizController")
        self.window = window
        self._service = service
        self.quiz: QuizWindow | None = None
        self.results: QuizResults | None = None
        self.dialog = None
        self._build_menu()

    @property
    def service(self) -> "QuizService":
        if self._service is None:
            from coursebook.quiz.service import QuizService

            session = self.window.session
            self._service = QuizService(session.store, lambda: session.library,
                                        cache_dir=getattr(session, "cache", None))
        return self._service

    @property
    def profile_id(self) -> int:
        return self.window.session.profile.id

    # --- menu ---------------------------------------------------------------------------------
    def _action(self, text: str, slot, name: str, keys: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(keys)])  # the list overload builds no Qt enums (~15 ms)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_menu(self) -> None:
        self.act_practice = self._action(self.tr("&Practise this module"), self.practise, "actQuizPractice", "F7")
        self.act_review = self._action(self.tr("Review my &wrong answers"), self.review_wrong, "actQuizReview",
                                       "Shift+F7")
        self.act_new = self._action(self.tr("&New assessment…"), self.new_assessment, "actQuizNew")
        self.act_edit = self._action(self.tr("&Edit assessment…"), self.edit_assessment, "actQuizEdit")
        self.act_take = self._action(self.tr("&Take assessment…"), self.take_assessment, "actQuizTake")
        self.act_reports = self._action(self.tr("&Reports…"), self.open_reports, "actQuizReports")
        self.act_import = self._action(self.tr("&Import questions…"), self.import_questions, "actQuizImport")
        self.act_export = self._action(self.tr("E&xport questions…"), self.export_questions, "actQuizExport")
        bar = self.window.menuBar()
        self.menu = bar.addMenu(self.tr("&Quiz"))
        self.menu.setObjectName("quizMenu")
        self.menu.addAction(self.act_practice)
        self.menu.addAction(self.act_review)
        self.menu.addSeparator()
        self.menu.addAction(self.act_take)
        self.menu.addSeparator()
        self.menu.addAction(self.act_new)
        self.menu.addAction(self.act_edit)
        self.menu.addAction(self.act_reports)
        self.menu.addSeparator()
        self.menu.addAction(self.act_import)
        self.menu.addAction(self.act_export)
        actions = bar.actions()
        if len(actions) >= 2:  # before Help, which stays last
            bar.insertAction(actions[-2], self.menu.menuAction())
        self.menu.aboutToShow.connect(self._update_actions)

    def _update_actions(self) -> None:
        self.act_practice.setEnabled(self.current_module() is not None)

    def _reading(self) -> bool:
        window = self.window
        reader = getattr(window, "_reader", None)
        return reader is not None and window.stack.currentWidget() is reader

    def current_module(self) -> str | None:
        """The module open in the reader, else the one selected in the library."""
        window = self.window
        if self._reading() and window.reader.module is not None:
            return window.reader.module.id
        item = window.library.tree.currentItem()
        return item.data(0, USER_ROLE) if item is not None else None

    # --- prompts (tests replace these) --------------------------------------------------------
    def ask(self, title: str, text: str) -> bool:
        from app.qt import QMessageBox

        answer = QMessageBox.question(self.window, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        from app.qt import QMessageBox

        QMessageBox.information(self.window, title, text)

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        from app.qt import QInputDialog

        text, ok = QInputDialog.getItem(self.window, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def practice_size(self, title: str, available: int) -> int | None:
        """0 = every question, n = n at random, None = cancelled."""
        from app.qt import QMessageBox

        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Practise"))
        box.setText(self.tr("Practise “%1”: which questions?").replace("%1", title))
        every = box.addButton(self.tr("All %n question(s)", "", available), QMessageBox.ButtonRole.AcceptRole)
        some = None
        if available > RANDOM_PRACTICE:
            some = box.addButton(self.tr("%n at random", "", RANDOM_PRACTICE), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(some or every)
        box.exec()
        clicked = box.clickedButton()
        if clicked is every:
            return 0
        if some is not None and clicked is some:
            return RANDOM_PRACTICE
        return None

    # --- practice -----------------------------------------------------------------------------
    def practise(self, module_id: str | None = None, count: int | None = None) -> "QuizWindow | None":
        from coursebook.quiz.attempts import QuizError

        module_id = module_id or self.current_module()
        module = self.window.session.library.module(module_id) if module_id else None
        if module is None:
            self.inform(self.tr("Practise"), self.tr("Open or select a module first."))
            return None
        available = self.service.available(module.id)
        if not available:
            self.inform(self.tr("Practise"), self.tr("This module has no questions to practise."))
            return None
        if count is None:
            count = self.practice_size(module.meta.title, available)
            if count is None:
                return None
        try:
            attempt = self.service.start_practice(self.profile_id, module.id, count)
        except QuizError as exc:
            self.inform(self.tr("Practise"), str(exc))
            return None
        return self.open_attempt(attempt)

    def review_wrong(self) -> "QuizWindow | None":
        module_id = self.current_module()
        module = self.window.session.library.module(module_id) if module_id else None
        title = self.tr("My wrong answers")
        attempt = self.service.start_review(self.profile_id, module_id, title=(
            f"{title} — {module.meta.title}" if module else title))
        if attempt is None and module_id is not None:
            attempt = self.service.start_review(self.profile_id, None, title=title)
        if attempt is None:
            self.inform(self.tr("Review my wrong answers"),
                        self.tr("There is nothing to review: every question you practised was answered right "
                                "the last time."))
            return None
        return self.open_attempt(attempt)

    # --- assessments --------------------------------------------------------------------------
    def _pick(self, title: str) -> "AssessmentDef | None":
        found, problems = self.service.list_assessments()
        if problems:
            self.inform(title, self.tr("Some assessment files could not be read:") + "\n\n" + "\n".join(problems))
        if not found:
            self.inform(title, self.tr("There are no assessments yet. A trainer creates one with "
                                       "Quiz › New assessment…"))
            return None
        labels = []
        for definition in found:
            left = self.service.attempts_left(self.profile_id, definition)
            labels.append(definition.title + ("" if left is None else "  " + self.tr("(%n attempt(s) left)", "", left)))
        index = self.choose(title, self.tr("Assessment:"), labels)
        return found[index] if index is not None else None

    def import_questions(self) -> "BankImportDialog":
        """GIFT, Aiken or Moodle XML into a module's bank, with a preview first."""
        from app.interop.bank_import_dialog import BankImportDialog

        dialog = BankImportDialog(self.window.session.library.modules, self.window, self.current_module())
        dialog.accepted.connect(lambda: self._bank_changed(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _bank_changed(self, dialog: "BankImportDialog") -> None:
        module = dialog.current_module()
        if module is not None and self._service is not None:
            self._service.bank(module.id, refresh=True)
        if dialog.imported:
            self.inform(self.tr("Questions imported"), dialog.summary.text())

    def export_questions(self) -> bool:
        module_id = self.current_module()
        if module_id is None:
            self.inform(self.tr("Export questions"), self.tr("Select a module in the library first."))
            return False
        from app.interop.bank_export import BankExporter

        self.exporter = BankExporter(self.window)
        return self.exporter.run(module_id)

    def new_assessment(self) -> "AssessmentDialog":
        return self._open_definition(None)

    def edit_assessment(self) -> "AssessmentDialog | None":
        definition = self._pick(self.tr("Edit assessment"))
        return self._open_definition(definition) if definition else None

    def _open_definition(self, definition: "AssessmentDef | None") -> "AssessmentDialog":
        from app.quiz.assessment_dialog import AssessmentDialog

        dialog = AssessmentDialog(self.service, definition, self.window)
        dialog.accepted.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Assessment “%1” saved.").replace("%1", dialog.definition.title), 5000))
        self.dialog = dialog
        dialog.open()
        return dialog

    def take_assessment(self, definition: "AssessmentDef | None" = None,
                        confirm: bool = True) -> "QuizWindow | None":
        from coursebook.quiz.attempts import QuizError

        definition = definition or self._pick(self.tr("Take assessment"))
        if definition is None:
            return None
        if self.service.attempts_left(self.profile_id, definition) == 0 and not any(
                a.quiz_id == definition.quiz_id for a in self.service.open_attempts(self.profile_id)):
            self.inform(definition.title, self.tr("You have no attempts left at this assessment."))
            return None
        if confirm:
            count = sum(d.count or self.service.available(d.module_id) for d in definition.draws)
            text = self.tr("“%1”: %n question(s).", "", count).replace("%1", definition.title)
            if definition.time_limit_minutes:
                text += " " + self.tr("Time limit: %n minute(s). When the time is up, the assessment is submitted "
                                      "automatically; the time keeps running if you close it.", "",
                                      int(definition.time_limit_minutes))
            text += "\n\n" + self.tr("The course text is not available during the assessment. Start now?")
            if not self.ask(self.tr("Take assessment"), text):
                return None
        try:
            attempt = self.service.start_assessment(self.profile_id, definition)
        except QuizError as exc:
            self.inform(definition.title, str(exc))
            return None
        return self.open_attempt(attempt)

    def open_reports(self) -> "QuizReports":
        from app.quiz.reports import QuizReports

        reports = QuizReports(self.service, self.window)
        self.dialog = reports
        reports.show()
        return reports

    # --- running an attempt -------------------------------------------------------------------
    def open_attempt(self, attempt: "Attempt") -> "QuizWindow":
        from app.quiz.window import QuizWindow

        if self.quiz is not None:
            self.quiz.close()
        quiz = QuizWindow(self.service, attempt, self.window)
        self.quiz = quiz
        if attempt.mode == ASSESSMENT:
            self._lock_course(True)
            quiz.finished.connect(lambda _code: self._lock_course(False))
        quiz.read_section.connect(self.read_section)
        quiz.submitted.connect(self.show_results)
        quiz.show()
        quiz.raise_()
        quiz.activateWindow()
        return quiz

    def _lock_course(self, locked: bool) -> None:
        """Hide the reader and disable the main window while an assessment runs."""
        window = self.window
        if locked:
            cards = getattr(window, "cards_dialog", None)
            if cards is not None:
                cards.close()
            if self._reading():
                window.show_library()
        window.centralWidget().setEnabled(not locked)
        for action in window.actions():
            if action.objectName() in ("actLibrary", "actBack", "actPrev", "actNext") or action in (
                    self.act_practice, self.act_review, self.act_take, self.act_new, self.act_edit, self.act_reports):
                action.setEnabled(not locked)
        if not locked:
            window._update_actions()

    def read_section(self, module_id: str, section_id: str) -> None:
        """Practice: "Read the section" opens it in the main window, beside the practice window."""
        if self.quiz is not None and self.quiz.attempt.mode == ASSESSMENT:
            return
        self.window.open_module(module_id, section_id)
        self.window.raise_()
        self.window.activateWindow()

    def show_results(self, attempt_id: int) -> "QuizResults":
        from app.quiz.results import QuizResults

        attempt = self.service.attempt(attempt_id)
        results = QuizResults(self.service, attempt, self.window)
        results.practise_again.connect(lambda module_id: self.practise(module_id))
        self.results = results
        results.show()
        return results

    # --- start-up -----------------------------------------------------------------------------
    def has_open_attempt(self) -> bool:
        """One cheap query (no quiz code, no questions loaded): is there anything to resume?"""
        try:
            return self.window.session.store.conn.execute(
                "SELECT 1 FROM attempts WHERE profile_id = ? AND finished IS NULL LIMIT 1",
                (self.profile_id,)).fetchone() is not None
        except sqlite3.Error:  # e.g. the store was closed before the offer came round
            return False

    def offer_resume(self) -> "QuizWindow | None":
        """Offer to continue an open attempt (with its time left); submit one whose time ran out."""
        if not self.has_open_attempt():
            return None
        from coursebook.quiz.attempts import QuizError

        from app.quiz.text import clock_text

        try:
            offer = self.service.resume(self.profile_id)
        except (QuizError, sqlite3.Error):
            return None
        for attempt in offer.auto_submitted:
            if attempt.mode == ASSESSMENT:
                self.inform(self.tr("Assessment submitted"), self.tr(
                    "The time for “%1” ran out while Coursebook was closed. It was submitted with the answers "
                    "you had given.").replace("%1", attempt.title))
                self.show_results(attempt.id)
        attempt = offer.attempt
        if attempt is None:
            return None
        answered = len(self.service.responses(attempt))
        if attempt.mode == ASSESSMENT:
            text = self.tr("You have not finished the assessment “%1” (%2 of %3 questions answered).").replace(
                "%1", attempt.title).replace("%2", str(answered)).replace("%3", str(len(attempt.slots)))
            if offer.remaining is not None:
                text += "\n\n" + self.tr("Time left: %1. The time keeps running.").replace(
                    "%1", clock_text(offer.remaining))
            text += "\n\n" + self.tr("Continue now?")
            if self.ask(self.tr("Continue the assessment?"), text):
                return self.open_attempt(attempt)
            return None
        text = self.tr("You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?").replace(
            "%1", attempt.title or self.tr("My wrong answers")).replace("%2", str(answered)).replace(
            "%3", str(len(attempt.slots)))
        if self.ask(self.tr("Continue practising?"), text):
            return self.open_attempt(attempt)
        self.service.submit(attempt)
        return None


def install(window: "MainWindow") -> None:
    """Add the Quiz menu to ``window`` and, once it is shown, offer to resume an open attempt."""
    controller = QuizController(window)
    window.quiz_controller = controller
    if controller.has_open_attempt():  # the offer waits until the window is on screen
        from app.qt import QTimer

        QTimer.singleShot(0, controller.offer_resume)
