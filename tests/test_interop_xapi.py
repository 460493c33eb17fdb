"""xAPI export: every statement checked against the xAPI 1.0.3 statement rules."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from coursebook.interop.xapi import DEFAULT_BASE, export, install_id, to_jsonl
from coursebook.quiz.assessment import AssessmentDef, BankDraw
from coursebook.quiz.service import QuizService
from coursebook.quiz.model import correct_response

MAS = "medagencijsko-sodelovanje"
NOK = "nacionalni-okvir"

# --- a validator for the statement rules of xAPI 1.0.3 (Data, section 2.4) ------------------------

TOP = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
       "attachments"}
INTERACTION_TYPES = {"true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing",
                     "likert", "numeric", "other"}
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$|^und$")
DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def check_uuid(value) -> None:
    assert isinstance(value, str) and value == str(uuid.UUID(value)), f"not a UUID: {value!r}"
    assert uuid.UUID(value).variant == uuid.RFC_4122


def check_language_map(value) -> None:
    assert isinstance(value, dict) and value
    for key, text in value.items():
        assert LANG.match(key), key
        assert isinstance(text, str)


def check_activity(obj) -> None:
    assert obj.get("objectType", "Activity") == "Activity"
    assert set(obj) <= {"objectType", "id", "definition"}
    assert IRI.match(obj["id"]) and " " not in obj["id"]
    definition = obj.get("definition", {})
    assert set(definition) <= {"name", "description", "type", "moreInfo", "extensions", "interactionType",
                               "correctResponsesPattern", "choices", "scale", "source", "target", "steps"}
    if "type" in definition:
        assert IRI.match(definition["type"])
    for key in ("name", "description"):
        if key in definition:
            check_language_map(definition[key])
    if "interactionType" in definition:
        assert definition["interactionType"] in INTERACTION_TYPES


def validate_statement(s: dict) -> None:
    assert set(s) <= TOP, set(s) - TOP
    check_uuid(s["id"])
    actor = s["actor"]
    assert actor.get("objectType", "Agent") == "Agent"
    ifis = [k for k in ("mbox", "mbox_sha1sum", "openid", "account") if k in actor]
    assert len(ifis) == 1, "an Agent has exactly one inverse functional identifier"
    if "account" in actor:
        assert set(actor["account"]) == {"homePage", "name"}
        assert IRI.match(actor["account"]["homePage"]) and isinstance(actor["account"]["name"], str)
    verb = s["verb"]
    assert set(verb) <= {"id", "display"} and IRI.match(verb["id"])
    check_language_map(verb["display"])
    check_activity(s["object"])
    assert TIMESTAMP.match(s["timestamp"]), s["timestamp"]
    datetime.fromisoformat(s["timestamp"].replace("Z", "+00:00"))
    if "result" in s:
        result = s["result"]
        assert set(result) <= {"score", "success", "completion", "response", "duration", "extensions"}
        if "score" in result:
            score = result["score"]
            assert set(score) <= {"scaled", "raw", "min", "max"}
            assert -1 <= score["scaled"] <= 1
            if "min" in score and "max" in score:
                assert score["min"] < score["max"]
                assert score["min"] <= score["raw"] <= score["max"]
        for key in ("success", "completion"):
            if key in result:
                assert isinstance(result[key], bool)
        if "response" in result:
            assert isinstance(result["response"], str)
        if "duration" in result:
            assert DURATION.match(result["duration"]), result["duration"]
    if "context" in s:
        context = s["context"]
        assert set(context) <= {"registration", "instructor", "team", "contextActivities", "revision", "platform",
                                "language", "statement", "extensions"}
        if "registration" in context:
            check_uuid(context["registration"])
        for kind, activities in context.get("contextActivities", {}).items():
            assert kind in {"parent", "grouping", "category", "other"}
            assert isinstance(activities, list)
            for activity in activities:
                check_activity(activity)
    json.dumps(s)


def test_the_validator_catches_broken_statements():
    good = {"id": str(uuid.uuid4()), "actor": {"account": {"homePage": "https://x.invalid", "name": "1"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
            "object": {"id": "https://x.invalid/a"}, "timestamp": "2026-01-01T10:00:00.000Z"}
    validate_statement(good)
    for broken in ({**good, "id": "not-a-uuid"}, {**good, "timestamp": "2026-01-01 10:00"},
                   {**good, "verb": {"id": "answered"}}, {**good, "object": {"id": "no iri"}},
                   {**good, "actor": {"name": "x"}}, {**good, "result": {"score": {"scaled": 2}}}):
        with pytest.raises((AssertionError, ValueError, KeyError)):
            validate_statement(broken)


# --- the export -----------------------------------------------------------------------------------

class Clock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self):
        self.now += 7
        return self.now


@pytest.fixture
def activity(store, library, tmp_path):
    profile = store.default_profile()
    module = library.module(MAS)
    for section in module.sections:
        store.record_visit(profile.id, MAS, section.id, 0.5, 60)
    store.record_visit(profile.id, NOK, library.module(NOK).sections[0].id)
    service = QuizService(store, library, clock=Clock())
    practice = service.start_practice(profile.id, MAS, count=3, seed=1)
    for number, slot in enumerate(practice.slots):
        question = service.question(slot.key)
        service.save_response(practice, number, correct_response(question) if number else None)
    passing = AssessmentDef(id="final", title="Final", draws=[BankDraw(MAS, 2)], pass_percent=50, attempts_allowed=0)
    attempt = service.start_assessment(profile.id, passing, seed=3)
    for number, slot in enumerate(attempt.slots):
        service.save_response(attempt, number, correct_response(service.question(slot.key)))
    service.submit(attempt)
    failing = service.start_assessment(profile.id, passing, seed=4)
    service.submit(failing)
    return store


def test_every_statement_is_valid_xapi(activity, library):
    statements = export(activity, library)
    for statement in statements:
        validate_statement(statement)
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert verbs.count("attempted") == 2 and verbs.count("completed") == 1
    assert verbs.count("answered") == 5 and verbs.count("passed") == 1 and verbs.count("failed") == 1
    assert len({s["id"] for s in statements}) == len(statements)


def test_activity_ids_are_stable_and_statement_ids_repeat(activity, library):
    first, second = export(activity, library), export(activity, library)
    assert [s["id"] for s in first] == [s["id"] for s in second]
    module_ids = {s["object"]["id"] for s in first if s["verb"]["id"].endswith(("attempted", "completed"))}
    assert f"{DEFAULT_BASE}/activities/module/{MAS}" in module_ids
    question = next(s for s in first if s["verb"]["id"].endswith("answered"))
    assert re.match(rf"^{re.escape(DEFAULT_BASE)}/activities/question/{MAS}/mas-\d\d$", question["object"]["id"])
    passed = next(s for s in first if s["verb"]["id"].endswith("passed"))
    assert passed["object"]["id"] == f"{DEFAULT_BASE}/activities/assessment/final"
    assert passed["result"]["score"]["scaled"] == 1.0 and passed["result"]["success"] is True
    assert install_id(activity) == install_id(activity)
    check_uuid(install_id(activity))
    assert first[0]["actor"]["account"]["name"].startswith(install_id(activity) + "/")


def test_cli_writes_jsonl_without_qt(activity, tmp_path):
    import subprocess
    import sys

    activity.close()
    out = tmp_path / "statements.jsonl"
    code = ("import sys; from app.cli import main; "
            f"rc = main(['xapi', 'export', '-o', {str(out)!r}, '--data-dir', {str(activity.folder)!r}]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules); sys.exit(rc)")
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10  # 2 attempted, 1 completed, 5 answered, 1 passed, 1 failed
    for line in lines:
        validate_statement(json.loads(line))
    assert to_jsonl([json.loads(lines[0])]) == lines[0] + "\n"


def test_a_score_forged_in_the_store_never_reaches_a_statement(activity, library):
    """Statements are graded again from the (sealed) answers, like the reports: SQL on scores changes nothing."""

    def scores(statements):
        return [(s["verb"]["id"].rsplit("/", 1)[1], s["object"]["id"], json.dumps(s.get("result", {}).get("score")),
                 s.get("result", {}).get("success")) for s in statements]

    honest = scores(export(activity, library))
    activity.conn.execute("UPDATE attempts SET score = 99, max_score = 99")
    activity.conn.execute("UPDATE responses SET fraction = 1.0")
    forged = export(activity, library)
    assert scores(forged) == honest
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in forged]
    assert verbs.count("passed") == 1 and verbs.count("failed") == 1
    # the practice answer left empty is still not right, whatever its row says
    assert any(s["verb"]["id"].endswith("answered") and s["result"].get("success") is False for s in forged)
