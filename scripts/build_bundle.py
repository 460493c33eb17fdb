"""Build the one-folder bundle with PyInstaller, zip it, check it, and print its sizes (``make bundle``).

    python scripts/build_bundle.py            # dist/coursebook/ and dist/coursebook-<version>-<platform>.zip
    python scripts/build_bundle.py --bare     # the baseline: build/bare/dist/bare_window/ (+ its zip)
    python scripts/build_bundle.py --no-zip   # skip the zip (e.g. to sign the files first) ...
    python scripts/build_bundle.py --zip-only # ... then zip the signed bundle without rebuilding

Offline and repeatable: PyInstaller runs with a fixed hash seed and SOURCE_DATE_EPOCH; the zip lists
its files in sorted order with fixed time stamps and permissions, so the same inputs give the same zip.
After building, the bundle is checked: the program and the course content are where the app looks for
them, and nothing the spec leaves out (QtNetwork, QtQml/Quick, WebEngine, OpenSSL, tkinter, ...) got in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import stat
import subprocess
import sys
import time
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAMPS = BUILD / "bundle-stamps"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip can hold, when SOURCE_DATE_EPOCH is unset

# Files that must never be in a bundle (checked after every build).
FORBIDDEN = re.compile(
    r"(Qt6?(Network|Qml|Quick|WebEngine|OpenGL|Multimedia|Pdf|Designer|Test)\w*[.](so|dll|dylib))"
    r"|(/Qt(Network|Qml|Quick|WebEngine|OpenGL|Multimedia|Test)\w*([.]\w+)?[.](so|pyd))"
    r"|(libssl|libcrypto|/_ssl[.]|/_hashlib[.]|/_tkinter[.]|/(tcl|tk)[\d.]*/)"
    r"|(/PySide6/(Qt/)?plugins/(tls|networkinformation|qmltooling|sqldrivers|designer|platformthemes|generic)/)",
    re.I,
)


class BundleError(RuntimeError):
    """The built bundle failed its check."""


@dataclass
class Target:
    name: str          # executable and folder name
    spec: Path
    dist: Path         # PyInstaller --distpath
    work: Path         # PyInstaller --workpath
    zip_name: str      # zip file name (without folder)
    zip_dir: Path
    inputs: tuple[str, ...]  # files/folders (relative to ROOT) whose contents decide freshness
    app_data: bool     # whether content/ and assets/ must be inside

    @property
    def folder(self) -> Path:
        return self.dist / self.name

    @property
    def executable(self) -> Path:
        return self.folder / (self.name + EXE_SUFFIX)

    @property
    def zip_path(self) -> Path:
        return self.zip_dir / self.zip_name

    @property
    def zip_source(self) -> Path:
        """What goes in the zip: the folder, or on macOS the Coursebook.app built beside it."""
        app = self.dist / "Coursebook.app"
        if sys.platform == "darwin" and self.app_data and app.is_dir():
            return app
        return self.folder


@dataclass
class Built:
    name: str
    folder: str
    executable: str
    zip: str | None
    folder_bytes: int
    files: int
    zip_bytes: int | None
    build_seconds: float | None  # None when a fresh earlier build was reused
    fingerprint: str


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = text.split("[project]", 1)[-1]
    match = re.search(r'^version\s*=\s*"([^"]+)"', project, re.M)
    return match.group(1) if match else "0"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def app_target() -> Target:
    return Target(
        name="coursebook", spec=ROOT / "build.spec", dist=DIST, work=BUILD / "pyinstaller",
        zip_name=f"coursebook-{project_version()}-{platform_tag()}.zip", zip_dir=DIST,
        inputs=("build.spec", "pyproject.toml", "scripts/coursebook_launcher.py", "app", "coursebook",
                "content", "assets"),
        app_data=True,
    )


def bare_target() -> Target:
    bare = BUILD / "bare"
    return Target(
        name="bare_window", spec=ROOT / "bench" / "bare_window.spec", dist=bare / "dist", work=bare / "work",
        zip_name=f"bare_window-{platform_tag()}.zip", zip_dir=bare,
        inputs=("build.spec", "bench/bare_window.spec", "bench/bare_window.py"),
        app_data=False,
    )


# --- freshness -----------------------------------------------------------------------------------

def fingerprint(target: Target) -> str:
    """A hash of everything the bundle is built from: its inputs' bytes and the tool versions."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for dist_name in ("pyinstaller", "PySide6-Essentials", "shiboken6"):
        try:
            digest.update(f"{dist_name}={version(dist_name)}\n".encode())
        except Exception:  # noqa: BLE001 - a missing distribution still gives a stable hash
            digest.update(f"{dist_name}=?\n".encode())
    digest.update(f"python={sys.version}\n".encode())
    for item in target.inputs:
        path = ROOT / item
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            rel = file.relative_to(ROOT).as_posix()
            if "__pycache__" in rel or rel.endswith(".pyc"):
                continue
            digest.update(rel.encode() + b"\0")
            digest.update(file.read_bytes() if file.exists() else b"<missing>")
            digest.update(b"\0")
    return digest.hexdigest()


