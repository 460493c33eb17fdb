"""The quiz windows driven through real widgets with pytest-qt, on the real question banks."""

from __future__ import annotations

import pytest

from coursebook.quiz.assessment import AssessmentDef, BankDraw, ReviewOptions
from coursebook.quiz.service import QuizService
from coursebook.quiz.model import correct_response, grade

from PySide6.QtWidgets import QCheckBox, QRadioButton

from app.qt import QDialog, QPoint, Qt
from app.quiz.results import QuizResults
from app.quiz.answers import MatchingAnswer, OrderingAnswer, SingleAnswer, TextAnswer, TrueFalseAnswer
from app.quiz.window import QuizWindow

MAS = "medagencijsko-sodelovanje"


def labels(question):
    from app.language import content_labels

    return content_labels(question.language)


class _SL(dict):
    def __missing__(self, key):
        from app.language import content_labels

        self.update(content_labels("sl"))
        return self[key]


SL = _SL()


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def service(session, clock, trainer):
    return QuizService(session.store, session.library, clock=clock, actor=trainer)


def open_window(qtbot, service, attempt) -> QuizWindow:
    window = QuizWindow(service, attempt)
    qtbot.addWidget(window)
    window.ask = lambda *_args: True
    window.show()
    qtbot.waitExposed(window)
    return window


def single_slots(service, attempt):
    return [s for s in attempt.slots if service.question(s.key).type == "single"]


def click(qtbot, widget) -> None:
    if isinstance(widget, (QRadioButton, QCheckBox)) and widget.text():
        # a button with a label reacts on its indicator and text, not on the empty space to the right
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def goto(qtbot, window: QuizWindow, number: int) -> None:
    """Show question ``number`` and let Qt lay the page out before anything is clicked."""
    window.go(number)
    qtbot.waitUntil(lambda: window.scrolls[number].isVisible() and window.pages[number].width() > 0)
    qtbot.wait(10)


# --- practice -------------------------------------------------------------------------------

def test_practice_right_and_wrong_answers_with_feedback_and_read_section(qtbot, service, session):
    attempt = service.start_practice(session.profile.id, MAS)
    window = open_window(qtbot, service, attempt)
    assert window.windowModality() == Qt.WindowModality.NonModal  # the course text stays reachable
    first, second = single_slots(service, attempt)[:2]

    # a right answer
    goto(qtbot, window, first.number)
    page = window.pages[first.number]
    assert isinstance(page.answer, SingleAnswer)
    question = page.question
    right = correct_response(question)
    click(qtbot, page.answer.buttons[right])
    assert page.answer.response() == right
    click(qtbot, window.check_button)
    text = page.feedback_label.text()
    assert "✓ " + SL["correct"] in text  # the module's language, a sign and a word
    assert question.feedback.split()[0] in text
    assert page.read_button.isVisible()
    assert window.retry_button.isVisible() and not window.check_button.isVisible()
    with qtbot.waitSignal(window.read_section, timeout=1000) as signal:
        click(qtbot, page.read_button)
    assert signal.args == [MAS, question.section]

    # a wrong answer
    goto(qtbot, window, second.number)
    page = window.pages[second.number]
    question = page.question
    wrong = next(i for i, option in enumerate(question.options) if option.weight < 1)
    click(qtbot, page.answer.labels[wrong])  # clicking the option's text ticks it too
    assert page.answer.response() == wrong
    click(qtbot, window.check_button)
    text = page.feedback_label.text()
    assert "✗ " + SL["not_correct"] in text
    assert SL["right_answer"] + ":" in text
    right_text = question.options[correct_response(question)].text
    assert right_text.split()[0] in text
    assert page.answer.labels[wrong].property("mark") == "wrong"

    # both answers are in the store; the wrong one is up for review
    saved = service.responses(attempt)
    assert saved[first.number].fraction == 1.0 and saved[second.number].fraction == 0.0
    assert service.wrong_keys(session.profile.id) == [second.key]

    # try again: the feedback goes, the answer can be changed and checked anew
    click(qtbot, window.retry_button)
    assert not page.feedback_box.isVisible() and page.answer.buttons[right].isEnabled()
    click(qtbot, page.answer.buttons[correct_response(question)])
    click(qtbot, window.check_button)
    assert SL["correct"] in page.feedback_label.text()
    assert service.wrong_keys(session.profile.id) == []


