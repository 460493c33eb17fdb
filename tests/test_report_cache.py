"""The trainer's trusted cache of verified, graded report results: used when valid, never believed when
a learner could have touched it (an edited, copied or foreign entry, a forged score, an edited answer)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from coursebook import store as store_module
from coursebook.classroom import auth, profiles
from coursebook.classroom.secrets_kdf import check_and_derive
from coursebook.quiz import reports, result_cache
from coursebook.quiz.assessment import BankDraw
from coursebook.quiz.service import QuizService

from test_classroom import MAS, Clocks, exam, take

PASS = "correct horse battery"


@pytest.fixture
def clocks():
    return Clocks()


@pytest.fixture
def service(store, library, trainer, clocks):
    return QuizService(store, library, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono, actor=trainer)


def session(service, actor=None):
    """The same PC in a new session: nothing kept in memory, only what the database holds."""
    return QuizService(service.store, service.library, clock=service.clock, monotonic=service.monotonic,
                       actor=actor or service.actor)


def no_grading(monkeypatch):
    """Make any grading fail: a report that still works came from the cache."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("graded again")

    monkeypatch.setattr(reports, "regrade", refuse)
    monkeypatch.setattr(reports, "_question_rows", refuse)


def count_grading(monkeypatch) -> list:
    calls = []
    real = reports.regrade

    def counted(*args, **kwargs):
        calls.append(args[1].id)
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "regrade", counted)
    return calls


def scores(rows):
    return sorted((r.learner, r.attempt_id, r.score, r.max_score, r.integrity) for r in rows)


def drop_triggers(conn):
    """What a learner with the SQLite command line could do first: nothing would move the revisions."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")


def block(conn, profile_id):
    return conn.execute("SELECT key_id, payload, mac FROM report_cache WHERE kind = 'learners' AND name = ?",
                        (str(profile_id),)).fetchone()


def rewrite(conn, profile_id, change):
    """Edit a cached entry's data in place as a learner could, leaving its signature as it was."""
    key_id, payload, mac = block(conn, profile_id)
    data = json.loads(payload)
    change(data)
    conn.execute("UPDATE report_cache SET payload = ? WHERE key_id = ? AND kind = 'learners' AND name = ?",
                 (json.dumps(data).encode(), key_id, str(profile_id)))


def full_marks(data):
    """The first cached attempt's score set to its maximum, and passed."""
    numbers = result_cache.unpacked("d", data["numbers"])
    numbers[3] = numbers[4]
    data["numbers"] = result_cache.packed("d", numbers)
    data["passed"] = "1" + data["passed"][1:]


def test_the_passphrase_gives_a_key_the_stored_record_does_not(store, trainer):
    row = store.conn.execute("SELECT passphrase, uuid FROM profiles WHERE id = ?", (trainer.profile.id,)).fetchone()
    key = check_and_derive(PASS, row[0], profiles.trainer_context(row[1]))
    assert key is not None and len(key) == 32 and key == trainer.report_key
    assert key.hex() not in row[0]
    assert check_and_derive("wrong passphrase", row[0], profiles.trainer_context(row[1])) is None
    assert check_and_derive(PASS, row[0], profiles.trainer_context("another profile")) is None


def test_verified_results_are_read_back_in_a_new_session_without_grading(service, store, monkeypatch):
    ana = profiles.add_learner(store, "Ana")
    take(service, ana, exam(attempts_allowed=0), right=True)
    take(service, ana, exam(attempts_allowed=0), right=False)
    practice = service.start_practice(ana.id, MAS, count=3, seed=1)
    service.save_response(practice, 0, None)
    service._close_practice(ana.id)
    first = reports.learner_report(service)
    questions = reports.question_report(service)
    assert store.conn.execute("SELECT COUNT(*) FROM report_cache").fetchone()[0] >= 2
    no_grading(monkeypatch)
    again = session(service)
    assert reports.learner_report(again) == first
    assert [(r.key, r.answered, r.right, r.text) for r in reports.question_report(again)] == \
        [(r.key, r.answered, r.right, r.text) for r in questions]


