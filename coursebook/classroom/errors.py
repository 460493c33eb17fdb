"""The classroom's errors: each carries a :class:`coursebook.i18n.Message` the GUI translates."""

from __future__ import annotations

from ..i18n import Message


class ClassroomError(Exception):
    def __init__(self, text: Message | str):
        self.message = text if isinstance(text, Message) else Message(str(text))
        super().__init__(str(self.message))


class NotAllowed(ClassroomError):
    """Only a trainer who has given the passphrase may do this."""
