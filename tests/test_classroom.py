"""Profiles, the trainer role, sealed attempts, closed book, monotonic time and exam files (core, no Qt).

Each forgery a learner with the SQLite command line could try is tried here and must be caught."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coursebook.classroom import auth, chain, closed_book, examfile, profiles
from coursebook.classroom.errors import NotAllowed
from coursebook.quiz import reports
from coursebook.quiz.assessment import AssessmentDef, BankDraw, ReviewOptions
from coursebook.quiz.attempts import AttemptClosed, NoAttemptsLeft
from coursebook.quiz.model import correct_response
from coursebook.quiz.service import QuizService
from coursebook.store import Store

MAS = "medagencijsko-sodelovanje"


class Clocks:
    """A wall clock and a monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.wall = 1_800_000_000.0
        self.mono = 1000.0

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds


@pytest.fixture
def clocks():
    return Clocks()


@pytest.fixture
def ana(store):
    return profiles.add_learner(store, "Ana Novák", "2468")


@pytest.fixture
def service(store, library, clocks, trainer):
    return QuizService(store, library, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono, actor=trainer)


def exam(**changes) -> AssessmentDef:
    values = dict(id="final", title="Final", draws=[BankDraw(MAS, 4)], time_limit_minutes=10, pass_percent=50,
                  attempts_allowed=1, review=ReviewOptions(True, True, True))
    values.update(changes)
    return AssessmentDef(**values)


def take(service, profile, definition=None, right=True):
    attempt = service.start_assessment(profile.id, definition or exam())
    for slot in attempt.slots:
        question = service.question(slot.key)
        service.save_response(attempt, slot.number, correct_response(question) if right else None)
    return service.submit(attempt)


def row_of(service, attempt):
    return next(r for r in reports.learner_report(service) if r.attempt_id == attempt.id)


# --- schema ---------------------------------------------------------------------------------

def test_upgrade_version_6_adds_ids_secrets_chain_and_time(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    import sqlite_utils

    from coursebook import store as store_module

    db = sqlite_utils.Database(conn)
    for step in store_module.UPGRADES[:5]:
        step(db)
    conn.execute("INSERT INTO profiles(name, role, created) VALUES ('old', 'learner', 'x')")
    conn.execute("INSERT INTO attempts(profile_id, quiz_id, mode, started) VALUES (1, 'q', 'assessment', 'x')")
    store_module.upgrade_version_6(conn)  # literal SQL: runs on a plain sqlite3 connection too
    profile_uuid = conn.execute("SELECT uuid FROM profiles").fetchone()[0]
    attempt_uuid, number = conn.execute("SELECT uuid, number FROM attempts").fetchone()
    assert len(profile_uuid) == 32 and len(attempt_uuid) == 32 and number is None
    assert {"seq", "kind", "prev", "hash"} <= {c[1] for c in conn.execute("PRAGMA table_info(ledger)")}
    assert {"by_uuid", "old", "new"} <= {c[1] for c in conn.execute("PRAGMA table_info(grade_changes)")}
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO profiles(name, role, created, uuid) VALUES ('b', 'learner', 'x', ?)", (profile_uuid,))


def test_a_released_database_gets_globally_unique_ids(tmp_path):
    import shutil

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "store-v4.db", folder / "coursebook.db")
    upgraded = Store(folder)
    ids = [p.uuid for p in upgraded.profiles()]
    assert all(len(i) == 32 for i in ids) and len(set(ids)) == len(ids)
    upgraded.close()


# --- profiles and the trainer role ----------------------------------------------------------

