"""Who is acting: a learner, or a trainer who has given the passphrase. Only a trainer may define
assessments, see other learners' results, grade essays, import results and issue certificates.

Wrong passphrases: the first 5 tries are free; after that each try must wait a growing delay
(30 s, 60 s, 2 min, … at most 1 hour). The count lives in the store's ``machine`` table, so quitting
and restarting Coursebook does not reset it; a right passphrase does. The clock is injectable.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import NamedTuple

from ..i18n import QT_TRANSLATE_NOOP, message
from ..store import Profile, Store
from . import profiles
from .errors import ClassroomError, NotAllowed
from .secrets_kdf import check_and_derive

FREE_TRIES = 5
FIRST_DELAY = 30.0
MAX_DELAY = 3600.0
_KEY = "trainer_login"


class WrongPassphrase(ClassroomError):
    def __init__(self, text, wait: float):  # noqa: ANN001
        super().__init__(text)
        self.wait = wait


class MustWait(ClassroomError):
    def __init__(self, text, wait: float):  # noqa: ANN001
        super().__init__(text)
        self.wait = wait


class Actor(NamedTuple):
    """The person at the keyboard; ``trainer`` only after the passphrase was given in this session."""

    profile: Profile
    trainer: bool = False
    #: A key derived from the passphrase at login (kept in memory only): it signs the trainer's cache of
    #: verified report results, so a learner who can edit the database cannot forge a cached result.
    report_key: bytes | None = None

    def __repr__(self) -> str:  # the key is never written out
        return f"Actor(profile={self.profile!r}, trainer={self.trainer!r})"


def require_trainer(actor: Actor | None) -> None:
    if actor is None or not actor.trainer:
        raise NotAllowed(message(QT_TRANSLATE_NOOP("core", "Only a trainer can do this. Log in as trainer first.")))


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_TRIES))


def _state(store: Store) -> dict:
    row = store.conn.execute("SELECT value FROM machine WHERE key = ?", (_KEY,)).fetchone()
    try:
        data = json.loads(row[0]) if row else {}
    except json.JSONDecodeError:
        data = {}
    return data if isinstance(data, dict) else {}


def _save(store: Store, state: dict) -> None:
    store.conn.execute("INSERT INTO machine(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                       "excluded.value", (_KEY, json.dumps(state)))


def failures(store: Store) -> int:
    return int(_state(store).get("failures") or 0)


def wait_left(store: Store, clock: Callable[[], float] = time.time) -> float:
    """Seconds before the next try is accepted (0 = now). A clock set back makes the wait longer, not shorter."""
    state = _state(store)
    fails = int(state.get("failures") or 0)
    last = float(state.get("last") or 0.0)
    delay = delay_after(fails)
    if not delay:
        return 0.0
    now = clock()
    if now < last:
        return delay
    return max(0.0, last + delay - now)


def trainer_login(store: Store, profile: Profile | None, passphrase: str,
                  clock: Callable[[], float] = time.time) -> Actor:
    """An :class:`Actor` with the trainer role, or :class:`MustWait` / :class:`WrongPassphrase`.

    ``profile`` None: the passphrase of any trainer of this PC (the command line asks so)."""
    wait = wait_left(store, clock)
    if wait > 0:
        raise MustWait(message(QT_TRANSLATE_NOOP("core", "Too many wrong tries. Wait {seconds} s and try again."),
                               seconds=int(wait + 0.999)), wait)
    candidates = profiles.trainers(store) if profile is None else [profile]
    for candidate in candidates:
        row = store.conn.execute("SELECT role, passphrase, uuid FROM profiles WHERE id = ?",
                                 (candidate.id,)).fetchone()
        is_trainer = bool(row) and row[0] == profiles.TRAINER
        key = check_and_derive(passphrase, row[1], profiles.trainer_context(row[2])) if is_trainer else None
        if key is not None:
            _save(store, {"failures": 0, "last": clock()})
            return Actor(candidate, True, key)
    fails = failures(store) + 1
    _save(store, {"failures": fails, "last": clock()})
    raise WrongPassphrase(message(QT_TRANSLATE_NOOP("core", "The passphrase is not right.")), delay_after(fails))


def set_passphrase(store: Store, actor: Actor, profile_id: int, passphrase: str) -> None:
    """A trainer changes a trainer's passphrase."""
    require_trainer(actor)
    from .secrets_kdf import hash_secret

    profile = profiles.get(store, profile_id)
    if profile is None:
        return
    store.conn.execute("UPDATE profiles SET passphrase = ? WHERE id = ? AND role = ?",
                       (hash_secret(profiles.check_passphrase(passphrase), profiles.trainer_context(profile.uuid)),
                        profile_id, profiles.TRAINER))
