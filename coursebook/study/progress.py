"""Reading progress per profile: time and furthest scroll per section, read or not, and the place
last open in each module (each module reopens at its own section and scroll position).

States: ``unread`` (never opened), ``started`` (opened, not yet read), ``read``.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .reading import END

UNREAD, STARTED, READ = "unread", "started", "read"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def record(conn, profile_id: int, module_id: str, section_id: str, scroll: float, seconds: float,  # noqa: ANN001
           needed_seconds: float, at_end: bool = False) -> bool:
    """Add time on screen and the scroll reached; mark the section read once both suffice.

    Returns True when this call made the section read."""
    stamp = _now()
    reached = 1.0 if at_end else max(0.0, min(1.0, scroll))
    conn.execute(
        "INSERT INTO progress(profile_id, module_id, section_id, visited, scroll, seconds, updated, max_scroll) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id, module_id, section_id) DO UPDATE SET "
        "scroll=excluded.scroll, seconds=progress.seconds+excluded.seconds, updated=excluded.updated, "
        "max_scroll=max(progress.max_scroll, excluded.max_scroll)",
        (profile_id, module_id, section_id, stamp, scroll, max(0.0, seconds), stamp, reached))
    row = conn.execute("SELECT seconds, max_scroll, read FROM progress WHERE profile_id=? AND module_id=? "
                       "AND section_id=?", (profile_id, module_id, section_id)).fetchone()
    if row[2] is None and row[1] >= END and row[0] >= needed_seconds:
        conn.execute("UPDATE progress SET read=? WHERE profile_id=? AND module_id=? AND section_id=?",
                     (stamp, profile_id, module_id, section_id))
        return True
    return False


def states(conn, profile_id: int, module_id: str) -> dict[str, str]:  # noqa: ANN001
    """Section id → ``started`` or ``read`` (sections never opened are absent: unread)."""
    rows = conn.execute("SELECT section_id, read FROM progress WHERE profile_id=? AND module_id=?",
                        (profile_id, module_id)).fetchall()
    return {section: (READ if read else STARTED) for section, read in rows}


def read_sections(conn, profile_id: int) -> dict[str, set[str]]:  # noqa: ANN001
    """Module id → ids of its sections read."""
    result: dict[str, set[str]] = {}
    for module_id, section_id in conn.execute(
            "SELECT module_id, section_id FROM progress WHERE profile_id=? AND read IS NOT NULL", (profile_id,)):
        result.setdefault(module_id, set()).add(section_id)
    return result


def read_counts(conn, profile_id: int) -> dict[str, int]:  # noqa: ANN001
    """Module id → number of sections read (what the library's bar shows)."""
    rows = conn.execute("SELECT module_id, COUNT(*) FROM progress WHERE profile_id=? AND read IS NOT NULL "
                        "GROUP BY module_id", (profile_id,)).fetchall()
    return {module_id: count for module_id, count in rows}


def set_module_place(conn, profile_id: int, module_id: str, section_id: str, scroll: float) -> None:  # noqa: ANN001
    conn.execute(
        "INSERT INTO module_place(profile_id, module_id, section_id, scroll, updated) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(profile_id, module_id) DO UPDATE SET section_id=excluded.section_id, "
        "scroll=excluded.scroll, updated=excluded.updated",
        (profile_id, module_id, section_id, scroll, _now()))


def module_place(conn, profile_id: int, module_id: str) -> tuple[str, float] | None:  # noqa: ANN001
    """The section and scroll position where this profile last was in this module."""
    row = conn.execute("SELECT section_id, scroll FROM module_place WHERE profile_id=? AND module_id=?",
                       (profile_id, module_id)).fetchone()
    return (row[0], row[1]) if row else None