def test_profiles_have_unique_unicode_names_pins_as_slow_hashes_and_uuids(store, ana):
    assert ana.uuid and ana.uuid != profiles.add_learner(store, "Bor").uuid
    with pytest.raises(profiles.ProfileError):
        profiles.add_learner(store, "  ana   novák ")  # same name, other spacing and case
    stored = store.conn.execute("SELECT pin FROM profiles WHERE id = ?", (ana.id,)).fetchone()[0]
    record = json.loads(stored)
    assert record["kdf"] == "scrypt" and record["n"] >= 2 ** 14 and "2468" not in stored
    assert profiles.pin_matches(store, ana.id, "2468") and not profiles.pin_matches(store, ana.id, "1357")
    with pytest.raises(profiles.ProfileError):
        profiles.add_learner(store, "Cene", "12")  # too short a PIN
    assert profiles.find(store, "ANA NOVÁK") == ana


def test_copying_a_pin_record_or_the_role_with_sql_makes_no_trainer(store, ana, trainer):
    learner_pin = store.conn.execute("SELECT pin FROM profiles WHERE id = ?", (ana.id,)).fetchone()[0]
    # a learner's PIN record copied over the trainer's passphrase does not open the trainer role
    store.conn.execute("UPDATE profiles SET passphrase = ? WHERE id = ?", (learner_pin, trainer.profile.id))
    with pytest.raises(auth.WrongPassphrase):
        auth.trainer_login(store, trainer.profile, "2468")
    # nor does marking the learner's own profile a trainer, with the PIN as the passphrase
    store.conn.execute("UPDATE profiles SET role = 'trainer', passphrase = pin WHERE id = ?", (ana.id,))
    with pytest.raises(auth.WrongPassphrase):
        auth.trainer_login(store, ana, "2468")
    # a record with absurd scrypt parameters is refused at once, not run for minutes
    record = json.loads(learner_pin) | {"n": 2 ** 30}
    store.conn.execute("UPDATE profiles SET role = 'learner', pin = ? WHERE id = ?", (json.dumps(record), ana.id))
    assert not profiles.pin_matches(store, ana.id, "2468")


def test_removing_a_profile_removes_its_data(store, service, ana):
    take(service, ana)
    store.record_visit(ana.id, MAS, "uvod", 0.5, 3)
    profiles.remove(store, "Ana Novák")
    for table in ("attempts", "ledger", "progress"):
        column = "profile_id"
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (ana.id,)).fetchone()[0] == 0


def test_only_a_trainer_defines_assessments_grades_and_sees_reports(store, library, ana):
    learner = QuizService(store, library, actor=auth.Actor(ana, False))
    with pytest.raises(NotAllowed):
        learner.save_assessment(exam())
    with pytest.raises(NotAllowed):
        reports.learner_report(learner)
    with pytest.raises(NotAllowed):
        reports.pending_essays(learner)
    with pytest.raises(NotAllowed):
        learner.grade_essay(1, 0, 1.0)


def test_passphrase_delay_grows_after_five_wrong_tries_and_survives_a_restart(store, data_home, trainer):
    now = [1_800_000_000.0]
    clock = lambda: now[0]  # noqa: E731
    profile = trainer.profile
    for _ in range(4):
        with pytest.raises(auth.WrongPassphrase) as wrong:
            auth.trainer_login(store, profile, "guess", clock)
        assert wrong.value.wait == 0
    with pytest.raises(auth.WrongPassphrase) as fifth:
        auth.trainer_login(store, profile, "guess", clock)
    assert fifth.value.wait == 30
    store.close()
    reopened = Store(data_home)  # quitting and starting again does not reset the count
    with pytest.raises(auth.MustWait):
        auth.trainer_login(reopened, profile, "correct horse battery", clock)  # even the right one must wait
    now[0] += 31
    with pytest.raises(auth.WrongPassphrase) as sixth:
        auth.trainer_login(reopened, profile, "guess", clock)
    assert sixth.value.wait == 60  # growing
    now[0] -= 3600  # setting the clock back does not shorten the wait
    assert auth.wait_left(reopened, clock) == 60
    now[0] += 3600 + 61
    assert auth.trainer_login(reopened, profile, "correct horse battery", clock).trainer
    assert auth.failures(reopened) == 0
    reopened.close()


# --- sealed attempts ------------------------------------------------------------------------

