"""Property-based tests of the question-bank parser: thousands of generated ``quiz.yaml`` files.

Whatever the YAML, ``load_bank`` returns the usable questions and a ``file:line`` error for each
one left out — never an exception. Every question it keeps holds finite numbers and its right
answer scores full marks.
"""

from __future__ import annotations

import datetime
import math

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coursebook.quiz.bank import load_bank
from coursebook.quiz.model import QUESTION_TYPES, correct_response, grade

FUZZ = settings(max_examples=2_000, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

KEYS = ["id", "type", "section", "difficulty", "text", "feedback", "options", "answer", "feedback_true",
        "feedback_false", "answers", "ignore_diacritics", "pairs", "distractors", "items", "tolerance", "min",
        "max", "guidance", "weight", "correct", "left", "right", "unit", "alternatives", "scenario", "unknown"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from([10 ** 15 + 1, 10 ** 300, 10 ** 4200, -(10 ** 20)]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.5, 0.25, -0.5, 1.0, 1e300]),
    st.text(max_size=20),
    st.sampled_from(["single", "multiple", "truefalse", "short", "matching", "ordering", "numerical", "essay",
                     "easy", "medium", "hard", "s", "q1", "Yes", "no", "1e300", ".nan"]),
    st.dates(min_value=datetime.date(1, 1, 1)),
)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)), max_leaves=12)

# Fields that are nearly right for their type, so that many questions pass and are graded.
option = st.fixed_dictionaries({"text": st.sampled_from(["a", "b", "c", "a"])},
                               optional={"correct": st.one_of(st.booleans(), scalars),
                                         "weight": st.one_of(st.sampled_from([1, 0.5, -0.5, 0.25]), scalars),
                                         "feedback": st.text(max_size=5)})
numbers = st.one_of(st.integers(-100, 100), st.floats(allow_nan=True, allow_infinity=True), scalars)
TYPED = {
    "single": st.fixed_dictionaries({"options": st.lists(option, max_size=4)}),
    "multiple": st.fixed_dictionaries({"options": st.lists(option, max_size=5)}),
    "truefalse": st.fixed_dictionaries({"answer": st.one_of(st.booleans(), scalars)}),
    "short": st.fixed_dictionaries({"answers": st.lists(st.one_of(
        st.text(max_size=6), st.fixed_dictionaries({"text": st.text(max_size=6)}, optional={"weight": numbers})),
        max_size=3)}, optional={"ignore_diacritics": st.booleans()}),
    "matching": st.fixed_dictionaries({"pairs": st.lists(st.fixed_dictionaries(
        {"left": st.sampled_from(["l1", "l2", "l3", "l1"]), "right": st.sampled_from(["r1", "r2", "r1"])}),
        max_size=4)}, optional={"distractors": st.one_of(st.lists(st.text(max_size=4), max_size=2), scalars)}),
    "ordering": st.fixed_dictionaries({"items": st.lists(st.one_of(st.text(max_size=4), scalars), max_size=5)}),
    "numerical": st.fixed_dictionaries({}, optional={"answer": numbers, "tolerance": numbers, "min": numbers,
                                                     "max": numbers, "unit": st.text(max_size=3),
                                                     "alternatives": st.lists(st.fixed_dictionaries(
                                                         {"answer": numbers},
                                                         optional={"tolerance": numbers, "weight": numbers}),
                                                         max_size=2)}),
    "essay": st.fixed_dictionaries({}, optional={"guidance": st.text(max_size=5)}),
}


def question() -> st.SearchStrategy[dict]:
    def build(kind: str) -> st.SearchStrategy[dict]:
        base = st.fixed_dictionaries({
            "id": st.sampled_from(["q1", "q2", "q3"]), "type": st.just(kind), "section": st.just("s"),
            "difficulty": st.sampled_from(["easy", "hard"]), "text": st.just("Q?"), "feedback": st.just("F."),
        })
        extra = st.one_of(TYPED[kind], st.dictionaries(st.sampled_from(KEYS), values, max_size=3))
        return st.tuples(base, extra).map(lambda pair: {**pair[0], **pair[1]})

    return st.sampled_from(QUESTION_TYPES).flatmap(build)


RAW_LINES = ["  - &a {id: x}", "  - *a", "questions: [[[[[[[[", "  - id: 2024-13-45", "\t- bad tab", "? [x]\n: y",
             "  - {id: q, type: numerical, section: s, difficulty: easy, text: t, feedback: f, answer: .nan}",
             "  - {id: r, type: numerical, section: s, difficulty: easy, text: t, feedback: f, answer: 1, "
             "tolerance: .inf}", "module: " + "[" * 100, "  - {id: z, type: numerical, answer: " + "9" * 5000 + "}", "- " * 100 + "x", "\x85", "\ufeff"]


def bank_texts() -> st.SearchStrategy[str]:
    document = st.fixed_dictionaries({"module": st.just("m"), "questions": st.lists(question(), max_size=4)})
    dumped = document.map(lambda d: yaml.safe_dump(d, allow_unicode=True, sort_keys=False))
    mutated = st.tuples(dumped, st.lists(st.tuples(st.integers(0, 60), st.sampled_from(RAW_LINES)), max_size=3)).map(
        lambda pair: _insert(*pair))
    return st.one_of(dumped, mutated, values.map(lambda v: yaml.safe_dump(v)), st.text(max_size=200))


def _insert(text: str, inserts: list[tuple[int, str]]) -> str:
    lines = text.split("\n")
    for index, raw in inserts:
        lines.insert(min(index, len(lines)), raw)
    return "\n".join(lines)


@FUZZ
@given(text=bank_texts())
def test_bank_never_raises_and_every_error_has_a_location(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("b", numbered=True) / "quiz.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    bank = load_bank(path, None, "quiz.yaml")
    last = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 2  # lines as an editor counts them
    for error in bank.errors:
        assert error.path == "quiz.yaml" and 1 <= error.line <= last and error.message, error
    event(f"questions kept: {min(len(bank.questions), 2)}")
    for question in bank.questions:
        numbers = [question.tolerance, question.minimum, question.maximum,
                   *(o.weight for o in question.options), *(a.weight for a in question.answers)]
        if question.type == "numerical" and question.answer is not None:
            numbers.append(question.answer)
        assert all(n is None or math.isfinite(n) for n in numbers), question
        if question.type != "essay":
            assert grade(question, correct_response(question)).fraction == 1.0, question
