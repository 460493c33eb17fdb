"""Translating at the edge: the core's marked messages become the interface language here."""

from __future__ import annotations

from coursebook.i18n import Message


def tr_core(text: Message | str | BaseException) -> str:
    """The user's-language sentence for a core message (``Message``), or the text as it is.

    An exception gives its ``message`` translated, after its untranslated ``where`` (``file:line``) when
    it has one (:class:`coursebook.i18n.MessageError`); any other exception its own words."""
    from app.qt import QCoreApplication

    if isinstance(text, BaseException):
        where = getattr(text, "where", "")
        sentence = tr_core(getattr(text, "message", None) or str(text))
        return f"{where}: {sentence}" if where else sentence
    if isinstance(text, Message):
        translated = QCoreApplication.translate("core", text.text)
        try:
            return translated.format(**text.args)
        except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
            return str(text)
    return str(text)


def date_time_text(timestamp: float) -> str:
    """A moment as the interface language writes a date and time (e.g. ``1. 12. 26 19:58`` in Slovenian)."""
    from app.qt import QDateTime, QLocale

    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(timestamp)), QLocale.FormatType.ShortFormat)


def time_text(timestamp: float | None = None) -> str:
    """A time of day with seconds (24-hour in all four interface languages)."""
    import time as _time

    from app.qt import QDateTime, QLocale

    moment = QDateTime.fromMSecsSinceEpoch(int((_time.time() if timestamp is None else timestamp) * 1000))
    return QLocale().toString(moment.time(), "HH:mm:ss")
