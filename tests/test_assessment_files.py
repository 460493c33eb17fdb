"""Hostile assessment files: each one a clear ``file:line: reason``; the other assessments still listed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coursebook.quiz.assessment import AssessmentFiles, read_definition

MAS = "medagencijsko-sodelovanje"
GOOD = {"id": "good", "title": "Good test", "draws": [{"module_id": MAS, "count": 3}],
        "shuffle_questions": True, "shuffle_options": True, "time_limit_minutes": 30, "pass_percent": 60,
        "attempts_allowed": 2, "grading": "highest",
        "review": {"correctness": True, "right_answers": False, "feedback": False}}


def good_text(**changes) -> str:
    data = dict(GOOD, id="bad", **changes)
    return json.dumps(data, indent=2)


def with_raw(key: str, raw: str) -> str:
    """The good definition with ``key``'s value replaced by raw JSON text (e.g. ``NaN``)."""
    text = good_text()
    start = text.index(f'"{key}": ') + len(f'"{key}": ')
    end = start
    while text[end] not in ",\n":
        end += 1
    return text[:start] + raw + text[end:]


def line_of(text: str, key: str) -> int:
    return text[:text.index(f'"{key}"')].count("\n") + 1


def folder_with(tmp_path: Path, bad: str | bytes) -> Path:
    folder = tmp_path / "assessments"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (folder / "bad.json").write_bytes(bad if isinstance(bad, bytes) else bad.encode("utf-8"))
    return folder


TIME = "'time_limit_minutes' must be a number from 0 to 1440."
ATTEMPTS = "'attempts_allowed' must be a whole number from 0 to 100."

CASES = [
    ("infinity", with_raw("time_limit_minutes", "Infinity"), "time_limit_minutes",
     "Infinity is not a number JSON allows."),
    ("nan", with_raw("pass_percent", "NaN"), "pass_percent", "NaN is not a number JSON allows."),
    ("minus-infinity", with_raw("pass_percent", "-Infinity"), "pass_percent",
     "-Infinity is not a number JSON allows."),
    ("1e300", with_raw("time_limit_minutes", "1e300"), "time_limit_minutes", TIME),
    ("1e400", with_raw("time_limit_minutes", "1e400"), "time_limit_minutes",
     "The number 1e400 is too large."),
    ("1e12-attempts", with_raw("attempts_allowed", "1e12"), "attempts_allowed", ATTEMPTS),
    ("10**12-attempts", with_raw("attempts_allowed", "1000000000000"), "attempts_allowed", ATTEMPTS),
    ("fractional-attempts", with_raw("attempts_allowed", "1.5"), "attempts_allowed", ATTEMPTS),
    ("false-as-string", with_raw("shuffle_questions", '"false"'), "shuffle_questions",
     "'shuffle_questions' must be true or false (without quotes)."),
    ("true-as-attempts", with_raw("attempts_allowed", "true"), "attempts_allowed", ATTEMPTS),
    ("number-as-string", with_raw("pass_percent", '"60"'), "pass_percent",
     "'pass_percent' must be a number from 0 to 100."),
    ("review-as-string", good_text(review={"feedback": "yes"}), "feedback",
     "'feedback' must be true or false (without quotes)."),
    ("count-as-float", good_text(draws=[{"module_id": MAS, "count": 2.5}]), "count",
     "'count' must be a whole number from 0 to 10000."),
    ("draws-not-list", good_text(draws={"module_id": MAS}), "draws", "'draws' must be a list of question banks. Most banks allowed: 1000."),
    ("title-not-text", good_text(title=["x"]), "title", "'title' must be text."),
]


@pytest.mark.parametrize("name, text, key, reason", CASES, ids=[c[0] for c in CASES])
def test_each_hostile_value_is_a_clear_error_and_the_others_are_listed(tmp_path, name, text, key, reason):
    folder = folder_with(tmp_path, text)
    found, problems = AssessmentFiles(folder).load_all()
    assert [d.id for d in found] == ["good"]
    assert [str(p) for p in problems] == [f"assessments/bad.json:{line_of(text, key)}: {reason}"]


