"""The sealed record of every assessment event, one hash chain per profile.

Each entry (``ledger`` row) carries its number ``seq`` (1, 2, 3, … per profile, no gaps), what
happened (``start``, ``answer``, ``submit`` = the seal, ``grade`` = a trainer's essay mark, ``clock`` =
the wall clock went back), the attempt's UUID, the content as canonical JSON, the time, the hash of the
previous entry, and its own hash: SHA-256 over all of that. The newest number and hash are kept in
the profile row too, so removing the last entries shows as well.

:func:`replay` walks the chain and compares it with the ``attempts`` and ``responses`` tables. A row
changed or deleted after the fact is reported ("altered after submission", "entries missing"), never
accepted silently; the answers it returns are the ones the chain recorded, so grading from them is
grading what the learner actually gave.

Against the threat model (a learner with the SQLite command line who does not reverse-engineer the
program) this is enough: forging an entry needs the exact hashing recipe. The export of the next
step signs the chain, so it cannot be rewritten on the way to the trainer either.
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
import json.scanner
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, Message, message

GENESIS = "0" * 64
#: Seconds an answer's recorded time on screen may fall below an earlier one (the grace at the end).
ELAPSED_TOLERANCE = 5.0
START, ANSWER, SUBMIT, GRADE, CLOCK = "start", "answer", "submit", "grade", "clock"


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_DECODE = json.JSONDecoder().decode
#: The string encoder ``_CANONICAL`` itself uses for every string (``ensure_ascii=False``): the C one.
_STRING = json.encoder.encode_basestring
#: The decoder's own scanner, called without the wrapper that skips white space around the value.
_SCAN = json.scanner.make_scanner(json.JSONDecoder())


def canonical(value: Any) -> str:
    """Canonical JSON (the same text as ``json.dumps(value, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))``, with one encoder made once: hashing a chain calls this per entry)."""
    return _CANONICAL.encode(value)


def digest(text: str) -> str:
    """SHA-256 of UTF-8 text, hex (hashlib's SHA-256 is built in; it needs no OpenSSL)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(prev: str, profile_uuid: str, seq: int, kind: str, attempt_uuid: str, body: str, at: str) -> str:
    """SHA-256 of ``canonical([prev, profile_uuid, seq, kind, attempt_uuid, body, at])``."""
    return digest(entry_text(prev, profile_uuid, seq, kind, attempt_uuid, body, at))


def entry_text(prev: str, profile_uuid: str, seq: int, kind: str, attempt_uuid: str, body: str, at: str) -> str:
    """The text an entry's hash is taken over: exactly ``canonical([prev, profile_uuid, seq, kind,
    attempt_uuid, body, at])``, written out directly when the values have the usual types.

    Why it is the same text, byte for byte: for a list the canonical encoder writes ``[``, the items
    joined by ``,`` and ``]`` (no spaces: the separators); each ``str`` through ``_STRING``, the very
    function it calls for strings (``ensure_ascii=False``), and an ``int`` (not a ``bool``, hence the
    exact type test) as ``int.__repr__``. Anything else (a float or ``true`` for ``seq``, a number for a
    name: a file can hold anything) goes through the encoder itself, so no value is hashed differently
    from the entry that was written. ``tests/test_results_speed.py`` compares both on hostile values."""
    if type(seq) is int and type(prev) is type(profile_uuid) is type(kind) is type(attempt_uuid) is type(body) \
            is type(at) is str:
        return (f"[{_STRING(prev)},{_STRING(profile_uuid)},{seq},{_STRING(kind)},{_STRING(attempt_uuid)},"
                f"{_STRING(body)},{_STRING(at)}]")
    return canonical([prev, profile_uuid, seq, kind, attempt_uuid, body, at])


def decode(text: str) -> Any:
    """``json.loads(text)`` for an entry's body (canonical JSON: one value, no white space around it),
    without the wrapper's two white-space searches; anything else goes through the decoder itself and
    is read, or refused, exactly as ``json.loads`` would."""
    if type(text) is str:
        try:
            value, end = _SCAN(text, 0)
        except StopIteration:
            value, end = None, -1
        if end == len(text):
            return value
    return _DECODE(text)


def append(conn: sqlite3.Connection, profile_id: int, kind: str, attempt_uuid: str, body: dict, at: str) -> str:
    """Add one entry to the profile's chain; call inside the transaction that makes the change."""
    row = conn.execute("SELECT uuid, chain_seq, chain_head FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    if row is None:
        raise sqlite3.IntegrityError(f"profile {profile_id} does not exist")
    profile_uuid, seq, prev = row[0] or "", int(row[1] or 0) + 1, row[2] or GENESIS
    text = canonical(body)
    own = entry_hash(prev, profile_uuid, seq, kind, attempt_uuid, text, at)
    conn.execute("INSERT INTO ledger(profile_id, seq, kind, attempt_uuid, body, at, prev, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (profile_id, seq, kind, attempt_uuid, text, at, prev, own))
    conn.execute("UPDATE profiles SET chain_seq = ?, chain_head = ? WHERE id = ?", (seq, own, profile_id))
    return own


# --- reading the chain back -------------------------------------------------------------------

@dataclass
class Recorded:
    """An attempt as its chain recorded it."""

    uuid: str
    number: int
    quiz_id: str
    title: str
    plan_hash: str
    started: str
    deadline: str | None
    #: slot -> (question key, response JSON text, answered at, elapsed seconds then)
    answers: dict[int, tuple[str, str, str, float]] = field(default_factory=dict)
    finished: str | None = None
    elapsed: float = 0.0
    #: slot -> (fraction, comment, trainer name)
    grades: dict[int, tuple[float, str, str]] = field(default_factory=dict)
    clock_jumps: list[dict] = field(default_factory=list)

    @property
    def sealed(self) -> bool:
        return self.finished is not None

    def response(self, slot: int) -> Any:
        given = self.answers.get(slot)
        if given is None:
            return None
        try:
            return json.loads(given[1])
        except json.JSONDecodeError:
            return None


@dataclass(frozen=True)
class Problem:
    attempt_uuid: str | None
    text: Message


@dataclass
class Replay:
    records: dict[str, Recorded] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Attempts whose rows differ from their chain (changed or deleted after the fact).
    altered: set[str] = field(default_factory=set)
    #: The chain itself is broken (gaps, removed entries, changed entries): nothing after it is sure.
    broken: bool = False

    def status(self, attempt_uuid: str) -> str:
        """``sealed``, ``open``, ``altered`` or ``unrecorded`` (from before sealing existed, or forged)."""
        if attempt_uuid in self.altered:
            return "altered"
        record = self.records.get(attempt_uuid)
        if record is None:
            return "unrecorded"
        return "sealed" if record.sealed else "open"


def _problem(result: Replay, attempt_uuid: str | None, text: str, **args: Any) -> None:
    result.problems.append(Problem(attempt_uuid, message(text, **args)))
    if attempt_uuid:
        result.altered.add(attempt_uuid)


def replay(conn: sqlite3.Connection, profile_id: int) -> Replay:
    """Check the profile's chain and compare it with the stored attempts and answers."""
    result = Replay()
    head = conn.execute("SELECT uuid, chain_seq, chain_head FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    if head is None:
        return result
    profile_uuid, head_seq, head_hash = head[0] or "", int(head[1] or 0), head[2] or ""
    rows = conn.execute("SELECT seq, kind, attempt_uuid, body, at, prev, hash FROM ledger WHERE profile_id = ? "
                        "ORDER BY seq", (profile_id,)).fetchall()
    walk(result, profile_uuid, rows, head_seq, head_hash)
    _compare(conn, profile_id, result)
    return result


def walk(result: Replay, profile_uuid: str, rows: list, head_seq: int, head_hash: str) -> Replay:
    """Check entries ``(seq, kind, attempt_uuid, body, at, prev, hash)`` against each other and the head,
    and rebuild the attempts they record into ``result`` (used for the store and for a hand-in file)."""
    expected_seq, prev_hash = 1, GENESIS
    sha256, text_of = hashlib.sha256, entry_text  # entry_hash() spelt out: this loop runs once per entry
    for seq, kind, attempt_uuid, body, at, prev, own in rows:
        if seq != expected_seq:
            result.broken = True
            _problem(result, None, QT_TRANSLATE_NOOP(
                "core", "Records {first}–{last} are missing: an attempt or answers were deleted."),
                first=expected_seq, last=seq - 1)
        elif prev != prev_hash:
            result.broken = True
            _problem(result, attempt_uuid, QT_TRANSLATE_NOOP("core", "Record {seq} does not follow the one before it."),
                     seq=seq)
        if sha256(text_of(prev, profile_uuid, seq, kind, attempt_uuid, body, at).encode("utf-8")).hexdigest() != own:
            result.broken = True
            _problem(result, attempt_uuid, QT_TRANSLATE_NOOP("core", "Record {seq} was altered after it was written."),
                     seq=seq)
        expected_seq, prev_hash = seq + 1, own
        try:
            data = decode(body)
            if not isinstance(data, dict):
                raise TypeError(body)
            _apply(result, kind, attempt_uuid, data, at)
        except (json.JSONDecodeError, KeyError, ValueError, TypeError):
            result.broken = True
            _problem(result, attempt_uuid, QT_TRANSLATE_NOOP("core", "Record {seq} cannot be read."), seq=seq)
    if expected_seq - 1 != head_seq or (head_seq and prev_hash != head_hash):
        result.broken = True
        _problem(result, None, QT_TRANSLATE_NOOP(
            "core", "The newest records are missing: records up to {last} were written, {found} are there."),
            last=head_seq, found=expected_seq - 1)
    return result


def _apply(result: Replay, kind: str, attempt_uuid: str, data: dict, at: str) -> None:
    record = result.records.get(attempt_uuid)
    if kind == START:
        result.records[attempt_uuid] = Recorded(attempt_uuid, int(data.get("number") or 0), str(data.get("quiz") or ""),
                                                str(data.get("title") or ""), str(data.get("plan") or ""),
                                                str(data.get("started") or ""), data.get("deadline"))
        return
    if record is None:
        return
    if kind == ANSWER and record.finished is None:  # not sealed yet
        elapsed = float(data.get("elapsed") or 0.0)
        if elapsed < record.elapsed - ELAPSED_TOLERANCE:  # time only runs forward; less = set back by hand
            _problem(result, attempt_uuid, QT_TRANSLATE_NOOP(
                "core", "Attempt {number} of {quiz}: its time on screen went backwards ({before} s, then {after} s)."),
                number=record.number, quiz=record.title or record.quiz_id, before=round(record.elapsed),
                after=round(elapsed))
        record.answers[int(data["slot"])] = (str(data.get("key")), str(data.get("response")), at, elapsed)
        if elapsed > record.elapsed:
            record.elapsed = elapsed
    elif kind == SUBMIT:
        record.finished = str(data.get("finished") or at)
        record.elapsed = float(data.get("elapsed") or record.elapsed)
    elif kind == GRADE:
        record.grades[int(data["slot"])] = (float(data.get("fraction") or 0.0), str(data.get("comment") or ""),
                                            str(data.get("by") or ""))
    elif kind == CLOCK:
        record.clock_jumps.append(dict(data))


def plan_hash(plan_text: str) -> str:
    return digest(plan_text or "")


def _compare(conn: sqlite3.Connection, profile_id: int, result: Replay) -> None:
    rows = conn.execute("SELECT id, uuid, number, quiz_id, plan, started, deadline, finished FROM attempts "
                        "WHERE profile_id = ? AND mode = 'assessment'", (profile_id,)).fetchall()
    seen: set[str] = set()
    for ident, uuid, number, quiz_id, plan, started, deadline, finished in rows:
        record = result.records.get(uuid)
        if record is None:
            if number is not None:  # made after sealing existed, yet not in the chain
                _problem(result, uuid, QT_TRANSLATE_NOOP("core", "Attempt {uuid} is not in the sealed record."),
                         uuid=uuid)
            continue
        seen.add(uuid)
        same = (number == record.number and quiz_id == record.quiz_id and plan_hash(plan) == record.plan_hash
                and started == record.started and deadline == record.deadline
                and (finished or None) == (record.finished or None))
        if not same:
            _problem(result, uuid, QT_TRANSLATE_NOOP(
                "core", "Attempt {number} of {quiz} was altered after submission: its times or questions differ "
                        "from the sealed record."), number=record.number, quiz=record.title or record.quiz_id)
        stored = {slot: text for slot, text in conn.execute(
            "SELECT slot, response FROM responses WHERE attempt_id = ?", (ident,)).fetchall()}
        recorded = {slot: given[1] for slot, given in record.answers.items()}
        if stored != recorded:
            _problem(result, uuid, QT_TRANSLATE_NOOP(
                "core", "Attempt {number} of {quiz} was altered after submission: its answers differ from the "
                        "sealed record."), number=record.number, quiz=record.title or record.quiz_id)
    for uuid, record in result.records.items():
        if uuid not in seen:
            _problem(result, uuid, QT_TRANSLATE_NOOP(
                "core", "Attempt {number} of {quiz} was deleted; the sealed record still has it."),
                number=record.number, quiz=record.title or record.quiz_id)


def attempts_started(conn: sqlite3.Connection, profile_id: int, quiz_id: str) -> int:
    """How many attempts at ``quiz_id`` the chain recorded: deleting attempt rows gives none back."""
    rows = conn.execute("SELECT body FROM ledger WHERE profile_id = ? AND kind = 'start'", (profile_id,)).fetchall()
    count = 0
    for (body,) in rows:
        try:
            if json.loads(body).get("quiz") == quiz_id:
                count += 1
        except (json.JSONDecodeError, AttributeError):
            continue
    return count