def test_practice_other_question_types(qtbot, service, session):
    attempt = service.start_practice(session.profile.id, MAS)
    window = open_window(qtbot, service, attempt)
    seen = set()
    for slot in attempt.slots:
        question = service.question(slot.key)
        if question.type in seen:
            continue
        seen.add(question.type)
        goto(qtbot, window, slot.number)
        answer = window.pages[slot.number].answer
        if isinstance(answer, OrderingAnswer):
            before = answer.response()
            answer.list.setCurrentRow(1)
            click(qtbot, answer.up)
            after = answer.response()
            assert after[0] == before[1] and after[1] == before[0] and answer.answered()
            assert answer.list.item(0).text().startswith("1.")
        if isinstance(answer, MatchingAnswer):
            combo = answer.combos[0]
            combo.setCurrentIndex(combo.findData(question.pairs[0][1]))
            assert answer.response()[0] == question.pairs[0][1]
        if isinstance(answer, TrueFalseAnswer):
            click(qtbot, answer.true_button)
            assert answer.response() is True
        if isinstance(answer, TextAnswer) and question.type == "numerical":
            qtbot.keyClicks(answer.edit, "abc")
            click(qtbot, window.check_button)
            assert "number" in window.saved_label.text()
            answer.edit.clear()
        answer.set_response(correct_response(question))
        click(qtbot, window.check_button)
        assert labels(question)["correct"] in window.pages[slot.number].feedback_label.text(), question.key
    assert {"single", "multiple", "truefalse", "matching", "ordering", "numerical", "short"} <= seen


def test_finishing_a_practice_shows_the_results(qtbot, service, session):
    attempt = service.start_practice(session.profile.id, MAS, count=3, seed=1)
    window = open_window(qtbot, service, attempt)
    page = window.pages[0]
    page.answer.set_response(correct_response(page.question))
    click(qtbot, window.check_button)
    with qtbot.waitSignal(window.submitted, timeout=1000):
        click(qtbot, window.finish_button)
    done = service.attempt(attempt.id)
    assert not done.is_open
    results = QuizResults(service, done)
    qtbot.addWidget(results)
    assert results.score_label.text() == "1 of 1 answered questions right (100 %)"


# --- assessment -----------------------------------------------------------------------------

def three_question_assessment(**changes) -> AssessmentDef:
    values = dict(id="three", title="Three questions", draws=[BankDraw(MAS, 3)], time_limit_minutes=1,
                  pass_percent=50, review=ReviewOptions(True, True, True))
    values.update(changes)
    return AssessmentDef(**values)


def test_assessment_time_runs_out_and_it_is_submitted_automatically(qtbot, service, session, clock):
    attempt = service.start_assessment(session.profile.id, three_question_assessment())
    window = open_window(qtbot, service, attempt)
    assert window.windowModality() == Qt.WindowModality.ApplicationModal
    assert window.countdown.isVisible() and window.countdown.text() == "Time left: 01:00"
    assert window.question_list.count() == 3 and window.question_list.isVisible()
    assert not window.check_button.isVisible()

    # answer the first question right; moving on with the list saves it; no feedback is shown
    page = window.pages[0]
    page.answer.set_response(correct_response(page.question))
    page.answer.changed.emit()  # a click is saved at once, typing when the question is left
    window.question_list.setCurrentRow(1)
    assert window.current == 1
    saved = service.responses(attempt)[0]
    assert saved.response == correct_response(page.question)
    assert saved.fraction is None  # nothing in the store says whether it is right before submitting
    assert not page.feedback_box.isVisible()
    assert window.question_list.item(0).text().endswith("✓")

    # answer the second wrongly
    second = window.pages[1]
    if second.question.type in ("short", "numerical"):
        qtbot.keyClicks(second.answer.edit, "-999999")
    elif second.question.type == "truefalse":
        click(qtbot, second.answer.false_button if second.question.answer else second.answer.true_button)

    clock.now += 45
    qtbot.wait(600)
    assert window.countdown.text() == "Time left: 00:15"
    assert window.countdown.property("low") == "true"
    clock.now += 16  # past the deadline: the next tick submits
    with qtbot.waitSignal(window.submitted, timeout=2000) as signal:
        pass
    assert signal.args == [attempt.id]
    assert window.auto_submitted and window.result() == QDialog.DialogCode.Accepted
    done = service.attempt(attempt.id)
    assert not done.is_open and done.finished == pytest.approx(attempt.deadline)
    assert done.score == 1.0 and done.max_score == 3.0

    results = QuizResults(service, done)
    qtbot.addWidget(results)
    results.show()
    assert results.score_label.text() == "1 of 3 points (33 %)"
    assert results.verdict.text() == "Not passed"
    assert "submitted automatically" in results.details.text()
    assert results.list.topLevelItemCount() == 3
    assert "right" in results.list.topLevelItem(0).text(2)
    assert "The right answer:" in results.detail.toHtml() or "right answer" in results.detail.toPlainText()


