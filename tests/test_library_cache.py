"""The parsed-course cache: JSON only, used when content is unchanged, rebuilt after any edit."""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from pathlib import Path

from coursebook import cache as cache_module
from coursebook.cache import JsonCache, decode, encode
from coursebook.library_cache import CACHE_NAME, CATALOG_NAME, _named, load_catalog, load_library_cached

ROOT = Path(__file__).resolve().parent.parent


def test_cache_is_used_and_rebuilt_after_an_edit(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache = tmp_path / "cache"
    first = load_library_cached(content, cache)
    assert JsonCache(cache).path(_named(CACHE_NAME, content)).exists()
    assert [m.id for m in load_library_cached(content, cache).modules] == [m.id for m in first.modules]
    module = content / "thb" / "07-mednarodno-sodelovanje" / "module.md"
    stat = module.stat()
    # Same size, same modification time (a copy from a FAT stick keeps both): only the bytes differ.
    text = module.read_text(encoding="utf-8")
    assert "title: Mednarodno sodelovanje\n" in text
    module.write_text(text.replace("title: Mednarodno sodelovanje\n", "title: Mednarodno SODELOVANJE\n"),
                      encoding="utf-8")
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert module.stat().st_size == stat.st_size
    edited = load_library_cached(content, cache)
    assert edited.module("mednarodno-sodelovanje").meta.title == "Mednarodno SODELOVANJE"
    catalog, _key = load_catalog(content, cache)
    assert "Mednarodno SODELOVANJE" in [m["title"] for m in catalog["modules"]]


def test_an_updated_program_never_reads_the_old_cache(tmp_path, monkeypatch):
    load_library_cached(ROOT / "content", tmp_path)
    assert load_catalog(ROOT / "content", tmp_path)[0] is not None
    monkeypatch.setattr(cache_module, "_PROGRAM", "another-build")
    assert load_catalog(ROOT / "content", tmp_path)[0] is None


def test_a_planted_pickle_is_never_loaded(tmp_path):
    import pickle

    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    for name in ("library.pickle", f"{_named(CACHE_NAME, ROOT / 'content')}.pickle"):
        (tmp_path / name).write_bytes(pickle.dumps(Payload()))
    assert len(load_library_cached(ROOT / "content", tmp_path).modules) == 5
    assert not marker.exists()


def test_typed_json_makes_only_coursebook_dataclasses(tmp_path):
    from coursebook.loader import load_library

    library = load_library(ROOT / "content")
    again = decode(json.loads(json.dumps(encode(library))))
    assert again.modules[0] == library.modules[0] and again.modules[0] is again.courses[0].modules[0]
    for evil in ({"@c": "os:system", "@i": 0, "f": {}}, {"@c": "subprocess:Popen", "@i": 0, "f": {}},
                 {"@c": "coursebook.model:Path", "@i": 0, "f": {}}):
        with pytest.raises(ValueError):
            decode(evil)


def test_cache_hit_needs_no_yaml(tmp_path):
    load_library_cached(ROOT / "content", tmp_path)
    code = ("import sys; from pathlib import Path; from coursebook.library_cache import load_library_cached;"
            f"lib = load_library_cached(Path({str(ROOT / 'content')!r}), Path({str(tmp_path)!r}));"
            "assert len(lib.modules) == 5; raise SystemExit(1 if 'yaml' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_damaged_cache_is_rebuilt(tmp_path):
    load_library_cached(ROOT / "content", tmp_path)
    JsonCache(tmp_path).path(_named(CACHE_NAME, ROOT / "content")).write_bytes(b"{not json")
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
assert window.library.tree.model().rowCount() == 5
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
    assert len(list((tmp_path / "cache").glob("library-*.json"))) == 2
    assert len(list((tmp_path / "cache").glob(f"{CATALOG_NAME}-*.json"))) == 2


def _digest_reads(monkeypatch) -> list[str]:
    read: list[str] = []
    original = cache_module._file_digest
    monkeypatch.setattr(cache_module, "_file_digest", lambda path: (read.append(path), original(path))[1])
    return read


def test_remembered_digests_spare_reading_unchanged_files(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)  # every file counts as settled at once
    plain = cache_module.content_hash(content)
    read = _digest_reads(monkeypatch)
    assert cache_module.content_hash(content, tmp_path / "cache") == plain
    files = len(read)
    assert files > 10
    read.clear()
    assert cache_module.content_hash(content, tmp_path / "cache") == plain
    assert read == []  # nothing read again: the files' identities are unchanged


def test_an_edit_keeping_size_and_time_is_still_seen(tmp_path, monkeypatch):
    """Same size, modification time set back (a copy that keeps times): the change time differs."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)
    before = cache_module.content_hash(content, tmp_path / "cache")
    module = content / "thb" / "07-mednarodno-sodelovanje" / "module.md"
    stat = module.stat()
    time.sleep(0.01)
    data = module.read_bytes()
    module.write_bytes(data.replace(b"Mednarodno sodelovanje", b"Mednarodno SODELOVANJE", 1))
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (module.stat().st_size, module.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    read = _digest_reads(monkeypatch)
    after = cache_module.content_hash(content, tmp_path / "cache")
    assert read == [str(module)]  # only the edited file was read again
    assert after != before and after == cache_module.content_hash(content)


def test_a_file_changed_just_before_hashing_is_not_remembered(tmp_path, monkeypatch):
    """Git's racily-clean rule: on coarse file times a second edit within the same tick would keep
    size and times, so a digest taken within SETTLE_NS of the file's change is not kept."""
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("one", encoding="utf-8")
    (content / "b.md").write_text("two", encoding="utf-8")
    first = cache_module.content_hash(content, tmp_path / "cache")
    assert cache_module._DigestMemo(tmp_path / "cache", content).old == {}  # both changed just now
    read = _digest_reads(monkeypatch)
    assert cache_module.content_hash(content, tmp_path / "cache") == first
    assert sorted(read) == [str(content / "a.md"), str(content / "b.md")]  # so both are read again
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)
    cache_module.content_hash(content, tmp_path / "cache")
    assert sorted(cache_module._DigestMemo(tmp_path / "cache", content).old) == ["a.md", "b.md"]


def test_a_damaged_digest_memo_is_ignored(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)
    plain = cache_module.content_hash(content)
    cache_module.content_hash(content, tmp_path / "cache")
    memo = next((tmp_path / "cache").glob("digests-*.json"))
    data = json.loads(memo.read_text(encoding="utf-8"))
    for entry in data["value"].values():
        entry[4] = "not hex"
    memo.write_text(json.dumps(data), encoding="utf-8")
    assert cache_module.content_hash(content, tmp_path / "cache") == plain
    memo.write_text("{", encoding="utf-8")
    assert cache_module.content_hash(content, tmp_path / "cache") == plain


from hypothesis import given, settings, strategies as st

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=5) | st.integers(), children, max_size=4),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(_JSON, st.integers(min_value=0, max_value=8))
def test_json_written_in_pieces_is_the_same_text(value, depth):
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert "".join(cache_module.dumps_in_pieces(value, depth)) == expected


def test_a_large_cache_entry_is_written_a_member_at_a_time(tmp_path):
    modules = [{"id": f"m{i}", "text": "ž" * 100} for i in range(1000)]
    pieces = cache_module.dumps_in_pieces({"value": {"courses": [{"modules": modules}]}})
    assert len(pieces) > 1000 and max(len(p) for p in pieces) < 200  # no single call writes it all
    JsonCache(tmp_path).put("big", "k", {"courses": [{"modules": modules}]})
    assert JsonCache(tmp_path).get("big", "k") == {"courses": [{"modules": modules}]}