def test_a_new_attempt_after_caching_is_included_and_only_it_is_graded(service, store, monkeypatch):
    ana, bor = profiles.add_learner(store, "Ana"), profiles.add_learner(store, "Bor")
    definition = exam(attempts_allowed=0)
    take(service, ana, definition)
    take(service, bor, definition)
    before = reports.learner_report(service)
    new = take(service, bor, definition, right=False)
    graded = count_grading(monkeypatch)
    after = reports.learner_report(session(service))
    assert len(after) == len(before) + 1
    assert any(r.attempt_id == new.id and r.score == 0 and r.integrity == "sealed" for r in after)
    assert graded == [new.id]  # Ana's results, and Bor's earlier one, came from the cache


def test_an_edited_cache_entry_is_not_believed(service, store):
    ana = profiles.add_learner(store, "Ana")
    done = take(service, ana, exam(), right=False)
    truth = scores(reports.learner_report(service))
    assert [r[2] for r in truth] == [0.0]
    drop_triggers(store.conn)  # the edit below moves no revision
    rewrite(store.conn, ana.id, full_marks)
    rows = reports.learner_report(session(service))
    assert scores(rows) == truth
    assert next(r for r in rows if r.attempt_id == done.id).passed is False


def test_a_cache_entry_copied_from_another_learner_is_not_believed(service, store):
    ana, bor = profiles.add_learner(store, "Ana"), profiles.add_learner(store, "Bor")
    take(service, ana, exam(), right=True)
    take(service, bor, exam(), right=False)
    truth = scores(reports.learner_report(service))
    drop_triggers(store.conn)
    key_id, payload, mac = block(store.conn, ana.id)
    data = json.loads(payload)
    bor_id = store.conn.execute("SELECT id FROM attempts WHERE profile_id = ?", (bor.id,)).fetchone()[0]
    bor_uuid = store.conn.execute("SELECT uuid FROM attempts WHERE id = ?", (bor_id,)).fetchone()[0]
    # Ana's signed entry, as is, under Bor's name; and once more pointed at Bor's attempt
    bor_state = json.loads(block(store.conn, bor.id)[1])["state"]
    store.conn.execute("UPDATE report_cache SET payload = ?, mac = ? WHERE kind = 'learners' AND name = ?",
                       (payload, mac, str(bor.id)))
    assert scores(reports.learner_report(session(service))) == truth
    data.update(ids=result_cache.packed("q", [bor_id]), uuids=bor_uuid, profile=bor.id, state=bor_state)
    store.conn.execute("UPDATE report_cache SET payload = ? WHERE kind = 'learners' AND name = ?",
                       (json.dumps(data).encode(), str(bor.id)))
    assert scores(reports.learner_report(session(service))) == truth


def test_a_cache_made_under_another_passphrase_is_never_read(service, store, trainer, monkeypatch):
    ana = profiles.add_learner(store, "Ana")
    take(service, ana, exam(), right=False)
    truth = scores(reports.learner_report(service))
    drop_triggers(store.conn)
    # a learner signs a forged entry with a key of their own, under the trainer's key id
    forger = result_cache.CacheKey(b"\x01" * 32)
    real = result_cache.CacheKey(trainer.report_key)
    forged = dict(json.loads(block(store.conn, ana.id)[1]))
    full_marks(forged)
    result_cache.save(store.conn, forger, "learners", str(ana.id), forged)
    assert result_cache.load(store.conn, forger, "learners", str(ana.id))["passed"] == "1"
    store.conn.execute("DELETE FROM report_cache WHERE key_id = ?", (real.ident,))
    store.conn.execute("UPDATE report_cache SET key_id = ? WHERE key_id = ?", (real.ident, forger.ident))
    assert result_cache.load(store.conn, real, "learners", str(ana.id)) is None
    graded = count_grading(monkeypatch)
    assert scores(reports.learner_report(session(service))) == truth and graded
    # a new passphrase is a new key: the old entries are not read
    auth.set_passphrase(store, trainer, trainer.profile.id, "a new passphrase here")
    again = auth.trainer_login(store, trainer.profile, "a new passphrase here")
    assert again.report_key != trainer.report_key
    graded.clear()
    assert scores(reports.learner_report(session(service, again))) == truth and graded


