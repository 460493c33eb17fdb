"""The store: one test per schema step, golden old databases, busy is not broken, damage recovered."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from coursebook import store as store_module
from coursebook.safety.instance_lock import FolderInUse
from coursebook.store import SCHEMA_VERSION, Store, StoreUnavailable, check_file

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent


def _conn(tmp_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _schema(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {row[0] for row in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- one test per step (literal SQL on a plain connection) --------------------------------------

def test_upgrade_version_1_creates_profiles_and_settings(tmp_path):
    conn = _conn(tmp_path)
    store_module.upgrade_version_1(conn)
    assert {"id", "name", "role", "created"} <= _columns(conn, "profiles")
    assert {"profile_id", "key", "value"} <= _columns(conn, "settings")
    conn.execute("INSERT INTO profiles(name, created) VALUES ('a', 'x')")
    assert conn.execute("SELECT role FROM profiles").fetchone() == ("learner",)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO profiles(name, created) VALUES ('a', 'y')")


def test_upgrade_version_2_creates_progress_and_last_place(tmp_path):
    conn = _conn(tmp_path)
    for step in store_module.UPGRADES[:2]:
        step(conn)
    assert {"profile_id", "module_id", "section_id", "visited", "scroll", "seconds"} <= _columns(conn, "progress")
    pk = [row[1] for row in sorted(conn.execute('PRAGMA table_info("progress")'), key=lambda r: r[5]) if row[5]]
    assert pk == ["profile_id", "module_id", "section_id"]
    assert {"module_id", "section_id", "scroll"} <= _columns(conn, "last_place")


def test_upgrade_version_3_creates_objectives(tmp_path):
    conn = _conn(tmp_path)
    for step in store_module.UPGRADES[:3]:
        step(conn)
    assert {"profile_id", "module_id", "objective", "done"} <= _columns(conn, "objectives")


def test_upgrade_version_4_creates_attempts_and_responses(tmp_path):
    conn = _conn(tmp_path)
    for step in store_module.UPGRADES[:4]:
        step(conn)
    assert {"quiz_id", "mode", "plan", "deadline", "finished", "score"} <= _columns(conn, "attempts")
    assert {"attempt_id", "slot", "question_key", "response", "fraction"} <= _columns(conn, "responses")


def test_upgrade_version_5_gives_the_store_an_identity(tmp_path):
    conn = _conn(tmp_path)
    for step in store_module.UPGRADES[:5]:
        step(conn)
    (uuid_text,) = conn.execute("SELECT uuid FROM store_identity").fetchone()
    assert len(uuid_text) == 32
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO store_identity(id, uuid) VALUES (2, 'x')")


# --- golden databases of every released version ---------------------------------------------------

@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_golden_database_of_every_old_version_upgrades(tmp_path, version):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(DATA / f"store-v{version}.db", folder / "coursebook.db")
    s = Store(folder)
    assert s.version == SCHEMA_VERSION
    assert [p.name for p in s.profiles()] == ["Ana Novak", "Trener"]
    assert s.get_setting(1, "zoom") == 2
    if version >= 2:
        assert s.section_progress(1, "medagencijsko-sodelovanje")["uvod"]["seconds"] == 120.0
    if version >= 3:
        assert s.objectives_done(1, "medagencijsko-sodelovanje") == {0}
    if version >= 4:
        assert s.conn.execute("SELECT COUNT(*) FROM responses").fetchone() == (1,)
    assert s.backups(), "an upgrade must be preceded by a backup"
    before = s.backups()[-1]
    assert sqlite3.connect(str(before)).execute("PRAGMA user_version").fetchone() == (version,)
    s.close()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    Store(fresh).close()
    assert _schema(folder / "coursebook.db") == _schema(fresh / "coursebook.db")


def test_failed_upgrade_leaves_previous_version(tmp_path, monkeypatch):
    shutil.copy(DATA / "store-v4.db", tmp_path / "coursebook.db")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(store_module, "UPGRADES", store_module.UPGRADES[:4] + [broken])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 5)
    with pytest.raises(RuntimeError):
        Store(tmp_path)
    conn = sqlite3.connect(str(tmp_path / "coursebook.db"))
    assert conn.execute("PRAGMA user_version").fetchone() == (4,)
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()


def test_newer_schema_is_refused_and_left_alone(tmp_path):
    Store(tmp_path).close()
    conn = sqlite3.connect(str(tmp_path / "coursebook.db"))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(tmp_path / "coursebook.db")
    with pytest.raises(StoreUnavailable, match="newer"):
        Store(tmp_path)
    assert _digest(tmp_path / "coursebook.db") == before


def test_wal_and_full_sync(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2


# --- busy is not broken ---------------------------------------------------------------------------

def _no_damage_files(folder: Path) -> bool:
    return not list(folder.glob("coursebook.db.damaged-*"))


def test_a_locked_database_is_reported_not_recovered(tmp_path, monkeypatch):
    s = Store(tmp_path)
    s.record_visit(s.default_profile().id, "m", "kept")
    s.close()
    (tmp_path / store_module.CLEAN_MARKER).unlink()  # as after a crash: the start checks the file
    holder = sqlite3.connect(str(tmp_path / "coursebook.db"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.3)
    with pytest.raises(StoreUnavailable, match="in use"):
        Store(tmp_path)
    holder.execute("ROLLBACK")
    holder.close()
    assert _no_damage_files(tmp_path)
    reopened = Store(tmp_path)
    assert "kept" in reopened.section_progress(1, "m")
    assert reopened.recovery_note is None
    reopened.close()


def test_a_lock_held_for_a_while_is_waited_for(tmp_path, monkeypatch):
    Store(tmp_path).close()
    (tmp_path / store_module.CLEAN_MARKER).unlink()
    holder = sqlite3.connect(str(tmp_path / "coursebook.db"), isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 5.0)
    threading.Timer(1.0, lambda: holder.execute("ROLLBACK")).start()
    s = Store(tmp_path)
    assert s.recovery_note is None and _no_damage_files(tmp_path)
    s.close()
    holder.close()


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("a small file system can only be mounted as root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_at_start_is_reported_not_recovered(small_disk):
    s = Store(small_disk)
    profile = s.default_profile()
    s.record_visit(profile.id, "m", "kept")
    s.close()
    (small_disk / store_module.CLEAN_MARKER).unlink()
    before = _digest(small_disk / "coursebook.db")
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    with pytest.raises(StoreUnavailable) as caught:
        Store(small_disk)
    assert "full" in str(caught.value) or "cannot" in str(caught.value)
    assert _digest(small_disk / "coursebook.db") == before
    assert _no_damage_files(small_disk)
    filler.unlink()
    again = Store(small_disk)
    assert "kept" in again.section_progress(profile.id, "m")
    again.close()


def test_a_read_only_database_is_reported_not_recovered(small_disk):
    s = Store(small_disk)
    s.default_profile()
    s.close()
    (small_disk / store_module.CLEAN_MARKER).unlink()
    before = _digest(small_disk / "coursebook.db")
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    with pytest.raises(StoreUnavailable) as caught:
        Store(small_disk, lock=False)
    assert "read-only" in str(caught.value) or "cannot" in str(caught.value)
    assert _digest(small_disk / "coursebook.db") == before


def test_an_unopenable_path_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises((StoreUnavailable, OSError)):
        Store(blocker)


# --- one instance per data folder -------------------------------------------------------------------

def test_second_store_on_the_same_folder_is_refused(tmp_path):
    first = Store(tmp_path)
    with pytest.raises(FolderInUse):
        Store(tmp_path)
    first.close()
    Store(tmp_path).close()


STARTER = """
import sys
from pathlib import Path
from coursebook.safety.instance_lock import FolderInUse
from coursebook.store import Store
try:
    s = Store(Path(sys.argv[1]))
