"""Grading every question type, with its edge cases; banks parsed from YAML the way trainers write them."""

from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

import pytest

from coursebook.quiz.bank import load_bank
from coursebook.quiz.model import Grade, Option, Question, ShortAnswer, correct_response, describe_response, grade
from coursebook.quiz.review import response_key, response_text, right_answer_text

CONTENT = Path(__file__).resolve().parent.parent / "content"


def bank_of(tmp_path: Path, questions_yaml: str):
    path = tmp_path / "quiz.yaml"
    path.write_text("module: m\nquestions:\n" + textwrap.indent(textwrap.dedent(questions_yaml), "  "),
                    encoding="utf-8")
    return load_bank(path)


def one(tmp_path: Path, question_yaml: str) -> Question:
    bank = bank_of(tmp_path, question_yaml)
    assert not bank.errors, [str(e) for e in bank.errors]
    assert len(bank.questions) == 1
    return bank.questions[0]


COMMON = "section: s\n  difficulty: easy\n  text: Q?\n  feedback: General feedback.\n"


def q(kind: str, body: str) -> str:
    return f"- id: q1\n  type: {kind}\n  {COMMON}" + textwrap.indent(textwrap.dedent(body), "  ")


# --- single ---------------------------------------------------------------------------------

@pytest.fixture
def single(tmp_path):
    return one(tmp_path, q("single", """\
        options:
          - text: Right
            correct: true
            feedback: Yes, right.
          - text: Wrong
            feedback: No, wrong.
          - text: Also wrong
        """))


def test_single_right_and_wrong_with_option_feedback(single):
    right = grade(single, 0)
    assert right.fraction == 1.0 and right.correct
    assert right.feedback == ("Yes, right.", "General feedback.")
    wrong = grade(single, 1)
    assert wrong.fraction == 0.0 and not wrong.correct
    assert wrong.feedback == ("No, wrong.", "General feedback.")
    assert grade(single, 2).feedback == ("General feedback.",)


@pytest.mark.parametrize("response", [None, -1, 3, 99, True, False, "0", 0.0, 1.5, [0], {"a": 0}])
def test_single_malformed_or_out_of_range_scores_zero(single, response):
    result = grade(single, response)
    assert result.fraction == 0.0  # -1 must not wrap round to the last option, True is not index 1


def test_single_partial_weight(tmp_path):
    question = one(tmp_path, q("single", """\
        options:
          - text: Best
            weight: 1
          - text: Half right
            weight: 0.5
          - text: Wrong
        """))
    assert grade(question, 1).fraction == 0.5
    assert not grade(question, 1).correct
    assert correct_response(question) == 0


# --- multiple -------------------------------------------------------------------------------

@pytest.fixture
def multiple_default(tmp_path):
    """Two right of four, no weights: each right +1/2, each wrong −1/2."""
    return one(tmp_path, q("multiple", """\
        options:
          - text: A
            correct: true
          - text: B
            correct: true
            feedback: B is right.
          - text: C
            feedback: C is not.
          - text: D
        """))


@pytest.mark.parametrize("response, expected", [
    ([0, 1], 1.0),
    ([1, 0], 1.0),
    ([0], 0.5),
    ([0, 2], 0.0),          # +1/2 −1/2
    ([0, 1, 2], 0.5),
    ([0, 1, 2, 3], 0.0),    # ticking every box scores 0
    ([2, 3], 0.0),          # negative sum is clamped to 0
    ([], 0.0),
    (None, 0.0),
    ([0, 0, 1, 1], 1.0),    # duplicates count once
])
def test_multiple_default_weights(multiple_default, response, expected):
    assert grade(multiple_default, response).fraction == pytest.approx(expected)


@pytest.mark.parametrize("response", [[0, 9], [-1], [True], "01", 0, {"0": 1}])
def test_multiple_malformed_scores_zero(multiple_default, response):
    assert grade(multiple_default, response).fraction == 0.0


