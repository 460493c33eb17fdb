"""Results on a USB stick: a signed hand-in file per learner and PC, and its import into the gradebook.

The file (``.cbresults``) is UTF-8 JSON ``{"format", "version", "public_key", "payload", "signature"}``.
``payload`` is a string of canonical JSON: this installation's id (the store identity), the learner
(UUID, name), the whole sealed chain of the learner's assessment events, the plan of every attempt in
it, and the chain's head. ``signature`` is Ed25519 over the payload's UTF-8 bytes, made with this
installation's private key (``keys/results-ed25519.key`` in the data folder, made on first use, never
leaves it); ``public_key`` is the matching public key.

Trust (on the trainer's PC): the first file imported from an installation pins that installation's
public key to its id ("trust on first use", done by the trainer, who collects the sticks in person).
Every later file claiming that installation must be signed with the same key, otherwise it is refused
as foreign. A learner is bound to the installation of their first hand-in.

Import rules:
- a file that does not parse is truncated or damaged; a changed byte breaks the signature; a file of a
  newer format version is refused; a broken chain is refused; each refusal is one sentence naming it;
- answers, times and essay marks come from the chain, never from the learner's tables (a score forged
  in the learner's database never reaches the gradebook: no score is carried at all);
- merge by UUID: an attempt already imported is never dropped or duplicated, importing a file twice
  changes nothing, an attempt imported while open is completed by a later file;
- a file whose chain does not continue the one imported before (results taken back from a backup to
  take the exam again) is refused.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..atomic import write_atomic
from ..i18n import QT_TRANSLATE_NOOP, Message, message
from ..store import Profile, Store, now
from . import chain, signed
from .errors import ClassroomError

FORMAT = "coursebook-results"
VERSION = 1
SUFFIX = ".cbresults"
KEY_FILE = Path("keys") / "results-ed25519.key"
#: Files merged per transaction on import (one commit to disk per batch).
BATCH = 100
#: SQLite's page cache while importing, in KiB (the default is 2 MB). The answers go into the gradebook
#: in the order of the attempts' random ids, all over its B-tree: with the default cache most pages
#: were written out and read back within one batch (a fifth more CPU, a third more time in SQLite).
IMPORT_CACHE_KIB = 32 * 1024


class ResultsError(ClassroomError):
    """A hand-in file that cannot be written or imported; the message names it."""


# --- this installation's key ---------------------------------------------------------------------

def installation_key(folder: Path) -> Ed25519PrivateKey:
    """The private key of this installation (the data folder), made on first use."""
    path = Path(folder) / KEY_FILE
    if path.exists():
        raw = path.read_bytes()
        if len(raw) == 32:
            return Ed25519PrivateKey.from_private_bytes(raw)
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, raw)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return key


# --- export ------------------------------------------------------------------------------------

def payload(store: Store, profile: Profile) -> dict:
    """What a hand-in file carries for ``profile``: the chain and the plans of its attempts."""
    conn = store.conn
    seq, head = conn.execute("SELECT chain_seq, chain_head FROM profiles WHERE id = ?", (profile.id,)).fetchone()
    entries = [list(r) for r in conn.execute(
        "SELECT seq, kind, attempt_uuid, body, at, prev, hash FROM ledger WHERE profile_id = ? ORDER BY seq",
        (profile.id,)).fetchall()]
    sealed = set()
    for entry in entries:
        if entry[1] == chain.START:
            try:
                sealed.add(json.loads(entry[3]).get("plan"))
            except (json.JSONDecodeError, AttributeError):
                continue
    plans = {uuid: _sealed_plan(plan, sealed) for uuid, plan in conn.execute(
        "SELECT uuid, plan FROM attempts WHERE profile_id = ? AND mode = 'assessment' AND uuid IS NOT NULL",
        (profile.id,)).fetchall()}
    return {"machine": store.identity, "learner": {"uuid": profile.uuid, "name": profile.name},
            "head": {"seq": int(seq or 0), "hash": head or ""}, "entries": entries,
            "plans": {u: plans[u] for u in sorted(plans)}, "written": now()}


def _sealed_plan(text: str, sealed: set) -> str:
    """The plan as it was sealed at the start. A trainer's essay grading notes are appended to the plan
    later (the marks themselves travel in the chain): without them it is the sealed text again."""
    if chain.plan_hash(text) in sealed:
        return text
    try:
        plan = json.loads(text or "{}")
    except json.JSONDecodeError:
        return text
    if isinstance(plan, dict) and "grading" in plan:
        plan["grading"] = {}  # as it was drawn (the key keeps its place)
        fresh = json.dumps(plan, ensure_ascii=False)
        if chain.plan_hash(fresh) in sealed:
            return fresh
    return text


def safe_name(name: str) -> str:
    text = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.")
    return text[:40] or "learner"


def file_name(store: Store, profile: Profile) -> str:
    return f"{safe_name(profile.name)}-{store.identity[:8]}{SUFFIX}"


def export(store: Store, profile: Profile, target: Path) -> Path:
    """Write the signed hand-in file of ``profile``; ``target`` is a folder or a file name."""
    target = Path(target)
    if target.is_dir() or not target.suffix:
        target.mkdir(parents=True, exist_ok=True)
        target = target / file_name(store, profile)
    text = signed.seal(installation_key(store.folder), FORMAT, VERSION, payload(store, profile))
    try:
        write_atomic(target, text)
    except OSError as exc:
        raise ResultsError(message(QT_TRANSLATE_NOOP("core", "{file} could not be written: {reason}."),
                                   file=str(target), reason=exc.strerror or str(exc))) from exc
    return target


# --- reading and verifying -------------------------------------------------------------------

@dataclass
class HandIn:
    """A verified hand-in file."""

    path: Path
    public_key: str
    machine: str
    learner_uuid: str
    learner_name: str
    head_seq: int
    head_hash: str
    replay: chain.Replay
    plans: dict[str, str]
    entries: list = field(default_factory=list)
    #: attempt UUID -> (question key per slot, grading rule, pass mark), read from its sealed plan.
    drawn: dict[str, tuple[list[str], str, float]] = field(default_factory=dict)


_REFUSALS = signed.Refusals(
    ResultsError,
    unreadable=QT_TRANSLATE_NOOP("core", "{file} cannot be read: {reason}."),
    damaged=QT_TRANSLATE_NOOP("core", "{file} is truncated or damaged: it is not a whole results file."),
    wrong_kind=QT_TRANSLATE_NOOP("core", "{file} is not a Coursebook results file."),
    too_new=QT_TRANSLATE_NOOP(
        "core", "{file} was written by a newer Coursebook (format {version}); update this program to import it."),
    changed=QT_TRANSLATE_NOOP("core", "{file} was changed after it was written: its signature does not match."))


def _refuse(text: str, path: Path, **args: object) -> ResultsError:
    return ResultsError(message(text, file=path.name, **args))


def _drawn(plan_text: str) -> tuple[list[str], str, float]:
    """(question key per slot, grading rule, pass mark) of a sealed plan; ValueError, TypeError or
    AttributeError for a plan that is not one."""
    plan = chain.decode(plan_text or "{}")
    keys = [str(s.get("key") or "") if isinstance(s, dict) else "" for s in plan.get("slots") or []]
    settings = plan.get("settings") or {}
    return keys, str(settings.get("grading") or "highest"), float(settings.get("pass_percent") or 0.0)


def read(path: Path) -> HandIn:
    """Parse and verify one file (signature, format version, chain, plans), or :class:`ResultsError`."""
    path = Path(path)
    data, public = signed.read(path, FORMAT, VERSION, _REFUSALS)
    try:  # signed by its maker, but of the wrong shape: a file no Coursebook writes
        learner, head = data["learner"], data["head"]
        entries = list(data["entries"])
        plans = {str(k): str(v) for k, v in dict(data["plans"]).items()}
        machine = str(data["machine"])
        hand_in = HandIn(path, public, machine, str(learner["uuid"]), str(learner["name"]),
                         int(head["seq"]), str(head["hash"]), chain.Replay(), plans, entries)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise _refuse(QT_TRANSLATE_NOOP(
            "core", "{file} was changed after it was written: its signature does not match."), path) from None
    try:
        chain.walk(hand_in.replay, hand_in.learner_uuid, entries, hand_in.head_seq, hand_in.head_hash)
    except (ValueError, TypeError, IndexError):  # entries of the wrong shape, signed by their maker
        raise _refuse(QT_TRANSLATE_NOOP("core", "{file} holds a broken record of results: {problem}"), path,
                      problem="?") from None
    if hand_in.replay.broken or hand_in.replay.problems:
        raise _refuse(QT_TRANSLATE_NOOP("core", "{file} holds a broken record of results: {problem}"), path,
                      problem=str(hand_in.replay.problems[0].text))
    for uuid, record in hand_in.replay.records.items():
        plan = plans.get(uuid, "")
        if chain.plan_hash(plan) != record.plan_hash:
            raise _refuse(QT_TRANSLATE_NOOP("core", "{file} holds an attempt whose questions differ from its record."),
                          path)
        try:
            hand_in.drawn[uuid] = _drawn(plan)
        except (ValueError, TypeError, AttributeError):  # sealed as it is, but not a plan: signed by its maker
            raise _refuse(QT_TRANSLATE_NOOP("core", "{file} holds a broken record of results: {problem}"), path,
                          problem="?") from None
    return hand_in


# --- import ------------------------------------------------------------------------------------

@dataclass
class ImportReport:
    files: int = 0
    new_attempts: int = 0
    completed: int = 0
    unchanged: int = 0
    learners: set[str] = field(default_factory=set)
    refused: list[tuple[str, Message]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"files": self.files, "new_attempts": self.new_attempts, "completed": self.completed,
                "unchanged_files": self.unchanged, "learners": len(self.learners),
                "refused": [{"file": f, "reason": str(m)} for f, m in self.refused]}


class Answers:
    """Every distinct (question, answer) once: ``gb_answers`` rows, with their ids kept in memory."""

    def __init__(self, conn) -> None:  # noqa: ANN001
        self.conn = conn
        self.ids = {(k, r): i for i, k, r in conn.execute("SELECT id, question_key, response FROM gb_answers")}
        self.keys = {k for (k,) in conn.execute("SELECT key FROM gb_questions")}

    def note_keys(self, keys: list[str]) -> None:
        """Remember every question key an attempt drew (the gradebook checks them against this PC's)."""
        new = {k for k in keys if k and k not in self.keys}
        if new:
            self.conn.executemany("INSERT OR IGNORE INTO gb_questions(key) VALUES (?)", [(k,) for k in new])
            self.keys |= new

    def id_of(self, key: str, response: str) -> int:
        found = self.ids.get((key, response))
        if found is None:
            found = self.conn.execute("INSERT INTO gb_answers(question_key, response) VALUES (?, ?)",
                                      (key, response)).lastrowid
            self.ids[(key, response)] = found
        return found


def _admit(conn, hand_in: HandIn) -> tuple[tuple | None, bool]:  # noqa: ANN001
    """The checks of one verified file against the gradebook, before anything is written: the key
    pinned for its installation, the learner's installation, and that its chain continues the one
    imported before. Returns the learner's row (``None`` if new) and whether the installation is new,
    or refuses the file."""
    path = hand_in.path
    pinned = conn.execute("SELECT public_key FROM gb_keys WHERE machine = ?", (hand_in.machine,)).fetchone()
    if pinned is not None and pinned[0] != hand_in.public_key:
        raise _refuse(QT_TRANSLATE_NOOP(
            "core", "{file} is signed with a foreign key, not the key of the PC it claims to come from."), path)
    known = conn.execute("SELECT machine, chain_seq, chain_head FROM gb_learners WHERE uuid = ?",
                         (hand_in.learner_uuid,)).fetchone()
    if known is not None and known[0] != hand_in.machine:
        raise _refuse(QT_TRANSLATE_NOOP(
            "core", "{file} claims a learner whose results came from another PC."), path)
    if known is not None:
        seq, head = int(known[1]), known[2]
        if hand_in.head_seq >= seq:
            continues = seq == 0 or (len(hand_in.entries) >= seq and hand_in.entries[seq - 1][6] == head)
        else:
            stored = {r[0] for r in conn.execute("SELECT uuid FROM gb_attempts WHERE learner_uuid = ?",
                                                 (hand_in.learner_uuid,)).fetchall()}
            continues = set(hand_in.replay.records) <= stored
        if not continues:
            raise _refuse(QT_TRANSLATE_NOOP(
                "core", "{file} does not continue the results imported before for {name}: they were taken "
                        "back to an earlier state."), path, name=hand_in.learner_name)
    return known, pinned is None


def _merge(store: Store, hand_in: HandIn, answers: Answers) -> tuple[int, int]:
    """Put one verified file into the gradebook tables; (new attempts, attempts completed).

    Every check that can refuse the file (:func:`_admit`) runs before the first write, and nothing
    after it refuses: so a refused file leaves no trace without a savepoint of its own (savepoints
    cost a third of SQLite's time). Anything else failing half-way (a full disk) rolls back the whole
    transaction of :func:`import_files` and stops it, never leaving half a file."""
    conn = store.conn
    path = hand_in.path
    known, new_machine = _admit(conn, hand_in)
    # --- from here on only writes: nothing below refuses the file ---
    at = now()
    if new_machine:
        conn.execute("INSERT INTO gb_keys(machine, public_key, first_file, pinned) VALUES (?, ?, ?, ?)",
                     (hand_in.machine, hand_in.public_key, path.name, at))
    if known is None:
        conn.execute("INSERT INTO gb_learners(uuid, name, machine, chain_seq, chain_head, updated) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (hand_in.learner_uuid, hand_in.learner_name, hand_in.machine,
                                                   hand_in.head_seq, hand_in.head_hash, at))
    elif hand_in.head_seq > int(known[1]):
        conn.execute("UPDATE gb_learners SET name = ?, chain_seq = ?, chain_head = ?, updated = ? WHERE uuid = ?",
                     (hand_in.learner_name, hand_in.head_seq, hand_in.head_hash, at, hand_in.learner_uuid))
    existing = dict(conn.execute("SELECT uuid, finished FROM gb_attempts WHERE learner_uuid = ?",
                                 (hand_in.learner_uuid,)).fetchall())
    inserted, finished, given, marks = [], [], [], []
    drawn_keys: set[str] = set()
    id_of = answers.id_of
    for uuid, record in hand_in.replay.records.items():
        if uuid in existing:
            if existing[uuid] is not None or record.finished is None:
                continue  # sealed answers never change; an older file never reopens an attempt
            finished.append((record.finished, record.elapsed, path.name, uuid))
        keys, rule, pass_percent = hand_in.drawn[uuid]
        if uuid not in existing:
            drawn_keys.update(keys)
            inserted.append((uuid, hand_in.learner_uuid, record.quiz_id, record.title, record.number,
                             hand_in.plans.get(uuid, ""), json.dumps(keys), sum(1 for k in keys if k), rule,
                             pass_percent, record.started, record.deadline, record.finished, record.elapsed,
                             hand_in.machine, path.name, at))
        count = len(keys)
        given.extend((uuid, slot, id_of(keys[slot] if 0 <= slot < count else answer[0], answer[1]), answer[2])
                     for slot, answer in record.answers.items())
        done = record.finished or at
        marks.extend((uuid, slot, g[0], g[1], g[2], done) for slot, g in record.grades.items())
    answers.note_keys(list(drawn_keys))
    if inserted:
        conn.executemany("INSERT INTO gb_attempts(uuid, learner_uuid, quiz_id, title, number, plan, slot_keys, "
                         "slot_count, grading, pass_percent, started, deadline, finished, elapsed, machine, file, "
                         "imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserted)
    if finished:
        conn.executemany("UPDATE gb_attempts SET finished = ?, elapsed = ?, file = ? WHERE uuid = ?", finished)
    if given:
        conn.executemany("INSERT OR REPLACE INTO gb_responses(attempt_uuid, slot, answer_id, answered) "
                         "VALUES (?, ?, ?, ?)", given)
    if marks:
        conn.executemany("INSERT OR IGNORE INTO gb_marks(attempt_uuid, slot, fraction, comment, by_name, at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", marks)
    return len(inserted), len(finished)


def collect(paths: list[Path], suffix: str = SUFFIX) -> list[Path]:
    """The files named, and the ``suffix`` files (``.cbresults``) in the folders named (sorted, each once)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{suffix}") if p.is_file()))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


def import_files(store: Store, paths: list[Path], progress=None, actor=None) -> ImportReport:  # noqa: ANN001
    """Verify and merge every file (a refused file leaves no trace and stops nothing else: see
    :func:`_merge`), in one transaction per ``BATCH`` files.

    ``progress(done, total)`` is called after each file. Trainer only where this PC has a trainer
    (``actor`` gave the passphrase)."""
    from .gradebook import check_trainer

    check_trainer(store, actor)
    report = ImportReport()
    files = collect(paths)
    conn = store.conn
    answers = Answers(conn)
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        for start in range(0, len(files), BATCH):
            with store.transaction():
                for index in range(start, min(start + BATCH, len(files))):
                    path = files[index]
                    try:
                        hand_in = read(path)
                        new, completed = _merge(store, hand_in, answers)
                        report.files += 1
                        report.new_attempts += new
                        report.completed += completed
                        report.learners.add(hand_in.learner_uuid)
                        if not new and not completed:
                            report.unchanged += 1
                    except ResultsError as exc:
                        report.refused.append((path.name, exc.message))
                    if progress is not None:
                        progress(index + 1, len(files))
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")
    return report


__all__ = ["HandIn", "ImportReport", "ResultsError", "collect", "export", "import_files", "installation_key",
           "read"]
