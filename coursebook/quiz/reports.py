"""Reports for trainers: attempts per learner, and how each question fared (the difficult questions)."""

from __future__ import annotations

import dataclasses
import gc
import json
from collections import Counter
from dataclasses import dataclass, field
from array import array
from typing import Any, NamedTuple

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..classroom import chain
from ..classroom.auth import require_trainer
from ..i18n import Message
from . import result_cache
from .attempts import _ATTEMPT_COLUMNS, ASSESSMENT, Attempt, epoch
from .model import Question, grade
from .service import EXAM_SOURCE, QuizService
from .review import response_key, response_text


#: Called with (done, total) while a report is made; may raise to stop it.
Progress = Callable[[int, int], None]


class LearnerRow(NamedTuple):
    """One attempt in the learner report (a named tuple: 38,000 of them are made in a few milliseconds)."""

    profile_id: int
    learner: str
    quiz_id: str
    title: str
    mode: str
    number: int          # 1 = the learner's first attempt at this quiz
    started: float
    finished: float | None
    seconds: float | None
    score: float | None
    max_score: float | None
    pending: int
    passed: bool | None
    attempt_id: int = 0
    #: ``sealed``, ``open``, ``altered`` (changed or deleted after the fact), ``unrecorded`` (no seal:
    #: practice, or made before sealing existed).
    integrity: str = "unrecorded"
    #: What the chain check found about this attempt, for the trainer.
    problems: tuple[Message, ...] = ()
    #: Monotonic time on screen, and the wall-clock jumps backwards seen during the attempt.
    elapsed: float = 0.0
    clock_jumps: tuple[dict, ...] = ()
    #: The exam file whose start code is needed to grade this attempt ("" = none needed).
    locked_exam: str = ""
    uuid: str = ""

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100.0 * self.score / self.max_score


