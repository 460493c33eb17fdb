"""Exam files (``.cbexam``): an assessment that carries its own questions, encrypted.

A trainer packs an assessment definition (JSON) with the question banks it draws from:
``coursebook exam pack ASSESSMENT.json --code CODE -o EXAM.cbexam``. The banks are the module banks
named in ``draws``, or — for questions that are nowhere on the PC in the clear — private banks listed
in the definition as ``"banks": {"bank-id": "path/to/bank.yaml"}`` (same format as ``quiz.yaml``,
path relative to the JSON file) and drawn from like a module.

The file: one line of magic, one line of JSON header (format, id, title, scrypt parameters and salt,
AES-GCM nonce), then the AES-GCM ciphertext of the JSON payload (definition and bank texts). The key
is derived from the start code with scrypt; the header is authenticated as associated data, so
changing the title or the parameters makes the file refuse to open. Without the start code the
questions cannot be read, and nothing decrypted is ever written to disk.

The header also carries ``trainer_key``: the Ed25519 public key of the installation that packed the file
(the trainer's PC). It is authenticated with the rest of the header, so it cannot be swapped in a file
that still opens with its code; an attempt at the exam seals it into its plan, and marks returned for
that attempt must be signed with it (see :mod:`.marks_file`).
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..atomic import write_atomic
from ..i18n import QT_TRANSLATE_NOOP, message
from ..quiz.assessment import AssessmentDef, AssessmentError
from ..quiz.bank import Bank, parse_bank
from .errors import ClassroomError

MAGIC = b"COURSEBOOK-EXAM\n"
FORMAT = 1
SUFFIX = ".cbexam"
FOLDER = "exams"
N, R, P = 2 ** 14, 8, 1
MIN_CODE = 6


class ExamFileError(ClassroomError):
    pass


class WrongCode(ExamFileError):
    pass


@dataclass
class ExamHeader:
    id: str
    title: str
    path: Path


@dataclass
class Exam:
    """An opened exam: its definition and its banks (in memory only)."""

    definition: AssessmentDef
    banks: dict[str, Bank] = field(default_factory=dict)
    #: The packing installation's public key (base64), "" for files packed before keys travelled.
    trainer_key: str = ""


def normal_code(code: str) -> str:
    """Start codes ignore case, spaces and dashes: ``ab12-cd34`` = ``AB12 CD34``."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", code or "").upper() if ch.isalnum())


def _key(code: str, salt: bytes, n: int = N, r: int = R, p: int = P) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(normal_code(code).encode("utf-8"))


def pack(definition_path: Path, code: str, out: Path, module_banks: dict[str, Path], trainer_key: str = "") -> Path:
    """Write the encrypted exam file; ``module_banks`` maps module ids to their ``quiz.yaml``;
    ``trainer_key`` is the packing installation's public key (base64), carried in the header."""
    if len(normal_code(code)) < MIN_CODE:
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "A start code needs at least 6 letters or digits.")))
    try:
        raw = json.loads(definition_path.read_text(encoding="utf-8"))
        definition = AssessmentDef.from_json(raw)
    except AssessmentError as exc:  # its sentence stays translatable, the file in front of it
        raise ExamFileError(exc.message, where=str(definition_path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file}: {problem}"),
                                    file=str(definition_path), problem=str(exc))) from None
    private = raw.get("banks") or {}
    if not isinstance(private, dict):
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file}: 'banks' must map bank ids to files."),
                                    file=str(definition_path)))
    texts: dict[str, str] = {}
    for draw in definition.draws:
        if draw.module_id in private:
            path = (definition_path.parent / str(private[draw.module_id])).resolve()
        elif draw.module_id in module_banks:
            path = module_banks[draw.module_id]
        else:
            raise ExamFileError(message(QT_TRANSLATE_NOOP(
                "core", "{file}: there is no question bank '{bank}' (neither a module nor under 'banks')."),
                file=str(definition_path), bank=draw.module_id))
        try:
            texts[draw.module_id] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file}: {problem}"),
                                        file=str(path), problem=str(exc))) from None
        bank = parse_bank(texts[draw.module_id], path)
        if not bank.questions:
            raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file}: the bank has no usable questions."),
                                        file=str(path)))
    payload = json.dumps({"definition": definition.to_json(), "banks": texts}, ensure_ascii=False).encode("utf-8")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({"format": FORMAT, "id": definition.id, "title": definition.title,
                         "kdf": {"name": "scrypt", "n": N, "r": R, "p": P, "salt": salt.hex()},
                         "nonce": nonce.hex(), "trainer_key": trainer_key}, ensure_ascii=False).encode("utf-8") + b"\n"
    sealed = AESGCM(_key(code, salt)).encrypt(nonce, payload, MAGIC + header)
    write_atomic(out, MAGIC + header + sealed)
    return out


def _split(path: Path) -> tuple[bytes, dict, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file}: {problem}"), file=str(path),
                                    problem=exc.strerror or str(exc))) from None
    if not data.startswith(MAGIC) or b"\n" not in data[len(MAGIC):]:
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file} is not a Coursebook exam file."), file=str(path)))
    end = data.index(b"\n", len(MAGIC)) + 1
    header_bytes = data[len(MAGIC):end]
    try:
        header = json.loads(header_bytes)
    except json.JSONDecodeError:
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file} is damaged."), file=str(path))) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ExamFileError(message(QT_TRANSLATE_NOOP(
            "core", "{file} was made by another version of Coursebook."), file=str(path)))
    return MAGIC + header_bytes, header, data[end:]


def read_header(path: Path) -> ExamHeader:
    """The id and title, readable without the code (they are shown in the list of assessments)."""
    _aad, header, _body = _split(path)
    return ExamHeader(str(header.get("id") or ""), str(header.get("title") or ""), path)


def open_exam(path: Path, code: str) -> Exam:
    """Decrypt in memory; :class:`WrongCode` when the code is not right (or the file was changed)."""
    aad, header, body = _split(path)
    try:
        kdf = header["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if n > 2 ** 17 or r > 16 or p > 4:  # beyond what pack makes: refused rather than run for minutes
            raise ValueError("scrypt parameters out of range")
        key = _key(code, bytes.fromhex(kdf["salt"]), n, r, p)
        payload = AESGCM(key).decrypt(bytes.fromhex(header["nonce"]), body, aad)
    except InvalidTag:
        raise WrongCode(message(QT_TRANSLATE_NOOP("core", "The start code is not right."))) from None
    except (KeyError, TypeError, ValueError):
        raise ExamFileError(message(QT_TRANSLATE_NOOP("core", "{file} is damaged."), file=str(path))) from None
    data = json.loads(payload)
    definition = AssessmentDef.from_json(data["definition"])
    banks = {}
    for bank_id, text in (data.get("banks") or {}).items():
        bank = parse_bank(text, path, None, f"{path.name}:{bank_id}")
        bank.module_id = bank_id
        for question in bank.questions:
            question.module_id = bank_id
        banks[bank_id] = bank
    return Exam(definition, banks, str(header.get("trainer_key") or ""))


def installed(folder: Path) -> list[ExamHeader]:
    """The exam files copied into ``<data folder>/exams``; unreadable ones are left out."""
    found = []
    for path in sorted((folder / FOLDER).glob("*" + SUFFIX)):
        try:
            found.append(read_header(path))
        except ExamFileError:
            continue
    return found


def install(folder: Path, source: Path) -> ExamHeader:
    """Copy an exam file into the data folder (encrypted, as it is) so the assessment list shows it."""
    header = read_header(source)
    target = folder / FOLDER / f"{header.id}{SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, source.read_bytes())
    return read_header(target)
