"""Messages from the core that the GUI translates.

The core imports no Qt, so it cannot translate. It marks each sentence a user may see with
``QT_TRANSLATE_NOOP("core", "... {name} ...")``: Qt Linguist's ``pyside6-lupdate`` finds the literal
here in the core's source, and the GUI translates it at the edge (``app/i18n.py``) before filling the
named placeholders. Counts use a "label: {n}" form, because a no-op marker cannot carry Linguist's
plural forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for the user: the English source text (also the Linguist source) and its values."""

    text: str
    args: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text.format(**self.args)


def message(text: str, **args: Any) -> Message:
    """``message(QT_TRANSLATE_NOOP("core", "File {name} is empty."), name=...)``."""
    return Message(text, dict(args))
