"""Marks back to the learner: the trainer's signed marks file and its receipt on the learner's PC (core, CLI).

A learner PC and the trainer's PC are data folders of their own (the trainer's PC is the ``store`` fixture).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from test_results import MAS, PC, exam

from coursebook.classroom import examfile, marks_file, profiles, results_file, signed
from coursebook.classroom.errors import NotAllowed
from coursebook.loader import load_library
from coursebook.quiz.assessment import BankDraw
from coursebook.quiz.model import correct_response
from coursebook.quiz.service import QuizService

CODE = "KLMN-2345"


def _exam_file(tmp_path, trainer_folder, library, draws=None):
    definition = exam(id="final", title="Final", draws=draws or [BankDraw(MAS, 40)], pass_percent=50)
    source = tmp_path / "final.json"
    source.write_text(json.dumps(definition.to_json()), encoding="utf-8")
    banks = {m.id: m.quiz_path for m in library.modules}
    return examfile.pack(source, CODE, tmp_path / "final.cbexam", banks,
                         signed.installation_public_key(trainer_folder))


class Day:
    """One learner PC where Ana took the trainer's exam file (with an essay) and handed in; the trainer's
    PC imported it and marked the essay."""

    def __init__(self, tmp_path, store, trainer, own_content):
        self.tmp, self.store, self.trainer = tmp_path, store, trainer
        self.library = load_library(own_content)
        self.pc = PC(tmp_path / "pcs" / "a", self.library)
        self.ana = profiles.add_learner(self.pc.store, "Ana")
        packed = _exam_file(tmp_path, store.folder, self.library)
        examfile.install(self.pc.store.folder, packed)
        definition = self.pc.service.unlock_exam("final", CODE)
        self.attempt = self.take(definition)
        self.question = QuizService(store, self.library).question
        self.hand_in()
        self.uuid = self.attempt.uuid
        self.essay = next(a for a in _answers(self) if a.essay)

    def take(self, definition):
        attempt = self.pc.service.start_assessment(self.ana.id, definition)
        for slot in attempt.slots:
            question = self.pc.service.question(slot.key)
            self.pc.service.save_response(attempt, slot.number, "My essay." if question.type == "essay"
                                          else correct_response(question))
        self.pc.wall += 120
        return self.pc.service.submit(attempt)

    def hand_in(self):
        path = results_file.export(self.pc.store, self.ana, self.tmp / "stick")
        report = results_file.import_files(self.store, [path], actor=self.trainer)
        assert report.refused == []

    def mark(self, fraction, comment):
        from coursebook.classroom import gradebook

        gradebook.mark_essay(self.store, self.trainer, self.uuid, self.essay.slot, fraction, comment)

    def write(self, folder="back"):
        return marks_file.write_returns(self.store, self.trainer, self.question, self.tmp / folder)


def _answers(day):
    from coursebook.classroom import gradebook

    return gradebook.attempt_answers(day.store, day.trainer, day.uuid, day.question)


@pytest.fixture
def day(tmp_path, store, trainer, own_content):
    made = Day(tmp_path, store, trainer, own_content)
    yield made
    made.pc.close()


def _sealed_state(pc):
    conn = pc.store.conn
    return (conn.execute("SELECT * FROM ledger ORDER BY profile_id, seq").fetchall(),
            conn.execute("SELECT * FROM responses ORDER BY attempt_id, slot").fetchall(),
            conn.execute("SELECT * FROM attempts ORDER BY id").fetchall(),
            conn.execute("SELECT chain_seq, chain_head FROM profiles ORDER BY id").fetchall())


def test_upgrade_version_13_adds_the_received_marks_tables(tmp_path):
    from coursebook import store as store_module

    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    for step in store_module.UPGRADES[:12]:
        step(conn)
    store_module.upgrade_version_13(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"received_marks", "received_comments", "trainer_keys"} <= tables
    conn.execute("INSERT INTO received_comments VALUES ('a', 0, 1.0, 'x', 'T', 'now')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO received_comments VALUES ('a', 0, 0.5, 'y', 'T', 'later')")


def test_the_exam_file_carries_the_trainers_key_and_the_attempt_seals_it(day):
    key = signed.installation_public_key(day.store.folder)
    assert day.attempt.settings["trainer_key"] == key
    assert day.pc.store.conn.execute("SELECT public_key FROM trainer_keys").fetchall() == [(key,)]


def test_marks_and_comments_reach_the_learners_pc(day):
    day.mark(0.5, "Name the agencies, please.")
    before = _sealed_state(day.pc)
    [path] = day.write()
    assert path.name.endswith(".cbmarks") and path.name.startswith("Ana-")
    report = marks_file.receive(day.pc.store, [path.parent])
    assert (report.files, report.applied, report.refused) == (1, 1, [])
    got = marks_file.received(day.pc.store, day.ana.id)[day.uuid]
    total = len(_answers(day))
    assert got.percent == pytest.approx(round(100 * (total - 0.5) / total, 2))
    assert got.grade == got.percent and got.passed is True and got.pending == 0 and got.trainer == "Trainer"
    fraction, comment, by, at = got.comments[day.essay.slot]
    assert (fraction, comment, by) == (0.5, "Name the agencies, please.", "Trainer") and at
    # answers, attempts and the sealed chain are exactly as they were
    assert _sealed_state(day.pc) == before
    assert day.pc.service.replay(day.ana.id).status(day.uuid) == "sealed"
    # the same file again changes nothing
    again = marks_file.receive(day.pc.store, [path])
    assert (again.applied, again.unchanged, again.refused) == (0, 1, [])
    # removing the profile removes its received marks too
    profiles.remove(day.pc.store, "Ana")
    assert day.pc.store.conn.execute("SELECT COUNT(*) FROM received_marks").fetchone() == (0,)
    assert day.pc.store.conn.execute("SELECT COUNT(*) FROM received_comments").fetchone() == (0,)


def test_a_corrected_mark_replaces_the_old_one_and_an_older_file_never_does(day):
    day.mark(0.0, "Too short.")
    [old] = day.write("first")
    day.mark(1.0, "Good after all.")
    [new] = day.write("second")
    assert marks_file.receive(day.pc.store, [new]).applied == 1
    assert marks_file.receive(day.pc.store, [old]).unchanged == 1
    got = marks_file.received(day.pc.store, day.ana.id)[day.uuid]
    assert got.comments[day.essay.slot][:2] == (1.0, "Good after all.")


def test_waiting_essays_travel_as_waiting(day):
    [path] = day.write()
    marks_file.receive(day.pc.store, [path])
    got = marks_file.received(day.pc.store, day.ana.id)[day.uuid]
    assert got.pending == 1 and got.grade is None and got.passed is None and got.comments == {}


def _refused(day, path):
    report = marks_file.receive(day.pc.store, [path])
    assert report.files == 0 and len(report.refused) == 1
    assert day.pc.store.conn.execute("SELECT COUNT(*) FROM received_marks").fetchone() == (0,)
    assert day.pc.store.conn.execute("SELECT COUNT(*) FROM received_comments").fetchone() == (0,)
    name, reason = report.refused[0]
    assert name == path.name and path.name in str(reason)
    return str(reason)


def _resign(path, key, change=lambda payload: None):
    document = json.loads(path.read_text(encoding="utf-8"))
    payload = json.loads(document["payload"])
    change(payload)
    path.write_text(signed.seal(key, marks_file.FORMAT, marks_file.VERSION, payload), encoding="utf-8")
    return path


def test_a_changed_byte_or_a_cut_file_is_refused(day):
    day.mark(0.0, "Too short.")
    [path] = day.write()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Too short.", "Excellent"), encoding="utf-8")
    assert "signature does not match" in _refused(day, path)
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    assert "truncated or damaged" in _refused(day, path)


def test_a_file_the_learner_signs_on_this_pc_is_refused(day):
    """The learner PC's private key lies in its data folder: a file signed with it proves nothing."""
    day.mark(0.0, "Too short.")
    [path] = day.write()
    own = results_file.installation_key(day.pc.store.folder)
    _resign(path, own, lambda p: p["attempts"][0]["marks"][0].update(fraction=1.0, comment="Perfect"))
    assert "this PC's own key" in _refused(day, path)


