"""Small helpers the quiz windows share: bank text as HTML, a countdown as text, a style property."""

from __future__ import annotations

import html
import re

from app.qt import QWidget


def prose_html(text: str) -> str:
    """Bank text as HTML: blank lines separate paragraphs, wrapped lines join, list lines stay lines."""
    parts = []
    for paragraph in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        out = ""
        for line in lines:
            if out and re.match(r"^([-•*]|\d+[.)])\s", line):
                out += "<br/>"
            elif out:
                out += " "
            out += html.escape(line)
        if out:
            parts.append(f"<p>{out}</p>")
    return "".join(parts)


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def restyle(widget: QWidget, name: str, value: str) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