def test_multiple_feedback_of_every_chosen_option(multiple_default):
    assert grade(multiple_default, [2, 1]).feedback == ("B is right.", "C is not.", "General feedback.")


def test_multiple_explicit_weights_negative_and_clamped(tmp_path):
    question = one(tmp_path, q("multiple", """\
        options:
          - text: A
            weight: 0.6
          - text: B
            weight: 0.4
          - text: C
            weight: -1
          - text: D
            weight: -0.25
        """))
    assert grade(question, [0]).fraction == pytest.approx(0.6)
    assert grade(question, [0, 1]).fraction == pytest.approx(1.0)
    assert grade(question, [0, 1, 3]).fraction == pytest.approx(0.75)
    assert grade(question, [0, 2]).fraction == 0.0           # 0.6 − 1 clamped to 0
    assert grade(question, [0, 1, 2, 3]).fraction == 0.0
    assert correct_response(question) == [0, 1]


def test_multiple_three_thirds_add_up_to_a_full_mark(tmp_path):
    question = one(tmp_path, q("multiple", """\
        options:
          - {text: A, correct: true}
          - {text: B, correct: true}
          - {text: C, correct: true}
          - {text: D}
        """))
    result = grade(question, [0, 1, 2])
    assert result.correct and result.fraction == pytest.approx(1.0)


# --- true/false -----------------------------------------------------------------------------

@pytest.fixture
def truefalse(tmp_path):
    return one(tmp_path, q("truefalse", """\
        answer: false
        feedback_true: You said true.
        feedback_false: You said false.
        """))


def test_truefalse(truefalse):
    assert grade(truefalse, False).correct
    assert grade(truefalse, False).feedback == ("You said false.", "General feedback.")
    assert grade(truefalse, True).fraction == 0.0
    assert grade(truefalse, True).feedback == ("You said true.", "General feedback.")


@pytest.mark.parametrize("response", [None, 0, 1, "false", "False", [], ""])
def test_truefalse_only_a_bool_counts(truefalse, response):
    assert grade(truefalse, response).fraction == 0.0


# --- short answer ---------------------------------------------------------------------------

@pytest.fixture
def short(tmp_path):
    return one(tmp_path, q("short", """\
        ignore_diacritics: true
        answers:
          - text: žrtev trgovine z ljudmi
            feedback: Exactly.
          - text: žrtev
            weight: 0.5
            feedback: Almost.
        """))


@pytest.mark.parametrize("response, expected", [
    ("žrtev trgovine z ljudmi", 1.0),
    ("  ŽRTEV   Trgovine z   LJUDMI ", 1.0),   # case and white space ignored
    ("zrtev trgovine z ljudmi", 1.0),           # ignore_diacritics
    ("žrtev", 0.5),
    ("Zrtev", 0.5),
    ("žrtve", 0.0),
    ("", 0.0),
    ("   ", 0.0),
    (None, 0.0),
    (["žrtev"], 0.0),
    (True, 0.0),
])
def test_short_answers(short, response, expected):
    assert grade(short, response).fraction == pytest.approx(expected)


def test_short_answer_feedback_of_the_matched_answer(short):
    assert grade(short, "žrtev").feedback == ("Almost.", "General feedback.")
    assert grade(short, "nothing").feedback == ("General feedback.",)


def test_short_without_ignore_diacritics_needs_the_accents(tmp_path):
    question = one(tmp_path, q("short", """\
        answers: [žrtev]
        """))
    assert not question.ignore_diacritics
    assert grade(question, "zrtev").fraction == 0.0
    assert grade(question, "ŽRTEV").fraction == 1.0
    decomposed = unicodedata.normalize("NFD", "žrtev")
    assert decomposed != "žrtev"
    assert grade(question, decomposed).fraction == 1.0  # typed as z + combining caron


def test_short_best_weight_wins_when_two_answers_match(tmp_path):
    question = one(tmp_path, q("short", """\
        ignore_diacritics: true
        answers:
          - {text: Češka, weight: 0.5}
          - {text: ceska, weight: 1}
        """))
    assert grade(question, "ČEŠKA").fraction == 1.0


