"""Translating at the edge: the core's marked messages become the interface language here."""

from __future__ import annotations

from coursebook.i18n import Message


def tr_core(text: Message | str | BaseException) -> str:
    """The user's-language sentence for a core message (``Message``), or the text as it is."""
    from app.qt import QCoreApplication

    if isinstance(text, BaseException):
        text = getattr(text, "message", None) or str(text)
    if isinstance(text, Message):
        translated = QCoreApplication.translate("core", text.text)
        try:
            return translated.format(**text.args)
        except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
            return str(text)
    return str(text)
