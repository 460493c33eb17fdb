"""The classroom's errors: each carries a :class:`coursebook.i18n.Message` the GUI translates."""

from __future__ import annotations

from ..i18n import MessageError


class ClassroomError(MessageError):
    """Something in the classroom that cannot be done, in one translatable sentence."""


class NotAllowed(ClassroomError):
    """Only a trainer who has given the passphrase may do this."""
