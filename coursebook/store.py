"""The learner store: one SQLite file (through sqlite-utils) with a versioned schema.

Rules:
- The schema version is ``PRAGMA user_version``; each step up is one ``upgrade_version_N`` function
  run inside one transaction, so a failed upgrade leaves the previous version intact.
- WAL journal and ``synchronous=FULL``: a statement that returned is on disk, so a crash or a power
  cut loses no confirmed answer.
- On open the file is checked; a corrupt file is moved aside and the newest good backup restored.
- Everything is keyed by profile: several people can share one machine.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # sqlite-utils is imported only when the schema changes: ~45 ms saved per start
    import sqlite_utils

DB_NAME = "coursebook.db"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 5
BACKUP_EVERY_SECONDS = 24 * 3600


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


# --- schema steps: one per version, each run in its own transaction --------------------------

def upgrade_version_1(db: "sqlite_utils.Database") -> None:
    """Profiles and per-profile settings."""
    db["profiles"].create({"id": int, "name": str, "role": str, "created": str}, pk="id",
                          not_null={"name", "role", "created"}, defaults={"role": "learner"})
    db["profiles"].create_index(["name"], unique=True)
    db["settings"].create({"profile_id": int, "key": str, "value": str}, pk=("profile_id", "key"),
                          foreign_keys=[("profile_id", "profiles", "id")])


def upgrade_version_2(db: "sqlite_utils.Database") -> None:
    """Reading progress per section and the last place opened."""
    db["progress"].create(
        {"profile_id": int, "module_id": str, "section_id": str, "visited": str,
         "scroll": float, "seconds": float, "updated": str},
        pk=("profile_id", "module_id", "section_id"),
        foreign_keys=[("profile_id", "profiles", "id")],
        defaults={"scroll": 0.0, "seconds": 0.0},
    )
    db["last_place"].create(
        {"profile_id": int, "module_id": str, "section_id": str, "scroll": float, "updated": str},
        pk="profile_id", foreign_keys=[("profile_id", "profiles", "id")],
    )


def upgrade_version_3(db: "sqlite_utils.Database") -> None:
    """Learning objectives the learner has ticked."""
    db["objectives"].create(
        {"profile_id": int, "module_id": str, "objective": int, "done": int, "updated": str},
        pk=("profile_id", "module_id", "objective"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )


def upgrade_version_4(db: "sqlite_utils.Database") -> None:
    """Quiz attempts and every answer given, saved the moment it is confirmed."""
    db["attempts"].create(
        {"id": int, "profile_id": int, "quiz_id": str, "mode": str, "title": str, "plan": str,
         "started": str, "deadline": str, "finished": str, "score": float, "max_score": float,
         "seconds": float},
        pk="id", foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["attempts"].create_index(["profile_id", "quiz_id"])
    db["responses"].create(
        {"attempt_id": int, "slot": int, "question_key": str, "response": str,
         "fraction": float, "answered": str},
        pk=("attempt_id", "slot"), foreign_keys=[("attempt_id", "attempts", "id")],
    )
    db["responses"].create_index(["question_key"])


UPGRADES: list[Callable[["sqlite_utils.Database"], None]] = [
    upgrade_version_1, upgrade_version_2, upgrade_version_3, upgrade_version_4,
]
SCHEMA_VERSION = len(UPGRADES)


class StoreError(Exception):
    pass


class Profile(NamedTuple):
    """A person using the machine; ``role`` is ``learner`` or ``trainer``."""

    id: int
    name: str
    role: str


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def check_file(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database, else what is wrong with it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


class Store:
    """All learner data. Methods commit before they return unless inside :meth:`transaction`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / DB_NAME
        #: What happened at open that the user should be told (a recovery), else "".
        self.recovery_note = ""
        if self.path.exists():
            problem = check_file(self.path)
            if problem:
                self.recovery_note = self._recover(problem)
        self.conn = _connect(self.path)
        self.migrate()
        if not self.recovery_note:
            self.backup_if_due()

    # --- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        """Run each missing upgrade step in its own transaction, in order."""
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer Coursebook (schema {current})")
        if current >= target:
            return
        import sqlite_utils

        db = sqlite_utils.Database(self.conn)
        for number in range(current + 1, target + 1):
            with self.transaction():
                UPGRADES[number - 1](db)
                self.conn.execute(f"PRAGMA user_version = {number}")

    # --- backups and recovery -----------------------------------------------------------------
    def backups(self) -> list[Path]:
        return sorted((self.folder / BACKUP_DIR).glob("coursebook-*.db"), reverse=True)

    def backup(self) -> Path:
        """Copy the database (consistently, through SQLite's backup API) and keep the newest few."""
        target_dir = self.folder / BACKUP_DIR
        target_dir.mkdir(exist_ok=True)
        target = target_dir / f"coursebook-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.db"
        dest = sqlite3.connect(str(target))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        for old in self.backups()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)
        return target

    def backup_if_due(self) -> None:
        existing = self.backups()
        if not existing or time.time() - existing[0].stat().st_mtime > BACKUP_EVERY_SECONDS:
            self.backup()

    def _recover(self, problem: str) -> str:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{DB_NAME}.corrupt-{stamp}")
        self.path.rename(aside)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(DB_NAME + suffix)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + suffix))
        for candidate in self.backups():
            if check_file(candidate) is None:
                import shutil

                shutil.copy2(candidate, self.path)
                return (f"The learner database was damaged ({problem}). It was moved to {aside.name} "
                        f"and the backup of {candidate.stem.removeprefix('coursebook-')} was restored.")
        return (f"The learner database was damaged ({problem}) and no good backup was found. "
                f"It was moved to {aside.name} and a new one was started.")

    # --- profiles -----------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        rows = self.conn.execute("SELECT id, name, role FROM profiles ORDER BY id").fetchall()
        return [Profile(*row) for row in rows]

    def create_profile(self, name: str, role: str = "learner") -> Profile:
        cursor = self.conn.execute("INSERT INTO profiles(name, role, created) VALUES (?, ?, ?)", (name, role, now()))
        return Profile(int(cursor.lastrowid), name, role)

    def default_profile(self) -> Profile:
        """The first profile; created on first start, named after the system user."""
        existing = self.profiles()
        if existing:
            return existing[0]
        import getpass

        try:
            name = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name on some systems; any name will do
            name = "learner"
        return self.create_profile(name or "learner")

    # --- settings -----------------------------------------------------------------------------
    def get_setting(self, profile_id: int, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE profile_id=? AND key=?",
                                (profile_id, key)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, profile_id: int, key: str, value: Any) -> None:
        self.conn.execute("INSERT INTO settings(profile_id, key, value) VALUES (?, ?, ?) "
                          "ON CONFLICT(profile_id, key) DO UPDATE SET value=excluded.value",
                          (profile_id, key, json.dumps(value)))

    # --- reading progress ---------------------------------------------------------------------
    def record_visit(self, profile_id: int, module_id: str, section_id: str,
                     scroll: float = 0.0, seconds: float = 0.0) -> None:
        """Mark a section visited, remember its scroll position and add time spent."""
        stamp = now()
        self.conn.execute(
            "INSERT INTO progress(profile_id, module_id, section_id, visited, scroll, seconds, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id, module_id, section_id) DO UPDATE SET "
            "scroll=excluded.scroll, seconds=progress.seconds+excluded.seconds, updated=excluded.updated",
            (profile_id, module_id, section_id, stamp, scroll, max(0.0, seconds), stamp),
        )

    def section_progress(self, profile_id: int, module_id: str) -> dict[str, dict]:
        rows = self.conn.execute(
            "SELECT section_id, visited, scroll, seconds FROM progress WHERE profile_id=? AND module_id=?",
            (profile_id, module_id)).fetchall()
        return {r[0]: {"visited": r[1], "scroll": r[2], "seconds": r[3]} for r in rows}

    def visited_counts(self, profile_id: int) -> dict[str, int]:
        rows = self.conn.execute("SELECT module_id, COUNT(*) FROM progress WHERE profile_id=? GROUP BY module_id",
                                 (profile_id,)).fetchall()
        return {r[0]: r[1] for r in rows}

    def set_last_place(self, profile_id: int, module_id: str, section_id: str, scroll: float = 0.0) -> None:
        self.conn.execute(
            "INSERT INTO last_place(profile_id, module_id, section_id, scroll, updated) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(profile_id) DO UPDATE SET module_id=excluded.module_id, "
            "section_id=excluded.section_id, scroll=excluded.scroll, updated=excluded.updated",
            (profile_id, module_id, section_id, scroll, now()))

    def last_place(self, profile_id: int) -> tuple[str, str, float] | None:
        row = self.conn.execute("SELECT module_id, section_id, scroll FROM last_place WHERE profile_id=?",
                                (profile_id,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    # --- learning objectives ------------------------------------------------------------------
    def set_objective(self, profile_id: int, module_id: str, index: int, done: bool) -> None:
        self.conn.execute(
            "INSERT INTO objectives(profile_id, module_id, objective, done, updated) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(profile_id, module_id, objective) DO UPDATE SET done=excluded.done, updated=excluded.updated",
            (profile_id, module_id, index, int(done), now()))

    def objectives_done(self, profile_id: int, module_id: str) -> set[int]:
        rows = self.conn.execute("SELECT objective FROM objectives WHERE profile_id=? AND module_id=? AND done=1",
                                 (profile_id, module_id)).fetchall()
        return {r[0] for r in rows}
