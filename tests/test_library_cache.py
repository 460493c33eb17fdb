"""The parsed-course cache: used when content is unchanged, rebuilt after any edit."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

from coursebook.library_cache import CACHE_NAME, _named, load_library_cached

ROOT = Path(__file__).resolve().parent.parent


def test_cache_is_used_and_rebuilt_after_an_edit(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache = tmp_path / "cache"
    first = load_library_cached(content, cache)
    assert _named(cache, CACHE_NAME, content).exists()
    assert [m.id for m in load_library_cached(content, cache).modules] == [m.id for m in first.modules]
    module = content / "thb" / "07-mednarodno-sodelovanje" / "module.md"
    time.sleep(0.01)
    module.write_text(module.read_text(encoding="utf-8").replace("title: Mednarodno sodelovanje",
                                                                 "title: Mednarodno sodelovanje (uredil)"),
                      encoding="utf-8")
    edited = load_library_cached(content, cache)
    assert edited.module("mednarodno-sodelovanje").meta.title == "Mednarodno sodelovanje (uredil)"


def test_cache_hit_needs_no_yaml(tmp_path):
    load_library_cached(ROOT / "content", tmp_path)
    code = ("import sys; from pathlib import Path; from coursebook.library_cache import load_library_cached;"
            f"lib = load_library_cached(Path({str(ROOT / 'content')!r}), Path({str(tmp_path)!r}));"
            "assert len(lib.modules) == 5; raise SystemExit(1 if 'yaml' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_damaged_cache_is_rebuilt(tmp_path):
    _named(tmp_path, CACHE_NAME, ROOT / "content").write_bytes(b"not a pickle")
    assert len(load_library_cached(ROOT / "content", tmp_path).modules) == 5


def test_library_start_builds_no_content_model(tmp_path):
    """With warm caches, showing the library imports neither the model, PyYAML nor Markdown."""
    code = f"""
import sys
from app.qt import QApplication
from app.main import open_session
from app.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_session({str(tmp_path)!r}))
window.show()
app.processEvents()
assert window.library.tree.topLevelItemCount() == 5
heavy = [m for m in ("coursebook.model", "yaml", "markdown", "sqlite_utils") if m in sys.modules]
print(heavy)
raise SystemExit(1 if heavy else 0)
"""
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert "coursebook.model" in first.stdout  # the first start parses the content and fills the caches
    second = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stdout + second.stderr


def test_two_content_folders_keep_separate_caches(tmp_path):
    other = tmp_path / "other"
    shutil.copytree(ROOT / "content", other)
    load_library_cached(ROOT / "content", tmp_path / "cache")
    load_library_cached(other, tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("library-*.pickle"))) == 2
