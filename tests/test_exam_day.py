"""A whole exam day through real widgets, on two PCs (two data folders).

The trainer's PC: log in, define the assessment in its dialog and pack it as an exam file (with an essay
question). The classroom PC: two new learners
(one with a PIN) pick themselves in the profile picker, add the exam file, take it with the start code
(answers given in the question widgets), hand in to a folder (the USB stick). The trainer's PC imports the
folder, grades an essay in the gradebook window with a comment, exports CSV, Excel and the PDF report,
saves a certificate whose code *Verify certificate…* accepts, and returns the marks. The classroom PC
receives them and *My results* shows the trainer's grade and comment. Core calls only where there is no
GUI (making the trainer profile); file dialogs are answered with the path a person would choose.
"""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest

from coursebook.classroom import certificate, marks_file, profiles
from coursebook.loader import load_library
from coursebook.store import Store

from app.qt import QApplication, QDialog, Qt, QTimer
from test_classroom_gui import no_stale_window, prompts  # noqa: F401 - fixtures shared with the classroom tests
from tests.conftest import CONTENT

MAS = "medagencijsko-sodelovanje"
PASSPHRASE = "correct horse battery"
CODE = "DAN7-IZPIT"
ESSAY_ANA = "Police, labour inspection and NGOs share cases."
ESSAY_BOR = "They meet."
COMMENT = "Good: name one joint case next time."
BANK = """module: medagencijsko-sodelovanje
questions:
  - id: day-tf
    type: truefalse
    section: uvod
    difficulty: easy
    text: Trafficking in human beings always crosses a border.
    feedback: It also happens within one country.
    answer: false
  - id: day-single
    type: single
    section: uvod
    difficulty: easy
    text: On which levels does cooperation between institutions help?
    options:
      - text: Only in one municipality.
      - text: National, regional and international.
        correct: true
      - text: Only within the European Union.
    feedback: See the introduction.
  - id: day-essay
    type: essay
    section: uvod
    difficulty: hard
    text: Describe how the agencies cooperate.
    guidance: Three agencies, one example each.
    feedback: See the introduction.
"""


@pytest.fixture
def content(tmp_path):
    """One real module whose bank is a true/false, a single-choice and an essay question."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT / "thb" / "06-medagencijsko-sodelovanje", root / "thb" / "06-medagencijsko-sodelovanje")
    shutil.copy(CONTENT / "thb" / "course.yaml", root / "thb" / "course.yaml")
    (root / "thb" / "06-medagencijsko-sodelovanje" / "quiz.yaml").write_text(BANK, encoding="utf-8")
    return root


@pytest.fixture
def said(prompts, monkeypatch):
    """What the controllers tell the user, yes to every question, the start code when asked for it, and
    the exam chosen from the list of assessments."""
    from app.quiz import menu as quiz_menu

    monkeypatch.setattr(quiz_menu.QuizController, "ask_code", lambda self, title: CODE.lower())
    monkeypatch.setattr(quiz_menu.QuizController, "choose",
                        lambda self, title, label, items: next(i for i, t in enumerate(items) if "Exam day" in t))
    return prompts


def when_modal(act) -> None:  # noqa: ANN001
    """Answer the next modal dialog the way a person would (``act(dialog)``), once it is on screen."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


def open_window(qtbot, session):
    from app.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def new_learner(qtbot, picker, name: str, pin: str = "") -> None:
    def fill(dialog) -> None:  # noqa: ANN001
        dialog.name.insert(name)  # as typed (QTest types no letters outside Latin-1 such as Č)
        if pin:
            qtbot.keyClicks(dialog.pin, pin)
        dialog.create()

    when_modal(fill)
    click(qtbot, picker.new_button)
    assert picker.list.currentItem().text().startswith(name)


def pick(qtbot, store, name: str, pin: str | None = None):
    from app.classroom.profile_picker import ProfilePicker

    picker = ProfilePicker(store)
    qtbot.addWidget(picker)
    picker.show()
    picker.ask_pin = lambda _name: pin
    picker.select(name)
    click(qtbot, picker.open_button)
    assert picker.profile is not None and picker.profile.name == name
    return picker


def take_exam(qtbot, window, right: bool, essay: str) -> int:
    """Take the exam file in the quiz window: a click per choice, the essay typed; submit. The attempt id."""
    quiz = window.quiz_controller.take_assessment()
    assert quiz is not None and quiz.attempt.settings["source"] == "exam"
    qtbot.addWidget(quiz)
    quiz.ask = lambda *_a: True  # "Leave the assessment?" and "Submit?" are answered yes
    for number in range(len(quiz.slots)):
        quiz.go(number)
        page = quiz.pages[number]
        question = page.question
        if question.type == "truefalse":
            (page.answer.false_button if right else page.answer.true_button).click()
        elif question.type == "single":
            good = next(i for i, o in enumerate(question.options) if o.weight > 0)
            page.answer.buttons[good].click()
        else:
            qtbot.keyClicks(page.answer.edit, essay)
    quiz.go((quiz.current + 1) % len(quiz.slots))  # leaving the last page saves what was typed there
    assert quiz.answered_label.text() == "Answered: 3 of 3"
    with qtbot.waitSignal(quiz.submitted, timeout=3000):
        click(qtbot, quiz.finish_button)
    window.quiz_controller.results.close()
    return quiz.attempt.id


