"""The line-level Markdown syntax the content format relies on (shared by parser and renderer)."""

from __future__ import annotations

import re
import unicodedata

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ATTRS_RE = re.compile(r"^(.*?)\s*\{:?\s*([^{}]*)\}\s*$")
FENCE_RE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w-]*)")
BULLET_RE = re.compile(r"^(?:[-*+]|\d+[.)])\s+(.*)$")


def slug(text: str) -> str:
    """ASCII id from a heading title: ``Izmenjava informacij`` → ``izmenjava-informacij``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "section"


def parse_attrs(text: str) -> tuple[str | None, list[str], list[str]]:
    """``#id .kind`` → (id, classes, anything not understood)."""
    ident, classes, other = None, [], []
    for token in text.split():
        if token.startswith("#") and len(token) > 1:
            ident = token[1:]
        elif token.startswith(".") and len(token) > 1:
            classes.append(token[1:])
        else:
            other.append(token)
    return ident, classes, other
