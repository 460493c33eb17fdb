"""Learner and trainer profiles: a display name (any Unicode), an optional PIN, a role, a UUID.

Rules:
- names are unique on the machine after trimming and Unicode normalisation (NFC, case-folded);
- a PIN is 4–12 digits, stored only as a salted scrypt hash; a learner without a PIN starts at once;
- a trainer profile always has a passphrase (at least 8 characters), also a salted scrypt hash;
- removing a profile removes everything that belongs to it (progress, answers, notes, settings);
  the last trainer cannot be removed while learners remain with results only a trainer may see.
"""

from __future__ import annotations

from typing import NamedTuple

from ..i18n import QT_TRANSLATE_NOOP, message
from .errors import ClassroomError
from ..store import Profile, Store
from .secrets_kdf import check_secret, hash_secret

LEARNER = "learner"
TRAINER = "trainer"
MIN_PASSPHRASE = 8


class ProfileError(ClassroomError):
    """A profile that cannot be made or changed, with a message for the user."""


class ProfileInfo(NamedTuple):
    profile: Profile
    has_pin: bool

    @property
    def is_trainer(self) -> bool:
        return self.profile.role == TRAINER


def clean_name(name: str) -> str:
    import unicodedata  # here, not at start-up: the Unicode database is a 1 ms load

    text = unicodedata.normalize("NFC", " ".join((name or "").split()))
    if not text:
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "A profile needs a name.")))
    if len(text) > 60:
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "A profile name has at most 60 characters.")))
    return text


def _same(a: str, b: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def check_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "A PIN is 4 to 12 digits.")))
    return pin


def pin_context(profile_uuid: str) -> str:
    return f"pin:{profile_uuid}"


def trainer_context(profile_uuid: str) -> str:
    return f"trainer:{profile_uuid}"


def check_passphrase(passphrase: str) -> str:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "The trainer passphrase needs at least 8 characters.")))
    return passphrase


def list_profiles(store: Store) -> list[ProfileInfo]:
    rows = store.conn.execute("SELECT id, name, role, uuid, pin FROM profiles ORDER BY name COLLATE NOCASE, id")
    return [ProfileInfo(Profile(r[0], r[1], r[2], r[3]), bool(r[4])) for r in rows.fetchall()]


def find(store: Store, name: str) -> Profile | None:
    for info in list_profiles(store):
        if _same(info.profile.name, name.strip()):
            return info.profile
    return None


def get(store: Store, profile_id: int) -> Profile | None:
    row = store.conn.execute("SELECT id, name, role, uuid FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    return Profile(*row) if row else None


def learners(store: Store) -> list[Profile]:
    return [i.profile for i in list_profiles(store) if not i.is_trainer]


def trainers(store: Store) -> list[Profile]:
    return [i.profile for i in list_profiles(store) if i.is_trainer]


def add_learner(store: Store, name: str, pin: str = "") -> Profile:
    name = clean_name(name)
    if find(store, name) is not None:
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "A profile named {name} already exists."), name=name))
    if pin:
        check_pin(pin)
    with store.transaction():
        profile = store.create_profile(name, LEARNER)
        if pin:
            store.conn.execute("UPDATE profiles SET pin = ? WHERE id = ?",
                               (hash_secret(pin, pin_context(profile.uuid)), profile.id))
    return profile


def add_trainer(store: Store, name: str, passphrase: str) -> Profile:
    name = clean_name(name)
    if find(store, name) is not None:
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "A profile named {name} already exists."), name=name))
    check_passphrase(passphrase)
    with store.transaction():
        profile = store.create_profile(name, TRAINER)
        store.conn.execute("UPDATE profiles SET passphrase = ? WHERE id = ?",
                           (hash_secret(passphrase, trainer_context(profile.uuid)), profile.id))
    return profile


def set_pin(store: Store, profile_id: int, pin: str) -> None:
    """Set (or with ``""`` clear) a learner's PIN."""
    profile = get(store, profile_id)
    if profile is None:
        return
    stored = hash_secret(check_pin(pin), pin_context(profile.uuid)) if pin else None
    store.conn.execute("UPDATE profiles SET pin = ? WHERE id = ?", (stored, profile_id))


def has_pin(store: Store, profile_id: int) -> bool:
    row = store.conn.execute("SELECT pin FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    return bool(row and row[0])


def pin_matches(store: Store, profile_id: int, pin: str) -> bool:
    """True when the profile has no PIN or ``pin`` is its PIN."""
    row = store.conn.execute("SELECT pin, uuid FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    if row is None:
        return False
    return not row[0] or check_secret(pin, row[0], pin_context(row[1]))


_OWNED = ("settings", "progress", "last_place", "objectives")


def remove(store: Store, name: str) -> Profile:
    """Remove a profile and everything that belongs to it."""
    profile = find(store, name)
    if profile is None:
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "There is no profile named {name}."), name=name))
    if profile.role == TRAINER and len(trainers(store)) == 1 and learners(store):
        raise ProfileError(message(QT_TRANSLATE_NOOP("core", "{name} is the only trainer; add another trainer before removing this one."), name=name))
    with store.transaction():
        for table in _OWNED:
            store.conn.execute(f"DELETE FROM {table} WHERE profile_id = ?", (profile.id,))
        store.conn.execute("DELETE FROM responses WHERE attempt_id IN (SELECT id FROM attempts WHERE profile_id = ?)",
                           (profile.id,))
        store.conn.execute("DELETE FROM attempts WHERE profile_id = ?", (profile.id,))
        store.conn.execute("DELETE FROM ledger WHERE profile_id = ?", (profile.id,))
        store.conn.execute("DELETE FROM received_comments WHERE attempt_uuid IN "
                           "(SELECT attempt_uuid FROM received_marks WHERE profile_id = ?)", (profile.id,))
        store.conn.execute("DELETE FROM received_marks WHERE profile_id = ?", (profile.id,))
        store.conn.execute("DELETE FROM profiles WHERE id = ?", (profile.id,))
    return profile