def test_a_whole_exam_day(qtbot, tmp_path, content, said):
    from app.classroom.gradebook_window import GradebookWindow
    from app.session import Session

    library = load_library(content)
    trainer_pc = Store(tmp_path / "trainer-pc")
    classroom_pc = Store(tmp_path / "classroom-pc")
    stick = tmp_path / "stick"
    try:
        # --- the trainer's PC: log in through the dialog and make the exam file -------------------
        trainer = profiles.add_trainer(trainer_pc, "Trener", PASSPHRASE)  # the command line makes trainers
        desk = open_window(qtbot, Session(trainer_pc, trainer, content, None, library=library))
        assert not desk.classroom_controller.act_make_exam.isEnabled()

        def log_in(dialog) -> None:  # noqa: ANN001
            qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
            click(qtbot, dialog.ok_button())

        when_modal(log_in)
        desk = desk.classroom_controller.trainer_login()
        qtbot.addWidget(desk)
        assert desk.session.is_trainer and desk.classroom_controller.act_make_exam.isEnabled()
        form = desk.quiz_controller.new_assessment()  # Quiz › New assessment…
        qtbot.addWidget(form)
        qtbot.keyClicks(form.title_edit, "Exam day")
        bank, count = form.bank_rows[MAS]
        bank.click()
        count.setValue(0)  # "all": the three questions, the essay among them
        form.time_limit.setValue(30)
        form.pass_mark.setValue(60)
        form.attempts.setValue(1)
        for box in (form.show_correctness, form.show_answers, form.show_feedback):
            box.setChecked(True)
        assert form.question_count() == 3
        click(qtbot, form.save_button)
        assert form.result() == QDialog.DialogCode.Accepted
        source = desk.quiz_controller.service.assessments.path(form.definition.id)
        assert json.loads(source.read_text(encoding="utf-8"))["pass_percent"] == 60
        packed = tmp_path / "exam-day.cbexam"
        assert desk.classroom_controller.make_exam_file(str(source), CODE, str(packed))  # Make exam file…
        assert b"Describe how the agencies" not in packed.read_bytes()  # the questions travel encrypted

        # --- the classroom PC: two new learners, the exam file, the exam with the start code -----------
        from app.classroom.profile_picker import ProfilePicker

        first = ProfilePicker(classroom_pc)
        qtbot.addWidget(first)
        first.show()
        new_learner(qtbot, first, "Ana Čeh", "2468")
        new_learner(qtbot, first, "Bor")
        assert [p.name for p in classroom_pc.profiles()] == ["Ana Čeh", "Bor"]
        wrong = ProfilePicker(classroom_pc)
        qtbot.addWidget(wrong)
        wrong.ask_pin = lambda _name: "1111"
        wrong.select("Ana Čeh")
        click(qtbot, wrong.open_button)
        assert wrong.profile is None and wrong.message.text() == "The PIN is not right."
        ana_pick = pick(qtbot, classroom_pc, "Ana Čeh", "2468")
        room = open_window(qtbot, Session(classroom_pc, ana_pick.profile, content, None, library=library,
                                          actor=ana_pick.actor))
        assert room.classroom_controller.add_exam_file(str(packed))
        ana_attempt = take_exam(qtbot, room, right=True, essay=ESSAY_ANA)
        assert room.classroom_controller.hand_in(str(stick)).parent == stick
        bor_pick = pick(qtbot, classroom_pc, "Bor")
        room = room.classroom_controller.switch_to(bor_pick.profile, bor_pick.actor)
        qtbot.addWidget(room)
        bor_attempt = take_exam(qtbot, room, right=False, essay=ESSAY_BOR)
        assert room.classroom_controller.hand_in(str(stick)).name.startswith("Bor-")
        assert len(list(stick.glob("*.cbresults"))) == 2

        # --- the trainer's PC: import, grade the essay, export, certificate, return the marks ---------
        report = desk.classroom_controller.import_results([str(stick)])
        assert (report.files, report.new_attempts, report.refused) == (2, 2, [])
        assert "Files imported: 2. New attempts: 2. Refused files: 0." in said[-1]
        book = desk.classroom_controller.open_gradebook()
        assert isinstance(book, GradebookWindow)
        qtbot.addWidget(book)
        rows = {book.cells.topLevelItem(i).text(0): book.cells.topLevelItem(i) for i in range(book.cells.topLevelItemCount())}
        assert set(rows) == {"Ana Čeh", "Bor"} and rows["Ana Čeh"].text(6) == "1"  # an essay waits
        book.cells.setCurrentItem(rows["Ana Čeh"])
        essay = next(book.answers.topLevelItem(i) for i in range(book.answers.topLevelItemCount())
                     if book.answers.topLevelItem(i).text(1) == ESSAY_ANA)
        assert essay.text(2) == "waiting"
        book.answers.setCurrentItem(essay)
        assert book.save.isEnabled()
        book.mark.selectAll()
        qtbot.keyClicks(book.mark, "80")
        qtbot.keyClicks(book.comment, COMMENT)
        click(qtbot, book.save)
        ana_row = next(book.cells.topLevelItem(i) for i in range(book.cells.topLevelItemCount())
                       if book.cells.topLevelItem(i).text(0) == "Ana Čeh")
        assert (ana_row.text(2), ana_row.text(3), ana_row.text(6)) == ("93.33", "passed", "0")
        book.ask_path = lambda extension: str(tmp_path / f"gradebook.{extension}")
        click(qtbot, book.export_csv)
        lines = (tmp_path / "gradebook.csv").read_bytes().decode("utf-8-sig").splitlines()
        assert lines[1].startswith("Ana Čeh,Exam day,93.33,passed") and lines[2].startswith("Bor,Exam day,,")
        click(qtbot, book.export_xlsx)
        sheet = zipfile.ZipFile(tmp_path / "gradebook.xlsx").read("xl/worksheets/sheet1.xml").decode()
        assert "<v>93.33</v>" in sheet
        told: list[str] = []
        book.inform = lambda title, text: told.append(text)
        book.ask_save = lambda proposed: str(tmp_path / proposed.name)  # the name proposed, in the test's folder
        click(qtbot, book.export_pdf)
        from tests.pdftext import read_pdf

        report_text = " ".join(" ".join(read_pdf(next(tmp_path.glob("gradebook*.pdf")))["pages"]).split())
        assert "Ana Čeh" in report_text and "Bor" in report_text
        book.ask_save = lambda proposed: str(tmp_path / "certificate.pdf")
        book.cells.setCurrentItem(ana_row)
        assert book.certificate_button.isEnabled()
        click(qtbot, book.certificate_button)
        assert (tmp_path / "certificate.pdf").read_bytes().startswith(b"%PDF")
        code = told[-1].rsplit(" ", 1)[-1]
        check = desk.classroom_controller.open_verify()
        qtbot.addWidget(check)
        qtbot.keyClicks(check.code, code.lower())
        click(qtbot, check.check)
        assert check.answer.text().startswith("Valid: Ana Čeh passed “Exam day” with 93.33 %")
        found = certificate.verify(trainer_pc, desk.session.actor, desk.quiz_controller.service.question, code)
        assert found.learner == "Ana Čeh"
        back = tmp_path / "back"
        book.ask_folder = lambda: str(back)
        click(qtbot, book.return_button)
        assert sorted(p.name.split("-")[0] for p in back.glob("*.cbmarks")) == ["Ana", "Bor"]
        assert told and told[-1].startswith("2 marks files written to")

        # --- the classroom PC: Bor receives the marks, Ana sees the trainer's comment -------------------
        before = classroom_pc.conn.execute("SELECT * FROM ledger ORDER BY profile_id, seq").fetchall()
        got = room.classroom_controller.receive_marks([str(p) for p in sorted(back.glob("*.cbmarks"))])
        assert (got.files, got.applied, got.refused) == (2, 2, [])
        assert "Files received: 2. Attempts with new marks: 2. Refused files: 0." in said[-1]
        assert classroom_pc.conn.execute("SELECT * FROM ledger ORDER BY profile_id, seq").fetchall() == before
        mine = room.classroom_controller.open_my_results()
        qtbot.addWidget(mine)
        row = mine.list.topLevelItem(0)
        assert row.data(0, Qt.ItemDataRole.UserRole) == bor_attempt and row.text(5) == "essays waiting"
        ana_pick = pick(qtbot, classroom_pc, "Ana Čeh", "2468")
        room = room.classroom_controller.switch_to(ana_pick.profile, ana_pick.actor)
        qtbot.addWidget(room)
        mine = room.classroom_controller.open_my_results()
        qtbot.addWidget(mine)
        row = mine.list.topLevelItem(0)
        assert row.data(0, Qt.ItemDataRole.UserRole) == ana_attempt
        assert (row.text(3), row.text(5)) == ("waiting for the trainer", "93.33 %, passed")
        assert mine.trainer.isVisible()
        text = mine.trainer.text()
        assert text.startswith("From the trainer, ") and text.splitlines()[0].endswith("(Trener):") and COMMENT in text and "(80 %)" in text
        mine.grab().save(str(tmp_path / "my-results.png"))
        assert marks_file.received(classroom_pc, ana_pick.profile.id)[
            classroom_pc.conn.execute("SELECT uuid FROM attempts WHERE id = ?", (ana_attempt,)).fetchone()[0]
        ].comments
    finally:
        for window in QApplication.topLevelWidgets():
            window.close()
        trainer_pc.close()
        classroom_pc.close()
