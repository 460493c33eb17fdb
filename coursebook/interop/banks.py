"""Question banks in and out of a module: the work behind the ``gift``, ``aiken`` and ``moodlexml``
commands and the trainer's import dialog.

Rule: a file with errors imports nothing unless ``skip_bad``; then the questions that could be read
are written and the rest reported. Questions without a section are written all the same (Moodle
knows no sections) and ``coursebook validate`` reports them until a trainer adds one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..i18n import QT_TRANSLATE_NOOP, Message, MessageError, literal, message
from ..loader import load_library
from ..model import Module
from ..quiz.bank import load_bank
from ..textfile import read_text
from ..errors import ContentFileError
from . import aiken, gift, moodlexml
from .common import BankWriteError, ImportResult, Problem, existing_ids, write_into_bank

PARSERS: dict[str, Callable[[str, str, set[str] | None], ImportResult]] = {
    "gift": gift.parse, "aiken": aiken.parse, "moodlexml": moodlexml.parse,
}
EXPORTERS = {"gift": gift.export, "moodlexml": moodlexml.export}


class BankError(MessageError):
    """A module or file that cannot be used; the message is one sentence for the user."""


def find_module(content: Path, module_id: str) -> Module:
    library = load_library(content)
    module = library.module(module_id)
    if module is None:
        known = ", ".join(m.id for m in library.modules) or "-"
        raise BankError(message(QT_TRANSLATE_NOOP("core", "There is no module '{module}' in {folder}. "
                                                          "Modules: {known}."),
                                module=module_id, folder=str(content), known=known))
    return module


def read_import(path: Path, module: Module, fmt: str) -> ImportResult:
    """Parse ``path`` for ``module``'s bank; nothing is written."""
    shown = str(path)
    try:
        text = read_text(path, shown)
    except ContentFileError as exc:
        result = ImportResult(shown)
        result.error(exc.error.line, literal(exc.error.message))  # the reader's own sentence, as it is
        return result
    except OSError as exc:
        raise BankError(message(QT_TRANSLATE_NOOP("core", "{file} cannot be read: {reason}."),
                                file=str(path), reason=exc.strerror or str(exc))) from None
    result = PARSERS[fmt](text, shown, existing_ids(module.quiz_path))
    for question in result.questions:
        question.module_id = module.id
    return result


def write_import(result: ImportResult, module: Module, skip_bad: bool) -> bool:
    """Write the questions of ``result`` into the module's bank; False when nothing was written."""
    if (result.errors and not skip_bad) or not result.questions:
        return False
    try:
        write_into_bank(module.quiz_path, module.id, result.questions)
    except BankWriteError as exc:
        result.errors.append(Problem(str(exc.path), exc.line, exc.message))
        return False
    except OSError as exc:
        raise BankError(message(QT_TRANSLATE_NOOP("core", "{file} cannot be written: {reason}."),
                                file=str(module.quiz_path), reason=exc.strerror or str(exc))) from None
    return True


def export_module(module: Module, fmt: str) -> tuple[str, list[Message]]:
    """The module's usable questions as a GIFT or Moodle XML file, and warnings for Moodle."""
    if not module.quiz_path.exists():
        raise BankError(message(QT_TRANSLATE_NOOP("core", "Module '{module}' has no question bank ({file})."),
                                module=module.id, file=str(module.quiz_path)))
    bank = load_bank(module.quiz_path, module)
    warnings = [message(QT_TRANSLATE_NOOP("core", "{problem}: left out of the export"), problem=str(e)) for e in bank.errors]
    text, more = EXPORTERS[fmt](bank.questions, module.id)
    return text, warnings + more
