"""Marks back to the learner: a signed marks file per learner and installation, written on the trainer's PC
and received on the learner's PC.

The file (``.cbmarks``, :mod:`.signed`) carries, for each finished attempt the gradebook imported from
that learner (by UUID): the attempt's score as graded again on the trainer's PC, the grade that counts for
its assessment and passed or failed, essays still waiting, and per question the trainer's mark and
comment with who gave it and when. It is signed with the trainer PC's installation key.

Trust (on the learner's PC), per attempt:
- an attempt at an exam file has the key of the PC that packed the exam sealed in its plan (the exam
  file's header carries it, authenticated with the start code; the plan's hash is in the sealed chain):
  the marks file must be signed with exactly that key;
- an attempt at an assessment that came from no exam file: the key must be one pinned on this PC, that is
  the key of an exam file opened here with its start code;
- never this PC's own key (its private key lies in the learner's data folder).
A file with any attempt that fails this is refused whole, named with the reason; nothing of it is kept.

Receiving applies marks only to attempts that exist on this PC with the same UUID and belong to the
learner the file names; it never touches answers, attempts or the chain: the marks go to
``received_marks`` and ``received_comments``. Receiving the same file again changes nothing; an older
file never replaces the marks of a newer one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import write_atomic
from ..i18n import QT_TRANSLATE_NOOP, Message, message
from ..store import Store, now
from . import chain, signed
from .auth import Actor
from .errors import ClassroomError
from .gradebook import Grader, attempt_grades, check_trainer, gradebook

FORMAT = "coursebook-marks"
VERSION = 1
SUFFIX = ".cbmarks"


class MarksError(ClassroomError):
    """A marks file that cannot be written or received; the message names it."""


# --- the trainer's PC: writing -----------------------------------------------------------------

def _learners(store: Store, name: str | None) -> list[tuple[str, str, str]]:
    rows = store.conn.execute("SELECT uuid, name, machine FROM gb_learners ORDER BY name, uuid").fetchall()
    if name is None:
        return rows
    chosen = [r for r in rows if r[1].casefold() == name.strip().casefold()]
    if not chosen:
        raise MarksError(message(QT_TRANSLATE_NOOP("core", "There is no imported learner named {name}."),
                                 name=name.strip()))
    return chosen


def payloads(store: Store, actor: Actor | None, question, learner: str | None = None) -> list[dict]:  # noqa: ANN001
    """What each marks file carries: per learner (and installation) their finished attempts with the
    gradebook's grades and the trainer's marks. Trainer only where the PC has a trainer."""
    check_trainer(store, actor)
    chosen = _learners(store, learner)
    cells = {(c.learner_uuid, c.quiz_id): c for c in gradebook(store, actor, question)}
    graded = {a.uuid: a for a in attempt_grades(store, Grader(question))}
    marks: dict[str, list[dict]] = {}
    for uuid, slot, fraction, comment, by_name, at in store.conn.execute(
            "SELECT attempt_uuid, slot, fraction, comment, by_name, at FROM gb_marks ORDER BY attempt_uuid, slot"):
        marks.setdefault(uuid, []).append({"slot": slot, "fraction": fraction, "comment": comment, "by": by_name,
                                           "at": at})
    trainer = actor.profile.name if actor is not None and actor.trainer else ""
    written = now()
    result = []
    for learner_uuid, name, machine in chosen:
        attempts = []
        for uuid, quiz_id, title, number in store.conn.execute(
                "SELECT uuid, quiz_id, title, number FROM gb_attempts WHERE learner_uuid = ? AND finished IS NOT NULL "
                "ORDER BY started, number", (learner_uuid,)):
            one, cell = graded.get(uuid), cells.get((learner_uuid, quiz_id))
            if one is None or cell is None:
                continue
            attempts.append({"uuid": uuid, "quiz_id": quiz_id, "title": title, "number": number,
                             "finished": one.finished,
                             "percent": None if one.percent is None else round(one.percent, 2),
                             "pending": one.pending, "grade": cell.grade, "passed": cell.passed,
                             "marks": marks.get(uuid, [])})
        result.append({"trainer": {"name": trainer, "installation": store.identity},
                       "learner": {"uuid": learner_uuid, "name": name}, "installation": machine,
                       "written": written, "attempts": attempts})
    return result


def file_name(payload: dict) -> str:
    from .results_file import safe_name

    return f"{safe_name(payload['learner']['name'])}-{payload['installation'][:8]}{SUFFIX}"


def write_returns(store: Store, actor: Actor | None, question, folder: Path,  # noqa: ANN001
                  learner: str | None = None) -> list[Path]:
    """Write one signed marks file per learner and installation into ``folder``. Trainer only."""
    from .results_file import installation_key

    made = payloads(store, actor, question, learner)
    key = installation_key(store.folder)
    folder = Path(folder)
    written = []
    for payload in made:
        target = folder / file_name(payload)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(target, signed.seal(key, FORMAT, VERSION, payload))
        except OSError as exc:
            raise MarksError(message(QT_TRANSLATE_NOOP("core", "{file} could not be written: {reason}."),
                                     file=str(target), reason=exc.strerror or str(exc))) from exc
        written.append(target)
    return written


# --- the learner's PC: trusting keys and receiving ---------------------------------------------

def pin_trainer_key(store: Store, public_key: str, exam_id: str, title: str) -> bool:
    """Remember the key of an exam file opened here with its start code (never this PC's own key)."""
    if not public_key or public_key == signed.installation_public_key(store.folder):
        return False
    store.conn.execute("INSERT OR IGNORE INTO trainer_keys(public_key, exam_id, title, pinned) VALUES (?, ?, ?, ?)",
                       (public_key, exam_id, title, now()))
    return True


@dataclass
class ReceiveReport:
    files: int = 0
    #: Attempts whose marks were recorded (new or newer than those received before).
    applied: int = 0
    #: Attempts whose marks were already there (the same file or a newer one received before).
    unchanged: int = 0
    #: Attempts the file names that are not on this PC (taken elsewhere, or removed with their profile).
    not_here: int = 0
    refused: list[tuple[str, Message]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"files": self.files, "applied": self.applied, "unchanged": self.unchanged,
                "not_on_this_pc": self.not_here,
                "refused": [{"file": f, "reason": str(m)} for f, m in self.refused]}


def _refuse(text: str, path: Path, **args: object) -> MarksError:
    return MarksError(message(text, file=path.name, **args))


_REFUSALS = signed.Refusals(
    MarksError,
    unreadable=QT_TRANSLATE_NOOP("core", "{file} cannot be read: {reason}."),
    damaged=QT_TRANSLATE_NOOP("core", "{file} is truncated or damaged: it is not a whole marks file."),
    wrong_kind=QT_TRANSLATE_NOOP("core", "{file} is not a Coursebook marks file."),
    too_new=QT_TRANSLATE_NOOP(
        "core", "{file} was written by a newer Coursebook (format {version}); update this program to receive it."),
    changed=QT_TRANSLATE_NOOP("core", "{file} was changed after it was written: its signature does not match."))


def _read(path: Path) -> tuple[dict, str]:
    return signed.read(path, FORMAT, VERSION, _REFUSALS)


@dataclass(frozen=True)
class _Attempt:
    uuid: str
    quiz_id: str
    percent: float | None
    grade: float | None
    passed: bool | None
    pending: int
    marks: list[tuple[int, float | None, str, str, str]]


def _parse(data: dict) -> tuple[str, str, str, str, list[_Attempt]]:
    """(learner UUID, installation, trainer, written, attempts) of a signed payload; ValueError if malformed."""
    try:
        attempts = []
        for item in data["attempts"]:
            marks = [(int(m["slot"]), None if m.get("fraction") is None else float(m["fraction"]),
                      str(m.get("comment") or ""), str(m.get("by") or ""), str(m.get("at") or ""))
                     for m in item.get("marks") or []]
            percent, grade, passed = item.get("percent"), item.get("grade"), item.get("passed")
            attempts.append(_Attempt(str(item["uuid"]), str(item.get("quiz_id") or ""),
                                     None if percent is None else float(percent),
                                     None if grade is None else float(grade),
                                     None if passed is None else bool(passed), int(item.get("pending") or 0), marks))
        return (str(data["learner"]["uuid"]), str(data["installation"]), str(data["trainer"].get("name") or ""),
                str(data["written"]), attempts)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValueError("malformed") from None


def _sealed_key(plan_text: str, record: chain.Recorded) -> tuple[bool, str]:
    """(the plan is the sealed one, the trainer key sealed in it or "")."""
    from .results_file import _sealed_plan

    text = _sealed_plan(plan_text or "", {record.plan_hash})
    if chain.plan_hash(text) != record.plan_hash:
        return False, ""
    try:
        settings = (json.loads(text or "{}") or {}).get("settings") or {}
    except (json.JSONDecodeError, AttributeError):
        return False, ""
    return True, str(settings.get("trainer_key") or "") if isinstance(settings, dict) else ""


def _receive_one(store: Store, path: Path, own_key: str, pinned: set[str], report: ReceiveReport) -> None:
    data, key = _read(path)
    try:
        learner_uuid, installation, trainer, written, attempts = _parse(data)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("core", "{file} is truncated or damaged: it is not a whole marks file."),
                      path) from None
    if key == own_key:
        raise _refuse(QT_TRANSLATE_NOOP("core", "{file} is signed with this PC's own key, not with the trainer's."),
                      path)
    if installation != store.identity:
        raise _refuse(QT_TRANSLATE_NOOP("core", "{file} is for another PC: its marks belong to results handed in "
                                                "elsewhere."), path)
    conn = store.conn
    row = conn.execute("SELECT id, name FROM profiles WHERE uuid = ?", (learner_uuid,)).fetchone()
    if row is None:
        raise _refuse(QT_TRANSLATE_NOOP("core", "{file} names a learner who has no profile on this PC."), path)
    profile_id, name = row
    replay = chain.replay(conn, profile_id)
    if replay.broken:
        raise _refuse(QT_TRANSLATE_NOOP(
            "core", "{file} cannot be checked: the sealed record of {name} on this PC is damaged."), path, name=name)
    chosen = []
    for item in attempts:
        found = conn.execute("SELECT plan FROM attempts WHERE uuid = ? AND profile_id = ? AND mode = 'assessment'",
                             (item.uuid, profile_id)).fetchone()
        record = replay.records.get(item.uuid)
        if found is None or record is None:
            report.not_here += 1
            continue
        sealed, sealed_key = _sealed_key(found[0], record)
        trusted = sealed and (key == sealed_key if sealed_key else key in pinned)
        if not trusted:
            raise _refuse(QT_TRANSLATE_NOOP(
                "core", "{file} is not signed by the trainer whose assessment {name} took: the key does not match."),
                path, name=name)
        chosen.append(item)
    at = now()
    for item in chosen:
        before = conn.execute("SELECT written FROM received_marks WHERE attempt_uuid = ?", (item.uuid,)).fetchone()
        if before is not None and before[0] >= written:
            report.unchanged += 1
            continue
        conn.execute("INSERT OR REPLACE INTO received_marks(attempt_uuid, profile_id, quiz_id, percent, grade, passed, "
                     "pending, trainer, public_key, written, received, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (item.uuid, profile_id, item.quiz_id, item.percent, item.grade,
                      None if item.passed is None else int(item.passed), item.pending, trainer, key, written, at,
                      path.name))
        conn.execute("DELETE FROM received_comments WHERE attempt_uuid = ?", (item.uuid,))
        conn.executemany("INSERT OR REPLACE INTO received_comments(attempt_uuid, slot, fraction, comment, by_name, at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", [(item.uuid, *mark) for mark in item.marks])
        report.applied += 1


