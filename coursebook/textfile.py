"""Reading content files as UTF-8 text, safely: never blocks, never reads more than the limits.

A content folder may hold anything a file system can: an editor's lock file that is a broken link,
a link that points to itself, a FIFO or a device named ``module.md``, a file of gigabytes. A file is
opened only after ``os.stat`` says it is a regular file no larger than :data:`MAX_FILE_BYTES`, with
``O_NONBLOCK`` so that a FIFO swapped in between the check and the open cannot hang the app, and it
is checked again on the open descriptor. Every refusal is a ``file:line: reason``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from .errors import ContentError, ContentFileError
from .i18n import QT_TRANSLATE_NOOP

#: The largest content file read (module.md, quiz.yaml, cards.md, course.yaml): 1 MB.
MAX_FILE_BYTES = 1_000_000
#: The longest line of a content file, in characters.
MAX_LINE_CHARS = 5_000
_LONG_LINE_RE = re.compile(r"^[^\n]{%d}" % (MAX_LINE_CHARS + 1), re.MULTILINE)  # tried at line starts only


def _fail(shown: str, line: int, message: str) -> ContentFileError:
    return ContentFileError(ContentError(shown, line, message))


def check_entry(path: Path) -> str | None:
    """Why ``path`` cannot be read as a content file, or None when it is a regular file."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return os_reason(path, exc)
    if stat.S_ISDIR(info.st_mode):
        return QT_TRANSLATE_NOOP("core", "a folder where a file is expected")
    if not stat.S_ISREG(info.st_mode):
        return QT_TRANSLATE_NOOP("core", "not a regular file (a FIFO, socket or device); it is never opened")
    return None


def os_reason(path: Path, exc: OSError) -> str:
    """One sentence for an error of the file system."""
    if exc.errno == errno.ELOOP:
        return QT_TRANSLATE_NOOP("core", "a symbolic link that points to itself (a link loop)")
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return QT_TRANSLATE_NOOP("core", "a symbolic link to a file that does not exist (an editor's lock file?)")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP("core", "permission denied")
    return QT_TRANSLATE_NOOP("core", "cannot read file: {reason}").format(reason=exc.strerror or exc)


def read_bytes_limited(path: Path, shown: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raise ``file:1: reason`` otherwise."""
    reason = check_entry(path)
    if reason is not None:
        raise _fail(shown, 1, reason)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _fail(shown, 1, os_reason(path, exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _fail(shown, 1, QT_TRANSLATE_NOOP("core", "not a regular file (a FIFO, socket or device); it is never opened"))
        if info.st_size > limit:
            raise _fail(shown, 1, QT_TRANSLATE_NOOP("core", "file is {size} bytes; the limit is {limit} bytes").format(
                size=f"{info.st_size:,}", limit=f"{limit:,}"))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # the file grew after the check
            raise _fail(shown, 1, QT_TRANSLATE_NOOP("core", "file is larger than the limit of {limit} bytes").format(limit=f"{limit:,}"))
        return b"".join(chunks)
    except OSError as exc:
        raise _fail(shown, 1, os_reason(path, exc)) from exc
    finally:
        os.close(fd)


def read_text(path: Path, shown: str) -> str:
    """Return the file's text with ``\\n`` line ends; raise with ``file:line`` if unreadable.

    Refused: anything but a regular file, more than :data:`MAX_FILE_BYTES`, bytes that are not
    UTF-8, a NUL character, a line longer than :data:`MAX_LINE_CHARS`.
    """
    data = read_bytes_limited(path, shown)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _fail(shown, line, QT_TRANSLATE_NOOP("core", "not UTF-8 text (byte 0x{byte}); save the file as UTF-8").format(
            byte=f"{data[exc.start]:02x}")) from exc
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    check_lines(text, shown)
    return text


def check_lines(text: str, shown: str, first_line: int = 1) -> None:
    """Raise ``file:line: reason`` for a NUL character or a line over :data:`MAX_LINE_CHARS`."""
    nul = text.find("\x00")
    if nul >= 0:
        raise _fail(shown, first_line + text.count("\n", 0, nul), QT_TRANSLATE_NOOP("core", "the file holds a NUL character; it is not text"))
    long_line = _LONG_LINE_RE.search(text)
    if long_line is not None:
        start = text.rfind("\n", 0, long_line.start()) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        raise _fail(shown, first_line + text.count("\n", 0, start), QT_TRANSLATE_NOOP(
            "core", "line is {length} characters long; the limit is {limit}").format(
            length=f"{end - start:,}", limit=f"{MAX_LINE_CHARS:,}"))


def split_front_matter(text: str, shown: str) -> tuple[str, int, list[str], int]:
    """Split ``---`` front matter from the body.

    Returns (front-matter text, its first line, body lines, first body line).
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ContentFileError(ContentError(shown, 1, "the file must start with '---' front matter"))
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), 2, lines[index + 1:], index + 2
    raise ContentFileError(ContentError(shown, 1, "front matter is not closed by a '---' line"))
