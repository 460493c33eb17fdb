"""Slow salted hashes for PINs and the trainer passphrase (scrypt from the ``cryptography`` package).

A stored secret is JSON: ``{"kdf": "scrypt", "n": 16384, "r": 8, "p": 1, "salt": hex, "hash": hex}``,
so the parameters can grow later without breaking old profiles.

Each hash is bound to what it is for and whose it is (``context``, e.g. ``"trainer:<profile uuid>"``):
copying a learner's PIN record into a trainer's passphrase column with SQL, or marking a learner's
profile as a trainer, does not make that PIN a trainer passphrase.
"""

from __future__ import annotations

import json
import os


N, R, P = 2 ** 14, 8, 1
LENGTH = 32


def _normal(secret: str, context: str = "") -> bytes:
    """The same passphrase typed on another keyboard (composed or decomposed accents) is the same;
    the context comes first, so a hash made for one purpose and profile fits no other."""
    import unicodedata  # when a secret is checked, not at start-up

    return (context + "\0" + unicodedata.normalize("NFC", secret)).encode("utf-8")


def hash_secret(secret: str, context: str) -> str:
    """A new salted scrypt hash of ``secret`` for ``context``, as the JSON text the store keeps."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # loaded when a secret is set (start-up)

    salt = os.urandom(16)
    digest = Scrypt(salt=salt, length=LENGTH, n=N, r=R, p=P).derive(_normal(secret, context))
    return json.dumps({"kdf": "scrypt", "n": N, "r": R, "p": P, "salt": salt.hex(), "hash": digest.hex()})


def check_secret(secret: str, stored: str | None, context: str) -> bool:
    """True when ``secret`` matches the stored hash made for ``context``; False for anything else (also a
    damaged record, or parameters beyond what this program makes, which could only slow it down)."""
    return check_and_derive(secret, stored, context) is not None


def check_and_derive(secret: str, stored: str | None, context: str) -> bytes | None:
    """Like :func:`check_secret`, and when the secret matches, a 32-byte key derived from it that the
    stored record does not reveal (None when it does not match).

    One scrypt run makes ``LENGTH + 32`` bytes: scrypt's output is PBKDF2 blocks that do not depend on
    the length asked for, so the first ``LENGTH`` bytes are the stored hash and the next 32 are a
    second, independent output — computing them needs the secret itself, exactly like the hash."""
    import hmac

    if not stored:
        return None
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    try:
        record = json.loads(stored)
        salt, expected = bytes.fromhex(record["salt"]), bytes.fromhex(record["hash"])
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        if n > 2 ** 17 or r > 16 or p > 4 or len(expected) != LENGTH:
            return None
        made = Scrypt(salt=salt, length=LENGTH + 32, n=n, r=r, p=p).derive(_normal(secret, context))
    except (ValueError, KeyError, TypeError):
        return None
    if not hmac.compare_digest(made[:LENGTH], expected):
        return None
    return made[LENGTH:]