def collect(paths: list[Path]) -> list[Path]:
    """The files named, and the ``.cbmarks`` files in the folders named (sorted, each once)."""
    from .results_file import collect as collect_files

    return collect_files(paths, SUFFIX)


def receive(store: Store, paths: list[Path], progress=None) -> ReceiveReport:  # noqa: ANN001
    """Check and record the marks files named (and those in the folders named). Any user may receive.

    Each file under its own savepoint: a refused file leaves no trace and stops nothing else.
    ``progress(done, total)`` is called after each file."""
    report = ReceiveReport()
    files = collect(paths)
    own_key = signed.installation_public_key(store.folder)
    pinned = {k for (k,) in store.conn.execute("SELECT public_key FROM trainer_keys")}
    conn = store.conn
    with store.transaction():
        for index, path in enumerate(files):
            conn.execute("SAVEPOINT marks_file")
            counts = (report.applied, report.unchanged, report.not_here)
            try:
                _receive_one(store, path, own_key, pinned, report)
                report.files += 1
            except MarksError as exc:
                conn.execute("ROLLBACK TO marks_file")
                report.applied, report.unchanged, report.not_here = counts
                report.refused.append((path.name, exc.message))
            conn.execute("RELEASE marks_file")
            if progress is not None:
                progress(index + 1, len(files))
    return report