except FolderInUse:
    print("in-use"); raise SystemExit(0)
s.default_profile(); s.record_visit(1, "m", sys.argv[2]); s.close(); print("opened")
"""


def test_two_starts_at_once_never_crash(tmp_path):
    outcomes = []
    for round_ in range(10):
        folder = tmp_path / f"f{round_}"
        folder.mkdir()
        procs = [subprocess.Popen([sys.executable, "-c", STARTER, str(folder), f"s{k}"], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in range(2)]
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            outcomes.append(out.strip())
    assert set(outcomes) <= {"opened", "in-use"} and "opened" in outcomes


# --- damage ---------------------------------------------------------------------------------------

def test_corrupt_database_is_recovered_from_backup(tmp_path):
    s = Store(tmp_path)
    p = s.default_profile()
    s.record_visit(p.id, "m", "kept")
    s.backup()
    s.close()
    (tmp_path / "coursebook.db").write_bytes(b"this is not a database" * 200)
    recovered = Store(tmp_path)
    note = str(recovered.recovery_note)
    assert "damaged" in note and "restored" in note
    assert "kept" in recovered.section_progress(p.id, "m")
    assert list(tmp_path.glob("coursebook.db.damaged-*"))
    recovered.close()


def test_a_zero_length_database_is_damage_not_a_new_store(tmp_path):
    s = Store(tmp_path)
    s.record_visit(s.default_profile().id, "m", "kept")
    s.close()  # backs up
    (tmp_path / "coursebook.db").write_bytes(b"")
    recovered = Store(tmp_path)
    assert "empty" in str(recovered.recovery_note)
    assert "kept" in recovered.section_progress(1, "m")
    recovered.close()


def test_corrupt_database_without_backup_starts_fresh(tmp_path):
    (tmp_path / "coursebook.db").write_bytes(b"garbage" * 500)
    s = Store(tmp_path)
    assert "no good backup" in str(s.recovery_note)
    assert s.version == SCHEMA_VERSION
    s.close()


def test_restore_takes_the_newest_backup_that_passes_integrity_check(tmp_path):
    s = Store(tmp_path)
    s.record_visit(s.default_profile().id, "m", "old")
    good = s.backup()
    s.record_visit(1, "m", "new")
    newest = s.backup()
    s.close(backup=False)
    data = bytearray(newest.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xff" * 4096  # break a b-tree page, keep the header
    newest.write_bytes(bytes(data))
    (tmp_path / "coursebook.db").write_bytes(b"")
    recovered = Store(tmp_path)
    assert good.name[11:26].replace("-", "") in str(recovered.recovery_note).replace("-", "").replace(":", "").replace(" ", "")
    assert set(recovered.section_progress(1, "m")) == {"old"}
    recovered.close()


def test_a_journal_from_another_database_is_set_aside(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    store_a = Store(a)
    store_a.record_visit(store_a.default_profile().id, "m", "a-section")
    store_a.close()
    store_b = Store(b)
    store_b.create_profile("someone else")
    for k in range(50):
        store_b.record_visit(1, "m", f"b-{k}")
    shutil.copy(b / "coursebook.db-wal", a / "coursebook.db-wal")  # B still open: its log is full
    store_b.close()
    opened = Store(a)
    assert "another database" in str(opened.recovery_note)
    assert set(opened.section_progress(1, "m")) == {"a-section"}
    assert "someone else" not in [p.name for p in opened.profiles()]
    assert list(a.glob("coursebook.db-wal.set-aside-*"))
    opened.close()


def test_own_journal_after_a_crash_is_replayed(tmp_path):
    code = (
        "import os, sys\nfrom pathlib import Path\nfrom coursebook.store import Store\n"
        "s = Store(Path(sys.argv[1])); p = s.default_profile()\n"
        "for k in range(20): s.record_visit(p.id, 'm', f's{k}')\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, check=True)
    assert (tmp_path / "coursebook.db-wal").stat().st_size > 0
    s = Store(tmp_path)
    assert s.recovery_note is None
    assert len(s.section_progress(1, "m")) == 20
    s.close()


@pytest.mark.parametrize("name", ["with#hash", "what?", "per%41cent", "mixed #?%41 žrtev"])
def test_odd_characters_in_the_data_folder_path(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    s = Store(folder)
    s.record_visit(s.default_profile().id, "m", "kept")
    s.close()
    s = Store(folder)
    assert "kept" in s.section_progress(1, "m") and s.recovery_note is None
    s.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert not list(folder.glob("coursebook.db.damaged-*"))


def test_check_file_detects_damage(tmp_path):
    s = Store(tmp_path)
    s.close()
    assert check_file(tmp_path / "coursebook.db") is None
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"x" * 4096)
    assert check_file(bad)


# --- backups --------------------------------------------------------------------------------------

def test_backups_are_bounded_by_count_and_size_and_never_collide(tmp_path):
    from coursebook.safety.backups import BackupPolicy

    s = Store(tmp_path, policy=BackupPolicy(keep=4, max_total_bytes=10**9))
    names = set()
    for _ in range(7):
        names.add(s.backup().name)
    assert len(names) == 7
    assert len(s.backups()) == 4
    s.close(backup=False)
    size = s.backups()[0].stat().st_size
    small = Store(tmp_path, policy=BackupPolicy(keep=10, max_total_bytes=int(size * 2.5)))
    for _ in range(3):
        small.backup()
    assert len(small.backups()) == 2
    small.close(backup=False)


def test_a_half_written_backup_never_counts(tmp_path):
    s = Store(tmp_path)
    s.default_profile()
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    partial = folder / "coursebook-20990101-000000-000000-abcdef.db.partial"
    partial.write_bytes(b"half")
    (folder / (partial.name + "-journal")).write_bytes(b"j")
    assert partial not in s.backups()
    os.utime(partial, (0, 0))
    os.utime(folder / (partial.name + "-journal"), (0, 0))
    s.backup()
    assert not list(folder.glob("*.partial*"))
    s.close()


def test_clean_close_backs_up_when_due_and_marks_the_exit(tmp_path):
    from coursebook.safety.backups import BackupPolicy

    s = Store(tmp_path, policy=BackupPolicy(every_seconds=0))
    s.default_profile()
    s.close()
    assert len(s.backups()) == 1
    assert (tmp_path / store_module.CLEAN_MARKER).exists()
    assert not (tmp_path / "coursebook.db-wal").exists() or (tmp_path / "coursebook.db-wal").stat().st_size == 0


def test_background_backup(tmp_path):
    s = Store(tmp_path)
    s.default_profile()
    s.backup_in_background()
    s.wait_for_backup()
    assert len(s.backups()) == 1
    s.close(backup=False)


# --- data -----------------------------------------------------------------------------------------

def test_default_profile_created_once(store):
    first = store.default_profile()
    assert store.default_profile() == first
    assert len(store.profiles()) == 1


def test_progress_accumulates_time_and_keeps_latest_scroll(store):
    p = store.default_profile()
    store.record_visit(p.id, "m", "s1", 0.2, 10)
    store.record_visit(p.id, "m", "s1", 0.7, 5)
    row = store.section_progress(p.id, "m")["s1"]
    assert row["scroll"] == 0.7 and row["seconds"] == 15


def test_progress_is_per_profile(store):
    a = store.default_profile()
    b = store.create_profile("b")
    store.record_visit(a.id, "m", "s1")
    assert store.section_progress(b.id, "m") == {}
    assert store.visited_counts(a.id) == {"m": 1}


def test_objectives_toggle(store):
    p = store.default_profile()
    store.set_objective(p.id, "m", 0, True)
    store.set_objective(p.id, "m", 2, True)
    store.set_objective(p.id, "m", 0, False)
    assert store.objectives_done(p.id, "m") == {2}


def test_settings_round_trip_json(store):
    p = store.default_profile()
    store.set_setting(p.id, "zoom", 3)
    store.set_setting(p.id, "zoom", 4)
    assert store.get_setting(p.id, "zoom") == 4
    assert store.get_setting(p.id, "missing", "d") == "d"