def _stamp_path(target: Target) -> Path:
    return STAMPS / f"{target.name}.json"


def fresh_build(target: Target) -> Built | None:
    """The earlier build's record if the bundle (and its zip) exist and were built from the same inputs."""
    try:
        record = json.loads(_stamp_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("fingerprint") != fingerprint(target) or not target.executable.exists():
        return None
    if record.get("zip") and not Path(record["zip"]).exists():
        return None
    record["build_seconds"] = None
    try:
        return Built(**record)
    except TypeError:  # a record from another version of this script
        return None


# --- build, zip, measure, check --------------------------------------------------------------------

def run_pyinstaller(target: Target) -> float:
    env = dict(os.environ)
    env.setdefault("PYTHONHASHSEED", "0")
    env.setdefault("SOURCE_DATE_EPOCH", str(ZIP_EPOCH))
    cmd = [sys.executable, "-m", "PyInstaller", str(target.spec), "--noconfirm", "--clean",
           "--log-level", "WARN", "--distpath", str(target.dist), "--workpath", str(target.work)]
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes of the regular files under ``folder`` and their number (symbolic links count as 0)."""
    total = count = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            info = os.lstat(os.path.join(dirpath, name))
            if stat.S_ISREG(info.st_mode):
                total += info.st_size
                count += 1
    return total, count


def make_zip(folder: Path, zip_path: Path) -> int:
    """Zip ``folder`` (as a top-level folder of the same name) reproducibly; return the zip's size."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", ZIP_EPOCH))
    stamp = time.gmtime(max(epoch, ZIP_EPOCH))[:6]
    entries: list[Path] = []
    for dirpath, dirs, files in os.walk(folder):
        dirs.sort()
        base = Path(dirpath)
        entries += [base / d for d in dirs] + [base / f for f in sorted(files)]
    entries.sort(key=lambda p: p.relative_to(folder.parent).as_posix())
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = zip_path.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in entries:
            arcname = path.relative_to(folder.parent).as_posix()
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):  # kept as a link (PyInstaller links Qt libraries on Linux/macOS)
                entry = zipfile.ZipInfo(arcname, stamp)
                entry.create_system = 3
                entry.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(entry, os.readlink(path), compress_type=zipfile.ZIP_STORED)
            elif stat.S_ISDIR(info.st_mode):
                entry = zipfile.ZipInfo(arcname + "/", stamp)
                entry.create_system = 3
                entry.external_attr = ((stat.S_IFDIR | 0o755) << 16) | 0x10
                archive.writestr(entry, b"")
            else:
                mode = 0o755 if info.st_mode & stat.S_IXUSR else 0o644
                entry = zipfile.ZipInfo(arcname, stamp)
                entry.create_system = 3
                entry.external_attr = (stat.S_IFREG | mode) << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as src, archive.open(entry, "w") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
    os.replace(tmp, zip_path)
    return zip_path.stat().st_size


