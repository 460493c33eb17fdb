"""A store with many answers: the indexes of schema step 10, and the in-memory shortcuts of the reports
(checked chains kept while nothing changes, identical answers graded once) never hiding a change."""

from __future__ import annotations

import shutil
import sqlite3

from coursebook import store as store_module
from coursebook.classroom import profiles
from coursebook.quiz import reports
from coursebook.store import SCHEMA_VERSION, Store

import pytest
from coursebook.quiz.service import QuizService

from coursebook.quiz.assessment import BankDraw

from test_classroom import MAS, Clocks, exam, row_of, take


@pytest.fixture
def service(store, library, trainer):
    clocks = Clocks()
    return QuizService(store, library, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono, actor=trainer)


def _plan(conn: sqlite3.Connection, sql: str) -> str:
    return " ".join(str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_upgrade_version_11_indexes_open_attempts_quizzes_and_waiting_essays(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    for step in store_module.UPGRADES[:11]:
        step(conn)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_attempts_open", "idx_attempts_quiz", "idx_responses_waiting"} <= names
    # start-up's questions read the open attempts only, never the whole table
    assert "idx_attempts_open" in _plan(conn, "SELECT id, profile_id, deadline, last_seen FROM attempts "
                                              "WHERE mode = 'assessment' AND finished IS NULL")
    assert "idx_attempts_open" in _plan(conn, "SELECT 1 FROM attempts WHERE profile_id = 1 AND finished IS NULL "
                                              "LIMIT 1")
    assert "idx_attempts_quiz" in _plan(conn, "SELECT id FROM attempts a WHERE a.quiz_id = 'x'")
    assert "idx_responses_waiting" in _plan(conn, "SELECT attempt_id FROM responses WHERE fraction IS NULL")


def test_a_version_10_store_upgrades_to_11_keeping_its_answers(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(str(folder / "coursebook.db"), isolation_level=None)
    for step in store_module.UPGRADES[:10]:
        step(conn)
    conn.execute("INSERT INTO profiles(name, created, uuid) VALUES ('Ana', '2026-01-01', 'a1')")
    conn.execute("INSERT INTO attempts(profile_id, quiz_id, mode, plan, started, uuid) "
                 "VALUES (1, 'q', 'practice', '{}', '2026-01-01', 'u1')")
    conn.execute("INSERT INTO responses(attempt_id, slot, question_key, response, fraction) "
                 "VALUES (1, 0, 'm:q', '1', 1.0)")
    conn.execute("PRAGMA user_version = 10")
    conn.close()
    s = Store(folder)
    try:
        assert s.version == SCHEMA_VERSION >= 11
        assert s.conn.execute("SELECT COUNT(*) FROM responses").fetchone() == (1,)
        assert s.backups(), "the upgrade is preceded by a backup"
    finally:
        s.close()


def test_kept_chain_check_sees_a_changed_answer_at_once(service, store):
    ana = profiles.add_learner(store, "Ana")
    done = take(service, ana)
    assert row_of(service, done).integrity == "sealed"
    first = service.replay(ana.id)
    assert service.replay(ana.id) is first  # nothing changed: the checked chain is reused
    store.conn.execute("UPDATE responses SET response = ? WHERE attempt_id = ? AND slot = 0", ('"forged"', done.id))
    assert service.replay(ana.id) is not first
    assert row_of(service, done).integrity == "altered"


def test_kept_chain_check_sees_a_change_by_another_program(service, store):
    ana = profiles.add_learner(store, "Ana")
    done = take(service, ana)
    assert row_of(service, done).integrity == "sealed"
    other = sqlite3.connect(str(store.path), isolation_level=None)
    try:
        other.execute("UPDATE attempts SET started = '2020-01-01T00:00:00.000+00:00' WHERE id = ?", (done.id,))
    finally:
        other.close()
    assert row_of(service, done).integrity == "altered"


def test_question_report_counts_every_answer_when_answers_repeat(service, store):
    learners = [profiles.add_learner(store, f"L{i}") for i in range(3)]
    definition = exam(attempts_allowed=0, draws=[BankDraw(MAS, 0)])
    for learner in learners:
        take(service, learner, definition, right=True)
    take(service, learners[0], definition, right=False)
    rows = reports.question_report(service)
    assert rows and all(r.answered >= 3 for r in rows)
    total = store.conn.execute("SELECT COUNT(*) FROM responses r JOIN attempts a ON a.id = r.attempt_id "
                               "WHERE a.finished IS NOT NULL AND r.fraction IS NOT NULL").fetchone()[0]
    assert sum(r.answered for r in rows) == total
    # a stored score changed by hand is not believed: the report grades the answers again
    store.conn.execute("UPDATE responses SET fraction = 0")
    assert [(r.key, r.right) for r in reports.question_report(service)] == [(r.key, r.right) for r in rows]


def test_library_finds_a_module_added_after_the_first_lookup(library):
    course = library.courses[0]
    module = course.modules[0]
    assert library.module(module.id) is module
    assert library.module("nope") is None
    moved = course.modules.pop(0)
    try:
        assert library.module(moved.id) is None
    finally:
        course.modules.insert(0, moved)
    assert library.module(moved.id) is moved


def test_kept_reports_follow_every_change(service, store):
    ana = profiles.add_learner(store, "Ana")
    definition = exam(attempts_allowed=0)
    take(service, ana, definition)
    before = reports.learner_report(service)
    assert reports.learner_report(service) == before  # unchanged store: the same rows
    take(service, ana, definition, right=False)
    after = reports.learner_report(service)
    assert len(after) == len(before) + 1
    questions = reports.question_report(service)
    store.conn.execute("DELETE FROM responses WHERE attempt_id IN (SELECT id FROM attempts WHERE finished IS NOT NULL)")
    assert sum(r.answered for r in reports.question_report(service)) == 0 < sum(r.answered for r in questions)
