"""The fast paths of the results import keep every check (core, no Qt).

The chain's entries are hashed with their text written out directly and read with the JSON scanner
itself; a file is checked against the gradebook before anything is written and merged without a
savepoint. Each test here fails if one of those fast paths skips or changes a check."""

from __future__ import annotations

import base64
import json
import sqlite3

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from coursebook.classroom import chain, results_file

# --- the entry text: byte for byte the canonical recipe ------------------------------------------

HOSTILE = ['', '"', '\\', '\\"', '\n\r\t\b\f', '\x00\x01\x1f', '\x7f', '\u2028\u2029', 'žrtev ČŠĆ', '😀',
           '</script>', '{"a":1}', '[1,2]', ' lead and trail ', 'ü' * 300]


def _reference(*fields) -> str:
    return json.dumps(list(fields), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@pytest.mark.parametrize("text", HOSTILE)
def test_an_entry_is_hashed_over_exactly_the_canonical_text(text):
    fields = (chain.GENESIS, "u-" + text, 7, text, "a" + text, '{"k":' + json.dumps(text) + '}', text)
    assert chain.entry_text(*fields) == _reference(*fields) == chain.canonical(list(fields))
    assert chain.entry_hash(*fields) == chain.digest(_reference(*fields))


@pytest.mark.parametrize("seq", [True, False, 1.0, 2.5, None, "1", -3, 10 ** 30, float("inf")])
def test_an_odd_number_or_value_is_hashed_by_the_encoder_itself(seq):
    """``true`` is not ``1`` and ``1.0`` is not ``1``: a file can hold anything, and its hash must be
    the one the canonical recipe gives, never a look-alike."""
    fields = (chain.GENESIS, "u", seq, "answer", "a", "{}", "t")
    assert chain.entry_text(*fields) == _reference(*fields)
    for odd in (None, 5, 1.5, ["x"], {"b": 1, "a": 2}):
        for at in range(7):
            changed = list(fields)
            changed[at] = odd
            assert chain.entry_text(*changed) == _reference(*changed)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), min_size=6, max_size=6), st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False),
                                                              st.none(), st.text()))
def test_any_entry_text_is_the_canonical_text(texts, seq):
    fields = (texts[0], texts[1], seq, texts[2], texts[3], texts[4], texts[5])
    assert chain.entry_text(*fields) == _reference(*fields)


# --- reading a body: json.loads, accepting and refusing the same ---------------------------------

@pytest.mark.parametrize("text", ['{"a":1}', '{"b":2,"a":1}', ' {"a":1}', '{"a":1} ', '{"a":1}\n', '[1]', '"x"', '1',
                                  'null', 'NaN', '{"a":1}x', '{"a":1}{"b":2}', '', ' ', '{', '{"a":', '"\\ud800"',
                                  '{"a":1,"a":2}', '1 2', '{"a":"\u2028"}'])
def test_a_body_is_read_exactly_as_json_loads_reads_it(text):
    try:
        expected = ("value", json.loads(text))
    except json.JSONDecodeError:
        expected = ("refused", None)
    try:
        got = ("value", chain.decode(text))
    except json.JSONDecodeError:
        got = ("refused", None)
    assert repr(got) == repr(expected)


@pytest.mark.parametrize("value", [None, 5, b'{"a":1}', ["{}"]])
def test_a_body_that_is_not_text_is_refused_as_json_loads_refuses_it(value):
    with pytest.raises(TypeError):
        chain.decode(value)


# --- signed files with odd entries ---------------------------------------------------------------

def _signed_file(path, entries, head, plans, key=None):
    key = key or Ed25519PrivateKey.generate()
    payload = chain.canonical({"machine": "m-odd", "learner": {"uuid": "u1", "name": "Odd"}, "head": head,
                               "entries": entries, "plans": plans, "written": "t"})
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    path.write_text(json.dumps({"format": results_file.FORMAT, "version": 1,
                                "public_key": base64.b64encode(public).decode(), "payload": payload,
                                "signature": base64.b64encode(key.sign(payload.encode())).decode()}),
                    encoding="utf-8")
    return path