def test_short_other_letters_fold_when_ignoring_diacritics(tmp_path):
    question = one(tmp_path, q("short", """\
        ignore_diacritics: true
        answers: [Đakovo, Łódź]
        """))
    assert grade(question, "dakovo").correct
    assert grade(question, "lodz").correct


def test_short_number_answer(tmp_path):
    question = one(tmp_path, q("short", """\
        answers: [112]
        """))
    assert grade(question, "112").correct
    assert grade(question, 112).correct


# --- matching -------------------------------------------------------------------------------

@pytest.fixture
def matching(tmp_path):
    return one(tmp_path, q("matching", """\
        pairs:
          - {left: Policija, right: preiskava}
          - {left: NVO, right: podpora žrtvam}
          - {left: Tožilstvo, right: pregon}
        distractors: [carina]
        """))


@pytest.mark.parametrize("response, expected", [
    (["preiskava", "podpora žrtvam", "pregon"], 1.0),
    (["preiskava", "pregon", "podpora žrtvam"], 1 / 3),
    (["carina", "carina", "carina"], 0.0),
    (["preiskava", None, ""], 1 / 3),
    (["preiskava"], 1 / 3),                                  # too short: the rest unanswered
    (["preiskava", "podpora žrtvam", "pregon", "x"], 1.0),   # extra entries are ignored
    ([], 0.0),
    (None, 0.0),
    ("preiskava", 0.0),                                      # a string is not a list
    ({"Policija": "preiskava"}, 0.0),
])
def test_matching(matching, response, expected):
    assert grade(matching, response).fraction == pytest.approx(expected)


def test_matching_choices_include_distractors_once(matching):
    assert matching.right_choices() == ["preiskava", "podpora žrtvam", "pregon", "carina"]


# --- ordering -------------------------------------------------------------------------------

@pytest.fixture
def ordering(tmp_path):
    return one(tmp_path, q("ordering", """\
        items: [first, second, third, fourth]
        """))


@pytest.mark.parametrize("response, expected", [
    ([0, 1, 2, 3], 1.0),
    ([1, 0, 2, 3], 0.5),       # credit per item in its right place
    ([3, 2, 1, 0], 0.0),
    ([0, 1, 3, 2], 0.5),
    ([0, 1, 2], 0.0),          # not a full permutation
    ([0, 0, 1, 2], 0.0),
    ([0, 1, 2, 9], 0.0),
    ([-1, 1, 2, 3], 0.0),
    ([True, False, 2, 3], 0.0),
    (None, 0.0),
    ("0123", 0.0),
])
def test_ordering(ordering, response, expected):
    assert grade(ordering, response).fraction == pytest.approx(expected)


# --- numerical ------------------------------------------------------------------------------

@pytest.fixture
def numerical(tmp_path):
    return one(tmp_path, q("numerical", """\
        answer: 72
        tolerance: 0.5
        """))


@pytest.mark.parametrize("response, expected", [
    (72, 1.0), ("72", 1.0), ("72.5", 1.0), ("71,5", 1.0), (" 72 ", 1.0), (71.5, 1.0),
    ("72.6", 0.0), ("71.4", 0.0), ("", 0.0), ("abc", 0.0), (None, 0.0), (True, 0.0),
    ("nan", 0.0), ("inf", 0.0), ("1e400", 0.0), ([72], 0.0),
])
def test_numerical_tolerance(numerical, response, expected):
    assert grade(numerical, response).fraction == expected


def test_numerical_exact_without_tolerance(tmp_path):
    question = one(tmp_path, q("numerical", "answer: 3\n"))
    assert grade(question, "3").correct
    assert grade(question, "3.0").correct
    assert not grade(question, "3.01").correct


