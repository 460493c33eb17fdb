"""Results on a USB stick: signed hand-in files, their import and merge, and the gradebook (core, no Qt).

Learners' PCs are simulated by data folders of their own; the trainer's PC is the ``store`` fixture."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from coursebook.classroom import gradebook, profiles, results_file
from coursebook.classroom.errors import NotAllowed
from coursebook.quiz.assessment import AssessmentDef, BankDraw, ReviewOptions
from coursebook.quiz.model import correct_response
from coursebook.quiz.service import QuizService
from coursebook.store import Store

MAS = "medagencijsko-sodelovanje"


def exam(**changes) -> AssessmentDef:
    values = dict(id="final", title="Final", draws=[BankDraw(MAS, 4)], time_limit_minutes=10, pass_percent=50,
                  attempts_allowed=0, review=ReviewOptions(True, True, True), grading="highest")
    values.update(changes)
    return AssessmentDef(**values)


class PC:
    """A learner PC: its own data folder and store, its clock, its learners."""

    def __init__(self, folder, library, start=1_800_000_000.0):
        folder.mkdir(parents=True, exist_ok=True)
        self.store = Store(folder)
        self.wall = start
        self.service = QuizService(self.store, library, clock=lambda: self.wall, monotonic=lambda: self.wall)

    def take(self, profile, right: float = 1.0, definition=None, minutes=3.0):
        attempt = self.service.start_assessment(profile.id, definition or exam())
        for index, slot in enumerate(attempt.slots):
            question = self.service.question(slot.key)
            good = index < round(right * len(attempt.slots))
            self.service.save_response(attempt, slot.number, correct_response(question) if good else None)
        self.wall += minutes * 60
        done = self.service.submit(attempt)
        self.wall += 60
        return done

    def close(self):
        self.store.close()


@pytest.fixture
def pcs(tmp_path, library):
    made: list[PC] = []

    def make(name: str) -> PC:
        pc = PC(tmp_path / "pcs" / name, library)
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.close()


def book(store, trainer, library):
    return gradebook.gradebook(store, trainer, QuizService(store, library).question)


def test_upgrade_version_10_adds_the_gradebook_tables(tmp_path):
    from coursebook import store as store_module

    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    for step in store_module.UPGRADES[:9]:
        step(conn)
    store_module.upgrade_version_10(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"gb_keys", "gb_learners", "gb_attempts", "gb_questions", "gb_answers", "gb_responses", "gb_marks"} <= tables
    conn.execute("INSERT INTO gb_responses VALUES ('a', 0, 1, 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO gb_responses VALUES ('a', 0, 2, 'y')")


def test_a_handed_in_file_reaches_the_gradebook(pcs, store, trainer, library, tmp_path):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana Novák")
    pc.take(ana, right=0.25)
    pc.take(ana, right=0.75, minutes=4)
    path = results_file.export(pc.store, ana, tmp_path / "stick")
    assert path.name.endswith(".cbresults") and path.parent == tmp_path / "stick"
    assert (pc.store.folder / results_file.KEY_FILE).exists()
    report = results_file.import_files(store, [tmp_path / "stick"], actor=trainer)
    assert (report.files, report.new_attempts, report.refused) == (1, 2, [])
    [cell] = book(store, trainer, library)
    assert (cell.learner, cell.title, cell.grade, cell.passed, cell.attempts) == ("Ana Novák", "Final", 75.0, True, 2)
    assert cell.minutes == pytest.approx(4.0, abs=0.05)
    # the trainer's own learners are not mixed with the imported ones
    assert profiles.find(store, "Ana Novák") is None


@pytest.mark.parametrize("rule, expected", [("highest", 75.0), ("last", 50.0), ("first", 25.0), ("average", 50.0)])
def test_the_grade_that_counts_follows_the_rule(pcs, store, trainer, library, tmp_path, rule, expected):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana")
    for share in (0.25, 0.75, 0.5):
        pc.take(ana, right=share, definition=exam(grading=rule, pass_percent=60))
    results_file.import_files(store, [results_file.export(pc.store, ana, tmp_path)], actor=trainer)
    [cell] = book(store, trainer, library)
    assert cell.grade == expected and cell.passed is (expected >= 60) and cell.rule == rule


def _one_file(pcs, tmp_path):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana")
    pc.take(ana)
    return pc, ana, results_file.export(pc.store, ana, tmp_path / "stick")


def _refused(store, path):
    report = results_file.import_files(store, [path])
    assert report.files == 0 and len(report.refused) == 1
    assert store.conn.execute("SELECT COUNT(*) FROM gb_attempts").fetchone() == (0,)
    name, reason = report.refused[0]
    assert name == path.name and path.name in str(reason)
    return str(reason)


def test_a_changed_byte_is_refused(pcs, store, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    data = path.read_bytes()
    at = data.index(b'"payload"') + 300  # inside the signed payload
    assert data[at:at + 1] not in b' \n'
    changed = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]
    path.write_bytes(changed)
    assert "changed" in _refused(store, path)


def test_every_single_changed_byte_is_refused(pcs, store, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    data = path.read_bytes()
    rng = random.Random(7)
    for at in rng.sample(range(len(data)), 40):
        flipped = data[:at] + bytes([data[at] ^ 0x04]) + data[at + 1:]
        path.write_bytes(flipped)
        report = results_file.import_files(store, [path])
        if report.files:  # only a change JSON does not see (whitespace between fields) may pass
            assert data[at:at + 1] in b" \n\t\r"
    assert store.conn.execute("SELECT COUNT(*) FROM gb_responses").fetchone()[0] in (0, 4)


def test_a_truncated_file_is_refused(pcs, store, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    path.write_bytes(path.read_bytes()[:-200])
    assert "truncated" in _refused(store, path)


def test_a_newer_version_is_refused(pcs, store, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = results_file.VERSION + 1
    path.write_text(json.dumps(document), encoding="utf-8")
    assert "newer" in _refused(store, path)


def test_a_foreign_key_is_refused(pcs, store, tmp_path):
    pc, ana, path = _one_file(pcs, tmp_path)
    assert results_file.import_files(store, [path]).files == 1
    pc.take(ana, right=0.0)
    (pc.store.folder / results_file.KEY_FILE).unlink()  # another key claiming the same PC
    forged = results_file.export(pc.store, ana, tmp_path / "forged")
    report = results_file.import_files(store, [forged])
    assert report.files == 0 and "foreign key" in str(report.refused[0][1])
    assert store.conn.execute("SELECT COUNT(*) FROM gb_attempts").fetchone() == (1,)


def test_a_payload_resigned_with_another_key_is_refused(pcs, store, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    import base64

    other = Ed25519PrivateKey.generate()
    document["payload"] = document["payload"].replace('"name":"Ana"', '"name":"Bob"')
    document["signature"] = base64.b64encode(other.sign(document["payload"].encode())).decode()
    path.write_text(json.dumps(document), encoding="utf-8")
    assert "changed" in _refused(store, path)


def test_the_same_file_twice_changes_nothing(pcs, store, trainer, library, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    first = results_file.import_files(store, [path], actor=trainer)
    before = [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
              for t in ("gb_attempts", "gb_responses", "gb_learners")]
    again = results_file.import_files(store, [path, path.parent], actor=trainer)
    after = [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
             for t in ("gb_attempts", "gb_responses", "gb_learners")]
    assert first.new_attempts == 1 and again.new_attempts == 0 and again.unchanged == 1 and before == after


def test_an_older_file_after_a_newer_one_drops_nothing(pcs, store, tmp_path):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana")
    pc.take(ana)
    old = results_file.export(pc.store, ana, tmp_path / "old")
    pc.take(ana, right=0.5)
    new = results_file.export(pc.store, ana, tmp_path / "new")
    assert results_file.import_files(store, [new]).new_attempts == 2
    report = results_file.import_files(store, [old])
    assert report.refused == [] and report.new_attempts == 0
    assert store.conn.execute("SELECT COUNT(*) FROM gb_attempts").fetchone() == (2,)


def test_results_taken_back_from_a_backup_are_refused(pcs, store, tmp_path):
    import shutil

    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana")
    pc.take(ana, right=0.0)
    first = results_file.export(pc.store, ana, tmp_path / "first")
    results_file.import_files(store, [first])
    folder = pc.store.folder
    pc.close()
    # the learner keeps a copy from before the exam... simulate: a second chain that does not continue
    shutil.copytree(folder, tmp_path / "copy")
    forked = Store(tmp_path / "copy")
    try:
        forked.conn.execute("DELETE FROM ledger WHERE profile_id = ?", (ana.id,))
        forked.conn.execute("DELETE FROM responses")
        forked.conn.execute("DELETE FROM attempts")
        forked.conn.execute("UPDATE profiles SET chain_seq = 0, chain_head = '' WHERE id = ?", (ana.id,))
        again = PC.__new__(PC)
        again.store, again.wall = forked, 1_900_000_000.0
        again.service = QuizService(forked, pc.service.library, clock=lambda: again.wall,
                                    monotonic=lambda: again.wall)
        again.take(ana, right=1.0)
        again.take(ana, right=1.0)
        retake = results_file.export(forked, ana, tmp_path / "retake")
    finally:
        forked.close()
        pc.store = Store(folder)
    report = results_file.import_files(store, [retake])
    assert report.files == 0 and "earlier state" in str(report.refused[0][1])
    assert store.conn.execute("SELECT COUNT(*) FROM gb_attempts").fetchone() == (1,)


def test_many_files_from_several_pcs_merge_with_no_loss_and_no_duplicate(pcs, store, trainer, library, tmp_path):
    expected: dict[str, str] = {}
    files = []
    for p in range(5):
        pc = pcs(f"pc{p}")
        for n in range(3):
            learner = profiles.add_learner(pc.store, f"Learner {n}")  # same names on every PC
            done = pc.take(learner, right=0.5)
            expected[done.uuid] = learner.uuid
            files.append(results_file.export(pc.store, learner, tmp_path / "early" / f"pc{p}"))
            done = pc.take(learner, right=1.0)
            expected[done.uuid] = learner.uuid
            files.append(results_file.export(pc.store, learner, tmp_path / "late" / f"pc{p}"))
    random.Random(3).shuffle(files)
    report = results_file.import_files(store, files[:17], actor=trainer)
    report2 = results_file.import_files(store, [tmp_path / "early", tmp_path / "late"], actor=trainer)
    assert report.refused == [] and report2.refused == []
    stored = dict(store.conn.execute("SELECT uuid, learner_uuid FROM gb_attempts").fetchall())
    assert stored == expected
    assert store.conn.execute("SELECT COUNT(*) FROM gb_responses").fetchone() == (len(expected) * 4,)
    cells = book(store, trainer, library)
    assert len(cells) == 15 and all(c.grade == 100.0 and c.attempts == 2 for c in cells)
    assert len({c.learner_uuid for c in cells}) == 15


def test_a_score_forged_in_the_learners_database_never_reaches_the_gradebook(pcs, store, trainer, library,
                                                                              tmp_path):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana")
    attempt = pc.take(ana, right=0.0)
    conn = pc.store.conn
    conn.execute("UPDATE attempts SET score = max_score WHERE id = ?", (attempt.id,))
    for slot in attempt.slots:
        right = json.dumps(correct_response(pc.service.question(slot.key)))
        conn.execute("UPDATE responses SET response = ?, fraction = 1 WHERE attempt_id = ? AND slot = ?",
                     (right, attempt.id, slot.number))
    path = results_file.export(pc.store, ana, tmp_path)
    assert results_file.import_files(store, [path], actor=trainer).files == 1
    [cell] = book(store, trainer, library)
    assert cell.grade == 0.0 and cell.passed is False


def test_the_gradebook_is_for_trainers(pcs, store, trainer, library, tmp_path):
    with pytest.raises(NotAllowed):
        gradebook.gradebook(store, None, QuizService(store, library).question)


def test_gradebook_exports_for_the_locale(pcs, store, trainer, library, tmp_path):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana Čeh")
    pc.take(ana, right=0.75, minutes=2.5)
    results_file.import_files(store, [results_file.export(pc.store, ana, tmp_path)], actor=trainer)
    cells = book(store, trainer, library)
    text = gradebook.to_csv(cells, "sl")
    assert text.startswith("\ufeff".encode("utf-8"))
    lines = text.decode("utf-8-sig").splitlines()
    assert lines[1].split(";")[:5] == ["Ana Čeh", "Final", "75", "passed", "2,5"]
    assert gradebook.to_csv(cells, "en").decode("utf-8-sig").splitlines()[1].split(",")[4] == "2.5"
    assert gradebook.to_json(cells) == gradebook.to_json(book(store, trainer, library))
    gradebook.to_xlsx(cells, tmp_path / "g.xlsx")
    import zipfile

    sheet = zipfile.ZipFile(tmp_path / "g.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "<v>75</v>" in sheet and "<v>2.5</v>" in sheet


def test_an_essay_mark_is_recorded_and_counts(tmp_path, store, trainer, own_content):
    from coursebook.loader import load_library

    library = load_library(own_content)
    pc = PC(tmp_path / "pcs" / "a", library)
    try:
        ana = profiles.add_learner(pc.store, "Ana")
        definition = exam(draws=[BankDraw(MAS, 40)])
        attempt = pc.service.start_assessment(ana.id, definition)
        for slot in attempt.slots:
            question = pc.service.question(slot.key)
            answer = "Police, NGOs and labour inspection." if question.type == "essay" else correct_response(question)
            pc.service.save_response(attempt, slot.number, answer)
        pc.service.submit(attempt)
        path = results_file.export(pc.store, ana, tmp_path)
    finally:
        pc.close()
    results_file.import_files(store, [path], actor=trainer)
    question = QuizService(store, library).question
    [cell] = gradebook.gradebook(store, trainer, question)
    assert cell.grade is None and cell.pending == 1
    uuid = store.conn.execute("SELECT uuid FROM gb_attempts").fetchone()[0]
    essay = next(a for a in gradebook.attempt_answers(store, trainer, uuid, question) if a.essay)
    assert essay.fraction is None and "labour" in essay.response
    gradebook.mark_essay(store, trainer, uuid, essay.slot, 0.0, "Too short.")
    gradebook.mark_essay(store, trainer, uuid, essay.slot, 0.5, "Better on a second reading.")
    [cell] = gradebook.gradebook(store, trainer, question)
    total = len(gradebook.attempt_answers(store, trainer, uuid, question))
    assert cell.pending == 0 and cell.grade == round(100 * (total - 0.5) / total, 2)
    changes = store.conn.execute("SELECT old, new, comment, by_name FROM grade_changes WHERE attempt_uuid = ? "
                                 "ORDER BY id", (uuid,)).fetchall()
    assert changes == [(None, 0.0, "Too short.", "Trainer"), (0.0, 0.5, "Better on a second reading.", "Trainer")]
    # a re-import of the same file keeps the trainer's mark
    results_file.import_files(store, [path], actor=trainer)
    assert gradebook.gradebook(store, trainer, question)[0].grade == cell.grade


def test_import_is_for_trainers_where_the_pc_has_one(pcs, store, trainer, tmp_path):
    _pc, _ana, path = _one_file(pcs, tmp_path)
    with pytest.raises(NotAllowed):
        results_file.import_files(store, [path])
    assert store.conn.execute("SELECT COUNT(*) FROM gb_attempts").fetchone() == (0,)


def test_question_statistics_facility_and_discrimination(pcs, store, trainer, library, tmp_path):
    from coursebook.classroom import statistics

    pc = pcs("a")
    order = None
    for k in range(5):  # learner k answers the first k of the same 4 questions right
        learner = profiles.add_learner(pc.store, f"L{k}")
        attempt = pc.service.start_assessment(learner.id, exam(shuffle_questions=False), seed=42)
        order = order or [s.key for s in attempt.slots]
        assert [s.key for s in attempt.slots] == order
        for slot in attempt.slots:
            question = pc.service.question(slot.key)
            pc.service.save_response(attempt, slot.number, correct_response(question) if slot.number < k else None)
        pc.service.submit(attempt)
        results_file.import_files(store, [results_file.export(pc.store, learner, tmp_path)], actor=trainer)
    question = QuizService(store, library).question
    stats = statistics.question_statistics(store, trainer, question)
    by_key = {s.key: s for s in stats}
    assert [by_key[k].facility for k in order] == [80.0, 60.0, 40.0, 20.0]
    assert [s.key for s in stats] == list(reversed(order))  # hardest first
    assert all(by_key[k].discrimination > 50 for k in order) and all(by_key[k].attempts == 5 for k in order)
    assert by_key[order[3]].wrong and by_key[order[3]].wrong[0][1] == 4
    with pytest.raises(NotAllowed):
        statistics.question_statistics(store, None, question)


def test_certificate_codes_verify_only_what_was_passed(pcs, store, trainer, library, tmp_path):
    from coursebook.classroom import certificate
    from coursebook.classroom.errors import ClassroomError

    pc = pcs("a")
    ana, bor = profiles.add_learner(pc.store, "Ana"), profiles.add_learner(pc.store, "Bor")
    pc.take(ana, right=0.75)
    pc.take(bor, right=0.25)
    files = [results_file.export(pc.store, p, tmp_path) for p in (ana, bor)]
    results_file.import_files(store, files, actor=trainer)
    question = QuizService(store, library).question
    [cert] = certificate.certificates(store, trainer, question, "Trainer")
    assert (cert.learner, cert.grade, cert.trainer) == ("Ana", 75.0, "Trainer")
    assert len(cert.code) == 11 and cert.code[5] == "-"
    assert certificate.verify(store, trainer, question, cert.code.lower().replace("-", " ")).attempt_uuid == cert.attempt_uuid
    forged = certificate.make_code(cert.learner_uuid, cert.quiz_id, cert.attempt_uuid, "2030-01-01", 100.0)
    with pytest.raises(ClassroomError, match="not valid"):
        certificate.verify(store, trainer, question, forged)


def test_a_signed_file_of_nonsense_is_refused_not_a_crash(store, tmp_path):
    """Someone signs a file with a key of their own: a record that cannot be read is refused with a reason."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from coursebook.classroom import chain

    key = Ed25519PrivateKey.generate()
    body = '{"number": 1, "quiz": "q", "plan": "", "started": "t"}'
    own = chain.entry_hash(chain.GENESIS, "u1", 1, "start", "a1", body, "t")
    bad = chain.entry_hash(own, "u1", 2, "grade", "a1", '{"slot":"x"}', "t")
    payload = chain.canonical({"machine": "m", "learner": {"uuid": "u1", "name": "X"}, "head": {"seq": 2, "hash": bad},
                               "entries": [[1, "start", "a1", body, "t", chain.GENESIS, own],
                                           [2, "grade", "a1", '{"slot":"x"}', "t", own, bad]],
                               "plans": {}, "written": "t"})
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    path = tmp_path / "odd.cbresults"
    path.write_text(json.dumps({"format": results_file.FORMAT, "version": 1,
                                "public_key": base64.b64encode(public).decode(), "payload": payload,
                                "signature": base64.b64encode(key.sign(payload.encode())).decode()}), encoding="utf-8")
    assert "broken record" in _refused(store, path)


