"""The classroom through real widgets: two learners on one PC, a learner kept out of trainer functions,
the trainer passphrase delay, and closed book during an exam (Esc, F7, a second Coursebook)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coursebook.classroom import auth, exam_marker, profiles
from coursebook.quiz.assessment import AssessmentDef, AssessmentFiles, BankDraw, ReviewOptions

from app.qt import QDialog, Qt

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
MAS = "medagencijsko-sodelovanje"


def exam_definition(**changes) -> AssessmentDef:
    values = dict(id="class-test", title="Class test", draws=[BankDraw(MAS, 3)], time_limit_minutes=20,
                  pass_percent=50, attempts_allowed=1, review=ReviewOptions(True, True, True))
    values.update(changes)
    return AssessmentDef(**values)


@pytest.fixture(autouse=True)
def no_stale_window(qapp):
    """A profile switch registers the new window on the application; do not leave it to later tests."""
    yield
    for name in ("coursebook_window", "coursebook_session"):
        if hasattr(qapp, name):
            delattr(qapp, name)


@pytest.fixture
def marker(exam_note):
    return exam_note


@pytest.fixture
def prompts(monkeypatch):
    """Every question a controller asks is answered yes and every message kept."""
    from app.classroom import menu as classroom_menu
    from app.quiz import menu as quiz_menu

    said: list[str] = []
    monkeypatch.setattr(quiz_menu.QuizController, "ask", lambda self, title, text: said.append(text) or True)
    monkeypatch.setattr(quiz_menu.QuizController, "inform", lambda self, title, text: said.append(text))
    monkeypatch.setattr(classroom_menu.ClassroomController, "inform", lambda self, title, text: said.append(text))
    return said


def open_window(qtbot, session):
    from app.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def classroom(store, library, marker):
    """A PC with two learners (Ana with a PIN), a trainer, and an assessment file a trainer copied there."""
    from app.session import Session

    ana = profiles.add_learner(store, "Ana", "1234")
    bor = profiles.add_learner(store, "Bor")
    trainer = profiles.add_trainer(store, "Trener", "correct horse battery")
    AssessmentFiles(store.folder / "assessments").save(exam_definition())
    session = Session(store, ana, CONTENT, None, library=library)
    return session, ana, bor, trainer


def pick(qtbot, store, name: str, pin: str | None = None):
    from app.classroom.profile_picker import ProfilePicker

    picker = ProfilePicker(store)
    qtbot.addWidget(picker)
    picker.ask_pin = lambda _name: pin
    picker.select(name)
    picker.choose()
    return picker


def test_two_learners_on_one_pc_with_their_own_progress_and_attempts(qtbot, classroom, prompts):
    session, ana, bor, _trainer = classroom
    store = session.store
    from app.classroom.profile_picker import needs_picker

    assert needs_picker(store)
    wrong = pick(qtbot, store, "Ana", "9999")
    assert wrong.profile is None and wrong.message.text() == "The PIN is not right."
    chosen = pick(qtbot, store, "Ana", "1234")
    assert chosen.result() == QDialog.DialogCode.Accepted and chosen.profile == ana
    assert not chosen.actor.trainer

    window = open_window(qtbot, session.for_profile(chosen.profile, chosen.actor))
    window.open_module(MAS)
    window.reader.leave()  # progress written for Ana
    quiz = window.quiz_controller.take_assessment(window.quiz_controller.service.assessments.get("class-test"),
                                                  confirm=False)
    qtbot.addWidget(quiz)
    quiz.ask = lambda *_a: True
    with qtbot.waitSignal(quiz.submitted, timeout=2000):
        quiz.submit()
    window.quiz_controller.results.close()
    definition = window.quiz_controller.service.assessments.get("class-test")
    assert window.quiz_controller.service.attempts_left(ana.id, definition) == 0
    assert window.quiz_controller.take_assessment(definition, confirm=False) is None
    assert "no attempts left" in prompts[-1]

    # Bor sits down at the same PC: his own window, progress and allowance
    bor_picker = pick(qtbot, store, "Bor")
    bor_window = window.classroom_controller.switch_to(bor_picker.profile, bor_picker.actor)
    qtbot.addWidget(bor_window)
    assert not window.isVisible() and bor_window.session.profile == bor
    assert store.visited_counts(bor.id) == {} and store.visited_counts(ana.id).get(MAS)
    controller = bor_window.quiz_controller
    assert controller.service.attempts_left(bor.id, definition) == 1
    quiz = controller.take_assessment(definition, confirm=False)
    qtbot.addWidget(quiz)
    assert quiz.attempt.profile_id == bor.id and quiz.attempt.number == 1
    quiz.ask = lambda *_a: True
    with qtbot.waitSignal(quiz.submitted, timeout=2000):
        quiz.submit()
    controller.results.close()


def test_new_learner_dialog_makes_a_profile_with_a_unicode_name(qtbot, store):
    from app.classroom.new_learner_dialog import NewLearnerDialog

    dialog = NewLearnerDialog(store)
    qtbot.addWidget(dialog)
    dialog.name.setText("Žan Čuk")
    dialog.pin.setText("12")
    dialog.create()
    assert dialog.profile is None and "4 to 12 digits" in dialog.error.text()
    dialog.pin.setText("123456")
    dialog.create()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.profile.name == "Žan Čuk"
    assert profiles.pin_matches(store, dialog.profile.id, "123456")


def test_a_learner_cannot_open_any_trainer_function(qtbot, classroom, prompts, tmp_path):
    session, _ana, _bor, _trainer = classroom
    window = open_window(qtbot, session)
    quiz, room = window.quiz_controller, window.classroom_controller
    window.quiz_controller._update_actions()
    for action in (quiz.act_new, quiz.act_edit, quiz.act_reports, quiz.act_import, quiz.act_export):
        assert not action.isVisible() and not action.isEnabled()
    assert not room.act_make_exam.isEnabled() and not room.act_submit_open.isEnabled()
    assert quiz.new_assessment() is None
    assert quiz.edit_assessment() is None
    assert quiz.open_reports() is None
    assert quiz.import_questions() is None
    assert quiz.export_questions() is False
    assert room.submit_open() == 0
    assert room.make_exam_file(str(tmp_path / "a.json"), "ABCDEF", str(tmp_path / "x.cbexam")) is False
    assert not (tmp_path / "x.cbexam").exists()
    assert sum("Only a trainer" in text for text in prompts) == 7
    # and the core refuses too, whatever the window does
    from coursebook.classroom.errors import NotAllowed
    from coursebook.quiz import reports

    with pytest.raises(NotAllowed):
        reports.learner_report(quiz.service)
    with pytest.raises(NotAllowed):
        quiz.service.save_assessment(exam_definition(id="sneaky", attempts_allowed=0, pass_percent=1))


def test_trainer_passphrase_waits_after_five_wrong_tries(qtbot, classroom, prompts):
    from app.classroom.trainer_login import TrainerLogin

    session, _ana, _bor, trainer = classroom
    now = [1_800_000_000.0]
    login = TrainerLogin(session.store, clock=lambda: now[0])
    qtbot.addWidget(login)
    login.show()
    for attempt in range(5):
        assert login.ok_button().isEnabled()
        qtbot.keyClicks(login.passphrase, f"guess {attempt}")
        qtbot.mouseClick(login.ok_button(), Qt.MouseButton.LeftButton)
        assert login.actor is None and login.passphrase.text() == ""
    assert not login.ok_button().isEnabled()
    assert login.message.text() == "Too many wrong tries. Wait 30 s and try again."
    now[0] += 29
    login.update_wait()
    assert not login.ok_button().isEnabled() and "Wait 1 s" in login.message.text()
    now[0] += 2
    login.update_wait()
    assert login.ok_button().isEnabled()
    qtbot.keyClicks(login.passphrase, "correct horse battery")
    qtbot.mouseClick(login.ok_button(), Qt.MouseButton.LeftButton)
    assert login.result() == QDialog.DialogCode.Accepted and login.actor.trainer
    assert login.actor.profile == trainer and auth.failures(session.store) == 0

    # the trainer's window has the trainer functions
    window = open_window(qtbot, session)
    trainer_window = window.classroom_controller.switch_to(login.actor.profile, login.actor)
    qtbot.addWidget(trainer_window)
    controller = trainer_window.quiz_controller
    controller._update_actions()
    assert controller.act_reports.isVisible() and controller.act_reports.isEnabled()
    reports = controller.open_reports()
    qtbot.addWidget(reports)
    assert reports.isVisible()
    reports.close()


def start_exam(qtbot, window):
    controller = window.quiz_controller
    quiz = controller.take_assessment(controller.service.assessments.get("class-test"), confirm=False)
    qtbot.addWidget(quiz)
    return controller, quiz


def test_esc_during_an_exam_leaves_the_course_closed_and_the_clock_running(qtbot, classroom, prompts):
    session = classroom[0]
    window = open_window(qtbot, session)
    window.open_module(MAS)
    controller, quiz = start_exam(qtbot, window)
    assert window.stack.currentWidget() is window.library and not window.centralWidget().isEnabled()
    asked = []
    quiz.ask = lambda title, text: asked.append(text) or True
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not quiz.isVisible())
    assert "time keeps running" in asked[0]
    assert quiz.attempt.is_open  # leaving does not submit
    # the course stays closed: no reader, no library, no cards
    assert not window.centralWidget().isEnabled() and not window.act_library.isEnabled()
    window.open_module(MAS)
    assert window.stack.currentWidget() is window.library
    assert "time keeps running" in window.statusBar().currentMessage()
    assert controller.banner.isVisible() and "time keeps running" in controller.banner_label.text()
    # the only way in is back into the assessment
    assert controller.act_take.isEnabled()
    again = controller.take_assessment()
    qtbot.addWidget(again)
    assert again.attempt.id == quiz.attempt.id
    again.ask = lambda *_a: True
    with qtbot.waitSignal(again.submitted, timeout=2000):
        again.submit()
    controller.results.close()
    assert window.centralWidget().isEnabled() and not controller.banner.isVisible()
    window.open_module(MAS)
    assert window.stack.currentWidget() is window.reader


def test_f7_practice_during_an_exam_is_refused(qtbot, classroom, prompts):
    session = classroom[0]
    window = open_window(qtbot, session)
    controller, quiz = start_exam(qtbot, window)
    quiz.ask = lambda *_a: True
    quiz.reject()  # leave the exam window; the attempt stays open
    before = session.store.conn.execute("SELECT COUNT(*) FROM attempts WHERE mode = 'practice'").fetchone()[0]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert controller.practise(MAS, count=0) is None
    assert controller.review_wrong() is None
    assert any("closed while an assessment is open" in text for text in prompts)
    after = session.store.conn.execute("SELECT COUNT(*) FROM attempts WHERE mode = 'practice'").fetchone()[0]
    assert after == before == 0
    assert not controller.act_practice.isEnabled()


def test_slides_and_handouts_are_closed_during_an_exam(qtbot, classroom, prompts):
    session = classroom[0]
    window = open_window(qtbot, session)
    controller, quiz = start_exam(qtbot, window)
    quiz.ask = lambda *_a: True
    quiz.reject()
    window.library.select(window.library.module_ids()[0])
    assert not window.trainer.act_present.isEnabled() and not window.trainer.act_handouts.isEnabled()
    assert window.trainer.present() is None and window.trainer.open_handouts() is None
    assert "closed while an assessment is open" in window.statusBar().currentMessage()


def test_a_window_opened_during_an_exam_starts_closed(qtbot, classroom, prompts):
    from coursebook.quiz.service import QuizService

    session, _ana, bor, _trainer = classroom
    service = QuizService(session.store, session.library)
    service.start_assessment(bor.id, exam_definition())  # Bor's exam is open on this PC
    session.store.set_last_place(session.profile.id, MAS, "uvod")
    window = open_window(qtbot, session)  # Ana starts Coursebook (or switches to her profile)
    assert window.stack.currentWidget() is window.library  # her last place is not reopened
    assert not window.centralWidget().isEnabled()


def test_a_second_coursebook_during_an_exam_is_refused(qtbot, classroom, prompts, tmp_path, marker):
    from app.main import exam_refusal

    session = classroom[0]
    window = open_window(qtbot, session)
    controller, quiz = start_exam(qtbot, window)
    # the same data folder: the running program holds it
    result = subprocess.run([sys.executable, "-m", "app.cli", "profiles", "list", "--data-dir",
                             str(session.store.folder)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "in use" in result.stderr
    # another data folder (a USB copy, --data-dir): refused while the exam is open
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert marker.exists()
    assert "An assessment is in progress on this PC" in exam_refusal(elsewhere)
    quiz.ask = lambda *_a: True
    with qtbot.waitSignal(quiz.submitted, timeout=2000):
        quiz.submit()
    controller.results.close()
    assert exam_refusal(elsewhere) is None and not marker.exists()


def test_an_exam_file_is_added_taken_with_its_start_code_and_continued_after_a_restart(
        qtbot, classroom, prompts, tmp_path, monkeypatch):
    import json

    from coursebook.classroom import examfile

    from app.quiz import menu as quiz_menu

    session = classroom[0]
    source = tmp_path / "final.json"
    source.write_text(json.dumps(exam_definition(id="final-exam", title="Final exam").to_json()), encoding="utf-8")
    packed = examfile.pack(source, "K7P2-XQ4M", tmp_path / "final.cbexam",
                           {m.id: m.quiz_path for m in session.library.modules})
    window = open_window(qtbot, session)
    assert window.classroom_controller.add_exam_file(str(packed))
    assert (session.store.folder / "exams" / "final-exam.cbexam").read_bytes() == packed.read_bytes()
    listed = []
    codes = iter(["WRONG-CODE", "k7p2 xq4m"])
    monkeypatch.setattr(quiz_menu.QuizController, "choose",
                        lambda self, title, label, items: listed.extend(items) or 0)
    monkeypatch.setattr(quiz_menu.QuizController, "ask_code", lambda self, title: next(codes))
    controller = window.quiz_controller
    assert controller.take_assessment() is None  # the wrong code
    assert prompts[-1] == "The start code is not right."
    assert listed[0] == "Final exam — exam (start code needed)"
    assert any("practice test (public question banks)" in label for label in listed)
    quiz = controller.take_assessment(confirm=False)
    qtbot.addWidget(quiz)
    assert quiz.attempt.settings["source"] == "exam"
    quiz.ask = lambda *_a: True
    quiz.reject()  # leave; then Coursebook is closed and started again
    window.close()
    restarted = open_window(qtbot, session.for_profile(session.profile, session.actor))
    codes = iter(["K7P2XQ4M"])
    again = restarted.quiz_controller.take_assessment()
    qtbot.addWidget(again)
    assert again.attempt.id == quiz.attempt.id and again.pages[again.current].question is not None
    again.ask = lambda *_a: True
    with qtbot.waitSignal(again.submitted, timeout=2000):
        again.submit()
    restarted.quiz_controller.results.close()


def test_a_trainer_can_end_an_exam_a_learner_left_open(qtbot, classroom, prompts, monkeypatch):
    from app.classroom import menu as classroom_menu

    session, _ana, _bor, trainer = classroom
    window = open_window(qtbot, session)
    controller, quiz = start_exam(qtbot, window)
    quiz.ask = lambda *_a: True
    quiz.reject()  # the learner leaves without submitting
    assert window.classroom_controller.submit_open() == 0  # a learner may not
    assert window.course_closed()
    monkeypatch.setattr(classroom_menu.ClassroomController, "ask", lambda self, title, text: True)
    actor = auth.trainer_login(session.store, trainer, "correct horse battery")
    trainer_window = window.classroom_controller.switch_to(trainer, actor)
    qtbot.addWidget(trainer_window)
    assert not trainer_window.course_closed()  # the trainer is not taking the exam
    assert trainer_window.classroom_controller.submit_open() == 1
    assert not trainer_window.quiz_controller.service.attempt(quiz.attempt.id).is_open
    from coursebook.classroom.closed_book import exam_in_progress

    assert not exam_in_progress(session.store)
    assert "1 assessment submitted and sealed." in prompts[-1]


def test_reports_grade_exam_file_attempts_once_the_trainer_gives_the_code(qtbot, classroom, tmp_path):
    import json

    from coursebook.classroom import examfile
    from coursebook.quiz.model import correct_response
    from coursebook.quiz.service import QuizService

    from app.quiz.reports import QuizReports

    session, ana, _bor, trainer = classroom
    source = tmp_path / "final.json"
    source.write_text(json.dumps(exam_definition(id="final-exam", title="Final exam").to_json()), encoding="utf-8")
    packed = examfile.pack(source, "K7P2-XQ4M", tmp_path / "final.cbexam",
                           {m.id: m.quiz_path for m in session.library.modules})
    examfile.install(session.store.folder, packed)
    learner = QuizService(session.store, session.library)
    attempt = learner.start_assessment(ana.id, learner.unlock_exam("final-exam", "K7P2-XQ4M"))
    for slot in attempt.slots:
        learner.save_response(attempt, slot.number, correct_response(learner.question(slot.key)))
    learner.submit(attempt)
    actor = auth.trainer_login(session.store, trainer, "correct horse battery")
    reports = QuizReports(QuizService(session.store, session.library, actor=actor))  # a later session
    qtbot.addWidget(reports)
    reports.show()
    qtbot.waitUntil(lambda: not reports.loading, timeout=20000)
    assert reports.unlock_button.isVisible() and reports.locked_exams == ["final-exam"]
    model = reports.learner_model
    assert (model.text(0, 5), model.text(0, 7)) == ("0 / 0", "start code needed")  # not graded without the questions
    reports.ask_code = lambda exam_id: "K7P2-XQ4M"
    qtbot.mouseClick(reports.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not reports.loading, timeout=20000)
    assert (model.text(0, 5), model.text(0, 7), model.text(0, 8)) == ("3 / 3", "passed", "sealed")
    assert not reports.unlock_button.isVisible()


def test_hand_in_on_a_stick_and_the_trainer_imports(qtbot, classroom, prompts, tmp_path, library):
    """A learner hands in from the Classroom menu; a learner cannot import; the trainer imports the file
    (and a damaged one) with a progress bar, and the gradebook has the learner."""
    from coursebook.classroom import gradebook, results_file
    from coursebook.classroom.errors import NotAllowed
    from coursebook.quiz.model import correct_response

    session, ana, _bor, trainer = classroom
    window = open_window(qtbot, session)
    service = window.quiz_controller.service
    attempt = service.start_assessment(ana.id, exam_definition())
    for slot in attempt.slots:
        service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
    service.submit(attempt)
    stick = tmp_path / "stick"
    stick.mkdir()
    room = window.classroom_controller
    assert not room.act_import.isEnabled() and room.act_hand_in.isEnabled()
    path = room.hand_in(str(stick))
    assert path is not None and path.parent == stick and path.name.startswith("Ana-")
    assert "Give the stick to your trainer." in prompts[-1]
    assert room.import_results([str(stick)]) is None and "Only a trainer" in prompts[-1]
    (stick / "cut.cbresults").write_bytes(path.read_bytes()[:100])
    actor = auth.trainer_login(session.store, trainer, "correct horse battery")
    trainer_window = room.switch_to(trainer, actor)
    qtbot.addWidget(trainer_window)
    trainer_room = trainer_window.classroom_controller
    assert trainer_room.act_import.isEnabled()
    report = trainer_room.import_results([str(stick)])
    assert report.files == 1 and report.new_attempts == 1
    assert trainer_room.dialog.objectName() == "importProgress" and trainer_room.dialog.maximum() == 2
    assert "Files imported: 1. New attempts: 1. Refused files: 1." in prompts[-1]
    assert "cut.cbresults is truncated or damaged" in prompts[-1]
    [cell] = gradebook.gradebook(session.store, actor, trainer_window.quiz_controller.service.question)
    assert (cell.learner, cell.grade, cell.passed) == ("Ana", 100.0, True)
    assert results_file.import_files(session.store, [stick], actor=actor).new_attempts == 0
    with pytest.raises(NotAllowed):
        results_file.import_files(session.store, [stick])


def test_gradebook_window_opens_an_attempt_and_corrects_an_essay_mark(qtbot, tmp_path, store, own_content):
    """Imported results in the gradebook window: pick the learner, the attempt, the essay; a mark saved
    there counts at once and is recorded."""
    from coursebook.classroom import gradebook, results_file
    from coursebook.loader import load_library
    from coursebook.quiz.model import correct_response
    from coursebook.quiz.service import QuizService
    from coursebook.store import Store

    from app.classroom.gradebook_window import GradebookWindow

    library = load_library(own_content)
    learner_pc = Store(tmp_path / "pc")
    try:
        ana = profiles.add_learner(learner_pc, "Ana")
        service = QuizService(learner_pc, library)
        attempt = service.start_assessment(ana.id, exam_definition(draws=[BankDraw(MAS, 40)]))
        for slot in attempt.slots:
            question = service.question(slot.key)
            service.save_response(attempt, slot.number, "Police and NGOs." if question.type == "essay"
                                  else correct_response(question))
        service.submit(attempt)
        path = results_file.export(learner_pc, ana, tmp_path / "stick")
    finally:
        learner_pc.close()
    trainer = profiles.add_trainer(store, "Trener", "correct horse battery")
    actor = auth.trainer_login(store, trainer, "correct horse battery")
    results_file.import_files(store, [path], actor=actor)
    question = QuizService(store, library).question
    window = GradebookWindow(store, actor, question)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    assert window.cells.topLevelItemCount() == 1
    row = window.cells.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(6)) == ("Ana", "", "1")
    window.cells.setCurrentItem(row)
    assert window.attempts.topLevelItemCount() == 1
    essay = next(window.answers.topLevelItem(i) for i in range(window.answers.topLevelItemCount())
                 if window.answers.topLevelItem(i).text(1) == "Police and NGOs.")
    window.answers.setCurrentItem(essay)
    assert window.save.isEnabled()
    window.mark.setValue(50)
    window.comment.setText("Name the labour inspectorate too.")
    qtbot.mouseClick(window.save, Qt.MouseButton.LeftButton)
    window.grab().save(str(tmp_path / "gradebook.png"))
    row = window.cells.topLevelItem(0)
    [cell] = gradebook.gradebook(store, actor, question)
    assert row.text(2) == f"{cell.grade:g}" and row.text(6) == "0" and 0 < cell.grade < 100
    assert store.conn.execute("SELECT new, comment FROM grade_changes").fetchall() == [
        (0.5, "Name the labour inspectorate too.")]
    target = tmp_path / "out.csv"
    window.ask_path = lambda extension: str(target.with_suffix("." + extension))
    qtbot.mouseClick(window.export_csv, Qt.MouseButton.LeftButton)
    text = target.read_bytes().decode("utf-8-sig").splitlines()
    assert text[0].startswith("Learner,") and text[1].startswith(f"Ana,Class test,{cell.grade:g},passed")
    qtbot.mouseClick(window.export_xlsx, Qt.MouseButton.LeftButton)
    assert target.with_suffix(".xlsx").read_bytes()[:2] == b"PK"
    from coursebook.classroom.gradebook import default_export_path

    proposed = default_export_path("csv", "2027-01-15", "Class test")
    from platformdirs import user_documents_dir

    assert proposed.name == "gradebook-Class-test-2027-01-15.csv"
    assert str(proposed.parent) == user_documents_dir() and proposed.parent != ROOT


def test_my_results_lists_the_learners_assessments_with_the_trainers_comments(qtbot, classroom, prompts, library):
    from coursebook.quiz.model import correct_response

    session, ana, _bor, trainer = classroom
    window = open_window(qtbot, session)
    service = window.quiz_controller.service
    empty = window.classroom_controller.open_my_results()
    qtbot.addWidget(empty)
    assert empty.list.topLevelItemCount() == 0 and not empty.empty.isHidden() and not empty.open.isEnabled()
    attempt = service.start_assessment(ana.id, exam_definition())
    for slot in attempt.slots:
        service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
    service.submit(attempt)
    plan = dict(service.attempt(attempt.id).plan)
    plan["grading"] = {"0": {"comment": "Well argued.", "by": "Trener"}}
    import json as _json

    session.store.conn.execute("UPDATE attempts SET plan = ? WHERE id = ?", (_json.dumps(plan), attempt.id))
    mine = window.classroom_controller.open_my_results()
    qtbot.addWidget(mine)
    row = mine.list.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(3), row.text(4)) == ("Class test", "100", "passed", "1")
    results = mine.open_current()
    qtbot.addWidget(results)
    assert results.objectName() == "quizResults" and results.attempt.id == attempt.id
