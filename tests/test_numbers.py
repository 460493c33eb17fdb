"""The one number parser: the learner's locale, ambiguity asked back, no inf or nan."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coursebook.numbers import format_number, parse_number
from coursebook.quiz.model import Question, grade


@pytest.mark.parametrize("text, locale, value", [
    ("521.000", "sl", 521000), ("521 000", "sl", 521000), ("521\u00a0000", "cs", 521000),
    ("3,5", "sl", 3.5), ("3,5", "sk", 3.5), ("3.5", "sl", 3.5), ("3.5", "en", 3.5), ("1,000", "en", 1000),
    ("1.234.567,5", "cs", 1234567.5), ("1,234,567.5", "en", 1234567.5), ("-12,5", "sk", -12.5),
    ("521.000 €", "sl", 521000), ("45 %", "sl", 45), ("0,5", "sl", 0.5), ("1.000.000", "sl", 1000000),
    ("521 000,50", "sl", 521000.5), ("+7", "cs", 7),
])
def test_reads_the_learners_locale(text, locale, value):
    reading = parse_number(text, locale)
    assert reading.error is None and not reading.ambiguous
    assert reading.value == pytest.approx(value)


@pytest.mark.parametrize("text, locale, readings", [
    ("1,000", "sl", (1.0, 1000.0)), ("521.000", "en", (521.0, 521000.0)), ("2,500", "cs", (2.5, 2500.0)),
])
def test_ambiguous_input_is_reported_with_both_readings(text, locale, readings):
    reading = parse_number(text, locale)
    assert reading.ambiguous and reading.alternatives == readings


@pytest.mark.parametrize("text", ["inf", "nan", "-inf", "Infinity", "1e3", "", "abc", "12.5.", "1,2,3", "1..2",
                                  "3,", "--1", "1 2", "١٢"])
def test_rejects_what_is_not_a_plain_number(text):
    reading = parse_number(text, "sl")
    assert reading.value is None and reading.error


@given(st.text(max_size=30), st.sampled_from(["sl", "cs", "sk", "en"]))
@settings(max_examples=2000, deadline=None)
def test_never_raises_and_never_returns_a_non_finite_value(text, locale):
    reading = parse_number(text, locale)
    for value in ([reading.value] if reading.value is not None else []) + list(reading.alternatives):
        assert math.isfinite(value)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 4)),
       st.sampled_from(["sl", "cs", "sk", "en"]))
@settings(max_examples=2000, deadline=None)
def test_a_formatted_number_reads_back(value, locale):
    reading = parse_number(format_number(value, locale), locale)
    candidates = list(reading.alternatives) or [reading.value]
    assert any(c == pytest.approx(value) for c in candidates)


def _numerical(answer, unit="", language="sl"):
    return Question("q", "numerical", "s", "easy", "Koliko?", "", answer=answer, unit=unit, language=language)


def test_the_grader_reads_slovenian_thousands():
    question = _numerical(521000, unit="€")
    for typed in ("521.000", "521 000", "521.000 €", "521000"):
        assert grade(question, typed).fraction == 1.0, typed
    assert grade(question, "521").fraction == 0.0
    assert grade(question, 521000.0).fraction == 1.0


def test_the_grader_refuses_inf_and_nan():
    question = _numerical(1)
    for typed in ("inf", "nan", float("inf"), float("nan")):
        assert grade(question, typed).fraction == 0.0


def test_an_ambiguous_text_counts_if_either_reading_is_right():
    assert grade(_numerical(1000), "1,000").fraction == 1.0
    assert grade(_numerical(1), "1,000").fraction == 1.0
    assert grade(_numerical(7), "1,000").fraction == 0.0


def test_the_quiz_asks_which_number_was_meant(qtbot, session):
    """Slovenian interface: `1,000` could be 1 or 1000 — the page asks instead of marking it wrong."""
    from app import language
    from app.qt import QApplication
    from app.quiz.answers import TextAnswer
    from app.quiz.window import QuizWindow
    from coursebook.quiz.service import QuizService

    language.install(QApplication.instance(), "sl")
    try:
        service = QuizService(session.store, session.library)
        attempt = service.start_practice(session.profile.id, "nacionalni-okvir")
        window = QuizWindow(service, attempt)
        qtbot.addWidget(window)
        window.show()
        slot = next(s for s in attempt.slots if service.question(s.key).type == "numerical")
        window.go(slot.number)
        answer = window.pages[slot.number].answer
        assert isinstance(answer, TextAnswer)
        qtbot.keyClicks(answer.edit, "1,000")
        assert answer.ask.isVisible() and answer.response() is None and answer.needs_choice()
        window.check()
        assert window.pages[slot.number].feedback is None  # not graded before the learner chooses
        qtbot.mouseClick(answer.choices[1], __import__("app.qt", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
        assert answer.response() == 1000.0 and not answer.ask.isVisible()
        answer.edit.clear()
        qtbot.keyClicks(answer.edit, "521.000")  # a Slovenian thousands separator: no question
        assert not answer.ask.isVisible() and answer.response() == 521000.0
    finally:
        language.install(QApplication.instance(), "en")
