"""One test per schema step added for self-study (reading progress, annotations, flashcards).

Each step is literal SQL, so it runs on a plain sqlite3 connection as well as through sqlite-utils."""

from __future__ import annotations

import sqlite3

import pytest

from coursebook import store as store_module


def _steps_until(name: str) -> list:
    steps = store_module.UPGRADES
    index = [s.__name__ for s in steps].index(name)
    return steps[:index], steps[index]


def _db(tmp_path, name: str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    before, _step = _steps_until(name)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for step in before:
        step(db)
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _profile(conn: sqlite3.Connection) -> int:
    return conn.execute("INSERT INTO profiles(name, role, created) VALUES ('a', 'learner', 'x')").lastrowid


def test_reading_progress_step_adds_read_state_and_place_per_module(tmp_path):
    conn = _db(tmp_path, "upgrade_version_7")
    pid = _profile(conn)
    conn.execute("INSERT INTO progress(profile_id, module_id, section_id, visited, updated) "
                 "VALUES (?, 'm', 's', 'x', 'x')", (pid,))
    store_module.upgrade_version_7(conn)  # a plain sqlite3 connection
    assert {"max_scroll", "read"} <= _columns(conn, "progress")
    assert conn.execute("SELECT max_scroll, read FROM progress").fetchone() == (0.0, None)  # old rows kept
    conn.execute("INSERT INTO module_place VALUES (?, 'm', 's', 0.5, 'x')", (pid,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO module_place VALUES (?, 'm', 't', 0.1, 'x')", (pid,))


def test_annotations_step_creates_anchored_annotations(tmp_path):
    conn = _db(tmp_path, "upgrade_version_8")
    store_module.upgrade_version_8(conn)
    assert {"module_id", "section_id", "kind", "quote", "prefix", "suffix", "note"} <= _columns(conn, "annotations")
    with pytest.raises(sqlite3.IntegrityError):  # quote etc. default, but kind is required
        conn.execute("INSERT INTO annotations(profile_id, module_id, section_id, created, updated) "
                     "VALUES (1, 'm', 's', 'x', 'x')")


def test_flashcards_step_creates_cards_and_review_history(tmp_path):
    conn = _db(tmp_path, "upgrade_version_9")
    store_module.upgrade_version_9(conn)
    assert {"card_key", "front", "back", "fsrs", "due", "source"} <= _columns(conn, "flashcards")
    assert {"card_key", "rating", "reviewed", "due"} <= _columns(conn, "flashcard_reviews")
    pid = _profile(conn)
    conn.execute("INSERT INTO flashcards(profile_id, card_key, module_id, source, front, back, created) "
                 "VALUES (?, 'k', 'm', 'glossary', 'f', 'b', 'x')", (pid,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO flashcards(profile_id, card_key, module_id, source, front, back, created) "
                     "VALUES (?, 'k', 'm', 'glossary', 'f', 'b', 'x')", (pid,))


def test_every_step_runs_through_sqlite_utils_too(tmp_path):
    import sqlite_utils

    db = sqlite_utils.Database(sqlite3.connect(str(tmp_path / "u.db"), isolation_level=None))
    for step in store_module.UPGRADES:
        step(db)
    assert {"module_place", "annotations", "flashcards", "flashcard_reviews"} <= set(db.table_names())
