"""Practice, assessments, durability of answers, resume, grading methods, review options, reports."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from coursebook.loader import load_library
from coursebook.quiz import reports
from coursebook.quiz.assessment import (
    AssessmentDef, AssessmentError, AssessmentFiles, BankDraw, ReviewOptions, new_id,
)
from coursebook.quiz.attempts import (
    ASSESSMENT, GRACE_SECONDS, PRACTICE, AttemptClosed, NoAttemptsLeft, QuizError,
)
from coursebook.quiz.service import QuizService
from coursebook.quiz.model import correct_response, grade

CONTENT = Path(__file__).resolve().parent.parent / "content"
MAS = "medagencijsko-sodelovanje"
NOK = "nacionalni-okvir"


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def service(library, store, clock, trainer):
    return QuizService(store, library, clock=clock, actor=trainer)


@pytest.fixture
def profile(store):
    return store.default_profile()


def wrong_response(question):
    """A response that does not score full marks."""
    return {"single": None, "multiple": [], "truefalse": not question.answer, "short": "???",
            "matching": [], "ordering": [], "numerical": "-123456"}.get(question.type)


def definition(**changes) -> AssessmentDef:
    values = dict(id="final-test", title="Final test", draws=[BankDraw(MAS, 3), BankDraw(NOK, 2)])
    values.update(changes)
    return AssessmentDef(**values)


# --- practice -------------------------------------------------------------------------------

def test_practice_all_questions_in_bank_order(service, profile):
    attempt = service.start_practice(profile.id, MAS)
    bank = service.bank(MAS)
    assert [s.key for s in attempt.slots] == [q.key for q in bank.questions]
    assert attempt.mode == PRACTICE and attempt.deadline is None and attempt.left_out == 0


def test_practice_n_random_is_reproducible_from_its_seed(service, profile):
    first = service.start_practice(profile.id, MAS, count=5, seed=42)
    second = service.start_practice(profile.id, MAS, count=5, seed=42)
    third = service.start_practice(profile.id, MAS, count=5, seed=43)
    assert len(first.slots) == 5
    assert first.slots == second.slots
    assert first.slots != third.slots
    assert service.attempt(first.id).is_open is False  # starting another practice finished the first


def test_practice_check_gives_feedback_and_the_section(service, profile):
    attempt = service.start_practice(profile.id, MAS)
    slot = attempt.slots[0]
    question = service.question(slot.key)
    right = service.check(attempt, 0, correct_response(question))
    assert right.grade.correct
    assert right.explanation == question.feedback
    assert (right.module_id, right.section_id) == (MAS, question.section)
    assert right.section_title
    wrong = service.check(attempt, 0, wrong_response(question))
    assert not wrong.grade.correct and wrong.right_answer


def test_review_of_wrong_answers_uses_the_latest_practice_response(service, profile, clock):
    attempt = service.start_practice(profile.id, MAS)
    keys = [s.key for s in attempt.slots]
    for slot in attempt.slots[:4]:
        question = service.question(slot.key)
        service.check(attempt, slot.number, correct_response(question) if slot.number % 2 else wrong_response(question))
        clock.advance(1)
    assert service.wrong_keys(profile.id) == [keys[0], keys[2]]
    assert service.wrong_keys(profile.id, NOK) == []
    review = service.start_review(profile.id, MAS)
    assert [s.key for s in review.slots] == [keys[0], keys[2]]
    service.check(review, 0, correct_response(service.question(keys[0])))  # now right: leaves the list
    assert service.wrong_keys(profile.id) == [keys[2]]
    clock.advance(1)
    later = service.start_practice(profile.id, MAS)
    service.check(later, 1, wrong_response(service.question(keys[1])))  # was right, now wrong
    assert service.wrong_keys(profile.id) == [keys[1], keys[2]]


def test_assessment_answers_do_not_count_for_the_wrong_answers_review(service, profile):
    attempt = service.start_assessment(profile.id, definition())
    for slot in attempt.slots:
        service.save_response(attempt, slot.number, wrong_response(service.question(slot.key)))
    assert service.wrong_keys(profile.id) == []
    assert service.start_review(profile.id) is None


def test_wrong_answers_are_per_profile(service, store, profile):
    attempt = service.start_practice(profile.id, MAS)
    service.check(attempt, 0, wrong_response(service.question(attempt.slots[0].key)))
    other = store.create_profile("other")
    assert service.wrong_keys(other.id) == []


# --- assessment definitions -----------------------------------------------------------------

def test_definition_json_round_trip(tmp_path):
    files = AssessmentFiles(tmp_path / "assessments")
    original = definition(time_limit_minutes=30, pass_percent=70, attempts_allowed=2, grading="average",
                          review=ReviewOptions(correctness=True, right_answers=True, feedback=False))
    files.save(original)
    text = (tmp_path / "assessments" / "final-test.json").read_text(encoding="utf-8")
    assert json.loads(text)["draws"] == [{"module_id": MAS, "count": 3}, {"module_id": NOK, "count": 2}]
    assert files.get("final-test") == original
    assert files.load_all() == ([original], [])
    assert not list((tmp_path / "assessments").glob("*.tmp"))
    files.delete("final-test")
    assert files.get("final-test") is None


@pytest.mark.parametrize("changes, message", [
    ({"title": ""}, "title"),
    ({"draws": []}, "bank"),
    ({"draws": [BankDraw(MAS, -1)]}, "negative"),
    ({"draws": [BankDraw(MAS, 1), BankDraw(MAS, 2)]}, "once"),
    ({"pass_percent": 120}, "0 to 100"),
    ({"time_limit_minutes": -5}, "time limit"),
    ({"attempts_allowed": -1}, "Attempts allowed"),
    ({"grading": "best"}, "grading"),
    ({"id": "Bad Id"}, "id"),
])
def test_invalid_definitions_are_refused_with_a_reason(changes, message):
    with pytest.raises(AssessmentError, match=message):
        definition(**changes).check()


def test_broken_definition_file_is_reported_not_fatal(tmp_path):
    folder = tmp_path / "assessments"
    files = AssessmentFiles(folder)
    files.save(definition())
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "wrong-name.json").write_text(json.dumps(definition(id="other").to_json()), encoding="utf-8")
    found, problems = files.load_all()
    assert [d.id for d in found] == ["final-test"]
    assert len(problems) == 2 and any("broken.json" in str(p) for p in problems)


def test_new_id_is_ascii_and_unique():
    a, b = new_id("Zaključni preizkus — ŽRTVE"), new_id("Zaključni preizkus — ŽRTVE")
    assert a.startswith("zakljucni-preizkus-zrtve-") and a != b


def test_saving_a_definition_with_an_unknown_module_is_refused(service):
    with pytest.raises(AssessmentError, match="not in the library"):
        service.save_assessment(definition(draws=[BankDraw("nope", 1)]))


# --- starting and resuming ------------------------------------------------------------------

def test_assessment_draws_per_bank_and_stores_the_plan(service, profile, clock):
    attempt = service.start_assessment(profile.id, definition(time_limit_minutes=20), seed=7)
    modules = [s.module_id for s in attempt.slots]
    assert modules.count(MAS) == 3 and modules.count(NOK) == 2
    assert attempt.deadline == pytest.approx(clock.now + 20 * 60, abs=0.01)
    assert attempt.plan["seed"] == 7 and attempt.plan["settings"]["time_limit_minutes"] == 20
    reloaded = service.attempt(attempt.id)
    assert reloaded.slots == attempt.slots  # a resumed attempt is identical
    for slot in attempt.slots:
        question = service.question(slot.key)
        order = service.display_order(slot, question)
        if question.type in ("single", "multiple"):
            assert sorted(order) == list(range(len(question.options)))
        if question.type == "ordering":
            assert order != sorted(order)  # never shown already solved


def test_without_shuffling_questions_and_options_keep_their_order(service, profile):
    attempt = service.start_assessment(profile.id, definition(
        draws=[BankDraw(MAS, 0)], shuffle_questions=False, shuffle_options=False))
    assert [s.key for s in attempt.slots] == [q.key for q in service.bank(MAS).questions]
    for slot in attempt.slots:
        question = service.question(slot.key)
        if question.type in ("single", "multiple"):
            assert list(slot.order) == list(range(len(question.options)))


def test_asking_more_questions_than_a_bank_has_is_noted(service, profile):
    attempt = service.start_assessment(profile.id, definition(draws=[BankDraw(MAS, 500)]))
    assert len(attempt.slots) == len(service.bank(MAS).questions)
    assert attempt.short_by == 500 - len(attempt.slots)


def test_an_open_attempt_is_continued_not_restarted(service, profile):
    first = service.start_assessment(profile.id, definition())
    assert service.start_assessment(profile.id, definition()).id == first.id


def test_attempts_allowed(service, profile):
    d = definition(attempts_allowed=2)
    service.submit(service.start_assessment(profile.id, d))
    assert service.attempts_left(profile.id, d) == 1
    service.submit(service.start_assessment(profile.id, d))
    assert service.attempts_left(profile.id, d) == 0
    with pytest.raises(NoAttemptsLeft):
        service.start_assessment(profile.id, d)
    assert service.attempts_left(profile.id, definition(attempts_allowed=0)) is None


def test_resume_offers_the_open_attempt_with_its_remaining_time(service, profile, clock):
    attempt = service.start_assessment(profile.id, definition(time_limit_minutes=10))
    service.save_response(attempt, 0, correct_response(service.question(attempt.slots[0].key)))
    clock.advance(4 * 60)
    offer = service.resume(profile.id)
    assert offer.attempt.id == attempt.id
    assert offer.remaining == pytest.approx(6 * 60)
    assert offer.auto_submitted == []
    saved = service.responses(offer.attempt)[0]
    assert saved.response == correct_response(service.question(attempt.slots[0].key))
    assert saved.fraction is None  # no grade in the store before the attempt is submitted


def test_resume_prefers_an_assessment_over_a_practice(service, profile, clock):
    service.start_practice(profile.id, MAS)
    clock.advance(1)
    attempt = service.start_assessment(profile.id, definition())
    clock.advance(1)
    assert service.resume(profile.id).attempt.id == attempt.id
    assert service.resume(profile.id).remaining is None  # untimed


def test_resume_after_the_deadline_submits_with_the_answers_saved_in_time(service, profile, clock):
    attempt = service.start_assessment(profile.id, definition(time_limit_minutes=1))
    for slot in attempt.slots[:2]:
        service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
    clock.advance(3600)  # the app was closed (or the power cut) long past the deadline
    offer = service.resume(profile.id)
    assert offer.attempt is None
    [done] = offer.auto_submitted
    assert done.id == attempt.id and not done.is_open
    assert done.finished == pytest.approx(attempt.deadline)
    assert done.seconds == pytest.approx(60)
    assert done.score == 2.0 and done.max_score == 5.0


def test_answers_after_the_deadline_are_refused(service, profile, clock):
    attempt = service.start_assessment(profile.id, definition(time_limit_minutes=1))
    clock.advance(60 + GRACE_SECONDS / 2)
    service.save_response(attempt, 0, None)  # within the grace period
    clock.advance(GRACE_SECONDS)
    with pytest.raises(AttemptClosed):
        service.save_response(attempt, 1, None)


# --- saving ---------------------------------------------------------------------------------

def test_a_saved_answer_is_committed_before_save_returns(service, store, profile):
    attempt = service.start_assessment(profile.id, definition())
    question = service.question(attempt.slots[0].key)
    service.save_response(attempt, 0, correct_response(question))
    other = sqlite3.connect(str(store.path))  # a second connection sees only committed data
    row = other.execute("SELECT question_key, response, fraction FROM responses WHERE attempt_id=?",
                        (attempt.id,)).fetchone()
    other.close()
    assert row == (question.key, json.dumps(correct_response(question), ensure_ascii=False), None)
    assert not store.conn.in_transaction


def test_changing_an_answer_overwrites_its_slot(service, profile):
    attempt = service.start_assessment(profile.id, definition())
    service.save_response(attempt, 0, "first")
    service.save_response(attempt, 0, "second")
    saved = service.responses(attempt)
    assert len(saved) == 1 and saved[0].response == "second"


def test_no_answer_after_submit(service, profile):
    attempt = service.start_assessment(profile.id, definition())
    service.submit(attempt)
    with pytest.raises(AttemptClosed):
        service.save_response(attempt, 0, None)
    with pytest.raises(QuizError):
        service.save_response(attempt, 99, None)


def test_submit_grades_everything_and_is_idempotent(service, profile, clock):
    attempt = service.start_assessment(profile.id, definition())
    for slot in attempt.slots[:3]:
        service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
    clock.advance(90)
    done = service.submit(attempt)
    assert (done.score, done.max_score, done.seconds) == (3.0, 5.0, pytest.approx(90))
    clock.advance(90)
    assert service.submit(done).finished == done.finished
    result = service.result(done)
    assert result.percent == pytest.approx(60) and result.passed is True and result.answered == 3


# --- grading methods and review -------------------------------------------------------------

@pytest.mark.parametrize("method, expected", [("highest", 80), ("last", 40), ("first", 60), ("average", 60)])
def test_which_attempt_counts(service, profile, clock, method, expected):
    d = definition(attempts_allowed=0, grading=method, pass_percent=50, shuffle_questions=False)
    for right in (3, 4, 2):
        attempt = service.start_assessment(profile.id, d)
        for slot in attempt.slots[:right]:
            service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
        service.submit(attempt)
        clock.advance(10)
    final = service.final_grade(profile.id, d)
    assert final.percent == pytest.approx(expected) and final.attempts == 3
    assert final.passed is (expected >= 50)


def test_review_hides_what_the_options_hide(service, profile):
    d = definition(review=ReviewOptions(correctness=False, right_answers=False, feedback=False))
    attempt = service.start_assessment(profile.id, d)
    assert service.review(attempt) == []  # nothing while open
    done = service.submit(attempt)
    assert service.review(done) == []     # score only
    d2 = definition(id="second", review=ReviewOptions(correctness=True, right_answers=False, feedback=False))
    done2 = service.submit(service.start_assessment(profile.id, d2))
    items = service.review(done2)
    assert len(items) == 5 and all(i.correct is False and i.right_answer is None and i.notes is None for i in items)
    d4 = definition(id="fourth", review=ReviewOptions(correctness=False, right_answers=True, feedback=False))
    attempt4 = service.start_assessment(profile.id, d4)
    service.save_response(attempt4, 0, correct_response(service.question(attempt4.slots[0].key)))
    first = service.review(service.submit(attempt4))[0]
    assert first.answered and first.correct is None and first.fraction is None and not first.pending
    assert first.right_answer
    d3 = definition(id="third", review=ReviewOptions(correctness=True, right_answers=True, feedback=True))
    attempt3 = service.start_assessment(profile.id, d3)
    service.save_response(attempt3, 0, correct_response(service.question(attempt3.slots[0].key)))
    items = service.review(service.submit(attempt3))
    assert items[0].correct is True and items[0].right_answer and items[0].notes
    assert items[1].answered is False and items[1].right_answer


# --- essays, malformed questions, changed banks ---------------------------------------------

def test_malformed_questions_are_left_out_and_counted(own_content, store, profile, clock):
    service = QuizService(store, load_library(own_content), clock=clock)
    attempt = service.start_practice(profile.id, MAS)
    assert attempt.left_out == 2
    assert not any("broken" in s.key for s in attempt.slots)
    assert any("broken-1" in p for p in attempt.problems)


def test_essay_pending_until_a_trainer_grades_it(own_content, store, profile, clock, trainer):
    service = QuizService(store, load_library(own_content), clock=clock, actor=trainer)
    d = AssessmentDef("essay-test", "Essay test", [BankDraw(MAS, 0)], shuffle_questions=False,
                      review=ReviewOptions(True, True, True))
    attempt = service.start_assessment(profile.id, d)
    essay_slot = next(s for s in attempt.slots if s.key.endswith(":essay-1"))
    service.save_response(attempt, essay_slot.number, "Police, NGOs and prosecutors work together.")
    service.save_response(attempt, 0, correct_response(service.question(attempt.slots[0].key)))
    done = service.submit(attempt)
    result = service.result(done)
    assert result.pending == 1 and result.passed is None and done.score == 1.0
    assert service.final_grade(profile.id, d).pending
    [pending] = reports.pending_essays(service)
    assert pending.attempt_id == done.id and pending.question.guidance.startswith("Three")
    with pytest.raises(QuizError):
        service.grade_essay(done.id, essay_slot.number, 1.5)
    graded = service.grade_essay(done.id, essay_slot.number, 0.5, "Good, but name the NGO.", "trainer")
    assert service.result(graded).score == 1.5
    [change] = service.grade_changes(graded)
    assert change[1] == "Trainer" and change[3] is None and change[4] == 0.5
    assert reports.pending_essays(service) == []
    item = next(i for i in service.review(graded) if i.slot == essay_slot)
    assert item.fraction == 0.5 and item.comment == "Good, but name the NGO."
    assert service.result(graded).pending == 0


def test_a_question_removed_from_the_bank_after_start_is_left_out_of_the_score(own_content, store, profile, clock):
    library = load_library(own_content)
    service = QuizService(store, library, clock=clock)
    attempt = service.start_assessment(profile.id, AssessmentDef("t", "T", [BankDraw(MAS, 0)], shuffle_questions=False))
    bank = own_content / "thb" / "06-medagencijsko-sodelovanje" / "quiz.yaml"
    text = bank.read_text(encoding="utf-8").replace("id: mas-01\n", "id: mas-01-renamed\n")
    bank.write_text(text, encoding="utf-8")
    fresh = QuizService(store, load_library(own_content), clock=clock)  # e.g. the next start of the app
    resumed = fresh.attempt(attempt.id)
    assert fresh.question(resumed.slots[0].key) is None
    fresh.save_response(resumed, 0, 0)  # saving does not crash either
    done = fresh.submit(resumed)
    assert done.max_score == len(resumed.slots) - 1


def test_an_unknown_module_in_a_definition_does_not_crash(service, profile):
    d = AssessmentDef("ghost", "Ghost", [BankDraw("ghost-module", 3), BankDraw(MAS, 1)])
    attempt = service.start_assessment(profile.id, d)
    assert len(attempt.slots) == 1 and attempt.short_by == 3
    with pytest.raises(QuizError, match="no usable questions"):
        service.start_assessment(profile.id, AssessmentDef("ghost2", "Ghost", [BankDraw("ghost-module", 3)]))


# --- reports --------------------------------------------------------------------------------

def test_reports_per_learner_and_per_question(service, store, clock):
    d = definition(draws=[BankDraw(MAS, 0)], attempts_allowed=0, shuffle_questions=False, pass_percent=50)
    ana, bor = store.create_profile("Ana"), store.create_profile("Bor")
    first_key = service.bank(MAS).questions[0].key
    first = service.question(first_key)
    for who, right in ((ana, True), (bor, False), (bor, True)):
        attempt = service.start_assessment(who.id, d)
        for slot in attempt.slots:
            question = service.question(slot.key)
            service.save_response(attempt, slot.number, correct_response(question) if right else wrong_response(question))
        clock.advance(120)
        service.submit(attempt)
    rows = reports.learner_report(service, quiz_id=d.quiz_id)
    assert [(r.learner, r.number, r.passed) for r in rows] == [("Ana", 1, True), ("Bor", 1, False), ("Bor", 2, True)]
    assert rows[0].seconds == pytest.approx(120) and rows[0].percent == pytest.approx(100)
    questions = {r.key: r for r in reports.question_report(service, quiz_id=d.quiz_id)}
    row = questions[first_key]
    assert (row.answered, row.right) == (3, 2)
    assert row.average == pytest.approx(2 / 3)
    assert row.wrong == [(reports.response_text(first, wrong_response(first)), 1)]
    assert reports.quizzes(service) == [(d.quiz_id, "Final test")]
    assert reports.learner_report(service, mode=PRACTICE) == []


def test_difficult_questions_come_first_with_their_commonest_wrong_answers(service, store, profile):
    attempt = service.start_practice(profile.id, MAS)
    single_slots = [s for s in attempt.slots if service.question(s.key).type == "single"][:2]
    hard, easy = single_slots
    hard_q = service.question(hard.key)
    wrong_index = next(i for i, o in enumerate(hard_q.options) if o.weight < 1)
    for who in ("a", "b", "c"):
        p = store.create_profile(who)
        a = service.start_practice(p.id, MAS)
        service.check(a, hard.number, wrong_index)
        service.check(a, easy.number, correct_response(service.question(easy.key)))
    rows = reports.question_report(service, mode=PRACTICE)
    assert rows[0].key == hard.key and rows[0].average == 0.0
    assert rows[0].wrong == [(hard_q.options[wrong_index].text, 3)]
    assert rows[-1].average == 1.0
    assert grade(hard_q, wrong_index).fraction == 0.0
    assert ASSESSMENT not in {r.module_id for r in rows}


# --- bank cache and lazy library ------------------------------------------------------------

def test_bank_cache_is_used_and_rebuilt_when_the_bank_changes(own_content, store, tmp_path):
    from coursebook.quiz import bank_cache

    cache = tmp_path / "cache"
    library = load_library(own_content)
    first = QuizService(store, library, cache_dir=cache).bank(MAS)
    path = bank_cache.cache_file(cache, MAS)
    assert path.exists()
    calls = []
    original = bank_cache.load_bank
    bank_cache.load_bank = lambda *a, **k: calls.append(a) or original(*a, **k)
    try:
        again = QuizService(store, library, cache_dir=cache).bank(MAS)
        assert calls == [] and [q.key for q in again.questions] == [q.key for q in first.questions]
        assert len(again.errors) == len(first.errors) == 2
        bank = own_content / "thb" / "06-medagencijsko-sodelovanje" / "quiz.yaml"
        bank.write_text(bank.read_text(encoding="utf-8").replace("id: mas-01\n", "id: mas-01b\n"), encoding="utf-8")
        changed = QuizService(store, library, cache_dir=cache).bank(MAS)
        assert len(calls) == 1 and changed.questions[0].id == "mas-01b"
        path.write_bytes(b"garbage")
        assert QuizService(store, library, cache_dir=cache).bank(MAS).questions[0].id == "mas-01b"
    finally:
        bank_cache.load_bank = original


def test_the_library_is_loaded_only_when_needed(store, library, profile):
    loads = []
    service = QuizService(store, lambda: loads.append(1) or library)
    assert service.open_attempts(profile.id) == [] and loads == []
    service.start_practice(profile.id, MAS, count=2)
    assert loads == [1]
