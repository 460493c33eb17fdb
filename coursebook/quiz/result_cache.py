"""The trainer's trusted cache of verified, graded report results, kept in the learner database.

Rules (the threat model: a learner can edit the SQLite file of their PC):
- Every entry is signed (HMAC-SHA256) with a key a learner cannot compute: the second output of the
  trainer's passphrase scrypt, made at login and kept in memory only (``Actor.report_key``). On a PC
  with no trainer there is nobody to protect against, and the key is kept in the data folder.
- An entry is used only when its signature, its format, the program version, the fingerprint of the
  question banks and what it was made from (a profile's chain head and revision, or every profile's
  revision for the question report) all still match; anything else — an edited, copied or foreign
  entry — is made again from the answers and the sealed record, never believed. After a change, an
  earlier grade of an attempt is reused only for the same questions, answers and marks (their digest).
- The signature covers the entry's kind and name too, so an entry moved to another profile or filter
  fails it.
- Entries are keyed by an id of the key (``key_id``): two trainers keep two caches; a passphrase
  changed makes a new key, and the old entries are never read again.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..atomic import write_atomic

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .service import QuizService

#: Raised whenever the layout of an entry or the grading rules change.
FORMAT = 3
KEY_FILE = "report-cache.key"
LEARNERS, QUESTIONS = "learners", "questions"
_DECODE = json.JSONDecoder().decode
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def packed(typecode: str, values: "Iterable[Any]") -> str:
    """A column of numbers as base64 of their little-endian machine form (``array`` type codes ``q``, ``i``,
    ``d``): one JSON string that decodes at C speed, where a JSON list makes a Python object per value."""
    column = array(typecode, values)
    if sys.byteorder == "big":
        column.byteswap()
    return base64.b64encode(column.tobytes()).decode("ascii")


def unpacked(typecode: str, text: Any) -> list:
    """The column :func:`packed` made; ValueError (or TypeError) when it is not one."""
    column = array(typecode)
    column.frombytes(base64.b64decode(text, validate=True))
    if sys.byteorder == "big":
        column.byteswap()
    return column.tolist()


def split_text(text: Any, lengths: Any, count: int) -> list[str]:
    """``count`` strings joined in ``text``: each ``lengths`` long (an int) or as listed."""
    if not isinstance(text, str):
        raise TypeError("not text")
    if isinstance(lengths, int):
        if lengths * count != len(text):
            raise ValueError("lengths")
        return [text[i:i + lengths] for i in range(0, len(text), lengths)] if lengths else [""] * count
    found, at = [], 0
    for size in lengths:
        found.append(text[at:at + int(size)])
        at += int(size)
    if len(found) != count or at != len(text):
        raise ValueError("lengths")
    return found


def joined_text(strings: list[str]) -> tuple[str, int | list[int]]:
    """Strings as one text and their lengths (one int when they are all as long)."""
    sizes = {len(item) for item in strings}
    return "".join(strings), (sizes.pop() if len(sizes) == 1 else [len(item) for item in strings]) if strings else 0


@dataclass(frozen=True)
class CacheKey:
    """The signing key of one trainer (or of the data folder)."""

    secret: bytes = field(repr=False)

    @property
    def ident(self) -> str:
        """Names the key's entries without revealing it."""
        return hmac.digest(self.secret, b"coursebook report cache key id", "sha256").hex()[:32]


def folder_key(folder: Path) -> bytes:
    """The data folder's own key (made once, 32 random bytes): used only where no trainer exists."""
    path = Path(folder) / KEY_FILE
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    data = os.urandom(32)
    write_atomic(path, data)
    return data


def key_for(service: "QuizService") -> CacheKey | None:
    """The key of the trainer at the keyboard; the folder's key on a PC without a trainer; else None
    (then nothing is read from or written to the cache)."""
    actor = service.actor
    if actor is not None and actor.report_key:
        return CacheKey(actor.report_key)
    row = service.store.conn.execute("SELECT 1 FROM profiles WHERE role = 'trainer' LIMIT 1").fetchone()
    if row is None:
        try:
            return CacheKey(folder_key(service.store.folder))
        except OSError:
            return None
    return None


def _mac(key: CacheKey, kind: str, name: str, payload: bytes) -> bytes:
    return hmac.digest(key.secret, f"{FORMAT}\0{kind}\0{name}\0".encode() + payload, "sha256")


