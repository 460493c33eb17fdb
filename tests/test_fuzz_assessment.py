"""Property-based tests of the assessment reader: thousands of generated definition files.

Whatever the bytes, :func:`parse_definition` returns a definition that passes its own checks with
finite numbers within bounds, or raises :class:`AssessmentError` whose message starts with
``file:line:`` for a line of the file — never any other exception.
"""

from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coursebook.quiz.assessment import LIMITS, AssessmentError, parse_definition

FUZZ = settings(max_examples=3_000, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

KEYS = ["id", "title", "draws", "module_id", "count", "shuffle_questions", "shuffle_options", "time_limit_minutes",
        "pass_percent", "attempts_allowed", "grading", "review", "correctness", "right_answers", "feedback", "x"]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 200), st.sampled_from([10 ** 12, -(10 ** 30), 10 ** 400]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e300, 1e-300, 0.5, 60.0, -0.0]),
    st.sampled_from(["false", "true", "60", "highest", "average", "best", "good", "m", "Bad Id", ""]),
    st.text(max_size=10),
)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)), max_leaves=10)

definition = st.fixed_dictionaries(
    {"id": st.sampled_from(["good", "Bad", 3, None])},
    optional={
        "title": st.one_of(st.just("T"), scalars),
        "draws": st.one_of(st.lists(st.fixed_dictionaries({"module_id": st.sampled_from(["m", "n"])},
                                                         optional={"count": scalars}), max_size=3), values),
        "shuffle_questions": scalars, "shuffle_options": scalars, "time_limit_minutes": scalars,
        "pass_percent": scalars, "attempts_allowed": scalars,
        "grading": st.one_of(st.sampled_from(["highest", "last", "first", "average"]), scalars),
        "review": st.one_of(st.dictionaries(st.sampled_from(["correctness", "right_answers", "feedback", "x"]),
                                            scalars, max_size=3), values),
        "x": values,
    })


def encoded(data: object, indent: int | None) -> bytes:
    return json.dumps(data, indent=indent, allow_nan=True).encode("utf-8")


files = st.one_of(
    st.tuples(definition, st.sampled_from([None, 2])).map(lambda pair: encoded(*pair)),
    st.tuples(definition, st.integers(0, 200), st.binary(max_size=6)).map(
        lambda t: (lambda raw: raw[:t[1]] + t[2] + raw[t[1]:])(encoded(t[0], 2))),
    st.tuples(st.sampled_from(["[", "{\"a\": ", "[[{\"x\": "]), st.integers(1, 3000)).map(
        lambda pair: (pair[0] * pair[1]).encode()),
    st.binary(max_size=100),
    values.map(lambda v: encoded(v, None)),
)


@FUZZ
@given(raw=files)
def test_reader_never_raises_anything_but_a_located_error(raw):
    text = raw.decode("utf-8", "replace")
    lines = text.count("\n") + 1
    try:
        result = parse_definition(raw, "x.json")
    except AssessmentError as exc:
        message = str(exc)
        assert message.startswith("x.json:"), message
        line = int(message.split(":")[1])
        assert 1 <= line <= lines, message
        assert message.split(":", 2)[2].strip(), message
        event("refused")
        return
    event("accepted")
    result.check()
    for key in ("time_limit_minutes", "pass_percent", "attempts_allowed"):
        value = getattr(result, key)
        low, high = LIMITS[key]
        assert isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        assert low <= value <= high
    assert isinstance(result.shuffle_questions, bool) and isinstance(result.shuffle_options, bool)
    assert all(isinstance(d.count, int) and 0 <= d.count <= LIMITS["count"][1] for d in result.draws)
    assert all(isinstance(getattr(result.review, k), bool) for k in ("correctness", "right_answers", "feedback"))
