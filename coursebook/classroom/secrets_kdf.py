"""Slow salted hashes for PINs and the trainer passphrase (scrypt from the ``cryptography`` package).

A stored secret is JSON: ``{"kdf": "scrypt", "n": 16384, "r": 8, "p": 1, "salt": hex, "hash": hex}``,
so the parameters can grow later without breaking old profiles.
"""

from __future__ import annotations

import json
import os
import unicodedata

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

N, R, P = 2 ** 14, 8, 1
LENGTH = 32


def _normal(secret: str) -> bytes:
    """The same passphrase typed on another keyboard (composed or decomposed accents) is the same."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive(secret: str, salt: bytes, n: int = N, r: int = R, p: int = P, length: int = LENGTH) -> bytes:
    return Scrypt(salt=salt, length=length, n=n, r=r, p=p).derive(_normal(secret))


def hash_secret(secret: str) -> str:
    """A new salted scrypt hash of ``secret``, as the JSON text the store keeps."""
    salt = os.urandom(16)
    digest = derive(secret, salt)
    return json.dumps({"kdf": "scrypt", "n": N, "r": R, "p": P, "salt": salt.hex(), "hash": digest.hex()})


def check_secret(secret: str, stored: str | None) -> bool:
    """True when ``secret`` matches the stored hash; False for anything else (also a damaged record)."""
    if not stored:
        return False
    try:
        record = json.loads(stored)
        salt, expected = bytes.fromhex(record["salt"]), bytes.fromhex(record["hash"])
        kdf = Scrypt(salt=salt, length=len(expected), n=int(record["n"]), r=int(record["r"]), p=int(record["p"]))
    except (ValueError, KeyError, TypeError):
        return False
    try:
        kdf.verify(_normal(secret), expected)
    except InvalidKey:
        return False
    return True
