"""Where learner data lives (from source and from the one-folder bundle), the self-check, the network
guard, and the bundle script's zip and content checks."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import platformdirs
import pytest

from coursebook import nonet, paths, resources
from coursebook.paths import DataDirError, data_dir, ensure_writable, install_dir, is_portable

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run from a bundle: the program is <tmp>/Coursebook/coursebook(.exe)."""
    folder = tmp_path / "Coursebook"
    folder.mkdir()
    program = folder / ("coursebook.exe" if sys.platform == "win32" else "coursebook")
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    return folder.resolve()


@pytest.fixture
def no_env_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COURSEBOOK_HOME", raising=False)


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


# --- precedence: --data-dir > COURSEBOOK_HOME > portable > platformdirs ---------------------------

def test_explicit_data_dir_beats_environment_and_portable(frozen: Path, tmp_path: Path) -> None:
    (frozen / paths.PORTABLE_MARKER).write_text("")
    explicit = tmp_path / "explicit"
    assert os.environ["COURSEBOOK_HOME"]  # set by conftest
    assert data_dir(explicit, portable=True) == explicit
    assert data_dir(str(explicit)) == explicit


def test_explicit_data_dir_expands_home() -> None:
    assert data_dir("~/coursebook-data") == Path.home() / "coursebook-data"