PLAN = json.dumps({"slots": [{"key": "m:q1"}, {"key": "m:q2"}], "settings": {"grading": "last", "pass_percent": 50}})


def _attempt(bodies, hasher=chain.entry_hash, seqs=None):
    """Entries start, answer(s), submit for attempt ``a1`` of learner ``u1``: hashed by ``hasher``."""
    entries, prev = [], chain.GENESIS
    kinds = ["start"] + ["answer"] * (len(bodies) - 2) + ["submit"]
    for number, (kind, body) in enumerate(zip(kinds, bodies), start=1):
        seq = seqs[number - 1] if seqs else number
        own = hasher(prev, "u1", seq, kind, "a1", body, f"2027-01-01T10:0{number}:00+00:00")
        entries.append([seq, kind, "a1", body, f"2027-01-01T10:0{number}:00+00:00", prev, own])
        prev = own
    return entries, {"seq": len(entries), "hash": prev}


START = chain.canonical({"number": 1, "quiz": "final", "title": "Final", "plan": chain.plan_hash(PLAN),
                         "started": "2027-01-01T10:00:00+00:00", "deadline": None})
SUBMIT = chain.canonical({"finished": "2027-01-01T10:09:00+00:00", "elapsed": 300})


def _import(store, path):
    report = results_file.import_files(store, [path])
    rows = store.conn.execute("SELECT r.slot, a.question_key, a.response FROM gb_responses r "
                              "JOIN gb_answers a ON a.id = r.answer_id ORDER BY r.slot").fetchall()
    return report, rows


def test_a_body_with_its_keys_in_another_order_is_hashed_as_stored_and_read(store, tmp_path):
    """A chain hashes each body as it was stored: keys in another order or spaces are that text, read
    as they say (this is what the learner's PC wrote and signed)."""
    answer = '{"slot": 1, "response": "\\"b\\"", "key": "m:q2", "elapsed": 40}'
    entries, head = _attempt([START, answer, SUBMIT])
    report, rows = _import(store, _signed_file(tmp_path / "order.cbresults", entries, head, {"a1": PLAN}))
    assert (report.files, report.new_attempts, report.refused) == (1, 1, [])
    assert rows == [(1, "m:q2", '"b"')]


def test_a_body_hashed_in_canonical_form_but_stored_otherwise_is_refused(store, tmp_path):
    """The hash must be over the stored bytes: a body stored with its keys reordered while its hash was
    taken over the canonical text is refused (a check that re-encodes the body would let it pass)."""
    stored = '{"slot":1,"response":"\\"b\\"","key":"m:q2","elapsed":40}'
    canonical = chain.canonical(json.loads(stored))
    assert canonical != stored
    entries, head = _attempt([START, canonical, SUBMIT])
    entries[1][3] = stored
    path = _signed_file(tmp_path / "swapped.cbresults", entries, head, {"a1": PLAN})
    report, rows = _import(store, path)
    assert report.files == 0 and "broken record" in str(report.refused[0][1]) and rows == []
    assert "altered" in str(report.refused[0][1])


def test_an_entry_hashed_over_non_canonical_text_is_refused(store, tmp_path):
    """Hashes taken over JSON with spaces after the separators (not the recipe) do not verify."""
    def loose(prev, profile_uuid, seq, kind, attempt_uuid, body, at):
        return chain.digest(json.dumps([prev, profile_uuid, seq, kind, attempt_uuid, body, at], ensure_ascii=False))

    answer = chain.canonical({"slot": 0, "key": "m:q1", "response": "1", "elapsed": 30})
    entries, head = _attempt([START, answer, SUBMIT], hasher=loose)
    report, rows = _import(store, _signed_file(tmp_path / "loose.cbresults", entries, head, {"a1": PLAN}))
    assert report.files == 0 and "altered" in str(report.refused[0][1]) and rows == []