def test_a_file_signed_with_another_key_than_the_exams_is_refused(day):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    day.mark(0.0, "Too short.")
    [path] = day.write()
    stranger = Ed25519PrivateKey.generate()
    # even a key pinned on this PC (another exam file opened here) does not sign for this exam's attempt
    marks_file.pin_trainer_key(day.pc.store, signed.public_text(stranger), "other", "Other")
    _resign(path, stranger, lambda p: p["attempts"][0]["marks"][0].update(fraction=1.0))
    assert "key does not match" in _refused(day, path)


def test_a_key_written_into_the_learners_database_does_not_help(day):
    """Putting another key into the attempt's plan with SQL breaks the seal: the file is refused."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = Ed25519PrivateKey.generate()
    plan = json.loads(day.pc.store.conn.execute("SELECT plan FROM attempts WHERE uuid = ?", (day.uuid,)).fetchone()[0])
    plan["settings"]["trainer_key"] = signed.public_text(stranger)
    day.pc.store.conn.execute("UPDATE attempts SET plan = ? WHERE uuid = ?", (json.dumps(plan), day.uuid))
    [path] = day.write()
    _resign(path, stranger)
    assert "key does not match" in _refused(day, path)


def test_only_attempts_on_this_pc_and_of_the_learner_named_get_marks(day, tmp_path):
    [path] = day.write()
    # another PC (another installation) refuses the file
    other = PC(tmp_path / "pcs" / "b", day.library)
    try:
        profiles.add_learner(other.store, "Ana")
        report = marks_file.receive(other.store, [path])
        assert report.files == 0 and "another PC" in str(report.refused[0][1])
    finally:
        other.close()
    # an attempt the file names that this PC no longer has is left out, the rest applied
    key = results_file.installation_key(day.store.folder)
    ghost = dict(json.loads(json.loads(path.read_text(encoding="utf-8"))["payload"])["attempts"][0], uuid="f" * 32)
    _resign(path, key, lambda p: p["attempts"].append(ghost))
    report = marks_file.receive(day.pc.store, [path])
    assert (report.files, report.applied, report.not_here) == (1, 1, 1)
    # a file naming a learner who is not on this PC is refused
    _resign(path, key, lambda p: p["learner"].update(uuid="0" * 32))
    marks_file.receive(day.pc.store, [path])
    assert "no profile on this PC" in str(marks_file.receive(day.pc.store, [path]).refused[0][1])


def test_an_assessment_without_exam_file_needs_a_pinned_trainer_key(tmp_path, store, trainer, library):
    pc = PC(tmp_path / "pcs" / "a", library)
    try:
        ana = profiles.add_learner(pc.store, "Ana")
        pc.take(ana, right=0.5)
        results_file.import_files(store, [results_file.export(pc.store, ana, tmp_path / "stick")], actor=trainer)
        [path] = marks_file.write_returns(store, trainer, QuizService(store, library).question, tmp_path / "back")
        assert "key does not match" in str(marks_file.receive(pc.store, [path]).refused[0][1])
        marks_file.pin_trainer_key(pc.store, signed.installation_public_key(store.folder), "final", "Final")
        report = marks_file.receive(pc.store, [path])
        assert (report.applied, report.refused) == (1, [])
        [got] = marks_file.received(pc.store, ana.id).values()
        assert (got.percent, got.grade, got.passed) == (50.0, 50.0, True)
        # this PC's own key is never pinned
        assert not marks_file.pin_trainer_key(pc.store, signed.installation_public_key(pc.store.folder), "x", "X")
    finally:
        pc.close()


def test_returning_marks_is_for_trainers(day):
    with pytest.raises(NotAllowed):
        marks_file.write_returns(day.store, None, day.question, day.tmp / "back")
    with pytest.raises(marks_file.MarksError):
        marks_file.write_returns(day.store, day.trainer, day.question, day.tmp / "back", learner="Nobody")
    assert [p.name for p in marks_file.write_returns(day.store, day.trainer, day.question, day.tmp / "back",
                                                     learner="ana")] == [marks_file.file_name(
        marks_file.payloads(day.store, day.trainer, day.question)[0])]


_RUN = ("import sys; from app.cli import main; code = main(sys.argv[1:]); "
        "print('Qt loaded' if 'PySide6' in sys.modules else '', file=sys.stderr); sys.exit(code)")


def _cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-c", _RUN, *args], input=stdin, capture_output=True, text=True,
                          timeout=120)


def test_results_return_and_receive_on_the_command_line(day, own_content):
    day.mark(0.5, "Half.")
    trainer_dir, learner_dir = str(day.store.folder), str(day.pc.store.folder)
    day.store.close()
    day.pc.store.close()
    try:
        out = day.tmp / "back"
        refused = _cli("results", "return", "--all", "-o", str(out), "--data-dir", trainer_dir,
                       "--content", str(own_content), stdin="wrong passphrase\n")
        assert refused.returncode == 1 and "passphrase is not right" in refused.stderr
        done = _cli("results", "return", "--all", "-o", str(out), "--data-dir", trainer_dir,
                    "--content", str(own_content), stdin="correct horse battery\n")
        assert done.returncode == 0, done.stderr
        assert "Marks files written: 1." in done.stderr
        [written] = done.stdout.split()
        empty = _cli("results", "return", "--all", "-o", str(out), "--data-dir", str(day.tmp / "empty-pc"))
        assert empty.returncode == 1 and "no imported learners" in empty.stderr
        assert written.endswith(".cbmarks")
        got = _cli("results", "receive", str(out), "--json", "--data-dir", learner_dir)
        assert got.returncode == 0, got.stderr
        assert json.loads(got.stdout) == {"files": 1, "applied": 1, "unchanged": 0, "not_on_this_pc": 0,
                                          "refused": []}
        (out / "junk.cbmarks").write_text("{", encoding="utf-8")
        bad = _cli("results", "receive", str(out), "--data-dir", learner_dir)
        assert bad.returncode == 1 and "junk.cbmarks is truncated or damaged" in bad.stderr
        assert "unchanged: 1" in bad.stdout
        assert "Qt loaded" not in bad.stderr + done.stderr  # neither command needs a window
    finally:
        from coursebook.store import Store

        day.pc.store = Store(day.pc.store.folder)  # the fixture closes it


def test_exam_pack_on_the_command_line_carries_the_trainers_key(tmp_path):
    definition = tmp_path / "final.json"
    definition.write_text(json.dumps({"id": "final", "title": "Final", "draws": [{"module_id": MAS, "count": 3}]}),
                          encoding="utf-8")
    data = tmp_path / "trainer-pc"
    packed = _cli("exam", "pack", str(definition), "--code", CODE, "-o", str(tmp_path / "f.cbexam"),
                  "--data-dir", str(data))
    assert packed.returncode == 0, packed.stderr
    assert examfile.open_exam(tmp_path / "f.cbexam", CODE).trainer_key == signed.installation_public_key(data)