def test_nothing_in_the_store_says_whether_an_open_answer_is_right(service, store, ana):
    attempt = service.start_assessment(ana.id, exam())
    question = service.question(attempt.slots[0].key)
    service.save_response(attempt, 0, correct_response(question))
    assert store.conn.execute("SELECT fraction FROM responses WHERE attempt_id = ?", (attempt.id,)).fetchall() == [(None,)]
    assert store.conn.execute("SELECT score FROM attempts WHERE id = ?", (attempt.id,)).fetchone() == (None,)
    bodies = " ".join(r[0] for r in store.conn.execute("SELECT body FROM ledger"))
    assert "fraction" not in bodies and "score" not in bodies


def test_forged_score_update_never_reaches_the_report(service, store, ana):
    done = take(service, ana, right=False)
    store.conn.execute("UPDATE attempts SET score = 4, max_score = 4 WHERE id = ?", (done.id,))
    store.conn.execute("UPDATE responses SET fraction = 1 WHERE attempt_id = ?", (done.id,))
    row = row_of(service, done)
    assert row.score == 0 and row.passed is False  # graded again from the answers
    assert service.result(service.attempt(done.id)).score == 0


def test_an_answer_edited_after_submission_is_reported_and_not_counted(service, store, ana):
    done = take(service, ana, right=False)
    slot = done.slots[0]
    right = json.dumps(correct_response(service.question(slot.key)), ensure_ascii=False)
    store.conn.execute("UPDATE responses SET response = ? WHERE attempt_id = ? AND slot = 0", (right, done.id))
    row = row_of(service, done)
    assert row.integrity == "altered"
    assert any("altered after submission" in str(p) for p in row.problems)
    assert row.score == 0  # the sealed answer counts, not the edited one


def test_a_changed_time_is_reported(service, store, ana):
    done = take(service, ana)
    store.conn.execute("UPDATE attempts SET finished = '2030-01-01T00:00:00.000+00:00' WHERE id = ?", (done.id,))
    assert row_of(service, done).integrity == "altered"
    store.conn.execute("UPDATE attempts SET finished = ? WHERE id = ?",
                       (chain.replay(store.conn, done.profile_id).records[done.uuid].finished, done.id))
    assert row_of(service, done).integrity == "sealed"  # put back, it matches again


def test_an_edited_record_breaks_the_chain(service, store, ana):
    done = take(service, ana)
    store.conn.execute("UPDATE ledger SET at = '2020-01-01' WHERE seq = 2")
    check = chain.replay(store.conn, ana.id)
    assert check.broken and check.status(done.uuid) == "altered"


def test_a_deleted_attempt_shows_as_a_gap_and_gives_no_attempt_back(service, store, ana):
    first = take(service, ana, exam(attempts_allowed=2))
    second = take(service, ana, exam(attempts_allowed=2))
    for attempt in (first,):
        store.conn.execute("DELETE FROM responses WHERE attempt_id = ?", (attempt.id,))
        store.conn.execute("DELETE FROM attempts WHERE id = ?", (attempt.id,))
    problems = [str(p) for _, p in reports.chain_problems(service)]
    assert any("was deleted" in p for p in problems)
    with pytest.raises(NoAttemptsLeft):  # the allowance counts the sealed record, not the rows
        service.start_assessment(ana.id, exam(attempts_allowed=2))
    # deleting the records as well leaves a gap in the numbering, or a missing head
    store.conn.execute("DELETE FROM ledger WHERE attempt_uuid = ?", (first.uuid,))
    check = chain.replay(store.conn, ana.id)
    assert check.broken and any("missing" in str(p.text) for p in check.problems)
    assert check.status(second.uuid) == "sealed"
    store.conn.execute("DELETE FROM ledger WHERE attempt_uuid = ?", (second.uuid,))
    store.conn.execute("DELETE FROM responses WHERE attempt_id = ?", (second.id,))
    store.conn.execute("DELETE FROM attempts WHERE id = ?", (second.id,))
    tail = chain.replay(store.conn, ana.id)
    assert any("newest records are missing" in str(p.text) for p in tail.problems)