def test_a_question_the_trainer_does_not_have_counts_for_nothing(pcs, store, trainer, library, tmp_path):
    pc = pcs("a")
    ana = profiles.add_learner(pc.store, "Ana")
    attempt = pc.take(ana, right=0.5)  # the first 2 of 4 right
    results_file.import_files(store, [results_file.export(pc.store, ana, tmp_path)], actor=trainer)
    known = QuizService(store, library).question
    gone = attempt.slots[3].key  # a wrong one: 2 right of the 3 left
    [cell] = gradebook.gradebook(store, trainer, lambda key: None if key == gone else known(key))
    assert cell.grade == round(200 / 3, 2)
    gone = attempt.slots[0].key  # a right one: 1 right of 3
    [cell] = gradebook.gradebook(store, trainer, lambda key: None if key == gone else known(key))
    assert cell.grade == round(100 / 3, 2)


def test_an_essay_marked_on_the_learners_pc_travels_in_the_chain(tmp_path, store, trainer, own_content):
    from coursebook.classroom import auth
    from coursebook.loader import load_library

    library = load_library(own_content)
    pc = PC(tmp_path / "pcs" / "a", library)
    try:
        ana = profiles.add_learner(pc.store, "Ana")
        local = profiles.add_trainer(pc.store, "Local trainer", "another long passphrase")
        attempt = pc.service.start_assessment(ana.id, exam(draws=[BankDraw(MAS, 40)]))
        essay_slot = None
        for slot in attempt.slots:
            question = pc.service.question(slot.key)
            if question.type == "essay":
                essay_slot = slot.number
            pc.service.save_response(attempt, slot.number, "Text." if question.type == "essay"
                                     else correct_response(question))
        pc.service.submit(attempt)
        pc.service.actor = auth.trainer_login(pc.store, local, "another long passphrase")
        pc.service.grade_essay(attempt.id, essay_slot, 1.0, "Good.")
        path = results_file.export(pc.store, ana, tmp_path)
    finally:
        pc.close()
    report = results_file.import_files(store, [path], actor=trainer)
    assert report.refused == [] and report.new_attempts == 1
    [cell] = gradebook.gradebook(store, trainer, QuizService(store, library).question)
    assert cell.pending == 0 and cell.grade == 100.0


def test_knowledge_gain_between_a_pre_and_a_post_test(pcs, store, trainer, library, tmp_path):
    pc = pcs("a")
    files = []
    for name, before, after in (("Ana", 0.25, 0.75), ("Bor", 0.5, 1.0), ("Cene", 0.5, None)):
        learner = profiles.add_learner(pc.store, name)
        pc.take(learner, right=before, definition=exam(id="pre", title="Pre-test"))
        if after is not None:
            pc.take(learner, right=after, definition=exam(id="post", title="Post-test"))
        files.append(results_file.export(pc.store, learner, tmp_path))
    results_file.import_files(store, files, actor=trainer)
    rows, mean = gradebook.knowledge_gain(store, trainer, QuizService(store, library).question,
                                          "assessment:pre", "assessment:post")
    assert [(g.learner, g.pre, g.post, g.gain, g.normalised) for g in rows] == [
        ("Ana", 25.0, 75.0, 50.0, 0.667), ("Bor", 50.0, 100.0, 50.0, 1.0)]
    assert mean == 50.0