def test_assessment_submit_asks_first_and_reports_unanswered(qtbot, service, session):
    attempt = service.start_assessment(session.profile.id, three_question_assessment(time_limit_minutes=0))
    window = open_window(qtbot, service, attempt)
    assert not window.countdown.isVisible()
    questions = []
    window.ask = lambda title, text: questions.append(text) or False
    click(qtbot, window.findChild(type(window.finish_button), "submitButton"))
    assert "3 questions not answered" in questions[0]
    assert service.attempt(attempt.id).is_open  # said no
    window.ask = lambda *_a: True
    with qtbot.waitSignal(window.submitted, timeout=1000):
        click(qtbot, window.finish_button)
    assert not service.attempt(attempt.id).is_open


def test_score_only_review_shows_no_questions(qtbot, service, session):
    d = three_question_assessment(id="score-only", review=ReviewOptions(False, False, False))
    attempt = service.start_assessment(session.profile.id, d)
    done = service.submit(attempt)
    results = QuizResults(service, done)
    qtbot.addWidget(results)
    assert results.list is None
    assert results.score_label.text() == "0 of 3 points (0 %)"


def test_typed_answers_are_saved_when_leaving_the_field(qtbot, service, session):
    d = three_question_assessment(draws=[BankDraw(MAS, 0)], shuffle_questions=False, time_limit_minutes=0)
    attempt = service.start_assessment(session.profile.id, d)
    window = open_window(qtbot, service, attempt)
    slot = next(s for s in attempt.slots if service.question(s.key).type == "short")
    window.go(slot.number)
    edit = window.pages[slot.number].answer.edit
    qtbot.keyClicks(edit, "  something typed ")
    assert slot.number not in service.responses(attempt)  # still typing
    window.go(slot.number + 1)  # leaving the question saves it
    assert service.responses(attempt)[slot.number].response == "something typed"


# --- the main window: menu, locked reader, resume at start-up -------------------------------

@pytest.fixture
def main_window(qtbot, session, monkeypatch):
    from app.quiz import menu as quiz_menu
    from app.main_window import MainWindow

    monkeypatch.setattr(quiz_menu.QuizController, "ask", lambda self, *a: True)
    monkeypatch.setattr(quiz_menu.QuizController, "inform", lambda self, *a: None)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_quiz_menu_is_installed(main_window):
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles.index("&Quiz") < titles.index("&Classroom") == len(titles) - 2  # both before Help
    names = {a.objectName() for a in main_window.findChild(type(main_window.menuBar().actions()[0].menu()),
                                                             "quizMenu").actions()}
    assert {"actQuizPractice", "actQuizReview", "actQuizNew", "actQuizTake", "actQuizReports"} <= names


def test_read_section_opens_the_module_beside_the_practice(qtbot, main_window):
    controller = main_window.quiz_controller
    quiz = controller.practise(MAS, count=0)
    qtbot.addWidget(quiz)
    page = quiz.pages[quiz.current]
    page.answer.set_response(correct_response(page.question))
    click(qtbot, quiz.check_button)
    click(qtbot, page.read_button)
    assert main_window.stack.currentWidget() is main_window.reader
    assert main_window.reader.module.id == MAS
    quiz.close()