def test_numerical_range_bounds_inclusive(tmp_path):
    question = one(tmp_path, q("numerical", "min: 30\nmax: 90\n"))
    assert grade(question, 30).correct and grade(question, "90").correct and grade(question, "45,5").correct
    assert not grade(question, "29.99").correct and not grade(question, 91).correct
    assert grade(question, correct_response(question)).correct
    assert right_answer_text(question) == "30 – 90"


def test_numerical_right_answer_text(numerical):
    assert right_answer_text(numerical) == "72 ± 0.5"


# --- essay ----------------------------------------------------------------------------------

def test_essay_waits_for_a_trainer(tmp_path):
    question = one(tmp_path, q("essay", "guidance: Look for three indicators.\n"))
    result = grade(question, "A long answer.")
    assert result.fraction is None and result.pending and not result.correct
    assert result.feedback == ("General feedback.",)
    assert correct_response(question) is None
    assert right_answer_text(question) == ""
    assert question.guidance == "Look for three indicators."


# --- never raises ---------------------------------------------------------------------------

def test_unknown_type_scores_zero():
    question = Question("x", "nonsense", "s", "easy", "t", "")
    assert grade(question, 1) == Grade(0.0, ())


@pytest.mark.parametrize("response", [None, 0, -5, 10**9, "x", [], [None], {"a": 1}, [[1]], 1.5, True])
def test_grade_never_raises_on_any_type(response):
    questions = [
        Question("a", "single", "s", "easy", "t", "f", options=[Option("A", 1.0), Option("B", 0.0)]),
        Question("b", "multiple", "s", "easy", "t", "f", options=[Option("A", 1.0), Option("B", -1.0)]),
        Question("c", "truefalse", "s", "easy", "t", "f", answer=True),
        Question("d", "short", "s", "easy", "t", "f", answers=[ShortAnswer("x")]),
        Question("e", "matching", "s", "easy", "t", "f", pairs=[("a", "b"), ("c", "d")]),
        Question("f", "ordering", "s", "easy", "t", "f", items=["a", "b", "c"]),
        Question("g", "numerical", "s", "easy", "t", "f", answer=1.0),
        Question("h", "essay", "s", "easy", "t", "f"),
    ]
    for question in questions:
        result = grade(question, response)
        assert result.fraction is None or 0.0 <= result.fraction <= 1.0
        describe_response(question, response)
        response_text(question, response)
        response_key(question, response)


# --- the real banks -------------------------------------------------------------------------

def real_questions() -> list[Question]:
    from coursebook.loader import load_library

    library = load_library(CONTENT)
    found = []
    for module in library.modules:
        bank = load_bank(module.quiz_path, module)
        assert not bank.errors, [str(e) for e in bank.errors]
        found.extend(bank.questions)
    return found


def test_every_real_question_has_a_full_mark_answer_and_explanation():
    questions = real_questions()
    assert len(questions) > 100
    for question in questions:
        assert question.feedback, question.key
        if question.type == "essay":
            continue
        result = grade(question, correct_response(question))
        assert result.correct, question.key
        assert right_answer_text(question), question.key


def test_every_real_question_scores_zero_for_no_answer():
    for question in real_questions():
        result = grade(question, None)
        assert result.fraction in (0.0, None), question.key


# --- words for reviews ----------------------------------------------------------------------

def test_response_words(matching, ordering, multiple_default, truefalse):
    assert response_text(matching, ["pregon", None, "pregon"]) == "Policija → pregon; NVO → —; Tožilstvo → pregon"
    assert response_text(ordering, [1, 0, 2, 3]) == "second → first → third → fourth"
    assert response_text(multiple_default, [2, 0]) == "A; C"
    assert response_text(truefalse, True, "drži", "ne drži") == "drži"
    assert right_answer_text(truefalse, "drži", "ne drži") == "ne drži"


def test_response_key_treats_equivalent_answers_alike(multiple_default, short, numerical):
    assert response_key(multiple_default, [2, 0]) == response_key(multiple_default, [0, 2])
    assert response_key(short, " ZRTEV ") == response_key(short, "žrtev")
    assert response_key(numerical, "71,5") == response_key(numerical, "71.5")