def test_deep_nesting(tmp_path):
    text = '{"id": "bad",\n"x": ' + "[" * 20_000 + "]" * 20_000 + "}"
    folder = folder_with(tmp_path, text)
    found, problems = AssessmentFiles(folder).load_all()
    assert [d.id for d in found] == ["good"]
    assert [str(p) for p in problems] == ["assessments/bad.json:2: Arrays and objects are nested too deep. Most levels allowed: 8."]


def test_byte_order_mark(tmp_path):
    folder = folder_with(tmp_path, b"\xef\xbb\xbf" + good_text().encode("utf-8"))
    found, problems = AssessmentFiles(folder).load_all()
    assert [d.id for d in found] == ["good"]
    assert [str(p) for p in problems] == ["assessments/bad.json:1: The file starts with a byte-order mark (BOM); "
                        "save it as UTF-8 without BOM."]


def test_not_json_names_the_line(tmp_path):
    folder = folder_with(tmp_path, '{"id": "bad",\n"title": }')
    _found, problems = AssessmentFiles(folder).load_all()
    assert [str(p) for p in problems] == ["assessments/bad.json:2: The file is not valid JSON: Expecting value"]


def test_too_large_file_is_refused_unread(tmp_path):
    folder = folder_with(tmp_path, good_text(title="x" * 100) + " " * 70_000)
    _found, problems = AssessmentFiles(folder).load_all()
    size = (folder / "bad.json").stat().st_size
    assert [str(p) for p in problems] == [f"assessments/bad.json:1: file is {size:,} bytes; the limit is 64,000 bytes"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_and_broken_link_are_never_opened(tmp_path):
    folder = folder_with(tmp_path, good_text())
    (folder / "bad.json").unlink()
    os.mkfifo(folder / "fifo.json")
    os.symlink("nowhere.json", folder / "lock.json")
    found, problems = AssessmentFiles(folder).load_all()
    assert [d.id for d in found] == ["good"]
    assert [str(p) for p in problems] == [
        "assessments/fifo.json:1: not a regular file (a FIFO, socket or device); it is never opened",
        "assessments/lock.json:1: a symbolic link to a file that does not exist (an editor's lock file?)"]


def test_a_good_file_still_reads_and_round_trips(tmp_path):
    folder = folder_with(tmp_path, good_text())
    found, problems = AssessmentFiles(folder).load_all()
    assert [str(p) for p in problems] == [] and sorted(d.id for d in found) == ["bad", "good"]
    definition = read_definition(folder / "good.json")
    assert definition.to_json() == GOOD


def test_the_menu_lists_the_good_assessments_and_shows_the_bad_file(qtbot, session, monkeypatch):
    from app.quiz import menu as quiz_menu
    from app.main_window import MainWindow

    informed: list[str] = []
    offered: list[list[str]] = []
    monkeypatch.setattr(quiz_menu.QuizController, "inform", lambda self, title, text: informed.append(text))
    monkeypatch.setattr(quiz_menu.QuizController, "choose",
                        lambda self, title, label, items: offered.append(items) or None)
    window = MainWindow(session)
    qtbot.addWidget(window)
    controller = window.quiz_controller
    folder = controller.service.assessments.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (folder / "bad.json").write_text(with_raw("time_limit_minutes", "Infinity"), encoding="utf-8")
    (folder / "deep.json").write_text("[" * 50_000, encoding="utf-8")
    assert controller.take_assessment() is None  # nothing chosen
    assert len(informed) == 1
    assert "assessments/bad.json:" in informed[0] and "Infinity is not a number JSON allows" in informed[0]
    assert "assessments/deep.json:1: Arrays and objects are nested too deep. Most levels allowed: 8." in informed[0]
    assert len(offered) == 1 and offered[0][0].startswith("Good test")
    window.close()
