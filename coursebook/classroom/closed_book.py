"""Closed book: while an assessment is open on this PC, the course is closed for everyone on it.

The reader, the glossary, practice, reports and the cards stay closed until the attempt is submitted
(by the learner or by its deadline). The rule is machine-wide, not per profile: otherwise a learner
could switch to another profile to read during their own exam. The GUI, and the lock that refuses a
second copy of the program, ask :func:`exam_in_progress`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

from .clock import effective_now, epoch


def open_exams(conn: sqlite3.Connection, clock: Callable[[], float] = time.time) -> list[tuple[int, int]]:
    """(attempt id, profile id) of every assessment attempt still running on this PC."""
    found = []
    now = clock()
    for ident, profile_id, deadline, last_seen in conn.execute(
            "SELECT id, profile_id, deadline, last_seen FROM attempts "
            "WHERE mode = 'assessment' AND finished IS NULL").fetchall():
        end = epoch(deadline)
        if end is None or effective_now(epoch(last_seen), now) < end:
            found.append((ident, profile_id))
    return found


def exam_in_progress(store: Any, clock: Callable[[], float] = time.time) -> bool:
    """True while any assessment attempt on this PC is open and its time has not run out.

    ``store`` is a :class:`coursebook.store.Store` or its sqlite3 connection."""
    conn = getattr(store, "conn", store)
    try:
        return bool(open_exams(conn, clock))
    except sqlite3.Error:
        return False


def course_closed(store: Any, actor: Any = None, clock: Callable[[], float] = time.time) -> bool:
    """Closed book for whoever is at the keyboard: yes during an exam, except for a trainer who has
    given the passphrase (``actor.trainer``)."""
    if actor is not None and getattr(actor, "trainer", False):
        return False
    return exam_in_progress(store, clock)


def submit_open(service: Any) -> int:
    """Trainer: submit (and seal) every assessment attempt still open on this PC; how many there were."""
    from .auth import require_trainer

    require_trainer(service.actor)
    count = 0
    for ident, _profile_id in open_exams(service.store.conn, service.clock):
        attempt = service.attempt(ident)
        if attempt.is_open and not service.exam_locked(attempt):
            service.submit(attempt)
            count += 1
    return count
