"""The store: one test per schema step, progress, profiles, recovery from corruption."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from coursebook import store as store_module
from coursebook.store import SCHEMA_VERSION, Store, StoreError, check_file


def _db(tmp_path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    return sqlite_utils.Database(conn)


def _columns(db: sqlite_utils.Database, table: str) -> set[str]:
    return {c.name for c in db[table].columns}


def test_upgrade_version_1_creates_profiles_and_settings(tmp_path):
    db = _db(tmp_path)
    store_module.upgrade_version_1(db)
    assert {"id", "name", "role", "created"} <= _columns(db, "profiles")
    assert {"profile_id", "key", "value"} <= _columns(db, "settings")
    db["profiles"].insert({"name": "a", "role": "learner", "created": "x"})
    with pytest.raises(sqlite3.IntegrityError):
        db["profiles"].insert({"name": "a", "role": "learner", "created": "y"})


def test_upgrade_version_2_creates_progress_and_last_place(tmp_path):
    db = _db(tmp_path)
    store_module.upgrade_version_1(db)
    store_module.upgrade_version_2(db)
    assert {"profile_id", "module_id", "section_id", "visited", "scroll", "seconds"} <= _columns(db, "progress")
    assert db["progress"].pks == ["profile_id", "module_id", "section_id"]
    assert {"module_id", "section_id", "scroll"} <= _columns(db, "last_place")


def test_upgrade_version_3_creates_objectives(tmp_path):
    db = _db(tmp_path)
    for step in store_module.UPGRADES[:3]:
        step(db)
    assert {"profile_id", "module_id", "objective", "done"} <= _columns(db, "objectives")


def test_upgrade_version_4_creates_attempts_and_responses(tmp_path):
    db = _db(tmp_path)
    for step in store_module.UPGRADES[:4]:
        step(db)
    assert {"quiz_id", "mode", "plan", "deadline", "finished", "score"} <= _columns(db, "attempts")
    assert {"attempt_id", "slot", "question_key", "response", "fraction"} <= _columns(db, "responses")


def test_store_upgrades_an_old_database_step_by_step(tmp_path):
    s = Store.__new__(Store)  # open at version 2, as an older release would have left it
    s.folder, s.path, s.recovery_note = tmp_path, tmp_path / "coursebook.db", ""
    s.conn = store_module._connect(s.path)
    s.migrate(target=2)
    assert s.version == 2
    profile = s.create_profile("ana")
    s.record_visit(profile.id, "m", "uvod", 0.25, 3.0)
    s.close()
    reopened = Store(tmp_path)
    assert reopened.version == SCHEMA_VERSION
    assert reopened.section_progress(profile.id, "m")["uvod"]["seconds"] == 3.0
    reopened.close()


def test_failed_upgrade_leaves_previous_version(tmp_path, monkeypatch):
    def broken(db):
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    monkeypatch.setattr(store_module, "UPGRADES", store_module.UPGRADES[:3] + [broken])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 4)
    with pytest.raises(RuntimeError):
        Store(tmp_path)
    conn = sqlite3.connect(str(tmp_path / "coursebook.db"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_newer_schema_is_refused(tmp_path):
    Store(tmp_path).close()
    conn = sqlite3.connect(str(tmp_path / "coursebook.db"))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path)


def test_wal_and_full_sync(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_default_profile_created_once(store):
    first = store.default_profile()
    assert store.default_profile() == first
    assert len(store.profiles()) == 1


def test_progress_accumulates_time_and_keeps_latest_scroll(store):
    p = store.default_profile()
    store.record_visit(p.id, "m", "a", 0.1, 5)
    store.record_visit(p.id, "m", "a", 0.6, 7)
    row = store.section_progress(p.id, "m")["a"]
    assert row["seconds"] == 12 and row["scroll"] == 0.6
    assert store.visited_counts(p.id) == {"m": 1}


def test_progress_is_per_profile(store):
    a, b = store.default_profile(), store.create_profile("second")
    store.record_visit(a.id, "m", "x")
    store.set_last_place(a.id, "m", "x", 0.3)
    assert store.section_progress(b.id, "m") == {}
    assert store.last_place(b.id) is None
    assert store.last_place(a.id) == ("m", "x", 0.3)


def test_objectives_toggle(store):
    p = store.default_profile()
    store.set_objective(p.id, "m", 2, True)
    store.set_objective(p.id, "m", 0, True)
    store.set_objective(p.id, "m", 0, False)
    assert store.objectives_done(p.id, "m") == {2}


def test_settings_round_trip_json(store):
    p = store.default_profile()
    store.set_setting(p.id, "zoom", 3)
    store.set_setting(p.id, "zoom", 4)
    assert store.get_setting(p.id, "zoom") == 4
    assert store.get_setting(p.id, "missing", "d") == "d"


def test_corrupt_database_is_recovered_from_backup(tmp_path):
    s = Store(tmp_path)
    p = s.default_profile()
    s.record_visit(p.id, "m", "kept")
    s.backup()
    s.close()
    (tmp_path / "coursebook.db").write_bytes(b"this is not a database" * 200)
    for extra in ("coursebook.db-wal", "coursebook.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    recovered = Store(tmp_path)
    assert "damaged" in recovered.recovery_note and "restored" in recovered.recovery_note
    assert "kept" in recovered.section_progress(p.id, "m")
    assert list(tmp_path.glob("coursebook.db.corrupt-*"))
    recovered.close()


def test_corrupt_database_without_backup_starts_fresh(tmp_path):
    (tmp_path / "coursebook.db").write_bytes(b"garbage" * 500)
    s = Store(tmp_path)
    assert "no good backup" in s.recovery_note
    assert s.version == SCHEMA_VERSION
    s.close()


def test_check_file_detects_damage(tmp_path):
    s = Store(tmp_path)
    s.close()
    assert check_file(tmp_path / "coursebook.db") is None
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"x" * 4096)
    assert check_file(bad)


def test_backups_are_rotated(tmp_path):
    s = Store(tmp_path)
    for _ in range(store_module.BACKUPS_KEPT + 3):
        s.backup()
    assert len(s.backups()) == store_module.BACKUPS_KEPT
    s.close()