def test_assessment_hides_and_disables_the_course_text(qtbot, main_window):
    controller = main_window.quiz_controller
    main_window.open_module(MAS)
    assert main_window.stack.currentWidget() is main_window.reader
    controller.service.assessments.save(three_question_assessment(time_limit_minutes=0))  # copied by a trainer
    quiz = controller.take_assessment(controller.service.assessments.get("three"))
    qtbot.addWidget(quiz)
    assert main_window.stack.currentWidget() is main_window.library
    assert not main_window.centralWidget().isEnabled()
    assert not main_window.act_library.isEnabled()
    quiz.ask = lambda *_a: True
    with qtbot.waitSignal(quiz.submitted, timeout=1000):
        quiz.submit()
    assert main_window.centralWidget().isEnabled()
    assert controller.results is not None and controller.results.isVisible()
    controller.results.close()


def test_an_open_attempt_is_offered_at_start_up(qtbot, session, monkeypatch):
    from app.quiz import menu as quiz_menu
    from app.main_window import MainWindow

    service = QuizService(session.store, session.library)
    attempt = service.start_assessment(session.profile.id, three_question_assessment(time_limit_minutes=30))
    service.save_response(attempt, 0, correct_response(service.question(attempt.slots[0].key)))
    asked = []
    monkeypatch.setattr(quiz_menu.QuizController, "ask", lambda self, title, text: asked.append(text) or True)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert "1 of 3 questions answered" in asked[0]
    assert "Time left: 29:" in asked[0] or "Time left: 30:00" in asked[0]
    quiz = window.quiz_controller.quiz
    assert quiz is not None and quiz.attempt.id == attempt.id
    assert quiz.current == 1  # continues at the first unanswered question
    assert grade(quiz.page(0).question, quiz.page(0).answer.response()).correct  # the saved answer is back
    quiz.ask = lambda *_a: True
    quiz.submit()
    window.close()


def test_review_my_wrong_answers_from_the_menu(qtbot, main_window):
    controller = main_window.quiz_controller
    assert controller.review_wrong() is None  # nothing practised yet
    quiz = controller.practise(MAS, count=0)
    qtbot.addWidget(quiz)
    slot = single_slots(controller.service, quiz.attempt)[0]
    goto(qtbot, quiz, slot.number)
    page = quiz.pages[slot.number]
    wrong = next(i for i, option in enumerate(page.question.options) if option.weight < 1)
    click(qtbot, page.answer.buttons[wrong])
    click(qtbot, quiz.check_button)
    quiz.close()
    main_window.library.select(None)
    review = controller.review_wrong()
    qtbot.addWidget(review)
    assert [s.key for s in review.slots] == [slot.key]
    assert review.attempt.title == "My wrong answers"
    review.close()


def test_trainer_defines_an_assessment_in_the_dialog(qtbot, service):
    from app.quiz.assessment_dialog import AssessmentDialog

    dialog = AssessmentDialog(service)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # no bank chosen yet
    dialog.title_edit.setText("Zaključni preizkus")  # (QtTest key clicks are ASCII only)
    box, count = dialog.bank_rows[MAS]
    box.setChecked(True)
    count.setValue(7)
    dialog.time_limit.setValue(20)
    dialog.attempts.setValue(3)
    dialog.grading.setCurrentIndex(dialog.grading.findData("average"))
    dialog.show_answers.setChecked(True)
    assert dialog.summary.text() == "The assessment has 7 questions."
    click(qtbot, dialog.save_button)
    saved = dialog.definition
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved.id.startswith("zakljucni-preizkus-")
    assert service.assessments.get(saved.id) == saved
    assert (saved.draws[0].count, saved.time_limit_minutes, saved.attempts_allowed, saved.grading) == (7, 20, 3, "average")
    assert saved.review.right_answers and saved.review.correctness and not saved.review.feedback

    edit = AssessmentDialog(service, saved)
    qtbot.addWidget(edit)
    assert edit.title_edit.text() == "Zaključni preizkus" and edit.bank_rows[MAS][1].value() == 7
    edit.title_edit.clear()
    edit.save()
    assert "title" in edit.error.text() and edit.definition is None


def test_reports_list_learners_and_difficult_questions(qtbot, service, session, tmp_path):
    from app.quiz.reports import QuizReports

    attempt = service.start_assessment(session.profile.id, three_question_assessment(time_limit_minutes=0))
    service.save_response(attempt, 0, correct_response(service.question(attempt.slots[0].key)))
    service.submit(attempt)
    reports = QuizReports(service)
    qtbot.addWidget(reports)
    qtbot.waitUntil(lambda: not reports.loading, timeout=20000)
    model = reports.learner_model
    assert model.rowCount() == 1
    assert (model.text(0, 1), model.text(0, 5), model.text(0, 7)) == ("Three questions", "1 / 3", "not passed")
    assert reports.question_model.rowCount() == 1  # only answered questions are listed
    path = reports.export_csv(str(tmp_path / "learners.csv"))
    text = (tmp_path / "learners.csv").read_text(encoding="utf-8-sig")
    assert path and text.splitlines()[0].startswith("Learner,Quiz") and "Three questions" in text


