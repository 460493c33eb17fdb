"""A first start after a content change or an update reads the course on a worker thread behind a
progress window: the window's thread keeps running, and the main window then opens from the cache."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from coursebook import loader

from app.course_preparation import prepare_course
from app.main import open_session

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def copied_content(tmp_path, monkeypatch) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    monkeypatch.setenv("COURSEBOOK_CONTENT", str(content))
    return content


def _slow_parsing(monkeypatch) -> None:
    original = loader.parse_module

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003
        time.sleep(0.06)
        return original(*args, **kwargs)

    monkeypatch.setattr(loader, "parse_module", slow)


def test_the_course_is_read_off_the_window_thread_with_progress(qtbot, copied_content, monkeypatch, tmp_path):
    from app.qt import QTimer

    _slow_parsing(monkeypatch)
    session = open_session(str(tmp_path / "data"))
    assert not session.catalog_cached()  # nothing cached yet: the course must be read
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()
    started = time.monotonic()
    prepare_course(session)
    took = time.monotonic() - started
    heartbeat.stop()
    assert took >= 0.06 * 5  # five modules parsed, each slowed down
    assert len(beats) >= 5  # the window's thread ran its timers all along
    assert session._library is not None and len(session.catalog["modules"]) == 5
    session.store.close()
    # the next start finds the catalog in the cache and needs no preparation
    again = open_session(str(tmp_path / "data"))
    assert again.catalog_cached()
    again.store.close()


def test_the_progress_window_counts_the_modules_read(qtbot, copied_content, monkeypatch, tmp_path):
    from app import course_preparation
    from app.qt import QApplication, QProgressDialog

    _slow_parsing(monkeypatch)
    monkeypatch.setattr(course_preparation, "SHOW_AFTER_MS", 0)
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())

    from app.qt import QTimer

    watcher = QTimer()
    watcher.setInterval(50)
    watcher.timeout.connect(look)
    watcher.start()
    session = open_session(str(tmp_path / "data"))
    prepare_course(session)
    watcher.stop()
    assert any("module" in text and any(ch.isdigit() for ch in text) for text in seen), seen
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    session.store.close()


def test_a_course_that_fails_to_load_does_not_hang_the_start(qtbot, copied_content, monkeypatch, tmp_path):
    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003
        raise OSError("the disk went away")

    monkeypatch.setattr("app.session.load_library_roots", broken)
    session = open_session(str(tmp_path / "data"))
    prepare_course(session)  # returns; the window reports the problem as on any start
    assert session._library is None
    session.store.close()


def test_a_first_start_hashes_the_content_once(qtbot, copied_content, monkeypatch, tmp_path):
    """The check that finds no catalog has hashed the content; reading the course uses that key."""
    from coursebook import cache, library_cache

    hashed = []
    real = cache.content_hash
    monkeypatch.setattr(library_cache, "content_hash", lambda *a, **k: hashed.append(1) or real(*a, **k))
    session = open_session(str(tmp_path / "data"))
    assert not session.catalog_cached()
    prepare_course(session)
    assert len(session.catalog["modules"]) == 5 and session._library is not None
    assert hashed == [1]
    session.store.close()