def test_a_forged_score_or_answer_never_reaches_a_report(service, store):
    ana = profiles.add_learner(store, "Ana")
    done = take(service, ana, exam(), right=False)
    truth = scores(reports.learner_report(service))
    drop_triggers(store.conn)
    store.conn.execute("UPDATE attempts SET score = max_score WHERE id = ?", (done.id,))
    store.conn.execute("UPDATE responses SET fraction = 1.0, response = ? WHERE attempt_id = ?", ('"forged"', done.id))
    assert scores(reports.learner_report(session(service))) == truth  # the sealed answers' grade
    # the complete check finds the edit; afterwards the learner's results are verified again
    check = reports.full_check(session(service))
    assert done.uuid in check.altered and check.problems
    row = next(r for r in reports.learner_report(session(service)) if r.attempt_id == done.id)
    assert row.integrity == "altered" and row.score == 0.0


def test_an_answer_edited_with_the_triggers_in_place_is_found_at_once(service, store):
    ana = profiles.add_learner(store, "Ana")
    done = take(service, ana, exam(), right=False)
    reports.learner_report(service)
    store.conn.execute("UPDATE responses SET response = ? WHERE attempt_id = ? AND slot = 0", ('"forged"', done.id))
    row = next(r for r in reports.learner_report(session(service)) if r.attempt_id == done.id)
    assert row.integrity == "altered"


def test_the_question_report_cache_follows_every_change_and_refuses_an_edited_entry(service, store, monkeypatch):
    learners = [profiles.add_learner(store, f"L{i}") for i in range(2)]
    definition = exam(attempts_allowed=0, draws=[BankDraw(MAS, 0)])
    take(service, learners[0], definition, right=True)
    first = reports.question_report(service)
    take(service, learners[1], definition, right=False)
    second = reports.question_report(session(service))
    assert sum(r.answered for r in second) > sum(r.answered for r in first)
    key_id, payload, _mac = store.conn.execute(
        "SELECT key_id, payload, mac FROM report_cache WHERE kind = 'questions'").fetchone()
    data = json.loads(payload)
    parts = [json.loads(part) for part in data["rows"]]
    for part in parts:
        for row in part:
            row[3] = row[2]  # every answer right
    data["rows"] = [json.dumps(part) for part in parts]
    store.conn.execute("UPDATE report_cache SET payload = ? WHERE kind = 'questions'",
                       (json.dumps(data).encode(),))
    third = reports.question_report(session(service))
    assert [(r.key, r.right) for r in third] == [(r.key, r.right) for r in second]
    assert any(r.right < r.answered for r in third)


def test_a_changed_bank_grades_again(service, store, library, monkeypatch):
    ana = profiles.add_learner(store, "Ana")
    take(service, ana, exam())
    reports.learner_report(service)
    graded = count_grading(monkeypatch)
    monkeypatch.setattr(result_cache.Fingerprints, "_make", lambda self, module_id: "changed")
    reports.learner_report(session(service))
    assert graded


def test_without_a_trainer_on_the_pc_the_key_is_kept_in_the_data_folder(store, library):
    learner = store.default_profile()
    actor = auth.Actor(learner, True)  # no trainer exists: the one person at the PC
    made = QuizService(store, library, actor=actor)
    key = result_cache.key_for(made)
    assert key is not None and (store.folder / result_cache.KEY_FILE).read_bytes() == key.secret
    assert result_cache.key_for(made).ident == key.ident
    profiles.add_trainer(store, "Trainer", PASS)
    assert result_cache.key_for(made) is None  # a trainer exists: only their login gives a key


def test_upgrade_version_14_keeps_a_revision_per_learner_and_lists_from_an_index(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    for step in store_module.UPGRADES[:14]:
        step(conn)
    conn.execute("INSERT INTO profiles(id, name, created, uuid) VALUES (1, 'Ana', '2026', 'a'), (2, 'Bor', '2026', 'b')")
    conn.execute("INSERT INTO attempts(id, profile_id, quiz_id, mode, plan, started, uuid) "
                 "VALUES (1, 1, 'q', 'practice', '{}', '2026', 'u1')")
    conn.execute("INSERT INTO responses(attempt_id, slot, question_key, response) VALUES (1, 0, 'm:q', '1')")
    conn.execute("UPDATE responses SET response = '2'")
    assert dict(conn.execute("SELECT profile_id, n FROM report_revision").fetchall()) == {1: 3}
    conn.execute("INSERT INTO ledger VALUES (2, 1, 'start', 'u2', '{}', '2026', 'p', 'h')")
    conn.execute("UPDATE ledger SET body = '{\"x\": 1}'")
    conn.execute("DELETE FROM responses")
    assert dict(conn.execute("SELECT profile_id, n FROM report_revision").fetchall()) == {1: 4, 2: 2}
    plan = " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + reports._LISTING
                                                     + " ORDER BY a.profile_id, a.quiz_id, a.started, a.id"))
    assert "COVERING INDEX idx_attempts_report" in plan and "TEMP B-TREE" not in plan


