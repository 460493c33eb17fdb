"""Translating at the edge: the core's marked messages become the interface language here."""

from __future__ import annotations

import errno

from coursebook.i18n import QT_TRANSLATE_NOOP, Message

#: What the operating system says, in the user's language, for the failures a user can act on.
_OS_ERRORS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "There is no space left on the disk: {path}"),
    errno.EROFS: QT_TRANSLATE_NOOP("core", "The disk is read-only: {path}"),
    errno.EACCES: QT_TRANSLATE_NOOP("core", "You may not read or write here: {path}"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "You may not read or write here: {path}"),
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "The file or folder does not exist: {path}"),
    errno.EIO: QT_TRANSLATE_NOOP("core", "The disk could not be read or written (was it removed?): {path}"),
}


def tr_core(text: Message | str | BaseException) -> str:
    """The user's-language sentence for a core message (``Message``), or the text as it is.

    An exception gives its ``message`` translated, after its untranslated ``where`` (``file:line``) when
    it has one (:class:`coursebook.i18n.MessageError`); an operating-system error a sentence for the
    failures a user can act on (disk full, read-only, no permission, missing, removed), with its path;
    any other exception its own words."""
    from app.qt import QCoreApplication

    if isinstance(text, OSError) and not hasattr(text, "message") and text.errno in _OS_ERRORS:
        path = "" if text.filename is None else str(text.filename)
        sentence = QCoreApplication.translate("core", _OS_ERRORS[text.errno]).replace("{path}", path)
        return sentence.rstrip(": ") if not path else sentence
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


def number_text(value: float | None) -> str:
    """A number as the interface language writes it (``98,02`` in Slovenian); nothing for None."""
    from coursebook.numbers import format_number

    from app.language import current

    return "" if value is None else format_number(value, current())


def iso_date_time_text(moment: str | None) -> str:
    """A stored ISO moment (UTC, as the store writes them) as the interface language writes a local date
    and time; nothing for None."""
    if not moment:
        return ""
    from datetime import datetime, timezone

    parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return date_time_text(parsed.timestamp())


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