def test_an_untouched_attempt_is_sealed_and_counts(service, ana):
    done = take(service, ana)
    row = row_of(service, done)
    assert row.integrity == "sealed" and row.problems == () and row.passed is True
    assert reports.chain_problems(service) == []


def test_essay_marks_are_recorded_with_who_when_old_and_new(service, store, own_content, clocks, trainer):
    from coursebook.loader import load_library

    ana = profiles.add_learner(store, "Ana")
    svc = QuizService(store, load_library(own_content), clock=lambda: clocks.wall, actor=trainer)
    d = AssessmentDef("essay", "Essay", [BankDraw(MAS, 0)], shuffle_questions=False)
    attempt = svc.start_assessment(ana.id, d)
    slot = next(s for s in attempt.slots if s.key.endswith(":essay-1"))
    svc.save_response(attempt, slot.number, "An essay.")
    done = svc.submit(attempt)
    svc.grade_essay(done.id, slot.number, 0.5, "ok")
    svc.grade_essay(done.id, slot.number, 0.75, "better")
    changes = svc.grade_changes(done)
    assert [(c[1], c[3], c[4]) for c in changes] == [("Trainer", None, 0.5), ("Trainer", 0.5, 0.75)]
    store.conn.execute("UPDATE responses SET fraction = 1 WHERE attempt_id = ? AND slot = ?", (done.id, slot.number))
    # the trainer's recorded mark counts, not the forged one
    assert reports.regrade(svc, svc.attempt(done.id), chain.replay(store.conn, ana.id).records[done.uuid])[0] \
        == pytest.approx(reports.regrade(svc, svc.attempt(done.id), None)[0] - 0.25)


# --- time -----------------------------------------------------------------------------------

def test_setting_the_clock_back_adds_no_time_and_is_recorded(service, store, ana, clocks):
    attempt = service.start_assessment(ana.id, exam(time_limit_minutes=10))
    clocks.advance(9 * 60)
    attempt = service.tick(attempt)
    assert attempt.remaining(clocks.wall) == pytest.approx(60)
    clocks.wall -= 3600  # the learner sets the clock back an hour; monotonic time runs on
    clocks.mono += 30
    attempt = service.tick(attempt)
    assert attempt.remaining(clocks.wall) == pytest.approx(30)
    assert attempt.clock_jumps and attempt.clock_jumps[0]["seconds"] == pytest.approx(3600, abs=1)
    clocks.mono += 40
    clocks.wall += 40
    with pytest.raises(AttemptClosed):
        service.save_response(attempt, 0, None)
    done = service.submit(attempt)
    row = row_of(service, done)
    assert row.clock_jumps and row.elapsed == pytest.approx(600)
    assert row.seconds >= 600  # the time taken is never shortened by the clock set back


def test_time_on_screen_set_back_with_sql_is_reported(service, store, ana, clocks):
    attempt = service.start_assessment(ana.id, exam(time_limit_minutes=10))
    clocks.advance(300)
    service.save_response(attempt, 0, None)
    store.conn.execute("UPDATE attempts SET elapsed = 0 WHERE id = ?", (attempt.id,))  # five minutes back
    fresh = QuizService(store, service.library, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono,
                        actor=service.actor)  # as after a restart, which reads the time from the store
    clocks.advance(10)
    fresh.save_response(fresh.attempt(attempt.id), 1, None)
    done = fresh.submit(fresh.attempt(attempt.id))
    row = row_of(fresh, done)
    assert row.integrity == "altered" and any("went backwards" in str(p) for p in row.problems)


def test_elapsed_time_is_stored_while_the_attempt_is_on_screen(service, store, ana, clocks):
    attempt = service.start_assessment(ana.id, exam(time_limit_minutes=0))
    clocks.advance(12)
    service.save_response(attempt, 0, None)
    assert service.attempt(attempt.id).elapsed == pytest.approx(12)


