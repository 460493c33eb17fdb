"""The Classroom menu: switch profile, log in as trainer, add or make an exam file.

Switching profile (or logging in as trainer) opens a fresh main window for that profile: progress,
answers and settings are per profile, so nothing of the previous one stays on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.qt import QAction, QObject

if TYPE_CHECKING:
    from app.qt import QMenu
    from coursebook.classroom.auth import Actor
    from coursebook.store import Profile

    from app.main_window import MainWindow


class ClassroomController(QObject):
    def __init__(self, window: "MainWindow", menu: "QMenu | None" = None):
        """``menu``: the Classroom menu, already on the menu bar (else it is added before Help)."""
        super().__init__(window)
        self.setObjectName("classroomController")
        self.window = window
        #: The window that replaced this one after a switch (kept alive here and on the application).
        self.successor: "MainWindow | None" = None
        self.dialog = None
        given = menu
        menu = menu if menu is not None else window.menuBar().addMenu(self.tr("&Classroom"))
        menu.setObjectName("classroomMenu")
        self.menu = menu
        self.act_switch = self._action(self.tr("&Switch profile…"), self.switch_profile, "actSwitchProfile")
        self.act_login = self._action(self.tr("Log in as &trainer…"), self.trainer_login, "actTrainerLogin")
        self.act_add_exam = self._action(self.tr("&Add exam file…"), self.add_exam_file, "actAddExam")
        self.act_make_exam = self._action(self.tr("&Make exam file…"), self.make_exam_file, "actMakeExam")
        self.act_submit_open = self._action(self.tr("S&ubmit open assessments…"), self.submit_open,
                                            "actSubmitOpen")
        self.act_hand_in = self._action(self.tr("&Hand in results…"), self.hand_in, "actHandIn")
        self.act_import = self._action(self.tr("&Import results…"), self.import_results, "actImportResults")
        self.act_gradebook = self._action(self.tr("&Gradebook…"), self.open_gradebook, "actGradebook")
        self.act_my_results = self._action(self.tr("&My results…"), self.open_my_results, "actMyResults")
        self.act_receive_marks = self._action(self.tr("&Receive marks…"), self.receive_marks, "actReceiveMarks")
        for action in (self.act_switch, self.act_login, None, self.act_add_exam, self.act_make_exam,
                       self.act_submit_open, None, self.act_my_results, self.act_hand_in, self.act_receive_marks,
                       self.act_import, self.act_gradebook):
            menu.addSeparator() if action is None else menu.addAction(action)
        # trainer: question statistics and knowledge gain, checking a certificate
        self.act_statistics = self._action(self.tr("Question &statistics…"), self.open_statistics, "actStatistics")
        self.act_verify = self._action(self.tr("&Verify certificate…"), self.open_verify, "actVerifyCertificate")
        menu.addAction(self.act_statistics)
        menu.addAction(self.act_verify)
        actions = window.menuBar().actions()
        if given is None and len(actions) >= 2:  # before Help
            window.menuBar().insertAction(actions[-2], menu.menuAction())
        self.update_actions()

    def _action(self, text: str, slot, name: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    @property
    def session(self):  # noqa: ANN201
        return self.window.session

    def update_actions(self) -> None:
        trainer = self.session.is_trainer
        self.act_make_exam.setEnabled(trainer)
        self.act_submit_open.setEnabled(trainer)
        self.act_import.setEnabled(trainer)
        self.act_gradebook.setEnabled(trainer)
        self.act_statistics.setEnabled(trainer)
        self.act_verify.setEnabled(trainer)
        self.act_login.setText(self.tr("Log &out trainer") if trainer else self.tr("Log in as &trainer…"))

    # --- prompts (tests replace these) --------------------------------------------------------
    def inform(self, title: str, text: str) -> None:
        from app.qt import QMessageBox

        QMessageBox.information(self.window, title, text)

    # --- profiles -----------------------------------------------------------------------------
    def switch_to(self, profile: "Profile", actor: "Actor") -> "MainWindow":
        """Close this window (its place and time are saved) and open one for ``profile``, in that
        profile's language and look."""
        from app.main import show_main_window
        from app.qt import QApplication

        session = self.session.for_profile(profile, actor)
        app = QApplication.instance()
        successor = show_main_window(app, session)
        successor.resize(self.window.size())
        app.coursebook_session = session
        self.successor = successor
        successor.show()
        self.window.close()
        return successor

    def switch_profile(self) -> "MainWindow | None":
        from app.classroom.profile_picker import ProfilePicker
        from app.qt import QDialog

        picker = ProfilePicker(self.session.store, self.window)
        self.dialog = picker
        if picker.exec() != QDialog.DialogCode.Accepted or picker.profile is None:
            return None
        return self.switch_to(picker.profile, picker.actor)

    def trainer_login(self) -> "MainWindow | None":
        """Log in as trainer (a window for the trainer's profile), or log out back to the picker."""
        from app.qt import QDialog

        if self.session.is_trainer:
            return self.switch_profile()
        from app.classroom.trainer_login import TrainerLogin

        login = TrainerLogin(self.session.store, self.window)
        self.dialog = login
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return None
        return self.switch_to(login.actor.profile, login.actor)

    def ask(self, title: str, text: str) -> bool:
        from app.qt import QMessageBox

        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def submit_open(self) -> int:
        """Trainer: end every assessment still open on this PC (e.g. a learner left without submitting)."""
        from coursebook.classroom.closed_book import open_exams, submit_open
        from coursebook.classroom.errors import NotAllowed

        from app.i18n import tr_core

        title = self.tr("Submit open assessments")
        if not self.session.is_trainer:
            self.inform(title, self.tr("Only a trainer can do this. Log in as trainer first (Classroom menu)."))
            return 0
        waiting = len(open_exams(self.session.store.conn))
        if not waiting:
            self.inform(title, self.tr("No assessment is open on this PC."))
            return 0
        if not self.ask(title, self.tr("Submit %n open assessment(s) now, with the answers given so far?", "",
                                       waiting)):
            return 0
        try:
            count = submit_open(self.window.quiz_controller.service)
        except NotAllowed as exc:
            self.inform(title, tr_core(exc))
            return 0
        self.inform(title, self.tr("%n assessment(s) submitted and sealed.", "", count))
        return count

    # --- results on a USB stick ---------------------------------------------------------------
    def hand_in(self, folder: str | None = None) -> Path | None:
        """Write this profile's signed results file into a folder the learner picks (the USB stick)."""
        from coursebook.classroom import results_file

        from app.i18n import tr_core

        title = self.tr("Hand in results")
        if not folder:
            from app.qt import QFileDialog

            folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder to hand in to (e.g. the USB stick)"))
        if not folder:
            return None
        try:
            path = results_file.export(self.session.store, self.session.profile, Path(folder))
        except (results_file.ResultsError, OSError) as exc:
            self.inform(title, tr_core(exc))
            return None
        self.inform(title, self.tr("Your results were written to %1. Give the stick to your trainer.")
                    .replace("%1", str(path)))
        return path

    def import_results(self, paths: list[str] | None = None):  # noqa: ANN201 - ImportReport | None
        """Trainer: verify and merge many results files into the gradebook, with a progress bar."""
        from coursebook.classroom import results_file

        from app.i18n import tr_core
        from app.qt import QProgressDialog, QApplication

        title = self.tr("Import results")
        if not self.session.is_trainer:
            self.inform(title, self.tr("Only a trainer can do this. Log in as trainer first (Classroom menu)."))
            return None
        if paths is None:
            from app.qt import QFileDialog

            paths, _ = QFileDialog.getOpenFileNames(self.window, title, "",
                                                    self.tr("Coursebook results (*.cbresults)"))
        if not paths:
            return None
        files = results_file.collect([Path(p) for p in paths])
        progress = QProgressDialog(self.tr("Checking and merging results files…"), "", 0, len(files), self.window)
        progress.setObjectName("importProgress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        self.dialog = progress

        def step(done: int, total: int) -> None:
            progress.setValue(done)
            QApplication.processEvents()

        report = results_file.import_files(self.session.store, files, step, self.session.actor)
        progress.close()
        text = self.tr("Files imported: %1. New attempts: %2. Refused files: %3.").replace(
            "%1", str(report.files)).replace("%2", str(report.new_attempts)).replace("%3", str(len(report.refused)))
        if report.refused:
            text += "\n\n" + "\n".join(tr_core(reason) for _name, reason in report.refused)
        self.inform(title, text)
        return report

    def receive_marks(self, paths: list[str] | None = None):  # noqa: ANN201 - ReceiveReport | None
        """Any user: record the marks files the trainer returned (from the USB stick) for this PC's attempts."""
        from coursebook.classroom import marks_file

        from app.i18n import tr_core

        title = self.tr("Receive marks")
        if paths is None:
            from app.qt import QFileDialog

            paths, _ = QFileDialog.getOpenFileNames(self.window, title, "",
                                                    self.tr("Coursebook marks (*.cbmarks)"))
        if not paths:
            return None
        report = marks_file.receive(self.session.store, [Path(p) for p in paths])
        text = self.tr("Files received: %1. Attempts with new marks: %2. Refused files: %3.").replace(
            "%1", str(report.files)).replace("%2", str(report.applied)).replace("%3", str(len(report.refused)))
        if report.not_here:
            text += "\n" + self.tr("Attempts not on this PC (left out): %1.").replace("%1", str(report.not_here))
        if report.refused:
            text += "\n\n" + "\n".join(tr_core(reason) for _name, reason in report.refused)
        self.inform(title, text)
        return report

    def open_my_results(self):  # noqa: ANN201 - MyResults
        """This profile's submitted assessments, each to reopen with the trainer's comments."""
        from app.classroom.my_results import MyResults

        quiz = self.window.quiz_controller
        window = MyResults(quiz.service, self.session.profile.id, quiz.show_results, self.window)
        self.dialog = window
        window.show()
        return window

    def open_gradebook(self):  # noqa: ANN201 - GradebookWindow | None
        """Trainer: the gradebook of handed-in results."""
        from app.classroom.gradebook_window import GradebookWindow

        return self._trainer_window(self.tr("Gradebook"), GradebookWindow)

    def _trainer_window(self, title: str, make):  # noqa: ANN001, ANN202 - the window, or None for a learner
        """A trainer window over the gradebook (store, actor, questions); a learner is told why not."""
        if not self.session.is_trainer:
            self.inform(title, self.tr("Only a trainer can do this. Log in as trainer first (Classroom menu)."))
            return None
        window = make(self.session.store, self.session.actor, self.window.quiz_controller.service.question,
                      self.window)
        self.dialog = window
        window.show()
        return window

    def open_statistics(self):  # noqa: ANN201 - StatisticsWindow | None
        """Trainer: question statistics and knowledge gain over the handed-in results."""
        from app.classroom.statistics_window import StatisticsWindow

        return self._trainer_window(self.tr("Question statistics"), StatisticsWindow)

    def open_verify(self):  # noqa: ANN201 - VerifyCertificate | None
        """Trainer: check a certificate's verification code against this PC's gradebook."""
        from app.classroom.verify_certificate import VerifyCertificate

        return self._trainer_window(self.tr("Verify certificate"), VerifyCertificate)

    # --- exam files ---------------------------------------------------------------------------
    def add_exam_file(self, path: str | None = None) -> bool:
        """Copy an exam file the trainer handed out into the data folder (it stays encrypted)."""
        from coursebook.classroom import examfile

        from app.i18n import tr_core

        if not path:
            from app.qt import QFileDialog

            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Add exam file"), "",
                                                  self.tr("Coursebook exam (*.cbexam)"))
        if not path:
            return False
        try:
            header = examfile.install(self.session.store.folder, Path(path))
        except (examfile.ExamFileError, OSError) as exc:
            self.inform(self.tr("Add exam file"), tr_core(exc))
            return False
        self.inform(self.tr("Add exam file"), self.tr(
            "“%1” was added. Learners take it under Quiz › Take assessment… with the start code the trainer "
            "gives the class.").replace("%1", header.title))
        return True

    def make_exam_file(self, source: str | None = None, code: str | None = None, out: str | None = None) -> bool:
        """Trainer: pack an assessment (JSON) and its question banks into an encrypted exam file."""
        from coursebook.classroom import examfile
        from coursebook.classroom.auth import require_trainer
        from coursebook.classroom.errors import NotAllowed

        from app.i18n import tr_core
        from app.qt import QFileDialog, QInputDialog, QLineEdit

        try:
            require_trainer(self.session.actor)
        except NotAllowed as exc:
            self.inform(self.tr("Make exam file"), tr_core(exc))
            return False
        if not source:
            source, _ = QFileDialog.getOpenFileName(self.window, self.tr("Assessment to pack"),
                                                    str(self.session.store.folder / "assessments"),
                                                    self.tr("Assessment (*.json)"))
            if not source:
                return False
        if code is None:
            code, ok = QInputDialog.getText(self.window, self.tr("Make exam file"), self.tr(
                "Start code (at least 6 letters or digits; give it to the class when the exam starts):"),
                QLineEdit.EchoMode.Normal)
            if not ok:
                return False
        if not out:
            out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save exam file"),
                                                 str(Path.home() / (Path(source).stem + examfile.SUFFIX)),
                                                 self.tr("Coursebook exam (*.cbexam)"))
            if not out:
                return False
        from coursebook.classroom.signed import installation_public_key

        banks = {m.id: m.quiz_path for m in self.session.library.modules}
        try:  # the file carries this PC's public key: the marks returned for the exam verify with it
            examfile.pack(Path(source), code, Path(out), banks, installation_public_key(self.session.store.folder))
        except (examfile.ExamFileError, OSError) as exc:
            self.inform(self.tr("Make exam file"), tr_core(exc))
            return False
        self.inform(self.tr("Make exam file"), self.tr("The exam file was saved: %1").replace("%1", out))
        return True


def install(window: "MainWindow", menu: "QMenu | None" = None) -> ClassroomController:
    controller = ClassroomController(window, menu)
    window.classroom_controller = controller
    return controller
