"""Bookmarks, highlights and notes, per profile, anchored so that they survive content edits.

Rule: a highlight keeps the quoted passage with up to ``CONTEXT`` characters before and after it
(a W3C-style text-quote selector). On a changed text it is found again by its quote, the context
picking between repeats; when the quote is gone it is reported as *orphaned* — never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from ..search.fold import fold

CONTEXT = 32
BOOKMARK, HIGHLIGHT = "bookmark", "highlight"


@dataclass(frozen=True)
class Annotation:
    id: int
    module_id: str
    section_id: str
    kind: str
    quote: str
    prefix: str
    suffix: str
    note: str
    created: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


_COLUMNS = "id, module_id, section_id, kind, quote, prefix, suffix, note, created"


def add_bookmark(conn, profile_id: int, module_id: str, section_id: str, note: str = "") -> int:  # noqa: ANN001
    stamp = _now()
    return conn.execute(
        "INSERT INTO annotations(profile_id, module_id, section_id, kind, note, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (profile_id, module_id, section_id, BOOKMARK, note, stamp, stamp)).lastrowid


def add_highlight(conn, profile_id: int, module_id: str, section_id: str, text: str, start: int, end: int,  # noqa: ANN001
                  note: str = "") -> int:
    """Highlight ``text[start:end]`` of the section's shown text, keeping its context."""
    quote = text[start:end]
    if not quote.strip():
        raise ValueError("an empty passage cannot be highlighted")
    stamp = _now()
    return conn.execute(
        "INSERT INTO annotations(profile_id, module_id, section_id, kind, quote, prefix, suffix, note, created, "
        "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (profile_id, module_id, section_id, HIGHLIGHT, quote, text[max(0, start - CONTEXT):start],
         text[end:end + CONTEXT], note, stamp, stamp)).lastrowid


def set_note(conn, annotation_id: int, note: str) -> None:  # noqa: ANN001
    conn.execute("UPDATE annotations SET note=?, updated=? WHERE id=?", (note, _now(), annotation_id))


def delete(conn, annotation_id: int) -> None:  # noqa: ANN001
    conn.execute("DELETE FROM annotations WHERE id=?", (annotation_id,))


def listing(conn, profile_id: int, query: str = "", module_id: str | None = None,  # noqa: ANN001
            section_id: str | None = None) -> list[Annotation]:
    """This profile's annotations, newest first; ``query`` filters quote and note (accents optional)."""
    sql = f"SELECT {_COLUMNS} FROM annotations WHERE profile_id=?"
    args: list = [profile_id]
    if module_id:
        sql += " AND module_id=?"
        args.append(module_id)
    if section_id:
        sql += " AND section_id=?"
        args.append(section_id)
    rows = [Annotation(*row) for row in conn.execute(sql + " ORDER BY created DESC, id DESC", args)]
    needle = fold(query.strip())
    if needle:
        rows = [a for a in rows if needle in fold(f"{a.quote} {a.note} {a.section_id} {a.module_id}")]
    return rows


def locate(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the highlighted passage is in ``text`` now, or None when it is gone (orphaned).

    Exact quote first; among repeats the one whose context matches best; then the same with
    folded case and accents (a typo fix in an accent keeps the highlight)."""
    if annotation.kind != HIGHLIGHT:
        return None
    for haystack, quote, prefix, suffix in (
            (text, annotation.quote, annotation.prefix, annotation.suffix),
            (fold(text), fold(annotation.quote), fold(annotation.prefix), fold(annotation.suffix))):
        starts = []
        position = haystack.find(quote)
        while position >= 0:
            starts.append(position)
            position = haystack.find(quote, position + 1)
        if starts:
            def score(start: int) -> int:
                before = haystack[max(0, start - len(prefix)):start]
                after = haystack[start + len(quote):start + len(quote) + len(suffix)]
                return _common_suffix(before, prefix) + _common_prefix(after, suffix)

            best = max(starts, key=score)
            return best, best + len(quote)
    return None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def export_markdown(annotations: list[Annotation], titles: dict[tuple[str, str], str],
                    orphaned: set[int] = frozenset(), orphan_label: str = "(no longer in the text)") -> str:
    """Bookmarks and notes as Markdown, grouped by module and section; ``titles`` maps
    (module, section) and (module, "") to titles."""
    lines: list[str] = []
    current_module = current_section = None
    for item in sorted(annotations, key=lambda a: (a.module_id, a.section_id, a.created)):
        if item.module_id != current_module:
            current_module, current_section = item.module_id, None
            lines += ["", f"# {titles.get((item.module_id, ''), item.module_id)}"]
        if item.section_id != current_section:
            current_section = item.section_id
            lines += ["", f"## {titles.get((item.module_id, item.section_id), item.section_id)}", ""]
        if item.kind == BOOKMARK:
            lines.append("- 🔖 " + (item.note or "—"))
        else:
            quote = " ".join(item.quote.split())
            mark = f" {orphan_label}" if item.id in orphaned else ""
            lines.append(f"- > {quote}{mark}")
            if item.note:
                lines.append(f"  {item.note}")
    return "\n".join(lines).strip() + "\n"