# --- closed book ----------------------------------------------------------------------------

def test_exam_in_progress_while_any_assessment_is_open(service, store, ana, clocks):
    assert not closed_book.exam_in_progress(store)
    attempt = service.start_assessment(ana.id, exam(time_limit_minutes=10))
    assert closed_book.exam_in_progress(store, lambda: clocks.wall)
    assert not closed_book.exam_in_progress(store, lambda: clocks.wall + 601)  # its time ran out
    service.submit(attempt)
    assert not closed_book.exam_in_progress(store, lambda: clocks.wall)


# --- exam files -----------------------------------------------------------------------------

def write_exam_definition(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secret.yaml").write_text(
        "module: secret-bank\nquestions:\n"
        "  - id: s1\n    type: truefalse\n    section: x\n    difficulty: easy\n"
        "    text: The sky over the exam room is green.\n    feedback: It is not.\n    answer: false\n"
        "  - id: s2\n    type: short\n    section: x\n    difficulty: easy\n"
        "    text: Name the capital of Slovenia.\n    feedback: Ljubljana.\n    answers: [Ljubljana]\n",
        encoding="utf-8")
    definition = exam(id="sealed-exam", title="Sealed exam", draws=[BankDraw("secret-bank", 0), BankDraw(MAS, 2)])
    data = definition.to_json() | {"banks": {"secret-bank": "secret.yaml"}}
    path = folder / "exam.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def module_banks(library) -> dict:
    return {m.id: m.quiz_path for m in library.modules}


def test_an_exam_file_cannot_be_read_before_the_start_code(tmp_path, library):
    source = write_exam_definition(tmp_path / "trainer")
    out = examfile.pack(source, "ABCD-2345", tmp_path / "final.cbexam", module_banks(library))
    data = out.read_bytes()
    for secret in (b"green", b"Ljubljana", b"capital", b"answer"):
        assert secret not in data
    assert examfile.read_header(out).title == "Sealed exam"  # the title is readable, the questions are not
    with pytest.raises(examfile.WrongCode):
        examfile.open_exam(out, "ABCD-2346")
    tampered = bytearray(data)
    tampered[-5] ^= 1
    (tmp_path / "bad.cbexam").write_bytes(bytes(tampered))
    with pytest.raises(examfile.WrongCode):
        examfile.open_exam(tmp_path / "bad.cbexam", "ABCD-2345")
    opened = examfile.open_exam(out, "abcd 2345")  # case, spaces and dashes do not matter
    assert {q.id for q in opened.banks["secret-bank"].questions} == {"s1", "s2"}
    with pytest.raises(examfile.ExamFileError):
        examfile.pack(source, "abc", tmp_path / "x.cbexam", module_banks(library))  # too short a code


def test_an_exam_from_a_file_is_taken_graded_and_sealed(tmp_path, store, library, clocks, trainer, ana):
    source = write_exam_definition(tmp_path / "trainer")
    packed = examfile.pack(source, "ABCD-2345", tmp_path / "final.cbexam", module_banks(library))
    examfile.install(store.folder, packed)
    service = QuizService(store, library, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono, actor=trainer)
    [header] = service.exam_files()
    assert header.id == "sealed-exam"
    with pytest.raises(examfile.WrongCode):
        service.unlock_exam(header.id, "nope-nope")
    definition = service.unlock_exam(header.id, "ABCD2345")
    attempt = service.start_assessment(ana.id, definition)
    assert attempt.settings["source"] == "exam" and len(attempt.slots) == 4
    for slot in attempt.slots:
        service.save_response(attempt, slot.number, correct_response(service.question(slot.key)))
    done = service.submit(attempt)
    assert service.result(done).score == 4
    # a new session without the start code cannot grade it, and says so instead of guessing
    later = QuizService(store, library, actor=trainer)
    assert later.exam_locked(done) and later.result(later.attempt(done.id)).pending == 4