# --- the learner's PC: what My results shows ---------------------------------------------------

@dataclass(frozen=True)
class Received:
    """The trainer's marks for one attempt, as received."""

    attempt_uuid: str
    percent: float | None
    grade: float | None
    passed: bool | None
    pending: int
    trainer: str
    written: str
    #: slot -> (mark 0–1 or None, comment, who marked, when)
    comments: dict[int, tuple[float | None, str, str, str]]


def received(store: Store, profile_id: int) -> dict[str, Received]:
    """The marks received for a profile's attempts, by attempt UUID."""
    conn = store.conn
    comments: dict[str, dict[int, tuple]] = {}
    for uuid, slot, fraction, comment, by_name, at in conn.execute(
            "SELECT c.attempt_uuid, c.slot, c.fraction, c.comment, c.by_name, c.at FROM received_comments c "
            "JOIN received_marks m ON m.attempt_uuid = c.attempt_uuid WHERE m.profile_id = ? ORDER BY c.slot",
            (profile_id,)):
        comments.setdefault(uuid, {})[slot] = (fraction, comment, by_name, at)
    return {uuid: Received(uuid, percent, grade, None if passed is None else bool(passed), pending, trainer, written,
                           comments.get(uuid, {}))
            for uuid, percent, grade, passed, pending, trainer, written in conn.execute(
                "SELECT attempt_uuid, percent, grade, passed, pending, trainer, written FROM received_marks "
                "WHERE profile_id = ?", (profile_id,))}


__all__ = ["MarksError", "ReceiveReport", "Received", "collect", "payloads", "pin_trainer_key", "receive",
           "received", "write_returns"]