def load(conn: sqlite3.Connection, key: CacheKey | None, kind: str, name: str) -> dict | None:
    """The entry's data when its signature and format are right, else None."""
    if key is None:
        return None
    try:
        row = conn.execute("SELECT payload, mac FROM report_cache WHERE key_id = ? AND kind = ? AND name = ?",
                           (key.ident, kind, name)).fetchone()
    except sqlite3.Error:
        return None
    return _open(key, kind, name, row)


def load_all(conn: sqlite3.Connection, key: CacheKey | None, kind: str) -> dict[str, dict]:
    """Every entry of ``kind`` whose signature and format are right, by name."""
    if key is None:
        return {}
    try:
        rows = conn.execute("SELECT name, payload, mac FROM report_cache WHERE key_id = ? AND kind = ?",
                            (key.ident, kind)).fetchall()
    except sqlite3.Error:
        return {}
    found = {}
    for name, payload, mac in rows:
        data = _open(key, kind, name, (payload, mac))
        if data is not None:
            found[name] = data
    return found


def _open(key: CacheKey, kind: str, name: str, row: Any) -> dict | None:
    if row is None:
        return None
    payload, mac = row
    if not isinstance(payload, bytes) or not isinstance(mac, bytes):
        return None
    if not hmac.compare_digest(_mac(key, kind, name, payload), mac):
        return None
    try:
        data = _DECODE(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("program") != __version__:
        return None
    return data


def save(conn: sqlite3.Connection, key: CacheKey | None, kind: str, name: str, data: dict) -> None:
    """Sign and keep an entry; a database that cannot be written only means no cache."""
    if key is None:
        return
    data = dict(data, format=FORMAT, program=__version__)
    # kept as plain JSON: reading every learner's entry is what a report waits for, and inflating them
    # cost more (30 ms of 230 for 38,000 attempts) than the few megabytes they take uncompressed
    payload = _ENCODE(data).encode("utf-8")
    try:
        conn.execute("INSERT INTO report_cache(key_id, kind, name, payload, mac) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT(key_id, kind, name) DO UPDATE SET payload = excluded.payload, mac = excluded.mac",
                     (key.ident, kind, name, payload, _mac(key, kind, name, payload)))
    except sqlite3.Error:
        pass


def forget(conn: sqlite3.Connection, kind: str, name: str) -> None:
    """Drop the entries of every key for ``kind``/``name`` (e.g. a profile whose record the check found altered)."""
    try:
        conn.execute("DELETE FROM report_cache WHERE kind = ? AND name = ?", (kind, name))
    except sqlite3.Error:
        pass


def revisions(conn: sqlite3.Connection) -> dict[int, int]:
    """Each profile's revision: moved by triggers on every change of its answers, attempts or record."""
    try:
        return dict(conn.execute("SELECT profile_id, n FROM report_revision").fetchall())
    except sqlite3.Error:
        return {}


class Fingerprints:
    """The fingerprint of each module's question bank as it is now (its file's size and time, and the
    module's version), looked up once per report."""

    def __init__(self, service: "QuizService"):
        self.service = service
        self._known: dict[str, str] = {}
        self._all: str | None = None

    def __call__(self, module_id: str) -> str:
        known = self._known.get(module_id)
        if known is None:
            known = self._known[module_id] = self._make(module_id)
        return known

    def _make(self, module_id: str) -> str:
        if module_id in self.service._exam_banks:
            return "exam"  # an exam file's bank: never cached
        module = self.service.library.module(module_id)
        if module is None:
            return "-"
        try:
            info = os.stat(module.quiz_path)
        except OSError:
            return "-"
        return f"{info.st_mtime_ns}:{info.st_size}:{module.meta.version}"

    def everything(self) -> str:
        """One fingerprint of every bank of the library (and of the exam files opened)."""
        if self._all is None:
            import hashlib

            parts = [f"{m.id}={self(m.id)}" for m in self.service.library.modules]
            parts += [f"{m}=exam" for m in sorted(self.service._exam_banks)]
            self._all = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
        return self._all


__all__ = ["CacheKey", "Fingerprints", "LEARNERS", "QUESTIONS", "folder_key", "forget", "joined_text", "key_for",
           "load", "load_all", "packed", "revisions", "save", "split_text", "unpacked"]
