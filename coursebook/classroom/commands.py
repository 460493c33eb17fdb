"""The work of ``coursebook profiles …`` and ``coursebook exam pack …`` (the CLI only parses and prints).

Adding a trainer, or removing any profile, needs a trainer's passphrase once the PC has a trainer:
otherwise a learner could make themselves a trainer from the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, message
from ..store import Store
from . import auth, examfile, profiles
from .errors import ClassroomError


def profile_lines(store: Store) -> list[str]:
    """One line per profile: name, role, and whether a PIN protects it."""
    lines = []
    for info in profiles.list_profiles(store):
        extra = " (PIN)" if info.has_pin else ""
        lines.append(f"{info.profile.name}\t{info.profile.role}{extra}")
    return lines


def _authorise(store: Store, ask: Callable[[str], str]) -> None:
    if not profiles.trainers(store):
        return
    auth.trainer_login(store, None, ask(QT_TRANSLATE_NOOP("core", "Passphrase of a trainer of this PC: ")))


def add(store: Store, name: str, trainer: bool, pin: bool, ask: Callable[[str], str]) -> str:
    if trainer:
        _authorise(store, ask)
        first = ask(QT_TRANSLATE_NOOP("core", "Passphrase of the new trainer: "))
        profile = profiles.add_trainer(store, name, first)
    else:
        code = ask(QT_TRANSLATE_NOOP("core", "PIN (4 to 12 digits): ")) if pin else ""
        profile = profiles.add_learner(store, name, code)
    return str(message(QT_TRANSLATE_NOOP("core", "Added {role} {name}."), role=profile.role, name=profile.name))


def remove(store: Store, name: str, ask: Callable[[str], str]) -> str:
    if profiles.find(store, name) is None:
        raise profiles.ProfileError(message(QT_TRANSLATE_NOOP("core", "There is no profile named {name}."),
                                            name=name))
    _authorise(store, ask)
    profile = profiles.remove(store, name)
    return str(message(QT_TRANSLATE_NOOP("core", "Removed {name} and everything that belonged to the profile."),
                       name=profile.name))


def pack(definition: Path, code: str, out: Path, content: Path, data: Path | None = None) -> str:
    """Pack with the module banks of ``content`` (the bundled course by default). With ``data`` (the
    trainer's data folder) the file carries that installation's public key, so the marks the trainer
    returns for attempts at this exam verify on the learners' PCs."""
    from ..loader import load_library
    from .signed import installation_public_key

    library = load_library(content)
    banks = {m.id: m.quiz_path for m in library.modules}
    examfile.pack(definition, code, out, banks, installation_public_key(data) if data is not None else "")
    return str(message(QT_TRANSLATE_NOOP("core", "Wrote {file}. It opens only with the start code."), file=str(out)))


__all__ = ["ClassroomError", "add", "pack", "profile_lines", "remove"]
