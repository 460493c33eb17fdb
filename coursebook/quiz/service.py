"""QuizService: drawing questions, saving every answer at once, resuming, submitting, grading.

No Qt here: the GUI (``app/quiz/``), the crash-test worker and the benchmarks all drive
:class:`QuizService`. The values it hands out are in :mod:`.attempts`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import uuid
import random
import secrets
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..classroom import chain, clock, examfile
from ..classroom.auth import Actor, require_trainer
from ..classroom.examfile import Exam, ExamHeader
from ..i18n import QT_TRANSLATE_NOOP, message
from ..model import Library, Module
from ..store import Store
from .assessment import AssessmentDef, AssessmentError, AssessmentFiles, FOLDER
from .attempts import (
    _ATTEMPT_COLUMNS, ASSESSMENT, GRACE_SECONDS, PLAN_FORMAT, PRACTICE, Attempt, AttemptClosed, Clock, Feedback,
    FinalGrade, NoAttemptsLeft, QuizError, Result, Resume, ReviewItem, Saved, Slot, epoch, iso,
)
from .bank import Bank
from .bank_cache import load_bank_cached
from .model import Grade, Question, grade
from .review import right_answer_text

#: An attempt's time is written at least this often while it is on screen (and with every answer).
TIME_WRITE_SECONDS = 5.0
#: ``settings["source"]`` of an attempt at an exam file.
EXAM_SOURCE = "exam"
#: Why an answer was refused (AttemptClosed): one sentence each, said in several places.
_TIME_UP = message(QT_TRANSLATE_NOOP("core", "The time is up; the answer was not saved."))
_SUBMITTED = message(QT_TRANSLATE_NOOP("core", "This attempt has been submitted; the answer was not saved."))


class QuizService:
    """Everything about quizzes for one store and one library; the GUI keeps one per session."""

    def __init__(self, store: Store, library: Library | Callable[[], Library], clock: Clock = time.time,
                 assessments: AssessmentFiles | None = None, cache_dir: Path | None = None,
                 monotonic: Clock = time.monotonic, actor: Actor | None = None):
        """``library`` may be a function that loads it: it is then called on first use.

        ``cache_dir`` keeps parsed banks between runs (see :mod:`.bank_cache`); None = no cache.
        ``clock`` is the wall clock, ``monotonic`` the clock elapsed time is counted with (both
        injectable). ``actor`` is who is at the keyboard: trainer-only work checks it."""
        self.store = store
        self._library = library
        self.clock = clock
        self.monotonic = monotonic
        self.actor = actor
        self.cache_dir = cache_dir
        self.assessments = assessments or AssessmentFiles(store.folder / FOLDER)
        self._banks: dict[str, tuple[tuple[int, int] | None, Bank]] = {}
        #: Exams opened with their start code in this session (in memory only), and their banks.
        self._exams: dict[str, Exam] = {}
        self._exam_banks: dict[str, Bank] = {}
        #: Monotonic time at an attempt's last tick, and at its last write.
        self._marks: dict[int, float] = {}
        self._written: dict[int, float] = {}
        self._walls: dict[int, float] = {}
        #: Elapsed seconds at the last mark, as this session counted them (the store may lag 5 s).
        self._elapsed: dict[int, float] = {}
        #: Per module: (the bank object, its size, question id -> question), rebuilt when the bank changes.
        self._question_index: dict[str, tuple[Bank, int, dict[str, Question]]] = {}
        #: Checked chains per profile, with the state of the store they were checked in.
        self._replays: dict[int, tuple[tuple, chain.Replay]] = {}
        #: Report results with the state they were made in (see :meth:`kept`).
        self._kept: dict[tuple[str, tuple], tuple[tuple, Any]] = {}
        #: Banks loaded or reloaded in this session: a kept report is redone after any.
        self._bank_loads = 0

    @property
    def library(self) -> Library:
        if not isinstance(self._library, Library):
            self._library = self._library()
        return self._library

    # --- banks --------------------------------------------------------------------------------
    def bank(self, module_id: str, refresh: bool = False) -> Bank | None:
        """The module's bank, loaded once (reloaded when ``refresh`` and the file changed); a bank of
        an exam opened in this session comes first."""
        exam_bank = self._exam_banks.get(module_id)
        if exam_bank is not None:
            return exam_bank
        module = self.library.module(module_id)
        if module is None:
            return None
        cached = self._banks.get(module_id)
        if cached is not None and not refresh:
            return cached[1]
        stamp = _stamp(module)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        if stamp is None:
            bank = Bank(module_id, module.quiz_path)
        else:
            bank = load_bank_cached(module, _shown(module), self.cache_dir)
        self._banks[module_id] = (stamp, bank)
        self._bank_loads += 1
        return bank

    def store_stamp(self) -> tuple[int, int]:
        """Changes in the store since it was opened: rows changed by this connection, and SQLite's
        counter of changes by any other program. Equal stamps = nothing changed in between."""
        conn = self.store.conn
        return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

    def kept(self, name: str, args: tuple, make: Callable[[], Any]) -> Any:
        """A report's result reused while the store, the banks and the exams opened are unchanged."""
        stamp = (self.store_stamp(), self._bank_loads, tuple(sorted(self._exams)), tuple(self._exam_banks))
        cached = self._kept.get((name, args))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        value = make()
        self._kept[(name, args)] = (stamp, value)
        return value

    def replay(self, profile_id: int) -> chain.Replay:
        """The profile's chain checked (:func:`chain.replay`), kept in memory while nothing changes.

        The result is reused only while the store is exactly as it was: the same chain head, no row
        changed by this connection (``total_changes``) and none by any other program
        (``PRAGMA data_version``). Any change anywhere checks the chain again."""
        conn = self.store.conn
        head = conn.execute("SELECT chain_seq, chain_head FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        stamp = (self.store_stamp(), tuple(head or ()))
        cached = self._replays.get(profile_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        result = chain.replay(conn, profile_id)
        self._replays[profile_id] = (stamp, result)
        return result

    def question(self, key: str) -> Question | None:
        module_id, _, question_id = key.partition(":")
        bank = self.bank(module_id)
        if bank is None:
            return None
        index = self._question_index.get(module_id)
        if index is None or index[0] is not bank or index[1] != len(bank.questions):
            by_id: dict[str, Question] = {}
            for q in bank.questions:
                by_id.setdefault(q.id, q)
            index = self._question_index[module_id] = (bank, len(bank.questions), by_id)
        return index[2].get(question_id)

    def modules_with_questions(self) -> list[Module]:
        return [m for m in self.library.modules if (b := self.bank(m.id)) is not None and b.questions]

    def section_title(self, module_id: str, section_id: str) -> str:
        module = self.library.module(module_id)
        if module is None:
            return section_id
        anchor = module.anchors().get(section_id)
        section = module.section(anchor) if anchor else None
        if section is None:
            return section_id
        if anchor != section_id:
            heading = next((h for h in section.subheadings if h.id == section_id), None)
            if heading is not None:
                return f"{section.title} › {heading.title}"
        return section.title

    # --- drawing ------------------------------------------------------------------------------
    def _choice_order(self, question: Question, rng: random.Random, shuffle: bool) -> list[int]:
        if question.type in ("single", "multiple"):
            order = list(range(len(question.options)))
            if shuffle:
                rng.shuffle(order)
            return order
        if question.type == "matching":  # always shuffled: in pair order the answer would show
            order = list(range(len(question.right_choices())))
            rng.shuffle(order)
            return order
        if question.type == "ordering":  # always shuffled, and never already in the right order
            order = list(range(len(question.items)))
            for _ in range(10):
                rng.shuffle(order)
                if order != sorted(order):
                    break
            return order
        return []

    def _plan(self, draws: Iterable[tuple[str, int]], seed: int, shuffle_questions: bool,
              shuffle_options: bool, settings: dict) -> dict:
        rng = random.Random(seed)
        chosen: list[Question] = []
        left_out = 0
        short_by = 0
        problems: list[str] = []
        for module_id, count in draws:
            bank = self.bank(module_id, refresh=True)
            if bank is None:
                problems.append(f"module '{module_id}' is not in the library")
                short_by += count
                continue
            left_out += len(bank.errors)
            problems.extend(str(e) for e in bank.errors)
            pool = list(bank.questions)
            if count and count < len(pool):
                picked = sorted(rng.sample(range(len(pool)), count))
                chosen.extend(pool[i] for i in picked)
            else:
                short_by += max(0, count - len(pool))
                chosen.extend(pool)
        if shuffle_questions:
            rng.shuffle(chosen)
        slots = [{"key": q.key, "order": self._choice_order(q, rng, shuffle_options)} for q in chosen]
        return {"format": PLAN_FORMAT, "seed": seed, "settings": settings, "slots": slots,
                "left_out": left_out, "short_by": short_by, "problems": problems[:50], "grading": {}}

    def _insert(self, profile_id: int, quiz_id: str, mode: str, title: str, plan: dict,
                time_limit: float | None) -> Attempt:
        """One new attempt row; an assessment's start is also the first record of its sealed chain."""
        now = self.clock()
        started = iso(now)
        deadline = iso(now + time_limit) if time_limit else None
        plan_text = json.dumps(plan, ensure_ascii=False)
        ident = uuid.uuid4().hex
        conn = self.store.conn
        with self.store.transaction():
            number = self.attempts_used(profile_id, quiz_id) + 1 if mode == ASSESSMENT else None
            cursor = conn.execute(
                "INSERT INTO attempts(profile_id, quiz_id, mode, title, plan, started, deadline, max_score, uuid, "
                "number, elapsed, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                (profile_id, quiz_id, mode, title, plan_text, started, deadline, float(len(plan["slots"])), ident,
                 number, started))
            if mode == ASSESSMENT:
                chain.append(conn, profile_id, chain.START, ident,
                             {"number": number, "quiz": quiz_id, "title": title, "plan": chain.plan_hash(plan_text),
                              "started": started, "deadline": deadline}, started)
        attempt_id = int(cursor.lastrowid)
        self._marks[attempt_id] = self._written[attempt_id] = self.monotonic()
        return self.attempt(attempt_id)

    # --- practice -----------------------------------------------------------------------------
    def start_practice(self, profile_id: int, module_id: str, count: int = 0, seed: int | None = None) -> Attempt:
        """Practice on a module: every question in bank order (``count`` 0), or ``count`` at random."""
        module = self.library.module(module_id)
        if module is None:
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "Module '{module}' is not in the library."),
                                    module=module_id))
        self._close_practice(profile_id)
        seed = secrets.randbits(32) if seed is None else seed
        plan = self._plan([(module_id, count)], seed, shuffle_questions=bool(count), shuffle_options=True,
                          settings={"module_id": module_id, "count": count})
        if not plan["slots"]:
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "Module '{module}' has no usable questions."),
                                    module=module.meta.title))
        return self._insert(profile_id, f"practice:{module_id}", PRACTICE, module.meta.title, plan, None)

    def wrong_keys(self, profile_id: int, module_id: str | None = None) -> list[str]:
        """Questions whose latest practice response of this profile was not fully right, in bank order."""
        rows = self.store.conn.execute(
            "SELECT r.question_key, r.fraction FROM responses r JOIN attempts a ON a.id = r.attempt_id "
            "WHERE a.profile_id = ? AND a.mode = ? AND r.fraction IS NOT NULL "
            "ORDER BY r.answered, r.rowid", (profile_id, PRACTICE)).fetchall()
        latest: dict[str, float] = {}
        for key, fraction in rows:
            latest[key] = fraction
        wrong = {k for k, f in latest.items() if f < 0.999 and (module_id is None or k.startswith(module_id + ":"))}
        ordered: list[str] = []
        for module in self.library.modules:
            if module_id is not None and module.id != module_id:
                continue
            bank = self.bank(module.id)
            ordered.extend(q.key for q in (bank.questions if bank else []) if q.key in wrong)
        return ordered

    def start_review(self, profile_id: int, module_id: str | None = None, seed: int | None = None,
                     title: str = "") -> Attempt | None:
        """Practice on the questions this profile last got wrong (None when there are none)."""
        keys = self.wrong_keys(profile_id, module_id)
        if not keys:
            return None
        self._close_practice(profile_id)
        seed = secrets.randbits(32) if seed is None else seed
        rng = random.Random(seed)
        slots = []
        for key in keys:
            question = self.question(key)
            if question is not None:
                slots.append({"key": key, "order": self._choice_order(question, rng, True)})
        module = self.library.module(module_id) if module_id else None
        plan = {"format": PLAN_FORMAT, "seed": seed, "settings": {"module_id": module_id, "review": True},
                "slots": slots, "left_out": 0, "short_by": 0, "problems": [], "grading": {}}
        title = title or (module.meta.title if module else "")
        return self._insert(profile_id, f"review:{module_id or '*'}", PRACTICE, title, plan, None)

    def check(self, attempt: Attempt, number: int, response: Any) -> Feedback:
        """Practice: save the response, then say how it went, why, and which section it tests."""
        result = self.save_response(attempt, number, response)
        return self.feedback(attempt, number, response, result)

    def feedback(self, attempt: Attempt, number: int, response: Any, result: Grade | None = None,
                 true_word: str = "true", false_word: str = "false") -> Feedback:
        """The feedback for a response without saving it (e.g. redisplaying a resumed practice)."""
        slot = attempt.slots[number]
        question = self.question(slot.key)
        if question is None:
            return Feedback(result or Grade(0.0), "", (), "", slot.module_id, "", "")
        if result is None:
            result = grade(question, response)
        notes = tuple(n for n in result.feedback if n != question.feedback)
        return Feedback(result, right_answer_text(question, true_word, false_word), notes, question.feedback,
                        question.module_id,
                        question.section, self.section_title(question.module_id, question.section))

    def _close_practice(self, profile_id: int) -> None:
        """At most one open practice per profile: starting another finishes the old one."""
        for attempt in self.open_attempts(profile_id):
            if attempt.mode == PRACTICE:
                self.submit(attempt)

    # --- assessments --------------------------------------------------------------------------
    def list_assessments(self) -> tuple[list[AssessmentDef], list[AssessmentError]]:
        return self.assessments.load_all()

    def save_assessment(self, definition: AssessmentDef) -> None:
        """Trainer only."""
        require_trainer(self.actor)
        for draw in definition.draws:
            if self.library.module(draw.module_id) is None:
                raise AssessmentError(message(QT_TRANSLATE_NOOP("core", "Module '{module}' is not in the library."),
                                              module=draw.module_id))
        self.assessments.save(definition)

    def available(self, module_id: str) -> int:
        bank = self.bank(module_id)
        return len(bank.questions) if bank else 0

    def attempts_used(self, profile_id: int, quiz_id: str) -> int:
        """Attempts this profile started at ``quiz_id``: the rows, or the sealed record if it has more
        (deleting attempt rows gives no attempt back)."""
        rows = self.store.conn.execute("SELECT COUNT(*) FROM attempts WHERE profile_id = ? AND quiz_id = ?",
                                       (profile_id, quiz_id)).fetchone()[0]
        return max(rows, chain.attempts_started(self.store.conn, profile_id, quiz_id))

    def attempts_left(self, profile_id: int, definition: AssessmentDef) -> int | None:
        """None = unlimited."""
        if not definition.attempts_allowed:
            return None
        return max(0, definition.attempts_allowed - self.attempts_used(profile_id, definition.quiz_id))

    def can_take(self, profile_id: int, definition: AssessmentDef) -> bool:
        """An attempt is left, or this profile has one open to continue."""
        if self.attempts_left(profile_id, definition) != 0:
            return True
        return any(a.quiz_id == definition.quiz_id for a in self.open_attempts(profile_id))

    def start_assessment(self, profile_id: int, definition: AssessmentDef, seed: int | None = None) -> Attempt:
        """Continue this profile's open attempt at ``definition``, or draw a new one."""
        for attempt in self.open_attempts(profile_id):
            if attempt.quiz_id == definition.quiz_id:
                if attempt.expired(self.clock()):
                    self.submit(attempt)
                    break
                return attempt
        left = self.attempts_left(profile_id, definition)
        if left == 0:
            raise NoAttemptsLeft(message(QT_TRANSLATE_NOOP("core", "No attempts are left at '{title}'. Attempts "
                                                                   "allowed: {allowed}."),
                                         title=definition.title, allowed=definition.attempts_allowed))
        seed = secrets.randbits(32) if seed is None else seed
        settings = definition.to_json()
        if definition.id in self._exams:
            settings["source"] = EXAM_SOURCE
            if self._exams[definition.id].trainer_key:  # sealed with the plan: the key its marks must carry
                settings["trainer_key"] = self._exams[definition.id].trainer_key
        plan = self._plan([(d.module_id, d.count) for d in definition.draws], seed,
                          definition.shuffle_questions, definition.shuffle_options, settings)
        if not plan["slots"]:
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "'{title}' has no usable questions."),
                                    title=definition.title))
        return self._insert(profile_id, definition.quiz_id, ASSESSMENT, definition.title, plan,
                            definition.time_limit_seconds)

    # --- attempts -----------------------------------------------------------------------------
    def attempt(self, attempt_id: int) -> Attempt:
        row = self.store.conn.execute(f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?",
                                      (attempt_id,)).fetchone()
        if row is None:
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "Attempt {attempt} does not exist."), attempt=attempt_id))
        return Attempt.from_row(row)

    def open_attempts(self, profile_id: int) -> list[Attempt]:
        rows = self.store.conn.execute(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? AND finished IS NULL "
            "ORDER BY started DESC, id DESC", (profile_id,)).fetchall()
        return [Attempt.from_row(r) for r in rows]

    def attempts_of(self, profile_id: int, quiz_id: str) -> list[Attempt]:
        rows = self.store.conn.execute(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ? AND quiz_id = ? ORDER BY started, id",
            (profile_id, quiz_id)).fetchall()
        return [Attempt.from_row(r) for r in rows]

    def resume(self, profile_id: int) -> Resume:
        """The open attempt to offer (an assessment before a practice, newest first) with its time left.

        An attempt whose deadline has passed is submitted now, with the answers saved in time."""
        submitted: list[Attempt] = []
        waiting: list[Attempt] = []
        for attempt in self.open_attempts(profile_id):
            if attempt.expired(self.clock()) and not self.exam_locked(attempt):
                submitted.append(self.submit(attempt))
            else:
                waiting.append(attempt)
        waiting.sort(key=lambda a: (a.mode != ASSESSMENT, -a.started, -a.id))
        best = waiting[0] if waiting else None
        return Resume(best, best.remaining(self.clock()) if best else None, submitted)

    def responses(self, attempt: Attempt) -> dict[int, Saved]:
        rows = self.store.conn.execute(
            "SELECT slot, response, fraction, answered FROM responses WHERE attempt_id = ?", (attempt.id,)).fetchall()
        result = {}
        for slot, text, fraction, answered in rows:
            try:
                value = json.loads(text) if text is not None else None
            except json.JSONDecodeError:
                value = None
            result[slot] = Saved(value, fraction, epoch(answered))
        return result

    def display_order(self, slot: Slot, question: Question) -> list[int]:
        """The stored order of choices, or the natural one if the question changed since."""
        size = {"single": len(question.options), "multiple": len(question.options),
                "matching": len(question.right_choices()), "ordering": len(question.items)}.get(question.type, 0)
        if sorted(slot.order) == list(range(size)):
            return list(slot.order)
        return list(range(size))

    def save_response(self, attempt: Attempt, number: int, response: Any) -> Grade:
        """Write one confirmed answer, committed before this returns.

        Practice: one INSERT … ON CONFLICT with the grade (practice shows it at once). Assessment: the
        answer without any grade (nothing in the store tells whether it is right before submitting),
        the attempt's elapsed time, and one record on the sealed chain — in one transaction."""
        slots = attempt.plan.get("slots") or []
        if not 0 <= number < len(slots):
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "Attempt {attempt} has no question {number}."),
                                    attempt=attempt.id, number=number + 1))
        key = slots[number]["key"]
        now = self.clock()
        text = json.dumps(response, ensure_ascii=False)
        if attempt.mode != ASSESSMENT:
            if attempt.deadline is not None and now > attempt.deadline + GRACE_SECONDS:
                raise AttemptClosed(_TIME_UP)
            question = self.question(key)
            result = grade(question, response) if question is not None else Grade(0.0)
            cursor = self.store.conn.execute(
                "INSERT INTO responses(attempt_id, slot, question_key, response, fraction, answered) "
                "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM attempts WHERE id = ? AND finished IS NULL) "
                "ON CONFLICT(attempt_id, slot) DO UPDATE SET response = excluded.response, "
                "fraction = excluded.fraction, answered = excluded.answered",
                (attempt.id, number, key, text, result.fraction, iso(now), attempt.id))
            if cursor.rowcount == 0:
                raise AttemptClosed(_SUBMITTED)
            return result
        conn = self.store.conn
        current = self.tick(self.attempt(attempt.id))
        if not current.is_open:
            raise AttemptClosed(_SUBMITTED)
        if self._overdue(current, now) > GRACE_SECONDS:
            raise AttemptClosed(_TIME_UP)
        with self.store.transaction():
            cursor = conn.execute(
                "INSERT INTO responses(attempt_id, slot, question_key, response, fraction, answered) "
                "SELECT ?, ?, ?, ?, NULL, ? WHERE EXISTS (SELECT 1 FROM attempts WHERE id = ? AND finished IS NULL) "
                "ON CONFLICT(attempt_id, slot) DO UPDATE SET "
                "response = excluded.response, fraction = NULL, answered = excluded.answered",
                (attempt.id, number, key, text, iso(now), attempt.id))
            if cursor.rowcount == 0:
                raise AttemptClosed(_SUBMITTED)
            conn.execute("UPDATE attempts SET elapsed = ?, last_seen = ? WHERE id = ?",
                         (current.elapsed, iso(current.last_seen or now), attempt.id))
            chain.append(conn, current.profile_id, chain.ANSWER, current.uuid,
                         {"slot": number, "key": key, "response": text, "elapsed": round(current.elapsed, 3)},
                         iso(now))
            self._written[attempt.id] = self.monotonic()
        return Grade(None)

    @staticmethod
    def _overdue(attempt: Attempt, now: float) -> float:
        """Seconds past the end (by the deadline, or by elapsed time, whichever is later passed)."""
        late = 0.0
        if attempt.deadline is not None:
            late = clock.effective_now(attempt.last_seen, now) - attempt.deadline
        if attempt.time_limit:
            late = max(late, attempt.elapsed - attempt.time_limit)
        return late

    # --- time ---------------------------------------------------------------------------------
    def tick(self, attempt: Attempt) -> Attempt:
        """Count the monotonic time since the last tick and notice a wall clock set back.

        The GUI calls this while an assessment is on screen; the time is written every few seconds
        (and with every answer), a clock set back at once."""
        if not attempt.is_open or attempt.mode != ASSESSMENT:
            return attempt
        with self.store.transaction():
            return self._ticked(attempt)

    def _ticked(self, attempt: Attempt, force: bool = False) -> Attempt:
        """:meth:`tick` inside the caller's transaction; returns the attempt with its new time."""
        if not attempt.is_open or attempt.mode != ASSESSMENT:
            return attempt
        mono, wall = self.monotonic(), self.clock()
        mark = self._marks.get(attempt.id)
        base = self._elapsed.get(attempt.id, attempt.elapsed)
        elapsed = base + (max(0.0, mono - mark) if mark is not None else 0.0)
        # a jump is measured against the last reading in this session (or, after a restart, the
        # latest time the attempt has seen), so one jump is recorded once
        back = clock.backwards(self._walls.get(attempt.id, attempt.last_seen), wall)
        last_seen = clock.effective_now(attempt.last_seen, wall)
        jumps = list(attempt.clock_jumps)
        conn = self.store.conn
        if back:
            jump = {"at": iso(wall), "from": iso(attempt.last_seen or wall), "seconds": round(back, 1)}
            jumps.append(jump)
            conn.execute("UPDATE attempts SET clock_jumps = ? WHERE id = ?", (json.dumps(jumps), attempt.id))
            chain.append(conn, attempt.profile_id, chain.CLOCK, attempt.uuid, jump, iso(wall))
        if force or back or mono - self._written.get(attempt.id, float("-inf")) >= TIME_WRITE_SECONDS:
            conn.execute("UPDATE attempts SET elapsed = ?, last_seen = ? WHERE id = ? AND finished IS NULL",
                         (elapsed, iso(last_seen), attempt.id))
            self._written[attempt.id] = mono
        self._elapsed[attempt.id] = elapsed
        self._marks[attempt.id] = mono
        self._walls[attempt.id] = wall
        return dataclasses.replace(attempt, elapsed=elapsed, last_seen=last_seen, clock_jumps=jumps)

    def submit(self, attempt: Attempt) -> Attempt:
        """Grade every answer, store the finish time; an assessment is sealed (the last record of its
        chain). Submitting twice changes nothing. Past the end (automatic submission) the finish time
        is the deadline."""
        current = self.attempt(attempt.id)
        if not current.is_open:
            return current
        conn = self.store.conn
        with self.store.transaction():
            current = self._ticked(current, force=True)
            now = clock.effective_now(current.last_seen, self.clock())
            finished = min(now, current.deadline) if current.deadline is not None else now
            saved = self.responses(current)
            score, max_score = 0.0, 0.0
            locked = self.exam_locked(current)
            for slot, question, given in self._counted(current, saved, locked):
                max_score += 1
                if given is None:
                    continue
                result = grade(question, given.response)
                if result.fraction != given.fraction:
                    conn.execute("UPDATE responses SET fraction = ? WHERE attempt_id = ? AND slot = ?",
                                 (result.fraction, current.id, slot.number))
                score += result.fraction or 0.0
            elapsed = current.elapsed
            if current.time_limit:
                elapsed = min(elapsed, current.time_limit)
            conn.execute(
                "UPDATE attempts SET finished = ?, score = ?, max_score = ?, seconds = ?, elapsed = ? "
                "WHERE id = ? AND finished IS NULL",
                (iso(finished), None if locked else score, None if locked else max_score,
                 max(0.0, finished - current.started), elapsed, current.id))
            if current.mode == ASSESSMENT:
                chain.append(conn, current.profile_id, chain.SUBMIT, current.uuid,
                             {"finished": iso(finished), "elapsed": round(elapsed, 3), "answers": len(saved)},
                             iso(self.clock()))
        self._marks.pop(current.id, None)
        if current.mode == ASSESSMENT:
            self.store.backup_in_background()  # a restore never loses a submitted assessment
        return self.attempt(current.id)

    def grade_essay(self, attempt_id: int, number: int, fraction: float, comment: str = "",
                    grader: str = "") -> Attempt:
        """A trainer's mark (0–1) and comment for an essay response; recorded with who, when, old, new.

        Trainer only. The mark goes on the learner's sealed chain too."""
        require_trainer(self.actor)
        if not 0.0 <= fraction <= 1.0:
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "A mark is between 0 and 100 %.")))
        attempt = self.attempt(attempt_id)
        if attempt.is_open:
            raise QuizError(message(QT_TRANSLATE_NOOP("core", "The attempt has not been submitted yet.")))
        trainer = self.actor.profile
        conn = self.store.conn
        at = iso(self.clock())
        with self.store.transaction():
            row = conn.execute("SELECT fraction FROM responses WHERE attempt_id = ? AND slot = ?",
                               (attempt_id, number)).fetchone()
            if row is None:
                raise QuizError(message(QT_TRANSLATE_NOOP("core", "There is no answer to grade.")))
            conn.execute("UPDATE responses SET fraction = ? WHERE attempt_id = ? AND slot = ?",
                         (fraction, attempt_id, number))
            conn.execute("INSERT INTO grade_changes(attempt_uuid, slot, by_uuid, by_name, at, old, new, comment) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (attempt.uuid, number, trainer.uuid, trainer.name, at, row[0], fraction, comment))
            plan = dict(attempt.plan)
            grading = dict(plan.get("grading") or {})
            grading[str(number)] = {"comment": comment, "by": grader or trainer.name, "at": at}
            plan["grading"] = grading
            conn.execute("UPDATE attempts SET plan = ? WHERE id = ?", (json.dumps(plan, ensure_ascii=False), attempt_id))
            if attempt.mode == ASSESSMENT and attempt.number is not None:
                # the plan's grading notes change, so the record carries the mark, not the plan
                chain.append(conn, attempt.profile_id, chain.GRADE, attempt.uuid,
                             {"slot": number, "fraction": fraction, "comment": comment, "by": trainer.name,
                              "by_uuid": trainer.uuid}, at)
        return self.attempt(attempt_id)

    def grade_changes(self, attempt: Attempt) -> list[tuple[int, str, str, float | None, float, str]]:
        """Every mark a trainer gave in this attempt: (slot, trainer, when, old, new, comment)."""
        return [tuple(r) for r in self.store.conn.execute(
            "SELECT slot, by_name, at, old, new, comment FROM grade_changes WHERE attempt_uuid = ? ORDER BY id",
            (attempt.uuid,)).fetchall()]

    # --- exam files ---------------------------------------------------------------------------
    def exam_files(self) -> list[ExamHeader]:
        """The exam files copied into this data folder (title readable, questions encrypted)."""
        return examfile.installed(self.store.folder)

    def unlock_exam(self, exam_id: str, code: str) -> AssessmentDef:
        """Open an installed exam file with the start code; its questions stay in memory only."""
        path = self.store.folder / examfile.FOLDER / f"{exam_id}{examfile.SUFFIX}"
        exam = examfile.open_exam(path, code)
        if exam.trainer_key:
            from ..classroom.marks_file import pin_trainer_key

            pin_trainer_key(self.store, exam.trainer_key, exam.definition.id, exam.definition.title)
        self._exams[exam.definition.id] = exam
        self._exam_banks.update(exam.banks)
        return exam.definition

    def exam_definition(self, exam_id: str) -> AssessmentDef | None:
        exam = self._exams.get(exam_id)
        return exam.definition if exam else None

    def exam_locked(self, attempt: Attempt) -> bool:
        """An attempt at an exam file whose start code was not given in this session."""
        return attempt.settings.get("source") == EXAM_SOURCE and attempt.settings.get("id") not in self._exams

    # --- results and review -------------------------------------------------------------------
    def _counted(self, attempt: Attempt, saved: dict, locked: bool):  # noqa: ANN202 - generator
        """The slots that count towards the maximum score (their question is known and readable), each
        with its question and its saved answer (None when unanswered)."""
        for slot in attempt.slots:
            question = None if locked else self.question(slot.key)
            if question is not None:
                yield slot, question, saved.get(slot.number)

    def result(self, attempt: Attempt) -> Result:
        """Score by grading every saved answer again with the questions (the stored score is never read);
        essays count with the trainer's mark, or wait."""
        saved = self.responses(attempt)
        score, max_score, pending = 0.0, 0.0, 0
        locked = self.exam_locked(attempt)
        for _slot, question, given in self._counted(attempt, saved, locked):
            max_score += 1
            if given is None:
                continue
            if question.type == "essay":
                if given.fraction is None:
                    pending += 1
                else:
                    score += given.fraction
                continue
            score += grade(question, given.response).fraction or 0.0
        if locked:
            pending = len(saved)
        seconds = attempt.seconds if attempt.seconds is not None else max(0.0, self.clock() - attempt.started)
        seconds = max(seconds, attempt.elapsed)  # a clock set back does not shorten the time taken
        return Result(attempt, score, max_score, len(saved), pending, seconds)

    def review(self, attempt: Attempt, true_word: str = "true", false_word: str = "false") -> list[ReviewItem]:
        """Question by question, with only what the attempt's review options allow (nothing while open)."""
        options = attempt.review_options
        if (attempt.is_open and attempt.mode == ASSESSMENT) or options.score_only:
            return []
        saved = self.responses(attempt)
        grading = attempt.plan.get("grading") or {}
        items = []
        for slot in attempt.slots:
            question = self.question(slot.key)
            given = saved.get(slot.number)
            response = given.response if given else None
            fraction = given.fraction if given else (0.0 if question else None)
            if given is not None and question is not None and question.type != "essay":
                fraction = grade(question, response).fraction
            notes = None
            if options.feedback and question is not None:
                notes = grade(question, response).feedback if given else ((question.feedback,) if question.feedback else ())
            right = None
            if options.right_answers and question is not None:
                right = right_answer_text(question, true_word, false_word)
            correct = (fraction is not None and fraction >= 0.999) if options.correctness else None
            comment = str((grading.get(str(slot.number)) or {}).get("comment") or "")
            pending = given is not None and given.fraction is None and question is not None
            items.append(ReviewItem(slot.number, slot, question, response, given is not None,
                                    fraction if options.correctness else None, correct, right, notes, comment,
                                    pending))
        return items

    def final_grade(self, profile_id: int, definition: AssessmentDef) -> FinalGrade:
        """The grade that counts across a profile's finished attempts, by the definition's method."""
        finished = [a for a in self.attempts_of(profile_id, definition.quiz_id) if not a.is_open]
        results = [self.result(a) for a in finished]
        graded = [r for r in results if not r.pending]
        pending = len(graded) != len(results)
        if not graded:
            return FinalGrade(None, len(finished), pending, None)
        percents = [r.percent for r in graded]
        method = definition.grading
        if method == "last":
            value = percents[-1]
        elif method == "first":
            value = percents[0]
        elif method == "average":
            value = sum(percents) / len(percents)
        else:
            value = max(percents)
        passed = value >= definition.pass_percent - 1e-9 if definition.pass_percent > 0 else None
        return FinalGrade(value, len(finished), pending, passed)


def _stamp(module: Module) -> tuple[int, int] | None:
    try:
        info = os.stat(module.quiz_path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _shown(module: Module) -> str:
    """The bank's path as messages show it: ``content/thb/…/quiz.yaml`` where possible."""
    parts = module.quiz_path.parts
    if "content" in parts:
        return "/".join(parts[len(parts) - parts[::-1].index("content") - 1:])
    return str(module.quiz_path)