def test_a_number_written_as_true_is_hashed_as_true(store, tmp_path):
    """``true`` equals 1 in Python, so the record number check lets it through: the hash decides, over
    ``true``. A file hashed that way verifies; the same file hashed over ``1`` or ``True`` does not."""
    answer = chain.canonical({"slot": 0, "key": "m:q1", "response": "1", "elapsed": 30})
    entries, head = _attempt([START, answer, SUBMIT], seqs=[True, 2, 3])
    assert json.dumps(entries[0][0]) == "true"
    report, rows = _import(store, _signed_file(tmp_path / "true.cbresults", entries, head, {"a1": PLAN}))
    assert (report.files, report.refused, rows) == (1, [], [(0, "m:q1", "1")])

    def python_text(prev, profile_uuid, seq, kind, attempt_uuid, body, at):
        return chain.digest(f"[{json.dumps(prev)},{json.dumps(profile_uuid)},{seq},{json.dumps(kind)},"
                            f"{json.dumps(attempt_uuid)},{json.dumps(body, ensure_ascii=False)},{json.dumps(at)}]")

    entries, head = _attempt([START, answer, SUBMIT], hasher=python_text, seqs=[True, 2, 3])
    other = tmp_path / "other"
    other.mkdir()
    from coursebook.store import Store

    fresh = Store(other)
    try:
        report, rows = _import(fresh, _signed_file(tmp_path / "python.cbresults", entries, head, {"a1": PLAN}))
        assert report.files == 0 and "altered" in str(report.refused[0][1]) and rows == []
    finally:
        fresh.close()


def test_a_sealed_plan_that_is_not_a_plan_is_refused_with_the_file_named(store, tmp_path):
    """The plan's text matches the hash the chain sealed, yet it is not JSON: the file is refused in one
    sentence (it used to stop the whole import half-way)."""
    plan = "not a plan {"
    start = chain.canonical({"number": 1, "quiz": "final", "title": "Final", "plan": chain.plan_hash(plan),
                             "started": "2027-01-01T10:00:00+00:00", "deadline": None})
    entries, head = _attempt([start, SUBMIT])
    path = _signed_file(tmp_path / "plan.cbresults", entries, head, {"a1": plan})
    report, _rows = _import(store, path)
    assert report.files == 0 and report.refused[0][0] == path.name and "broken record" in str(report.refused[0][1])
    assert store.conn.execute("SELECT COUNT(*) FROM gb_attempts").fetchone() == (0,)


# --- no savepoint: a refused file still leaves no trace --------------------------------------------

def _learner_file(path, machine, learner, attempt, key):
    """A good file: one submitted attempt of ``learner`` on PC ``machine``, signed with ``key``."""
    answer = chain.canonical({"slot": 0, "key": "m:q1", "response": "1", "elapsed": 30})
    entries, prev = [], chain.GENESIS
    for seq, (kind, body) in enumerate([("start", START), ("answer", answer), ("submit", SUBMIT)], start=1):
        own = chain.entry_hash(prev, learner, seq, kind, attempt, body, "t")
        entries.append([seq, kind, attempt, body, "t", prev, own])
        prev = own
    text = chain.canonical({"machine": machine, "learner": {"uuid": learner, "name": learner}, "entries": entries,
                            "head": {"seq": 3, "hash": prev}, "plans": {attempt: PLAN}, "written": "t"})
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    path.write_text(json.dumps({"format": results_file.FORMAT, "version": 1, "payload": text,
                                "public_key": base64.b64encode(public).decode(),
                                "signature": base64.b64encode(key.sign(text.encode())).decode()}), encoding="utf-8")
    return path


def test_a_refused_file_between_good_ones_leaves_no_trace(store, tmp_path):
    """Three files in one transaction: the middle one claims the first one's PC with another key. It is
    refused before anything of it is written: no learner, key, attempt or answer of it appears."""
    first = _learner_file(tmp_path / "a.cbresults", "pc-one", "u1", "a1", Ed25519PrivateKey.generate())
    middle = _learner_file(tmp_path / "b.cbresults", "pc-one", "u2", "a2", Ed25519PrivateKey.generate())
    last = _learner_file(tmp_path / "c.cbresults", "pc-two", "u3", "a3", Ed25519PrivateKey.generate())
    report = results_file.import_files(store, [first, middle, last])
    assert report.files == 2 and [name for name, _ in report.refused] == [middle.name]
    assert "foreign key" in str(report.refused[0][1])
    conn = store.conn
    assert sorted(r[0] for r in conn.execute("SELECT uuid FROM gb_learners")) == ["u1", "u3"]
    assert sorted(r[0] for r in conn.execute("SELECT learner_uuid FROM gb_attempts")) == ["u1", "u3"]
    assert sorted(r[0] for r in conn.execute("SELECT attempt_uuid FROM gb_responses")) == ["a1", "a3"]
    assert conn.execute("SELECT machine FROM gb_keys ORDER BY machine").fetchall() == [("pc-one",), ("pc-two",)]