@dataclass
class QuestionRow:
    key: str
    question: Question | None
    answered: int = 0
    right: int = 0
    total: float = 0.0
    #: The most often chosen wrong responses, in words, with how many chose each.
    wrong: list[tuple[str, int]] = field(default_factory=list)
    #: The question's text when the row came from the cache (``question`` is then not looked up).
    label: str = ""

    @property
    def module_id(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def average(self) -> float:
        return self.total / self.answered if self.answered else 0.0

    @property
    def text(self) -> str:
        return self.question.text if self.question else (self.label or self.key)


@dataclass(frozen=True)
class PendingEssay:
    attempt_id: int
    slot: int
    learner: str
    title: str
    question: Question | None
    response: str


class _SecondStore:
    """The store as a worker thread sees it: the same folder, its own connection."""

    def __init__(self, store: Any, conn: Any):
        self.conn = conn
        self.folder = store.folder
        self.path = store.path


def worker_service(service: QuizService, conn: Any) -> QuizService:
    """A quiz service for the reports on another thread: its own connection ``conn`` to the same database,
    the same library, actor and exam files, sharing the banks already loaded and the exams opened."""
    made = QuizService(_SecondStore(service.store, conn), lambda: service.library, clock=service.clock,  # type: ignore[arg-type]
                       assessments=service.assessments, cache_dir=service.cache_dir, monotonic=service.monotonic,
                       actor=service.actor)
    made._banks = service._banks
    made._exams = service._exams
    made._exam_banks = service._exam_banks
    return made


def quizzes(service: QuizService) -> list[tuple[str, str]]:
    """Every quiz with attempts: (quiz_id, title), assessments first."""
    rows = service.store.conn.execute(
        "SELECT quiz_id, MAX(title), MAX(mode) FROM attempts GROUP BY quiz_id").fetchall()
    rows.sort(key=lambda r: (r[2] != ASSESSMENT, (r[1] or r[0]).casefold()))
    return [(r[0], r[1] or r[0]) for r in rows]


def _attempt_filter(quiz_id: str | None, mode: str | None, where: list[str]) -> tuple[list[str], list[str]]:
    """SQL conditions (on attempts ``a``) and their arguments for the report filters."""
    args: list[str] = []
    if quiz_id:
        where.append("a.quiz_id = ?")
        args.append(quiz_id)
    if mode:
        where.append("a.mode = ?")
        args.append(mode)
    return where, args


def learner_report(service: QuizService, quiz_id: str | None = None, mode: str | None = None,
                   progress: Progress | None = None) -> list[LearnerRow]:
    """Every attempt, per learner: when, how long, the score, passed or not, essays waiting. Trainer only.

    The score is never read from the store: every attempt is graded again from its answers with the
    questions. For a sealed assessment the answers are the ones its chain recorded, and an attempt
    whose rows differ from the chain is marked ``altered``; a deleted one is listed in ``chain_problems``.

    Attempts already verified and graded come from the trainer's signed cache (:mod:`.result_cache`)
    while it is valid for them: a practice attempt while it is finished and unchanged, a sealed one while
    the learner's chain head is the same. The rest are verified and graded, then cached. ``progress``
    is called with (learners done, learners) and may raise to stop."""
    require_trainer(service.actor)
    with _bulk():
        return list(service.kept("learners", (quiz_id, mode), lambda: _learner_rows(service, quiz_id, mode, progress)))


@contextmanager
def _bulk() -> Iterator[None]:
    """No cycle collection while a report builds tens of thousands of small rows (they hold no cycles):
    with a large course loaded, each collection would walk every object of it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


#: What the learner report lists of an attempt: read from the index that holds it (not the plans).
_LISTING = ("SELECT a.id, a.profile_id, a.quiz_id, a.mode, a.title, a.number, a.uuid "
            "FROM attempts a INDEXED BY idx_attempts_report")


def _learner_rows(service: QuizService, quiz_id: str | None, mode: str | None,
                  progress: Progress | None = None) -> list[LearnerRow]:
    conn = service.store.conn
    key = result_cache.key_for(service)
    people = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, name, uuid, chain_seq, chain_head FROM profiles").fetchall()}
    revisions = result_cache.revisions(conn)
    blocks = result_cache.load_all(conn, key, result_cache.LEARNERS) if key is not None else {}
    prints = result_cache.Fingerprints(service)

    def state_of(profile_id: int) -> list:
        _name, profile_uuid, seq, head = people.get(profile_id, ("", "", 0, ""))
        return [profile_uuid, int(seq or 0), head or "", revisions.get(profile_id, 0)]

    # a learner whose record, revision and banks are as the signed entry says: rows from the entry alone
    answered: dict[int, list[LearnerRow]] = {}
    for name_key, block in blocks.items():
        profile_id = int(name_key) if name_key.isdigit() else -1
        if profile_id in people:
            rows = _rows_from_block(block, profile_id, people[profile_id][0], state_of(profile_id), prints,
                                    quiz_id, mode)
            if rows is not None:
                answered[profile_id] = rows
    where, args = _attempt_filter(quiz_id, mode, [])
    if answered:
        where.append(f"a.profile_id NOT IN ({', '.join(str(pid) for pid in answered)})")
    listing = conn.execute(_LISTING + (" WHERE " + " AND ".join(where) if where else "")
                           + " ORDER BY a.profile_id, a.quiz_id, a.started, a.id", args).fetchall()
    by_profile: dict[int, list[tuple]] = {}
    for row in listing:
        by_profile.setdefault(row[1], []).append(row)
    memo: dict = {}
    whole = quiz_id is None and mode is None
    order = sorted({*by_profile, *(pid for pid, rows in answered.items() if rows)},
                   key=lambda pid: (people.get(pid, ("",))[0], pid))
    result: list[LearnerRow] = []
    for done, profile_id in enumerate(order):
        if progress is not None:
            progress(done, len(order))
        if profile_id in answered:
            result.extend(answered[profile_id])
            continue
        name = people.get(profile_id, ("",))[0]
        result.extend(_profile_rows(service, key, blocks.get(str(profile_id)), prints, memo, profile_id, name,
                                    state_of(profile_id), by_profile[profile_id], whole))
    if progress is not None:
        progress(len(order), len(order))
    return result


def _rows_from_block(block: dict, profile_id: int, name: str, state: list, prints: "result_cache.Fingerprints",
                     quiz_id: str | None, mode: str | None) -> list[LearnerRow] | None:
    """A learner's rows from their signed entry alone, when it holds the learner's whole listing and
    nothing it was made from changed (profile, chain head, revision — which every change of an attempt,
    answer or sealed record moves — and every bank); None when the attempts must be listed and checked.

    The entry's columns are in the listing's order (:func:`_listing_of`), so the rows are made in one pass."""
    listing = block.get("listing")
    if (not isinstance(listing, dict) or block.get("profile") != profile_id or block.get("state") != state
            or block.get("banks") != prints.everything()):
        return None
    try:
        ids, values, pending, passed, uuids, jumps = _columns(block)
        quizzes, titles, kinds = listing["quizzes"], listing["titles"], listing["kinds"]
        qs, ts, ks, ns = (result_cache.unpacked("i", listing[c]) for c in ("q", "t", "k", "n"))
        if not len(qs) == len(ts) == len(ks) == len(ns) == len(ids):
            return None
        flags = _PASSED
        rows: list[LearnerRow] = []
        counters: dict[str, int] = {}
        make = LearnerRow._make
        for index, ident in enumerate(ids):
            quiz, kind = quizzes[qs[index]], kinds[ks[index]]
            if (quiz_id and quiz != quiz_id) or (mode and kind != mode):
                continue
            counted = counters[quiz] = counters.get(quiz, 0) + 1
            base = 6 * index
            started, finished, seconds, score, top, elapsed = values[base:base + 6]
            rows.append(make((profile_id, name, quiz, titles[ts[index]], kind, ns[index] or counted, started,
                              None if finished != finished else finished, None if seconds != seconds else seconds,
                              None if score != score else score, None if top != top else top, pending[index],
                              flags[passed[index]], ident, "sealed" if kind == ASSESSMENT else "unrecorded", (),
                              elapsed if elapsed == elapsed else 0.0,
                              tuple(jumps[str(ident)]) if jumps and str(ident) in jumps else (), "",
                              uuids[index])))
        return rows
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _listing_of(listed: list[tuple]) -> dict:
    """A learner's whole listing (quiz, title, kind, number of each attempt, in the report's order) as
    columns beside the entry's, which :func:`_pack` puts in the same order."""
    quizzes: dict[str, int] = {}
    titles: dict[str, int] = {}
    kinds: dict[str, int] = {}
    q, t, k, n = [], [], [], []
    for _ident, _pid, quiz, kind, title, number, _uuid in listed:
        q.append(quizzes.setdefault(quiz, len(quizzes)))
        t.append(titles.setdefault(title or "", len(titles)))
        k.append(kinds.setdefault(kind, len(kinds)))
        n.append(number or 0)
    packed = result_cache.packed
    return {"quizzes": list(quizzes), "titles": list(titles), "kinds": list(kinds),
            "q": packed("i", q), "t": packed("i", t), "k": packed("i", k), "n": packed("i", n)}