def test_the_feedback_box_speaks_the_module_language_throughout(qtbot, service, session):
    """On an English interface a Slovenian module's feedback is all Slovenian: the verdict, the right
    answer, "why" and the section it tests — never a box mixing both languages."""
    attempt = service.start_practice(session.profile.id, MAS)
    window = open_window(qtbot, service, attempt)
    for slot in single_slots(service, attempt):
        goto(qtbot, window, slot.number)
        page = window.pages[slot.number]
        wrong = next(i for i, option in enumerate(page.question.options) if option.weight < 1)
        click(qtbot, page.answer.buttons[wrong])
        click(qtbot, window.check_button)
        text = page.feedback_label.text()
        if page.feedback.explanation and page.feedback.section_title:
            break
    else:
        pytest.fail("no single-choice question with an explanation and a section")
    assert SL["why"] in text and SL["tests_section"].split("%1")[0].strip() in text
    assert "Why:" not in text and "This question tests" not in text


# --- the menus' entries wait for the first frame ----------------------------------------------

def test_the_first_frame_has_the_menu_titles_and_toolbar_and_the_entries_follow(qtbot, session):
    from app.main_window import MainWindow
    from app.qt import QMenu

    window = MainWindow(session, menus_after_first_frame=True)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Go", "&Edit", "&View", "&Present", "&Quiz", "&Classroom", "&Help"]
    assert [a.objectName() for a in window.toolbar.actions() if a.objectName()] == [
        "actHome", "actLibrary", "actBack", "actPrev", "actNext", "actZoomOut", "actZoomIn"]
    assert window.findChild(QMenu, "quizMenu").actions() == []  # not yet: the frame comes first
    assert window.act_home.shortcuts() == []  # keys are set with the entries
    assert "quiz_controller" not in window.__dict__
    before = set(window.__dict__)
    window.show()
    qtbot.waitUntil(lambda: not window.__dict__["_setup_pending"], timeout=3000)
    names = {a.objectName() for a in window.findChild(QMenu, "quizMenu").actions()}
    assert {"actQuizPractice", "actQuizTake", "actQuizReports"} <= names
    assert [a.text() for a in window.menuBar().actions()] == titles  # filled in place, not added again
    assert window.findChild(QMenu, "presentMenu").actions() and window.findChild(QMenu, "classroomMenu").actions()
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    made = {name for name in set(window.__dict__) - before if not name.startswith("_")}
    assert made == MainWindow._MADE_AFTER_FIRST_FRAME  # every one of them is made on demand too
    assert [k.toString() for k in window.act_home.shortcuts()] == ["Alt+Home", "Ctrl+Shift+H"]
    assert "Alt+Left" in [k.toString() for k in window.act_back.shortcuts()]


def test_asking_for_an_entry_before_the_first_frame_makes_them_all(qtbot, session):
    from app.main_window import MainWindow

    window = MainWindow(session, menus_after_first_frame=True)
    qtbot.addWidget(window)
    assert window.__dict__["_setup_pending"]
    assert window.act_search.objectName() == "actSearch"  # made on demand
    assert not window.__dict__["_setup_pending"] and window.quiz_controller is not None
    with pytest.raises(AttributeError):
        window.no_such_thing  # noqa: B018 - any other name is still an error


def test_an_open_assessment_at_start_locks_the_first_frame(qtbot, session, service, monkeypatch):
    from app.main_window import MainWindow
    from app.quiz import menu as quiz_menu

    monkeypatch.setattr(quiz_menu.QuizController, "ask", lambda self, *a: False)  # the offer to resume

    service.start_assessment(session.profile.id, three_question_assessment())
    window = MainWindow(session, menus_after_first_frame=True)
    qtbot.addWidget(window)
    assert not window.__dict__["_setup_pending"]  # everything at once: the lock is on the first frame
    assert window.quiz_controller.locked and not window.centralWidget().isEnabled()
