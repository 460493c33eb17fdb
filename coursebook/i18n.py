"""Messages from the core that the GUI translates.

The core imports no Qt, so it cannot translate. It marks each sentence a user may see with
``QT_TRANSLATE_NOOP("core", "... {name} ...")``: Qt Linguist's ``pyside6-lupdate`` finds the literal
here in the core's source, and the GUI translates it at the edge (``app/i18n.py``) before filling the
named placeholders. Counts use a "label: {n}" form, because a no-op marker cannot carry Linguist's
plural forms.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Message:
    """A sentence for the user: the English source text (also the Linguist source) and its values.

    A plain class, not a dataclass: it is defined at every start, where making a dataclass and
    importing ``dataclasses`` would cost a millisecond."""

    __hash__ = None  # type: ignore[assignment] - compared by value, like the dict it holds

    def __init__(self, text: str, args: dict[str, Any] | None = None):
        self.text = text
        self.args = {} if args is None else args

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.args) == (other.text, other.args)  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return f"Message(text={self.text!r}, args={self.args!r})"

    def __str__(self) -> str:
        return self.text.format(**self.args)


def message(text: str, /, **args: Any) -> Message:
    """``message(QT_TRANSLATE_NOOP("core", "File {name} is empty."), name=...)``."""
    return Message(text, dict(args))


def literal(text: str) -> Message:
    """A sentence that is not translated (a system error's own words), safe from ``str.format``."""
    return message(text.replace("{", "{{").replace("}", "}}"))


class MessageError(Exception):
    """An error told to the user in one sentence.

    ``message`` is a :class:`Message` the GUI translates (``app.i18n.tr_core(exc)``); ``str(exc)`` is
    the English sentence, for the command line and the logs. ``where`` is a location such as
    ``file:line`` put in front of the sentence and never translated. Every ``raise`` of a subclass
    passes ``message(QT_TRANSLATE_NOOP("core", "..."), ...)`` (tests/test_core_messages.py); a plain
    string is accepted only as untranslated words from elsewhere (an operating-system error).
    """

    def __init__(self, text: Message | str, *, where: str = ""):
        self.message = text if isinstance(text, Message) else literal(str(text))
        self.where = where
        super().__init__(self.sentence())

    def sentence(self) -> str:
        """The English sentence with its location: ``file:3: The text is wrong.``."""
        return f"{self.where}: {self.message}" if self.where else str(self.message)

    def __str__(self) -> str:
        return self.sentence()
