"""Content packs: build, install, update keeping progress, every hostile entry refused."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from coursebook.interop import packs
from coursebook.interop.packs import PackError, build, install, installed

from conftest import CONTENT

MODULE = CONTENT / "thb" / "03-identifikace-obeti"


def make_source(folder: Path, version: str = "1", drop_section: str | None = None) -> Path:
    """A pack folder with one module (a copy of the Czech module under another id)."""
    shutil.rmtree(folder, ignore_errors=True)
    target = folder / "01-karty"
    shutil.copytree(MODULE, target)
    text = (target / "module.md").read_text(encoding="utf-8").replace("id: identifikace-obeti", "id: pack-karty", 1)
    if drop_section:  # the new version renames the section: its old id disappears
        assert "{#" + drop_section + " " in text
        text = text.replace("{#" + drop_section + " ", "{#" + drop_section + "-novy ")
        # ... and so does the objective_map in the front matter that names it
        text = re.sub(r"(?<=[\[ ])" + re.escape(drop_section) + r"(?=[,\]])", drop_section + "-novy", text)
        (target / "quiz.yaml").unlink()
    (target / "module.md").write_text(text, encoding="utf-8")
    if (target / "quiz.yaml").exists():
        bank = (target / "quiz.yaml").read_text(encoding="utf-8").replace("module: identifikace-obeti", "module: pack-karty")
        (target / "quiz.yaml").write_text(bank, encoding="utf-8")
    (folder / "course.yaml").write_text("id: karty\ntitle: Karty\n", encoding="utf-8")
    (folder / "pack.yaml").write_text(f"id: cz-karty\nversion: '{version}'\nlanguage: cs\ntitle: Karty\n", encoding="utf-8")
    return folder


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    return build(make_source(tmp_path / "src"), tmp_path / "karty.coursepack").path


def test_build_writes_manifest_with_checksums(pack_file: Path):
    with zipfile.ZipFile(pack_file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert (manifest["id"], manifest["version"], manifest["language"]) == ("cz-karty", "1", "cs")
        assert "01-karty/module.md" in manifest["files"] and "pack.yaml" not in manifest["files"]
        assert set(manifest["files"]) == set(archive.namelist()) - {"manifest.json"}
        from coursebook.interop.packs import _sha256

        digest = _sha256()
        digest.update(archive.read("01-karty/module.md"))
        assert manifest["files"]["01-karty/module.md"] == digest.finalize().hex()


def test_build_validates_first(tmp_path: Path):
    source = make_source(tmp_path / "src")
    (source / "pack.yaml").unlink()
    with pytest.raises(PackError, match="pack.yaml is missing"):
        build(source, tmp_path / "x.coursepack")
    source = make_source(tmp_path / "src")
    module = source / "01-karty" / "module.md"
    module.write_text(module.read_text(encoding="utf-8").replace("language: cs", "language: xx"), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        build(source, tmp_path / "x.coursepack")
    assert "module.md:" in str(caught.value) and not (tmp_path / "x.coursepack").exists()


def test_install_and_the_library_shows_the_pack(pack_file: Path, tmp_path: Path, store):
    data = tmp_path / "data"
    report = install(pack_file, data, CONTENT)
    assert report.modules == ["pack-karty"] and report.previous is None
    assert [(p.id, p.version) for p in installed(data)] == [("cz-karty", "1")]
    assert not [p for p in (data / "packs").iterdir() if p.name.startswith(".")]
    from app.session import Session

    session = Session(store, store.default_profile(), CONTENT, tmp_path / "cache", data=data)
    origins = {m["id"]: m["origin"] for m in session.catalog["modules"]}
    assert origins["pack-karty"] == {"kind": "pack", "id": "cz-karty", "version": "1", "title": "Karty"}
    assert origins["identifikace-obeti"] == {"kind": "shipped"}
    module = session.library.module("pack-karty")
    assert module is not None and module.origin["id"] == "cz-karty"
    # a second session reads the catalog from the cache and still knows the origin
    again = Session(store, store.default_profile(), CONTENT, tmp_path / "cache", data=data)
    assert {m["id"]: m["origin"]["kind"] for m in again.catalog["modules"]}["pack-karty"] == "pack"


def test_update_keeps_progress_and_reports_what_disappeared(pack_file: Path, tmp_path: Path, store):
    data = tmp_path / "data"
    install(pack_file, data, CONTENT)
    profile = store.default_profile()
    from coursebook.loader import load_library

    module = load_library(data / "packs" / "cz-karty").module("pack-karty")
    kept, dropped = module.sections[0].id, "indikatory"
    assert module.section(dropped) is not None
    store.record_visit(profile.id, "pack-karty", kept, 30)
    store.record_visit(profile.id, "pack-karty", dropped, 30)
    local = data / "packs" / "cz-karty" / "01-karty" / "quiz.yaml"
    local.write_text(local.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a trainer's own edit
    newer = build(make_source(tmp_path / "src2", version="1.1", drop_section=dropped), tmp_path / "v2.coursepack")
    report = install(newer.path, data, CONTENT)
    assert report.previous == "1" and report.info.version == "1.1"
    assert f"pack-karty#{dropped}" in report.removed and f"pack-karty#{kept}" not in report.removed
    assert report.changed == ["01-karty/quiz.yaml"]
    assert set(store.section_progress(profile.id, "pack-karty")) >= {kept, dropped}
    assert load_library(data / "packs" / "cz-karty").module("pack-karty").section(dropped) is None
    with pytest.raises(PackError, match="not newer"):
        install(pack_file, data, CONTENT)


def test_a_module_id_of_the_shipped_course_is_refused(tmp_path: Path):
    source = make_source(tmp_path / "src")
    module = source / "01-karty" / "module.md"
    module.write_text(module.read_text(encoding="utf-8").replace("id: pack-karty", "id: identifikace-obeti"),
                      encoding="utf-8")
    bank = source / "01-karty" / "quiz.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("module: pack-karty", "module: identifikace-obeti"),
                    encoding="utf-8")
    pack = build(source, tmp_path / "x.coursepack").path
    with pytest.raises(PackError, match="already in the course shipped"):
        install(pack, tmp_path / "data", CONTENT)
    assert installed(tmp_path / "data") == []


def rewrite(pack: Path, target: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]], manifest_extra: dict | None = None,
            keep_manifest_entry: bool = True) -> Path:
    """A copy of ``pack`` with hostile entries added (and listed in the manifest unless told)."""
    with zipfile.ZipFile(pack) as source:
        manifest = json.loads(source.read("manifest.json"))
        manifest["files"].update(manifest_extra or {})
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            for info in source.infolist():
                if info.filename != "manifest.json":
                    out.writestr(info, source.read(info))
            for entry, data in extra:
                out.writestr(entry, data)
            if keep_manifest_entry:
                out.writestr("manifest.json", json.dumps(manifest))
    return target


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize("name, data, expected", [
    ("../evil.txt", b"x", "outside the pack's folder"),
    ("01-karty/../../evil.txt", b"x", "outside the pack's folder"),
    ("/etc/evil.txt", b"x", "outside the pack's folder"),
    ("C:/evil.txt", b"x", "outside the pack's folder"),
    ("01-karty\\..\\evil.txt", b"x", "outside the pack's folder"),
    ("01-karty/notes.md:hidden", b"x", "outside the pack's folder"),
    ("01-karty/NUL.md", b"x", "outside the pack's folder"),
    (symlink_entry("01-karty/link"), b"/etc/passwd", "is a link"),
])
def test_hostile_entries_are_refused(pack_file: Path, tmp_path: Path, name, data, expected):
    listed = {name if isinstance(name, str) else name.filename: "0" * 64}
    hostile = rewrite(pack_file, tmp_path / "hostile.coursepack", [(name, data)], listed)
    data_dir = tmp_path / "data"
    with pytest.raises(PackError, match=expected):
        install(hostile, data_dir, CONTENT)
    assert not (tmp_path / "evil.txt").exists() and not (data_dir / "evil.txt").exists()
    assert installed(data_dir) == []


def test_unlisted_file_and_wrong_checksum_are_refused(pack_file: Path, tmp_path: Path):
    unlisted = rewrite(pack_file, tmp_path / "a.coursepack", [("01-karty/extra.md", b"x")])
    with pytest.raises(PackError, match="not listed in its manifest"):
        install(unlisted, tmp_path / "data", CONTENT)
    changed = rewrite(pack_file, tmp_path / "b.coursepack", [("01-karty/extra.md", b"x")],
                      {"01-karty/extra.md": "0" * 64})
    with pytest.raises(PackError, match="does not match its checksum"):
        install(changed, tmp_path / "data", CONTENT)
    assert installed(tmp_path / "data") == []
    assert not [p for p in (tmp_path / "data" / "packs").iterdir()]  # the temporary folder is gone
    no_manifest = rewrite(pack_file, tmp_path / "c.coursepack", [], keep_manifest_entry=False)
    with pytest.raises(PackError, match="has no manifest.json"):
        install(no_manifest, tmp_path / "data", CONTENT)
    (tmp_path / "d.coursepack").write_bytes(b"not a zip")
    with pytest.raises(PackError, match="cannot be read as a content pack"):
        install(tmp_path / "d.coursepack", tmp_path / "data", CONTENT)


def test_zip_bombs_are_refused(pack_file: Path, tmp_path: Path, monkeypatch):
    bomb = rewrite(pack_file, tmp_path / "bomb.coursepack", [("01-karty/zeros.bin", bytes(20_000_000))],
                   {"01-karty/zeros.bin": "0" * 64})
    with pytest.raises(PackError, match="zip bomb"):
        install(bomb, tmp_path / "data", CONTENT)
    monkeypatch.setattr(packs, "MAX_TOTAL_BYTES", 10_000)
    with pytest.raises(PackError, match="unpacks to more than"):
        install(pack_file, tmp_path / "data", CONTENT)
    assert installed(tmp_path / "data") == []


def test_progress_is_reported(pack_file: Path, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    install(pack_file, tmp_path / "data", CONTENT, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:]))


def test_an_install_cut_short_is_recovered(pack_file: Path, tmp_path: Path):
    data = tmp_path / "data"
    install(pack_file, data, CONTENT)
    folder = data / "packs"
    os.replace(folder / "cz-karty", folder / ".old-cz-karty-1234abcd")  # the power went between the renames
    packs.recover(folder)
    assert [p.id for p in installed(data)] == ["cz-karty"]


def test_cli_build_and_import(tmp_path: Path, capsys):
    from app.cli import main

    source = make_source(tmp_path / "src")
    out = tmp_path / "k.coursepack"
    assert main(["pack", "build", str(source), "-o", str(out)]) == 0
    assert main(["pack", "import", str(out), "--data-dir", str(tmp_path / "d")]) == 0
    assert "Installed pack cz-karty version 1" in capsys.readouterr().err
    assert main(["pack", "import", str(out), "--data-dir", str(tmp_path / "d")]) == 1
    assert "not newer" in capsys.readouterr().err


def test_a_pack_whose_course_does_not_validate_is_refused_naming_the_file(pack_file: Path, tmp_path: Path):
    from coursebook.interop.packs import _sha256

    broken = b"---\nid: pack-zlomeny\n---\n\n## Bez druhu {#x}\n"
    digest = _sha256()
    digest.update(broken)
    bad = rewrite(pack_file, tmp_path / "bad.coursepack", [("02-zlomeny/module.md", broken)],
                  {"02-zlomeny/module.md": digest.finalize().hex()})
    with pytest.raises(PackError) as caught:
        install(bad, tmp_path / "data", CONTENT)
    details = "\n".join(caught.value.details)
    assert "bad.coursepack/02-zlomeny/module.md:" in details and ".incoming" not in details
    assert installed(tmp_path / "data") == [] and not list((tmp_path / "data" / "packs").iterdir())


def test_a_module_id_in_two_packs_is_loaded_once_and_reported(pack_file: Path, tmp_path: Path):
    from coursebook.roots import content_roots, load_library_roots

    data = tmp_path / "data"
    install(pack_file, data, CONTENT)
    copy = data / "packs" / "zz-copy"
    shutil.copytree(data / "packs" / "cz-karty", copy)  # copied by hand, not installed
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    (copy / "manifest.json").write_text(json.dumps({**manifest, "id": "zz-copy"}), encoding="utf-8")
    roots = content_roots(CONTENT, data)
    assert [r.origin.get("id") for r in roots] == [None, "cz-karty", "zz-copy"]
    library = load_library_roots(roots, None)
    assert [m.id for m in library.modules].count("pack-karty") == 1
    assert library.module("pack-karty").origin["id"] == "cz-karty"
    assert any("already used" in e.message and "zz-copy" in e.path for e in library.errors)


def test_pack_import_is_for_trainers_where_the_pc_has_one(pack_file: Path, tmp_path: Path, store, trainer,
                                                          monkeypatch, capsys):
    import io

    from app.cli import main
    from coursebook.classroom.errors import NotAllowed
    from coursebook.interop.packs import install_as

    with pytest.raises(NotAllowed):
        install_as(store, None, pack_file, CONTENT)
    assert installed(store.folder) == []
    assert install_as(store, trainer, pack_file, CONTENT).info.id == "cz-karty"
    # the command line asks a trainer's passphrase, like the other trainer-only commands
    from coursebook.classroom import profiles
    from coursebook.store import Store

    other = Store(tmp_path / "pc")
    profiles.add_trainer(other, "Trener", "correct horse battery")
    other.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("a learner's guess\n"))
    assert main(["pack", "import", str(pack_file), "--data-dir", str(tmp_path / "pc")]) == 1
    assert "The passphrase is not right." in capsys.readouterr().err
    assert installed(tmp_path / "pc") == []
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["pack", "import", str(pack_file), "--data-dir", str(tmp_path / "pc")]) == 0
    assert [p.id for p in installed(tmp_path / "pc")] == ["cz-karty"]