def check_bundle(target: Target) -> list[str]:
    """Problems with a built bundle: missing program or content, or files that must not be in it."""
    problems: list[str] = []
    if not target.executable.exists():
        problems.append(f"missing program {target.executable}")
    internal = target.folder / "_internal"
    meipass = internal if internal.is_dir() else target.folder
    if target.app_data:
        for needed in ("content", "assets/icons/coursebook.svg"):
            if not (meipass / needed).exists():
                problems.append(f"missing {needed} beside the coursebook package in {meipass}")
    for dirpath, _dirs, files in os.walk(target.folder):
        for name in files:
            rel = "/" + Path(dirpath, name).relative_to(target.folder).as_posix()
            if FORBIDDEN.search(rel):
                problems.append(f"left-out file is in the bundle: {rel.lstrip('/')}")
    return problems


def build(target: Target, zip_it: bool = True, reuse: bool = False) -> Built:
    """Build (or, with ``reuse``, take a fresh earlier build of) ``target``.

    Raises BundleError when the bundle fails its check, CalledProcessError when PyInstaller fails."""
    if reuse:
        earlier = fresh_build(target)
        if earlier is not None and (earlier.zip or not zip_it):
            return earlier
    stamp = fingerprint(target)
    seconds = run_pyinstaller(target)
    problems = check_bundle(target)
    if problems:
        raise BundleError("bundle check failed:\n  " + "\n  ".join(problems))
    folder_bytes, files = folder_size(target.folder)
    zip_bytes = make_zip(target.zip_source, target.zip_path) if zip_it else None
    built = Built(name=target.name, folder=str(target.folder), executable=str(target.executable),
                  zip=str(target.zip_path) if zip_it else None, folder_bytes=folder_bytes, files=files,
                  zip_bytes=zip_bytes, build_seconds=round(seconds, 1), fingerprint=stamp)
    STAMPS.mkdir(parents=True, exist_ok=True)
    _stamp_path(target).write_text(json.dumps(asdict(built), indent=2) + "\n", encoding="utf-8")
    return built


def mb(size: int | None) -> str:
    return "-" if size is None else f"{size / 1e6:.1f} MB"


def report(built: Built) -> str:
    lines = [f"{built.name}: {built.folder}  {mb(built.folder_bytes)} ({built.folder_bytes} bytes, "
             f"{built.files} files)"]
    if built.zip:
        lines.append(f"  zip: {built.zip}  {mb(built.zip_bytes)} ({built.zip_bytes} bytes)")
    if built.build_seconds is not None:
        lines.append(f"  PyInstaller build: {built.build_seconds:.1f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bare", action="store_true", help="build the bare-window baseline instead")
    parser.add_argument("--no-zip", action="store_true", help="do not zip the bundle")
    parser.add_argument("--zip-only", action="store_true", help="check and zip the bundle already built")
    parser.add_argument("--reuse", action="store_true", help="keep a bundle built from the same inputs")
    args = parser.parse_args(argv)
    target = bare_target() if args.bare else app_target()
    if args.zip_only:
        problems = check_bundle(target)
        if problems:
            print("build_bundle: bundle check failed:\n  " + "\n  ".join(problems), file=sys.stderr)
            return 1
        size = make_zip(target.zip_source, target.zip_path)
        print(f"{target.zip_path}  {mb(size)} ({size} bytes)")
        return 0
    started = time.perf_counter()
    try:
        built = build(target, zip_it=not args.no_zip, reuse=args.reuse)
    except (BundleError, subprocess.CalledProcessError) as exc:
        print(f"build_bundle: {exc}", file=sys.stderr)
        return 1
    print(report(built))
    print(f"  total (build, check, zip): {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