def test_the_checks_of_a_file_come_before_its_first_write():
    """:func:`results_file._merge` writes nothing before :func:`results_file._admit` has passed: the
    rule that lets a refused file leave no trace without a savepoint."""
    import inspect

    source = inspect.getsource(results_file._merge)
    admit = source.index("_admit(")
    first_write = min(source.index(word) for word in ("INSERT", "UPDATE", "executemany", "id_of", "note_keys"))
    assert admit < first_write
    assert "_refuse" not in source and "raise" not in source.split("_admit(", 1)[1]


# --- the gradebook's tables --------------------------------------------------------------------------

def test_upgrade_version_12_keeps_every_answer_in_attempt_order(tmp_path):
    from coursebook import store as store_module

    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    for step in store_module.UPGRADES[:11]:
        step(conn)
    conn.execute("INSERT INTO gb_answers(id, question_key, response) VALUES (1, 'm:q', '1'), (2, 'm:q', '2')")
    conn.executemany("INSERT INTO gb_responses VALUES (?, ?, ?, ?)",
                     [("b", 1, 2, "t1"), ("a", 0, 1, "t2"), ("b", 0, 1, "t3")])
    store_module.upgrade_version_12(conn)
    assert conn.execute("SELECT * FROM gb_responses").fetchall() == [("a", 0, 1, "t2"), ("b", 0, 1, "t3"),
                                                                      ("b", 1, 2, "t1")]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO gb_responses VALUES ('a', 0, 2, 'again')")
    sql = ("SELECT r.attempt_uuid, SUM(r.answer_id) FROM gb_responses r GROUP BY r.attempt_uuid")
    plan = " ".join(str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "TEMP B-TREE" not in plan  # read in key order, no sorting and no look-up per answer
    sql = ("SELECT a.uuid, a.finished, a.elapsed, a.grading, a.pass_percent, a.slot_count, a.imported, a.title "
           "FROM gb_attempts a ORDER BY a.learner_uuid, a.quiz_id, a.started, a.number")
    plan = " ".join(str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX gb_attempts_graded" in plan and "TEMP B-TREE" not in plan


def test_the_import_gives_the_page_cache_back(store, tmp_path):
    """The import works with a larger page cache and leaves the connection's own size as it found it,
    also when a file is refused."""
    store.conn.execute("PRAGMA cache_size = -1000")
    good = _learner_file(tmp_path / "a.cbresults", "pc-one", "u1", "a1", Ed25519PrivateKey.generate())
    bad = tmp_path / "b.cbresults"
    bad.write_text("{", encoding="utf-8")
    report = results_file.import_files(store, [good, bad])
    assert report.files == 1 and len(report.refused) == 1
    assert store.conn.execute("PRAGMA cache_size").fetchone() == (-1000,)


def test_an_attempt_sealed_without_a_plan_is_merged_not_a_crash(store, tmp_path):
    """Its record names the plan of an empty text and the file carries none: nothing to grade it with,
    yet the file is imported like the others (all checks passed), never stopping the import."""
    start = chain.canonical({"number": 1, "quiz": "final", "title": "Final", "plan": chain.plan_hash(""),
                             "started": "2027-01-01T10:00:00+00:00", "deadline": None})
    entries, head = _attempt([start, SUBMIT])
    report, _rows = _import(store, _signed_file(tmp_path / "empty.cbresults", entries, head, {}))
    assert (report.files, report.new_attempts, report.refused) == (1, 1, [])
    assert store.conn.execute("SELECT plan, slot_count FROM gb_attempts").fetchall() == [("", 0)]