def test_an_earlier_grade_is_used_only_for_the_same_answers(service, store, monkeypatch):
    ana = profiles.add_learner(store, "Ana")
    take(service, ana, exam(attempts_allowed=0), right=True)
    practice = service.start_practice(ana.id, MAS, count=3, seed=1)
    for slot in practice.slots:
        service.save_response(practice, slot.number, None)
    service._close_practice(ana.id)
    truth = scores(reports.learner_report(service))
    graded = count_grading(monkeypatch)
    # the learner's revision moved, nothing they answered changed: every grade comes from the cache
    store.conn.execute("UPDATE report_revision SET n = n + 1 WHERE profile_id = ?", (ana.id,))
    assert scores(reports.learner_report(session(service))) == truth and graded == []
    # an answer of the finished practice changed: that attempt alone is graded again
    from coursebook.quiz.model import correct_response

    right = json.dumps(correct_response(service.question(practice.slots[0].key)))
    store.conn.execute("UPDATE responses SET response = ? WHERE attempt_id = ? AND slot = 0", (right, practice.id))
    after = scores(reports.learner_report(session(service)))
    assert graded == [practice.id] and after != truth


def test_an_unchanged_learner_is_reported_from_the_signed_entry_alone(service, store, monkeypatch):
    """Once the entry holds the learner's whole listing, a new session lists none of their attempts and
    makes the very same rows — for the whole report and for each filter."""
    ana, bor = profiles.add_learner(store, "Ana"), profiles.add_learner(store, "Bor")
    second = exam(id="second", title="Second", attempts_allowed=0)
    take(service, ana, exam(attempts_allowed=0), right=True)
    take(service, ana, second, right=False)
    take(service, bor, second, right=True)
    practice = service.start_practice(ana.id, MAS, count=3, seed=1)
    service.save_response(practice, 0, None)
    service._close_practice(ana.id)
    graded = {(q, m): reports.learner_report(session(service), q, m)
              for q, m in ((None, None), ("assessment:second", None), (None, "practice"),
                                ("assessment:final", "assessment"))}
    reports.learner_report(session(service))  # the entries take the listing along
    assert all("listing" in json.loads(block(store.conn, p.id)[1]) for p in (ana, bor))
    no_grading(monkeypatch)

    def no_listing(*_args, **_kwargs):
        raise AssertionError("listed and checked again")

    monkeypatch.setattr(reports, "_profile_rows", no_listing)
    for (quiz, mode), rows in graded.items():
        assert reports.learner_report(session(service), quiz, mode) == rows, (quiz, mode)
    assert len(graded[(None, None)]) == 4 and len(graded[("assessment:second", None)]) == 2
    assert len(graded[(None, "practice")]) == 1 and len(graded[("assessment:final", "assessment")]) == 1


def test_the_signed_listing_is_left_behind_after_any_change(service, store, monkeypatch):
    ana = profiles.add_learner(store, "Ana")
    take(service, ana, exam(attempts_allowed=0), right=True)
    reports.learner_report(session(service))
    reports.learner_report(session(service))
    store.conn.execute("UPDATE attempts SET title = 'Renamed' WHERE profile_id = ?", (ana.id,))
    rows = reports.learner_report(session(service))
    assert [r.title for r in rows] == ["Renamed"]  # the revision moved: listed again, not from the entry
    drop_triggers(store.conn)
    rewrite(store.conn, ana.id, lambda data: data["listing"].update(titles=["Forged"]))
    assert [r.title for r in reports.learner_report(session(service))] == ["Renamed"]
