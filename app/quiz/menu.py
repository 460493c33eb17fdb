"""The Quiz menu of the main window, and the offer to resume an open attempt at start-up.

``install(window)`` is the only entry point: the main window calls it once at the end of its
``__init__``. While an assessment runs, the window's reader is hidden (the library is shown) and the
main window is disabled, so the course text cannot be read during the assessment.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.qt import QAction, QKeySequence, QObject

if TYPE_CHECKING:  # the quiz windows and the core load on first use, not at start-up
    from app.qt import QMenu
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


#: After a trainer's window opens, the reports are prepared this many milliseconds later.
PREPARE_REPORTS_MS = 4000


class QuizController(QObject):
    """Owns the quiz service of a main window and opens the quiz windows and dialogs."""

    def __init__(self, window: "MainWindow", service: "QuizService | None" = None, menu: "QMenu | None" = None):
        """``menu``: the Quiz menu, already on the menu bar (else it is added before Help)."""
        super().__init__(window)
        self.setObjectName("quizController")
        self.window = window
        self._service = service
        self.quiz: QuizWindow | None = None
        self.results: QuizResults | None = None
        self.dialog = None
        self.locked = False
        self.banner = None
        #: The worker preparing the reports after a trainer logs in (:meth:`prepare_reports`).
        self.report_worker = None
        self._build_menu(menu)

    @property
    def service(self) -> "QuizService":
        if self._service is None:
            from coursebook.quiz.service import QuizService

            session = self.window.session
            self._service = QuizService(session.store, lambda: session.library,
                                        cache_dir=getattr(session, "cache", None), actor=session.actor)
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

    def _build_menu(self, menu: "QMenu | None" = None) -> None:
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
        self.menu = menu if menu is not None else bar.addMenu(self.tr("&Quiz"))
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
        if menu is None and len(actions) >= 2:  # before Help, which stays last
            bar.insertAction(actions[-2], self.menu.menuAction())
        self.menu.aboutToShow.connect(self._update_actions)

    def _update_actions(self) -> None:
        closed = self.course_closed()
        trainer = self.is_trainer
        self.act_practice.setEnabled(self.current_module() is not None and not closed)
        self.act_review.setEnabled(not closed)
        for action in (self.act_new, self.act_edit, self.act_reports, self.act_import, self.act_export):
            action.setVisible(trainer)
            action.setEnabled(trainer and not closed)

    @property
    def is_trainer(self) -> bool:
        return self.window.session.is_trainer

    def course_closed(self) -> bool:
        """Closed book: an assessment is open on this PC (any profile) and its time has not run out.

        Not for a trainer who gave the passphrase: the trainer is not taking the exam, and may need to
        end it (Classroom › Submit open assessments)."""
        from coursebook.classroom.closed_book import course_closed

        return course_closed(self.window.session.store, self.window.session.actor)

    def _refuse_if_closed(self, title: str) -> bool:
        if not self.course_closed():
            return False
        self.inform(title, self.tr("The course is closed while an assessment is open on this PC. It opens again "
                                   "when the assessment is submitted."))
        return True

    def _refuse_unless_trainer(self, title: str) -> bool:
        if self.is_trainer:
            return False
        self.inform(title, self.tr("Only a trainer can do this. Log in as trainer first (Classroom menu)."))
        return True

    def _reading(self) -> bool:
        window = self.window
        reader = getattr(window, "_reader", None)
        return reader is not None and window.stack.currentWidget() is reader

    def current_module(self) -> str | None:
        """The module open in the reader, else the one selected in the library."""
        window = self.window
        if self._reading() and window.reader.module is not None:
            return window.reader.module.id
        return window.selected_module()

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

        if self._refuse_if_closed(self.tr("Practise")):
            return None
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
            from app.i18n import tr_core

            self.inform(self.tr("Practise"), tr_core(exc))
            return None
        return self.open_attempt(attempt)

    def review_wrong(self) -> "QuizWindow | None":
        if self._refuse_if_closed(self.tr("Review my wrong answers")):
            return None
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
    def _pick(self, title: str, with_exams: bool = False) -> "AssessmentDef | None":
        """Choose an assessment; exam files (with their start code) too when ``with_exams``."""
        from app.i18n import tr_core

        found, problems = self.service.list_assessments()
        exams = self.service.exam_files() if with_exams else []
        if problems:
            self.inform(title, self.tr("Some assessment files could not be read:") + "\n\n" + "\n".join(tr_core(p) for p in problems))
        if not found and not exams:
            self.inform(title, self.tr("There are no assessments yet. A trainer creates one with "
                                       "Quiz › New assessment…, or adds an exam file (Classroom menu)."))
            return None
        labels = []
        for header in exams:
            labels.append(self.tr("%1 — exam (start code needed)").replace("%1", header.title))
        for definition in found:
            left = self.service.attempts_left(self.profile_id, definition)
            label = definition.title
            if with_exams:
                label = self.tr("%1 — practice test (public question banks)").replace("%1", definition.title)
            labels.append(label + ("" if left is None else "  " + self.tr("(%n attempt(s) left)", "", left)))
        index = self.choose(title, self.tr("Assessment:"), labels)
        if index is None:
            return None
        if index >= len(exams):
            return found[index - len(exams)]
        header = exams[index]
        opened = self.service.exam_definition(header.id)
        if opened is not None:
            return opened
        from coursebook.classroom.examfile import ExamFileError

        code = self.ask_code(header.title)
        if code is None:
            return None
        try:
            return self.service.unlock_exam(header.id, code)
        except ExamFileError as exc:
            self.inform(title, tr_core(exc))
            return None

    def ask_code(self, title: str) -> str | None:
        """The start code the trainer gives the class (tests replace this)."""
        from app.qt import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(self.window, self.tr("Start code"),
                                        self.tr("Start code for “%1”:").replace("%1", title), QLineEdit.EchoMode.Normal)
        return text if ok else None

    def import_questions(self) -> "BankImportDialog | None":
        """GIFT, Aiken or Moodle XML into a module's bank, with a preview first. Trainer only."""
        title = self.tr("Import questions")
        if self._refuse_unless_trainer(title) or self._refuse_if_closed(title):
            return None
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
        """A module's bank as GIFT, Aiken or Moodle XML. Trainer only."""
        title = self.tr("Export questions")
        if self._refuse_unless_trainer(title) or self._refuse_if_closed(title):
            return False
        module_id = self.current_module()
        if module_id is None:
            self.inform(self.tr("Export questions"), self.tr("Select a module in the library first."))
            return False
        from app.interop.bank_export import BankExporter

        self.exporter = BankExporter(self.window)
        return self.exporter.run(module_id)

    def new_assessment(self) -> "AssessmentDialog | None":
        if self._refuse_unless_trainer(self.tr("New assessment")) or self._refuse_if_closed(self.tr("New assessment")):
            return None
        return self._open_definition(None)

    def edit_assessment(self) -> "AssessmentDialog | None":
        if self._refuse_unless_trainer(self.tr("Edit assessment")) or self._refuse_if_closed(self.tr("Edit assessment")):
            return None
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

        open_here = [a for a in self.service.open_attempts(self.profile_id) if a.is_assessment]
        if definition is None and open_here:  # closed book: continue the open one, nothing else
            return self.continue_attempt(open_here[0])
        definition = definition or self._pick(self.tr("Take assessment"), with_exams=True)
        if definition is None:
            return None
        if not self.service.can_take(self.profile_id, definition):
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
            from app.i18n import tr_core

            self.inform(definition.title, tr_core(exc))
            return None
        return self.open_attempt(attempt)

    def prepare_reports(self) -> None:
        """For a trainer: grade and check everything the reports show on a worker thread, while nothing
        else is asked, so the Reports dialog opens on the signed cache (with a million answers the first
        grading takes ~11 s; from the cache the tables fill in ~0.2 s). The dialog takes this worker over."""
        window = self.window
        reports_open = self.dialog is not None and self.dialog.objectName() == "quizReports" and self.dialog.isVisible()
        if not window.session.is_trainer or self.report_worker is not None or reports_open or self.locked:
            return
        from app.qt import QCoreApplication
        from app.quiz.report_worker import ReportWorker

        worker = self.report_worker = ReportWorker(self.service)
        self.destroyed.connect(lambda *_args: worker.stop())
        # what the dialog asks first: every quiz, and the questions with its words for true and false
        worker.request("learners", None, None)
        worker.request("questions", None, None, QCoreApplication.translate("QuizReports", "True"),
                       QCoreApplication.translate("QuizReports", "False"))

    def open_reports(self) -> "QuizReports | None":
        if self._refuse_unless_trainer(self.tr("Reports")) or self._refuse_if_closed(self.tr("Reports")):
            return None
        from app.quiz.reports import QuizReports

        worker, self.report_worker = self.report_worker, None  # the dialog takes over what was prepared
        reports = QuizReports(self.service, self.window, worker)
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
            from coursebook.classroom import exam_marker

            exam_marker.mark(self.window.session.store.folder)
            self._lock_course(True)
            quiz.finished.connect(lambda _code: self._after_assessment_window())
        quiz.read_section.connect(self.read_section)
        quiz.submitted.connect(self.show_results)
        quiz.show()
        quiz.raise_()
        quiz.activateWindow()
        return quiz

    def continue_attempt(self, attempt: "Attempt") -> "QuizWindow | None":
        """Open an attempt again; an exam file's attempt asks for the start code first."""
        if self.service.exam_locked(attempt):
            from coursebook.classroom.examfile import ExamFileError

            from app.i18n import tr_core

            code = self.ask_code(attempt.title)
            if code is None:
                return None
            try:
                self.service.unlock_exam(str(attempt.settings.get("id")), code)
            except ExamFileError as exc:
                self.inform(attempt.title, tr_core(exc))
                return None
        return self.open_attempt(attempt)

    def _show_banner(self, text: str) -> None:
        """A bar above the library while the book is closed, with the way back into the assessment."""
        from app.qt import QLabel, QToolBar

        if self.banner is None:
            self.banner = QToolBar(self.tr("Assessment"))
            self.banner.setObjectName("examBanner")
            self.banner.setMovable(False)
            self.banner_label = QLabel()
            self.banner_label.setObjectName("quizNote")
            self.banner_label.setWordWrap(True)
            self.banner_label.setMinimumWidth(640)
            self.banner.addWidget(self.banner_label)
            resume = QAction(self.tr("Continue the assessment"), self.banner)
            resume.setObjectName("actContinueAssessment")
            resume.triggered.connect(lambda _checked=False: self.take_assessment())
            self.banner.addAction(resume)
            self.window.addToolBarBreak()
            self.window.addToolBar(self.banner)
        self.banner_label.setText(text)
        self.banner.show()

    def _after_assessment_window(self) -> None:
        """The assessment window closed: the course opens only if no assessment is still open."""
        closed = self.course_closed()
        self._lock_course(closed)
        if closed:
            text = self.tr("An assessment is open: the course stays closed and the time keeps running. "
                           "Continue it with Quiz › Take assessment…")
            self.window.statusBar().showMessage(text)
            self._show_banner(text)
        else:
            if self.banner is not None:
                self.banner.hide()
            from coursebook.classroom import exam_marker

            exam_marker.clear(self.window.session.store.folder)
            self.window.statusBar().clearMessage()

    def lock_if_exam(self) -> None:
        """At start-up: closed book while any assessment on this PC is open."""
        if self.course_closed():
            self._lock_course(True)
            text = self.tr("An assessment is open on this PC: the course is closed until it is submitted.")
            self.window.statusBar().showMessage(text)
            self._show_banner(text)

    def _lock_course(self, locked: bool) -> None:
        """Hide the reader and disable the main window while an assessment is open (closed book)."""
        window = self.window
        self.locked = locked
        if locked:
            cards = getattr(window, "cards_dialog", None)
            if cards is not None:
                cards.close()
            presenting = getattr(getattr(window, "trainer", None), "presenter", None)
            if presenting is not None and not self.window.session.is_trainer:
                presenting.end()
            if self._reading():
                window.show_library()
        window.centralWidget().setEnabled(not locked)
        for action in window.actions():
            if action.objectName() in ("actLibrary", "actBack", "actPrev", "actNext", "actPresent", "actPresentHere",
                                       "actHandouts") or action in (
                    self.act_practice, self.act_review, self.act_new, self.act_edit, self.act_reports,
                    self.act_import, self.act_export):
                action.setEnabled(not locked)
        self.act_take.setEnabled(True)  # the way back into the open assessment
        if not locked:
            window._update_actions()
            self._update_actions()

    def read_section(self, module_id: str, section_id: str) -> None:
        """Practice: "Read the section" opens it in the main window, beside the practice window."""
        if (self.quiz is not None and self.quiz.attempt.mode == ASSESSMENT) or self.course_closed():
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
        from coursebook.quiz.open_attempts import has_open_attempt

        return has_open_attempt(self.window.session.store.conn, self.profile_id)

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
                return self.continue_attempt(attempt)
            return None
        text = self.tr("You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?").replace(
            "%1", attempt.title or self.tr("My wrong answers")).replace("%2", str(answered)).replace(
            "%3", str(len(attempt.slots)))
        if self.ask(self.tr("Continue practising?"), text):
            return self.open_attempt(attempt)
        self.service.submit(attempt)
        return None


def install(window: "MainWindow", menu: "QMenu | None" = None) -> None:
    """Fill the Quiz menu of ``window`` (``menu``, else a new one) and, once it is shown, offer to resume
    an open attempt."""
    controller = QuizController(window, menu=menu)
    window.quiz_controller = controller
    window.course_closed = controller.course_closed
    controller.lock_if_exam()
    controller._update_actions()
    from app.qt import QTimer

    if controller.has_open_attempt():  # the offer waits until the window is on screen
        QTimer.singleShot(0, controller.offer_resume)
    if window.session.is_trainer:
        QTimer.singleShot(PREPARE_REPORTS_MS, controller.prepare_reports)
