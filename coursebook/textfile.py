"""Reading content files as UTF-8 text, with the line of any undecodable byte."""

from __future__ import annotations

from pathlib import Path

from .errors import ContentError, ContentFileError


def read_text(path: Path, shown: str) -> str:
    """Return the file's text with ``\\n`` line ends; raise with ``file:line`` if unreadable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentFileError(ContentError(shown, 1, f"cannot read file: {exc.strerror}")) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ContentFileError(
            ContentError(shown, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8")
        ) from exc
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


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