def test_environment_beats_portable(frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen / paths.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv("COURSEBOOK_HOME", str(tmp_path / "from-env"))
    assert data_dir() == tmp_path / "from-env"
    assert data_dir(None, portable=True) == tmp_path / "from-env"


def test_portable_beats_platform_folder(frozen: Path, no_env_home: None) -> None:
    assert data_dir() != frozen / "data"
    (frozen / paths.PORTABLE_MARKER).write_text("")
    assert data_dir() == frozen / "data"


def test_portable_flag_without_marker(frozen: Path, no_env_home: None) -> None:
    assert not (frozen / paths.PORTABLE_MARKER).exists()
    assert is_portable(True)
    assert data_dir(None, portable=True) == frozen / "data"


def test_platform_folder_is_the_default(frozen: Path, no_env_home: None) -> None:
    expected = Path(platformdirs.user_data_dir("Coursebook", appauthor=False))
    assert data_dir() == expected
    if sys.platform.startswith("linux"):  # conftest points XDG_DATA_HOME into tmp_path
        assert expected == Path(os.environ["XDG_DATA_HOME"]) / "Coursebook"


# --- portable marker when frozen ------------------------------------------------------------------

def test_frozen_install_dir_is_the_program_folder(frozen: Path) -> None:
    assert install_dir() == frozen


def test_portable_marker_detected_beside_the_program(frozen: Path, no_env_home: None) -> None:
    assert not is_portable()
    (frozen / "portable").write_text("")  # what an agency puts on the USB stick
    assert is_portable()
    folder = ensure_writable(data_dir())
    assert folder == frozen / "data" and folder.is_dir()


def test_portable_marker_in_a_subfolder_does_not_count(frozen: Path, no_env_home: None) -> None:
    (frozen / "_internal").mkdir()
    (frozen / "_internal" / "portable").write_text("")
    assert not is_portable()


def test_from_source_install_dir_is_the_source_tree() -> None:
    assert not getattr(sys, "frozen", False)
    assert install_dir() == ROOT


# --- installed mode never writes into the install folder -------------------------------------------

@pytest.mark.parametrize("xdg", [True, False], ids=["xdg-in-tmp", "real-default"])
def test_installed_data_folder_is_outside_install_folder(
        frozen: Path, no_env_home: None, monkeypatch: pytest.MonkeyPatch, xdg: bool) -> None:
    if not xdg:  # the real platform default; only computed, never created
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    folder = data_dir()
    assert not _inside(folder, frozen)
    assert not _inside(folder, install_dir())


def test_installed_data_folder_from_source_is_outside_source_tree(
        no_env_home: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    if (ROOT / paths.PORTABLE_MARKER).exists():
        pytest.skip("this checkout is marked portable")
    assert not _inside(data_dir(), ROOT)


# --- unwritable data folder ----------------------------------------------------------------------

def _assert_clear_message(error: DataDirError, folder: Path) -> None:
    message = str(error)
    assert str(folder) in message
    assert "Cannot write to the data folder" in message
    assert "--data-dir" in message and "COURSEBOOK_HOME" in message
    assert isinstance(error.__cause__, OSError)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can write to a read-only folder; see the regular-file cases")
def test_read_only_folder_gives_data_dir_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        for folder in (locked, locked / "data"):
            with pytest.raises(DataDirError) as caught:
                ensure_writable(folder)
            _assert_clear_message(caught.value, folder)
    finally:
        locked.chmod(0o700)


def test_folder_under_a_regular_file_gives_data_dir_error(tmp_path: Path) -> None:
    """Fails for root too: no folder can be made inside a file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    folder = blocker / "data"
    with pytest.raises(DataDirError) as caught:
        ensure_writable(folder)
    _assert_clear_message(caught.value, folder)


def test_data_folder_that_is_a_file_gives_data_dir_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file")
    with pytest.raises(DataDirError) as caught:
        ensure_writable(blocker)
    _assert_clear_message(caught.value, blocker)


def test_writable_folder_is_created_and_left_clean(tmp_path: Path) -> None:
    folder = ensure_writable(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert list(folder.iterdir()) == []


# --- bundled files are found beside the coursebook package (as build.spec places them) --------------

def test_content_and_assets_sit_beside_the_package() -> None:
    import coursebook

    package_parent = Path(coursebook.__file__).resolve().parent.parent
    assert resources.app_root() == package_parent
    assert resources.content_dir() == package_parent / "content"
    assert resources.asset("icons", "coursebook.svg") == package_parent / "assets" / "icons" / "coursebook.svg"
    assert resources.asset("icons", "coursebook.svg").is_file()


# --- the self-check, from source ------------------------------------------------------------------

def _coursebook_command() -> list[str]:
    script = Path(sys.executable).with_name("coursebook.exe" if sys.platform == "win32" else "coursebook")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "app"]


def test_self_check_from_source_passes(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["COURSEBOOK_HOME"] = str(tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([*_coursebook_command(), "--self-check"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check OK" in result.stdout
    assert "network blocked" in result.stdout


# --- the network guard ----------------------------------------------------------------------------

def test_network_guard_blocks_connections() -> None:
    nonet.allow_network()  # start from a known state, whatever an earlier test left
    before = socket.create_connection
    nonet.forbid_network()
    try:
        with pytest.raises(nonet.NetworkAttempt):
            socket.create_connection(("127.0.0.1", 9))
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            with pytest.raises(nonet.NetworkAttempt):
                sock.connect(("127.0.0.1", 9))
            with pytest.raises(nonet.NetworkAttempt):
                sock.connect_ex(("127.0.0.1", 9))
        with pytest.raises(nonet.NetworkAttempt):
            socket.getaddrinfo("localhost", 80)
    finally:
        nonet.allow_network()
    assert socket.create_connection is before


@pytest.mark.skipif(sys.platform == "win32", reason="Windows builds socketpair() from a TCP connect")
def test_network_guard_keeps_local_socket_pairs() -> None:
    nonet.allow_network()
    nonet.forbid_network()
    try:
        left, right = socket.socketpair()
        with left, right:
            left.sendall(b"ok")
            assert right.recv(2) == b"ok"
    finally:
        nonet.allow_network()


# --- scripts/build_bundle.py: reproducible zip, bundle check ----------------------------------------

def _build_bundle_module():
    name = "coursebook_build_bundle"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "build_bundle.py")
        module = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        sys.modules[name] = module  # dataclasses look their module up while the class is made
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_bundle_zip_is_reproducible_and_keeps_modes(tmp_path: Path) -> None:
    build_bundle = _build_bundle_module()
    folder = tmp_path / "coursebook"
    (folder / "_internal" / "content").mkdir(parents=True)
    (folder / "_internal" / "content" / "a.md").write_text("# A\n")
    program = folder / "coursebook"
    program.write_bytes(b"#!/bin/sh\n")
    program.chmod(0o755)
    can_link = hasattr(os, "symlink") and sys.platform != "win32"
    if can_link:
        os.symlink("content/a.md", folder / "_internal" / "link.md")
    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    build_bundle.make_zip(folder, first)
    os.utime(program, (1, 1))  # time stamps do not change the zip
    build_bundle.make_zip(folder, second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert "coursebook/coursebook" in names and "coursebook/_internal/content/a.md" in names
        mode = archive.getinfo("coursebook/coursebook").external_attr >> 16
        assert mode & stat.S_IXUSR
        if can_link:
            link = archive.getinfo("coursebook/_internal/link.md")
            assert stat.S_ISLNK(link.external_attr >> 16)
            assert archive.read(link) == b"content/a.md"


def test_bundle_check_finds_left_out_files(tmp_path: Path) -> None:
    build_bundle = _build_bundle_module()
    target = build_bundle.app_target()
    target.dist = tmp_path
    internal = target.folder / "_internal"
    (internal / "assets" / "icons").mkdir(parents=True)
    (internal / "content").mkdir()
    (internal / "assets" / "icons" / "coursebook.svg").write_text("<svg/>")
    target.executable.write_bytes(b"")
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    qt_lib.mkdir(parents=True)
    (qt_lib / "libQt6Widgets.so.6").write_bytes(b"")
    assert build_bundle.check_bundle(target) == []
    (qt_lib / "libQt6Network.so.6").write_bytes(b"")
    (internal / "libcrypto.so.3").write_bytes(b"")
    problems = build_bundle.check_bundle(target)
    assert len(problems) == 2 and any("libQt6Network" in p for p in problems)
    shutil.rmtree(internal / "content")
    assert any("missing content" in p for p in build_bundle.check_bundle(target))