def _profile_rows(service: QuizService, key: "result_cache.CacheKey | None", block: dict | None,
                  prints: "result_cache.Fingerprints", memo: dict, profile_id: int, name: str, state: list,
                  listed: list[tuple], whole: bool = False) -> list[LearnerRow]:
    """One learner's rows: from the cache where it is valid, verified and graded (then cached) elsewhere.

    The learner's cache entry is valid while the profile, its chain head, its revision (any change of its
    answers, attempts or record) and every bank it was graded with are the same. ``whole``: ``listed`` is
    every attempt of the learner, so the entry can keep the listing (:func:`_rows_from_block`)."""
    entries: dict = {}
    usable = block is not None and block.get("profile") == profile_id and block.get("banks") == prints.everything()
    if usable and block.get("state") == state:  # type: ignore[union-attr]
        entries = _unpack(block, {row[0] for row in listed})  # type: ignore[arg-type]
    rows: list[LearnerRow | None] = []
    missing: list[int] = []
    counters: dict[str, int] = {}
    numbers: dict[int, int] = {}
    make = LearnerRow._make
    for ident, _pid, quiz, kind, title, number, uuid in listed:
        counted = numbers[ident] = counters[quiz] = counters.get(quiz, 0) + 1
        entry = entries.get(ident)
        if entry is not None and entry[0] == uuid:
            rows.append(make((profile_id, name, quiz, title or "", kind, number or counted, *entry[1:8], ident,
                              "sealed" if kind == ASSESSMENT else "unrecorded", (), entry[8], entry[9], "", uuid)))
        else:
            rows.append(None)
            missing.append(len(rows) - 1)
    if not missing:
        if whole and key is not None and block is not None and "listing" not in block:
            # every attempt came from the entry: keep the listing too, so the next report needs no listing
            result_cache.save(service.store.conn, key, result_cache.LEARNERS, str(profile_id),
                              dict(_pack(entries, [row[0] for row in listed]), profile=profile_id, state=state,
                                   banks=prints.everything(), listing=_listing_of(listed)))
        return rows  # type: ignore[return-value]
    # every valid entry is kept, also of attempts not listed; after a change, an earlier entry is used only
    # for an attempt whose answers, marks and questions are exactly the ones it was graded from
    earlier = _unpack(block) if usable else {}  # type: ignore[arg-type]
    kept = earlier if entries else {}
    replays: dict[int, chain.Replay] = {}
    ids = [listed[i][0] for i in missing]
    attempts: dict[int, Attempt] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for full in service.store.conn.execute(
                f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall():
            attempts[full[0]] = Attempt.from_row(full)
    # the stored answers of the attempts graded from the store (not from a sealed record), in batches
    stored: dict[int, list[tuple]] = {}
    plain = [a.id for a in attempts.values() if a.mode != ASSESSMENT and a.finished is not None]
    for start in range(0, len(plain), 500):
        chunk = plain[start:start + 500]
        for attempt_id, *answer in service.store.conn.execute(
                "SELECT attempt_id, slot, response, fraction FROM responses WHERE attempt_id IN "
                f"({', '.join('?' * len(chunk))})", chunk).fetchall():
            stored.setdefault(attempt_id, []).append(tuple(answer))
        for attempt_id in chunk:
            stored.setdefault(attempt_id, [])
    fresh = False
    for index in missing:
        attempt = attempts.get(listed[index][0])
        if attempt is None:  # deleted meanwhile
            continue
        before = earlier.get(attempt.id)
        row, entry = _graded_row(service, attempt, name, replays, memo, numbers[attempt.id],
                                 before if before is not None and before[0] == attempt.uuid else None,
                                 stored.get(attempt.id))
        rows[index] = row
        if entry is not None:
            kept[attempt.id] = entry
            fresh = True
    if key is not None and fresh:
        complete = whole and all(row[0] in kept for row in listed)
        extra = {"listing": _listing_of(listed)} if complete else {}
        result_cache.save(service.store.conn, key, result_cache.LEARNERS, str(profile_id),
                          dict(_pack(kept, [row[0] for row in listed] if complete else None), profile=profile_id,
                               state=state, banks=prints.everything(), **extra))
    return [r for r in rows if r is not None]


def _graded_row(service: QuizService, attempt: Attempt, name: str, replays: dict[int, chain.Replay], memo: dict,
                counted: int, before: tuple | None = None,
                stored: list[tuple] | None = None) -> tuple[LearnerRow, tuple | None]:
    """An attempt verified against its chain and graded again; with its cache entry when it may be cached
    (finished, not at an exam file, and — for an assessment — sealed with nothing wrong).

    ``before``: the attempt's earlier (signed) entry; its grade is used when what it was graded from — the
    questions of the plan, the answers (as the chain recorded them) and the marks — is the same now."""
    integrity, problems, record = "unrecorded", (), None
    if attempt.mode == ASSESSMENT:
        replay = replays.get(attempt.profile_id)
        if replay is None:  # checked for this learner's rows only: 200 checked chains are not kept in memory
            replay = replays[attempt.profile_id] = chain.replay(service.store.conn, attempt.profile_id)
        integrity = replay.status(attempt.uuid)
        problems = tuple(p.text for p in replay.problems if p.attempt_uuid == attempt.uuid)
        record = replay.records.get(attempt.uuid)
    finished = attempt.finished
    if record is not None:  # times as sealed
        finished = epoch(record.finished) if record.finished else None
    # an attempt still open has no score yet: its questions are not looked up (nor their banks loaded)
    score, max_score, pending, inputs = 0.0, None, 0, ""
    if finished is not None:
        given = _given(service, attempt, record, stored)
        slots = attempt.slot_keys()
        inputs = chain.digest(chain.canonical([[key for _number, key in slots], sorted(given[0].items()),
                                               sorted(given[1].items()), service.exam_locked(attempt)]))
        if before is not None and before[10] == inputs:
            score, max_score, pending = before[4], before[5], before[6]
        else:
            score, max_score, pending = regrade(service, attempt, record, memo, given, slots)
    percent = 100.0 * score / max_score if max_score else None
    passed = None
    if attempt.mode == ASSESSMENT and attempt.pass_percent > 0 and finished is not None and not pending:
        passed = (percent or 0.0) >= attempt.pass_percent - 1e-9
    elapsed = record.elapsed if record is not None else attempt.elapsed
    # by the wall clock, unless the monotonic count says more (the clock was set back meanwhile)
    seconds = None if finished is None else max(0.0, finished - attempt.started, elapsed)
    jumps = tuple(record.clock_jumps if record is not None else attempt.clock_jumps)
    locked = str(attempt.settings.get("id")) if service.exam_locked(attempt) else ""
    row = LearnerRow(attempt.profile_id, name, attempt.quiz_id, attempt.title, attempt.mode,
                     attempt.number or counted, attempt.started, finished, seconds,
                     score if finished is not None else None, max_score, pending, passed, attempt.id, integrity,
                     problems, elapsed, jumps, locked, attempt.uuid)
    entry = None
    cacheable = (attempt.finished is not None and finished is not None and not problems
                 and attempt.settings.get("source") != EXAM_SOURCE
                 and (integrity == "sealed" if attempt.mode == ASSESSMENT else integrity == "unrecorded"))
    if cacheable:
        entry = (attempt.uuid, row.started, row.finished, row.seconds, row.score, row.max_score, row.pending,
                 row.passed, row.elapsed, jumps, inputs)
    return row, entry


_NONE = float("nan")


def _pack(entries: dict[int, tuple], order: list[int] | None = None) -> dict:
    """A learner's cache entries as columns (in ``order``, else by attempt): numbers packed as doubles
    (NaN = none) and counts as integers, each column one base64 string, so 38,000 rows read back in
    milliseconds."""
    ids = order if order is not None else sorted(entries)
    packed = result_cache.packed
    numbers = array("d")
    for ident in ids:
        e = entries[ident]
        numbers.extend(_NONE if v is None else float(v) for v in (e[1], e[2], e[3], e[4], e[5], e[8]))
    uuids, uuid_len = result_cache.joined_text([entries[i][0] for i in ids])
    inputs, inputs_len = result_cache.joined_text([entries[i][10] for i in ids])
    return {"ids": packed("q", ids), "uuids": uuids, "uuid_len": uuid_len, "inputs": inputs,
            "inputs_len": inputs_len, "numbers": packed("d", numbers),
            "pending": packed("i", (entries[i][6] for i in ids)),
            "passed": "".join("-" if entries[i][7] is None else "1" if entries[i][7] else "0" for i in ids),
            "jumps": {str(i): [dict(j) for j in entries[i][9]] for i in ids if entries[i][9]}}


class _Columns(NamedTuple):
    """A learner's entry as :func:`_pack` stored it: per attempt its id, six numbers (NaN = none), essays
    waiting, passed ("-", "1" or "0"), uuid and clock jumps (by id, as text)."""

    ids: list[int]
    values: list[float]
    pending: list[int]
    passed: str
    uuids: list[str]
    jumps: dict


_PASSED = {"-": None, "1": True, "0": False}


def _columns(block: dict) -> _Columns:
    """The entry's columns, checked against each other; ValueError, TypeError or KeyError when they
    do not read right."""
    unpacked = result_cache.unpacked
    ids = unpacked("q", block["ids"])
    count = len(ids)
    found = _Columns(ids, unpacked("d", block["numbers"]), unpacked("i", block["pending"]), block["passed"],
                     result_cache.split_text(block["uuids"], block["uuid_len"], count), block.get("jumps") or {})
    if (len(found.values) != 6 * count or len(found.pending) != count or not isinstance(found.passed, str)
            or len(found.passed) != count or not isinstance(found.jumps, dict)):
        raise ValueError("columns")
    return found


def _unpack(block: dict, wanted: set[int] | None = None) -> dict[int, tuple]:
    """The entries :func:`_pack` made, of the ``wanted`` attempts only if given (empty when the block does
    not read right)."""
    try:
        columns = _columns(block)
        inputs = result_cache.split_text(block["inputs"], block["inputs_len"], len(columns.ids))
        values = [None if v != v else v for v in columns.values]
        pending, passed, uuids, jumps = columns.pending, columns.passed, columns.uuids, columns.jumps
        found = {}
        for index, ident in enumerate(columns.ids):
            if wanted is not None and ident not in wanted:
                continue
            base = 6 * index
            found[ident] = (uuids[index], values[base], values[base + 1], values[base + 2], values[base + 3],
                            values[base + 4], pending[index], _PASSED[passed[index]], values[base + 5] or 0.0,
                            tuple(jumps[str(ident)]) if jumps and str(ident) in jumps else (), inputs[index])
        return found
    except (KeyError, TypeError, ValueError, IndexError):
        return {}


def chain_problems(service: QuizService, progress: Progress | None = None) -> list[tuple[str, Message]]:
    """(learner, problem) for every profile whose sealed record does not match the store. Trainer only."""
    return full_check(service, progress).problems


@dataclass
class RecordCheck:
    """The complete check of every learner's sealed record."""

    #: (learner, problem) for every problem found.
    problems: list[tuple[str, Message]] = field(default_factory=list)
    #: Attempt UUID -> what is wrong with it (altered or deleted after the fact).
    altered: dict[str, tuple[Message, ...]] = field(default_factory=dict)


def full_check(service: QuizService, progress: Progress | None = None) -> RecordCheck:
    """Check every learner's whole chain against the store (never from a cache). A learner whose record has
    a problem loses their cached results, so the next report verifies and grades them again. Trainer only.

    ``progress`` is called with (learners checked, learners) and may raise to stop."""
    require_trainer(service.actor)
    with _bulk():
        return _full_check(service, progress)


def _full_check(service: QuizService, progress: Progress | None) -> RecordCheck:
    found = RecordCheck()
    people = service.store.conn.execute("SELECT id, name FROM profiles ORDER BY name").fetchall()
    for done, (profile_id, name) in enumerate(people):
        if progress is not None:
            progress(done, len(people))
        problems = chain.replay(service.store.conn, profile_id).problems  # not kept: the check holds no memory
        for problem in problems:
            found.problems.append((name, problem.text))
            if problem.attempt_uuid:
                found.altered[problem.attempt_uuid] = found.altered.get(problem.attempt_uuid, ()) + (problem.text,)
        if problems:
            result_cache.forget(service.store.conn, result_cache.LEARNERS, str(profile_id))
    if progress is not None:
        progress(len(people), len(people))
    return found


def _given(service: QuizService, attempt: Attempt, record: "chain.Recorded | None",
           stored: list[tuple] | None = None) -> tuple[dict, dict]:
    """(slot -> answer as JSON text, slot -> a trainer's mark): as the chain recorded them when there is a
    record, else as stored (``stored``: the attempt's (slot, response, fraction) rows, already read)."""
    if record is not None:
        return ({slot: given[1] for slot, given in record.answers.items()},
                {slot: g[0] for slot, g in record.grades.items()})
    rows = stored if stored is not None else service.store.conn.execute(
        "SELECT slot, response, fraction FROM responses WHERE attempt_id = ?", (attempt.id,)).fetchall()
    return {slot: text for slot, text, _ in rows}, {slot: fraction for slot, _, fraction in rows if fraction is not None}


def regrade(service: QuizService, attempt: Attempt, record: "chain.Recorded | None" = None,
            memo: dict | None = None, given: tuple[dict, dict] | None = None,
            slots: list[tuple[int, str]] | None = None) -> tuple[float, float, int]:
    """(score, maximum, essays waiting) from the answers — the recorded ones when there is a record —
    graded again with the questions this program has (the trainer's copy).

    ``memo`` (one report's work): the questions looked up and the grade of a (question key, answer as
    JSON text) already graded in this report, so the same answer to the same question is graded once —
    still by this program. ``slots``: the attempt's (number, key) pairs, when already read."""
    texts, marks = given if given is not None else _given(service, attempt, record)
    memo = {} if memo is None else memo
    score, max_score, pending = 0.0, 0.0, 0
    locked = service.exam_locked(attempt)
    for number, key in ([] if locked else slots if slots is not None else attempt.slot_keys()):
        if key in memo:
            question = memo[key]
        else:
            question = memo[key] = service.question(key)
        if question is None:
            continue
        max_score += 1
        if number not in texts:
            continue
        if question.type == "essay":
            if number in marks:
                score += marks[number] or 0.0
            else:
                pending += 1
            continue
        score += _graded(question, key, texts[number], memo)
    if locked:
        pending = len(texts)
    return score, max_score, pending


def _graded(question: Question, key: str, text: str | None, memo: dict) -> float:
    """The fraction this program gives ``text`` (an answer as JSON) for ``question``, graded once per report."""
    token = (key, "" if text is None else text)
    fraction = memo.get(token)
    if fraction is None:
        fraction = memo[token] = grade(question, _load(text)).fraction or 0.0
    return fraction


def question_report(service: QuizService, quiz_id: str | None = None, mode: str | None = None,
                    top_wrong: int = 3, true_word: str = "true", false_word: str = "false") -> list[QuestionRow]:
    """Per question: answered, fully right, average score and the commonest wrong answers.

    Hardest first (lowest average). Essays still waiting for a trainer and answers of assessments not
    yet submitted are not counted. Trainer only.

    The result is kept in the trainer's signed cache for the revisions of every profile's answers it
    was made from and the banks it was graded with; any change makes it again."""
    require_trainer(service.actor)
    with _bulk():
        rows = service.kept("questions", (quiz_id, mode, top_wrong, true_word, false_word),
                            lambda: _question_rows_cached(service, quiz_id, mode, top_wrong, true_word, false_word))
        return [dataclasses.replace(r, wrong=list(r.wrong)) for r in rows]


def _question_rows_cached(service: QuizService, quiz_id: str | None, mode: str | None, top_wrong: int,
                          true_word: str, false_word: str) -> list[QuestionRow]:
    conn = service.store.conn
    key = result_cache.key_for(service)
    name = chain.canonical([quiz_id, mode, top_wrong, true_word, false_word])
    state = chain.digest(chain.canonical(sorted(result_cache.revisions(conn).items())))
    prints = result_cache.Fingerprints(service)
    data = result_cache.load(conn, key, result_cache.QUESTIONS, name)
    if data is not None and data.get("state") == state and data.get("banks") == prints.everything():
        try:
            found = []
            for part in data["rows"]:  # parts of 500 rows: the window's thread gets its turn in between
                found.extend(QuestionRow(k, None, int(answered), int(right), float(total),
                                         [(str(w[0]), int(w[1])) for w in wrong], str(text))
                             for k, text, answered, right, total, wrong in json.loads(part))
            return found
        except (KeyError, TypeError, ValueError, IndexError):
            pass
    rows = _question_rows(service, quiz_id, mode, top_wrong, true_word, false_word)
    if key is not None:
        result_cache.save(conn, key, result_cache.QUESTIONS, name, {
            "state": state, "banks": prints.everything(),
            "rows": [chain.canonical([[r.key, r.text, r.answered, r.right, r.total, r.wrong] for r in rows[at:at + 500]])
                     for at in range(0, len(rows), 500)]})
    return rows


def _question_rows(service: QuizService, quiz_id: str | None, mode: str | None, top_wrong: int, true_word: str,
                   false_word: str) -> list[QuestionRow]:
    where, args = _attempt_filter(quiz_id, mode, ["(a.mode != 'assessment' OR a.finished IS NOT NULL)"])
    # Identical answers to a question are counted by SQLite and graded once each; the stored
    # fraction is read only for essays (a trainer's mark), as before.
    rows = service.store.conn.execute(
        "SELECT r.question_key, r.response, r.fraction, COUNT(*) FROM responses r "
        "JOIN attempts a ON a.id = r.attempt_id WHERE " + " AND ".join(where)
        + " GROUP BY r.question_key, r.response, r.fraction", args).fetchall()
    stats: dict[str, QuestionRow] = {}
    wrong: dict[str, Counter[str]] = {}
    words: dict[tuple[str, str], str] = {}
    for key, text, stored, count in rows:
        question = service.question(key)
        response = _load(text)
        if question is not None and question.type != "essay":
            fraction = grade(question, response).fraction  # graded again, never read from the store
        else:
            fraction = stored
        if fraction is None:
            continue
        row = stats.get(key)
        if row is None:
            row = stats[key] = QuestionRow(key, question)
            wrong[key] = Counter()
        row.answered += count
        row.total += fraction * count
        if fraction >= 0.999:
            row.right += count
        elif row.question is not None:
            label = response_key(row.question, response)
            wrong[key][label] += count
            words.setdefault((key, label), response_text(row.question, response, true_word, false_word))
    for key, row in stats.items():
        row.wrong = [(words[(key, label)], count) for label, count in wrong[key].most_common(top_wrong)]
    return sorted(stats.values(), key=lambda r: (r.average, -r.answered, r.key))


def pending_essays(service: QuizService) -> list[PendingEssay]:
    """Essay answers of submitted attempts that wait for a trainer's mark. Trainer only."""
    require_trainer(service.actor)
    rows = service.store.conn.execute(
        "SELECT r.attempt_id, r.slot, p.name, a.title, r.question_key, r.response FROM responses r "
        "JOIN attempts a ON a.id = r.attempt_id JOIN profiles p ON p.id = a.profile_id "
        "WHERE r.fraction IS NULL AND a.finished IS NOT NULL ORDER BY a.finished, r.slot").fetchall()
    return [PendingEssay(r[0], r[1], r[2], r[3] or "", service.question(r[4]), str(_load(r[5]) or ""))
            for r in rows]


def _load(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except json.JSONDecodeError:
        return None


def learner_csv(rows: list[LearnerRow], headers: list[str], words: dict[str, str], sep: str = ",") -> str:
    """The learner report as CSV from the data (not from widget text): numbers as numbers, the time
    in seconds, the start as ISO 8601, the result and the seal check in the caller's words."""
    import csv
    import io
    from datetime import datetime

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    for r in rows:
        if r.finished is None:
            verdict = words.get("open", "")
        elif r.pending:
            verdict = words.get("pending", "")
        elif r.passed is True:
            verdict = words.get("passed", "")
        elif r.passed is False:
            verdict = words.get("failed", "")
        else:
            verdict = ""
        writer.writerow([r.learner, r.title, r.number, datetime.fromtimestamp(r.started).isoformat(timespec="seconds"),
                         "" if r.seconds is None else round(r.seconds), "" if r.score is None else f"{r.score:g}",
                         "" if r.max_score is None else f"{r.max_score:g}",
                         "" if r.percent is None or r.finished is None else round(r.percent, 1), verdict,
                         words.get(r.integrity, r.integrity)])
    return out.getvalue()


def question_csv(rows: list[QuestionRow], headers: list[str], module_titles: dict[str, str], sep: str = ",") -> str:
    """The question report as CSV from the data."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    for r in rows:
        writer.writerow([" ".join(r.text.split()), module_titles.get(r.module_id, r.module_id), r.answered, r.right,
                         round(r.average * 100, 1), "; ".join(f"{text} (×{count})" for text, count in r.wrong)])
    return out.getvalue()


__all__ = ["LearnerRow", "PendingEssay", "QuestionRow", "RecordCheck", "chain_problems", "full_check", "learner_csv", "learner_report",
           "pending_essays", "question_csv", "question_report", "quizzes", "regrade"]
