"""GIFT import as Moodle's importer reads it, export that Moodle takes, and the round trip over content/."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from coursebook.interop import gift
from coursebook.interop.banks import export_module, find_module, read_import, write_import
from coursebook.loader import load_library
from coursebook.quiz.bank import load_bank
from coursebook.quiz.model import correct_response, grade

from conftest import CONTENT

EXAMPLES = Path(__file__).parent / "data" / "moodle_examples.gift"


@pytest.fixture(scope="module")
def examples():
    result = gift.parse(EXAMPLES.read_text(encoding="utf-8"), "moodle_examples.gift")
    assert result.errors == []
    return result


def by_name(result, name):
    return next(q for q in result.questions if q.id == name)


def find_text(result, start):
    return next(q for q in result.questions if q.text.startswith(start))


def test_every_documented_type_is_read(examples):
    assert examples.categories == ["tom/dick/harry"]
    assert examples.by_type() == {"essay": 1, "matching": 2, "multiple": 1, "numerical": 3, "short": 3,
                                  "single": 4, "truefalse": 4}
    assert [str(w) for w in examples.warnings] == [
        "moodle_examples.gift:24: the feedback for the right number is left out: Coursebook shows the general feedback",
        "moodle_examples.gift:32: a description (text without an answer block) is not a question; left out",
        "moodle_examples.gift:59: HTML was turned into plain text",
    ]


def test_true_false_with_both_feedbacks(examples):
    q1 = by_name(examples, "Q1")
    assert (q1.type, q1.answer, q1.text) == ("truefalse", True, "1+1=2")
    tomb = find_text(examples, "Grant is buried in Grant's tomb.")
    assert tomb.answer is False
    # {FALSE#wrong#right}: answering true is wrong, answering false is right
    assert tomb.feedback_true == "No one is buried there."
    assert tomb.feedback_false == "Right: no one is buried there."


def test_single_choice_with_answer_feedback(examples):
    q2 = by_name(examples, "Q2")
    assert q2.type == "single"
    assert [(o.text, o.weight, o.feedback) for o in q2.options] == [
        ("yellow", 1.0, "right; good!"), ("red", 0.0, "wrong, it's yellow"), ("blue", 0.0, "wrong, it's yellow")]


def test_missing_word_question(examples):
    q3 = by_name(examples, "Q3")
    assert q3.text == "Two plus _____ equals four."
    assert [a.text for a in q3.answers] == ["two", "2"]
    buried = find_text(examples, "Grant is _____")
    assert buried.type == "single" and buried.text == "Grant is _____ in Grant's tomb."


def test_matching_and_general_feedback(examples):
    q4 = by_name(examples, "Q4")
    assert q4.pairs == [("cat", "cat food"), ("dog", "dog food")]
    capitals = find_text(examples, "Match the following")
    assert capitals.pairs[1] == ("Italy", "Rome") and len(capitals.pairs) == 4
    assert capitals.feedback == "It's good to know the capitals"


def test_numerical_tolerance_range_and_weighted_alternatives(examples):
    q5, q6, q7 = by_name(examples, "Q5"), by_name(examples, "Q6"), by_name(examples, "Q7")
    assert (q5.answer, q5.tolerance) == (3.0, 2.0)
    assert (q6.minimum, q6.maximum) == (1.0, 5.0)
    assert (q7.answer, q7.tolerance) == (1822.0, 0.0)
    assert [(a.answer, a.tolerance, a.weight) for a in q7.alternatives] == [(1822.0, 2.0, 0.5)]
    assert "half credit" in q7.alternatives[0].feedback.lower()
    assert grade(q7, "1822").fraction == 1.0
    assert grade(q7, "1823").fraction == 0.5
    assert grade(q7, "1830").fraction == 0.0


def test_essay_and_description(examples):
    assert by_name(examples, "Q8").type == "essay"
    assert not any("pencil" in q.text for q in examples.questions)


def test_multiple_response_with_negative_weights(examples):
    q = find_text(examples, "What two people")
    assert q.type == "multiple"
    assert [o.weight for o in q.options] == [-1.0, 0.5, 0.5, -1.0]
    assert grade(q, [1, 2]).fraction == 1.0
    assert grade(q, [0, 1]).fraction == 0.0


def test_short_answer_weights_formats_and_general_feedback(examples):
    nobody = find_text(examples, "Who's buried")
    assert nobody.feedback == "Grant and his wife are entombed, not buried."
    birth = next(q for q in examples.questions if "Ulysses S. Grant** born" in q.text)
    assert birth.text == "When was **Ulysses S. Grant** born?"  # [markdown] taken off, Markdown kept
    assert birth.id.startswith("moodle-examples-")  # a name that is no id: an id from the file name
    assert [(a.text, a.weight, a.feedback) for a in birth.answers] == [("1822", 1.0, ""), ("1823", 0.5, "Close.")]
    prime = find_text(examples, "Which is a prime")
    assert prime.text == "Which is a prime?" and prime.type == "single"


def test_escapes(examples):
    five = find_text(examples, "Which answer equals 5")
    assert [o.text for o in five.options] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    assert [o.weight for o in five.options] == [0.0, 1.0, 0.0]
    escaped = find_text(examples, "Curly braces")
    assert escaped.text == "Curly braces { and } and a hash # and a tilde ~ and a backslash \\\nnew line?"
    assert escaped.type == "truefalse"


def test_lower_case_true_is_a_short_answer_as_in_moodle():
    result = gift.parse("Is it? {true}", "x.gift")
    assert result.questions[0].type == "short"


def test_malformed_file_names_the_line(tmp_path):
    text = ("// fine\n::ok:: 1+1=2 {T}\n\n"
            "::braces:: An answer block that never closes {=a ~b\n\n"
            "::one:: Only one choice {~%100%a}\n\n"
            "::num:: A number {#abc}\n\n"
            "::weights:: Partial only {~%50%a ~%20%b ~c}\n")
    result = gift.parse(text, "bad.gift")
    assert [str(e) for e in result.errors] == [
        "bad.gift:4: the braces around the answers do not match (a '{' or '}' is missing or should be escaped as '\\{' / '\\}')",
        "bad.gift:6: a multiple-choice question needs at least two answers",
        "bad.gift:8: 'abc' is not a number",
        "bad.gift:10: the positive weights add up to 70 %, not 100 %",
    ]
    assert [q.id for q in result.questions] == ["ok"]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def test_errors_import_nothing_unless_skip_bad(tmp_path):
    content = _copy(tmp_path)
    module = find_module(content, "identifikace-obeti")
    before = module.quiz_path.read_text(encoding="utf-8")
    source = tmp_path / "new.gift"
    source.write_text("::n1:: Good one {T}\n\n::n2:: Bad one {#x}\n", encoding="utf-8")
    result = read_import(source, module, "gift")
    assert not write_import(result, module, skip_bad=False)
    assert module.quiz_path.read_text(encoding="utf-8") == before
    result = read_import(source, module, "gift")
    assert write_import(result, module, skip_bad=True)
    after = module.quiz_path.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n"))  # what was there stays, byte for byte
    bank = load_bank(module.quiz_path, module)
    assert "n1" not in {q.id for q in bank.questions}  # no section: left out of quizzes, reported
    assert any("n1" in e.message and "'section' is required" in e.message for e in bank.errors)


def test_validate_reports_questions_without_section(tmp_path):
    from app.cli import main

    content = _copy(tmp_path)
    source = tmp_path / "new.gift"
    source.write_text("// [tag:cb-section-uvod]\n::s1:: With a section {T####Why.}\n\n::s2:: Without {F####Why.}\n",
                      encoding="utf-8")
    assert main(["gift", "import", str(source), "--into", "identifikace-obeti", "--content", str(content)]) == 0
    from coursebook.validate import validate

    _lib, errors, _report = validate(content)
    messages = [str(e) for e in errors]
    assert len(messages) == 1 and "question 's2': 'section' is required" in messages[0]


def test_an_id_already_in_the_bank_is_an_error(tmp_path):
    content = _copy(tmp_path)
    module = find_module(content, "identifikace-obeti")
    existing = load_bank(module.quiz_path, module).questions[0].id
    source = tmp_path / "dup.gift"
    source.write_text(f"// [id:{existing}]\n::x:: Dup {{T}}\n\n::{existing}:: Named like one {{T}}\n", encoding="utf-8")
    result = read_import(source, module, "gift")
    assert [e.line for e in result.errors] == [2]
    assert result.questions[0].id == f"{existing}-2"  # a name is only a name: a new id is made


def comparable(question):
    data = dataclasses.asdict(question)
    data.pop("line")
    return data


@pytest.mark.parametrize("fmt", ["gift", "moodlexml"])
def test_round_trip_over_every_bank_in_content(tmp_path, fmt):
    """Export every bank, import it into an empty bank of a copy of the course: the same questions."""
    content = _copy(tmp_path)
    library = load_library(content)
    assert len(library.modules) >= 5
    for module in library.modules:
        original = load_bank(module.quiz_path, module)
        assert original.questions and not original.errors
        text, warnings = export_module(module, fmt)
        assert warnings == []  # every grade is one Moodle accepts
        exported = tmp_path / f"{module.id}.{fmt}"
        exported.write_text(text, encoding="utf-8")
        module.quiz_path.unlink()
        result = read_import(exported, module, fmt)
        assert result.errors == [] and result.warnings == []
        assert write_import(result, module, skip_bad=False)
        again = load_bank(module.quiz_path, module)
        assert again.errors == []
        assert [comparable(q) for q in again.questions] == [comparable(q) for q in original.questions]
        for question in again.questions:
            if question.type != "essay":
                assert grade(question, correct_response(question)).correct


def test_cli_export_and_json_report(tmp_path, capsys):
    import json

    from app.cli import main

    content = _copy(tmp_path)
    out = tmp_path / "bank.gift"
    assert main(["gift", "export", "identifikace-obeti", "-o", str(out), "--content", str(content)]) == 0
    assert out.read_text(encoding="utf-8").count("::") >= 2 * 19
    capsys.readouterr()
    assert main(["gift", "import", str(EXAMPLES), "--into", "identifikace-obeti", "--content", str(content),
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] is True and report["questions"] == 18
    assert report["by_type"]["numerical"] == 3
    assert main(["gift", "export", "no-such-module", "--content", str(content)]) == 1
    assert "There is no module 'no-such-module'" in capsys.readouterr().err


def test_bank_commands_import_no_qt(tmp_path):
    import subprocess
    import sys

    content = _copy(tmp_path)
    code = ("import sys; from app.cli import main; rc = main(['gift', 'export', 'identifikace-obeti', '-o', "
            f"{str(tmp_path / 'x.gift')!r}, '--content', {str(content)!r}]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; sys.exit(rc)")
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent).returncode == 0


def test_export_warns_where_moodle_would_refuse():
    from coursebook.quiz.model import Question

    matching = Question(id="m1", type="matching", section="s", difficulty="easy", text="Pair them", feedback="f",
                        pairs=[("a", "1"), ("b", "2")])
    text, warnings = gift.export([matching], "cat")
    assert [str(w) for w in warnings] == ["m1: Moodle needs at least three answers in a matching question (add a distractor)"]
    from coursebook.quiz.model import Option

    odd = Question(id="w1", type="multiple", section="s", difficulty="easy", text="Pick", feedback="f",
                   options=[Option("a", 0.35), Option("b", 0.65), Option("c", -1.0)])
    _text, warnings = gift.export([odd], "cat")
    assert [str(w) for w in warnings] == ["w1: Moodle accepts only its own list of grades; 35 % is not one",
                        "w1: Moodle accepts only its own list of grades; 65 % is not one"]


def test_texts_that_look_like_gift_syntax_survive_export():
    from coursebook.quiz.model import Option, Question, ShortAnswer

    tricky = [
        Question(id="t1", type="single", section="s", difficulty="easy", text="50% of what? {really} #1 a=b ~ c: d\\e",
                 feedback="Because: {x} = #y", options=[Option("%20% of cases", 0.0), Option("half", 1.0, "yes: 50%")]),
        Question(id="t2", type="short", section="s", difficulty="hard", text="Type it", feedback="f",
                 answers=[ShortAnswer("%10%", 1.0), ShortAnswer("T", 0.5, "almost")]),
        Question(id="t3", type="truefalse", section="s", difficulty="medium", text="Line one\nline two", feedback="f",
                 answer=True, feedback_true="right # really", feedback_false=""),
    ]
    text, warnings = gift.export(tricky, "cat")
    assert warnings == []
    back = gift.parse(text, "t.gift")
    assert back.errors == [] and back.warnings == []
    assert [comparable(q) for q in back.questions] == [comparable(q) for q in tricky]
