"""A signed file: UTF-8 JSON ``{"format", "version", "public_key", "payload", "signature"}``.

``payload`` is a string of canonical JSON; ``signature`` is Ed25519 over its UTF-8 bytes, made with this
installation's private key (:func:`.results_file.installation_key`); ``public_key`` is the matching public
key (base64 of the 32 raw bytes). Who may be trusted is the reader's rule, not this module's: it only
checks that the payload is the one the key signed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..i18n import Message, message
from . import chain


class Damaged(ValueError):
    """Not a whole file of the expected kind (cut short, not JSON)."""


class WrongKind(ValueError):
    """Another kind of file."""


class TooNew(ValueError):
    """Written by a newer Coursebook; ``version`` is the format version it names."""

    def __init__(self, version: object):
        super().__init__(str(version))
        self.version = version


class BadSignature(ValueError):
    """Changed after it was signed (or a payload that does not parse)."""


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def installation_public_key(folder: Path) -> str:
    """This installation's public key (base64); the key pair is made on first use."""
    from .results_file import installation_key

    return public_text(installation_key(Path(folder)))


def seal(key: Ed25519PrivateKey, kind: str, version: int, payload: dict) -> str:
    """The whole file's text for ``payload``, signed with ``key``."""
    text = chain.canonical(payload)
    document = {"format": kind, "version": version, "public_key": public_text(key), "payload": text,
                "signature": base64.b64encode(key.sign(text.encode("utf-8"))).decode("ascii")}
    return json.dumps(document, ensure_ascii=False, indent=0)


def unseal(raw: bytes, kind: str, version: int) -> tuple[dict, str]:
    """(payload, public key) of a file whose signature verifies; else one of this module's errors."""
    try:
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        raise Damaged() from None
    if document.get("format") != kind:
        raise WrongKind()
    found = document.get("version")
    if not isinstance(found, int) or found > version:
        raise TooNew(found)
    text, signature, public = document.get("payload"), document.get("signature"), document.get("public_key")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(str(public), validate=True))
        key.verify(base64.b64decode(str(signature), validate=True), str(text).encode("utf-8"))
        payload = json.loads(str(text))
        if not isinstance(payload, dict):
            raise ValueError
    except (InvalidSignature, ValueError, TypeError):
        raise BadSignature() from None
    return payload, str(public)


@dataclass(frozen=True)
class Refusals:
    """How a kind of signed file is refused: its own whole sentences (``{file}``, and ``{reason}`` or
    ``{version}``), marked for translation where they are written, and the error that carries them."""

    error: Callable[[Message], Exception]
    unreadable: str
    damaged: str
    wrong_kind: str
    too_new: str
    changed: str


def read(path: Path, kind: str, version: int, refusals: Refusals) -> tuple[dict, str]:
    """(payload, public key) of the signed file at ``path``, or ``refusals.error`` with the sentence that
    says why not, naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise refusals.error(message(refusals.unreadable, file=path.name, reason=exc.strerror or str(exc))) from exc
    try:
        return unseal(raw, kind, version)
    except Damaged:
        text = message(refusals.damaged, file=path.name)
    except WrongKind:
        text = message(refusals.wrong_kind, file=path.name)
    except TooNew as newer:
        text = message(refusals.too_new, file=path.name, version=newer.version)
    except BadSignature:
        text = message(refusals.changed, file=path.name)
    raise refusals.error(text)


__all__ = ["BadSignature", "Damaged", "Refusals", "TooNew", "WrongKind", "installation_public_key", "public_text",
           "read", "seal", "unseal"]
