"""Content packs: course modules in one ``.coursepack`` file, carried on a USB stick.

A pack is a zip file holding ``manifest.json`` and a course folder (``course.yaml`` and module
folders, as in ``content/``). The manifest names the pack (``id``, ``version``, ``language``,
``title``) and the SHA-256 of every other file.

Rules:
- ``build`` validates the folder (the same checks as ``coursebook validate``) before writing.
- ``install`` checks everything before anything is installed: every entry name (no ``..``, no
  absolute path, no drive letter, no backslash, no link, nothing outside the manifest), the sizes
  (total uncompressed size, number of files, compression ratio: zip bombs are refused), every
  checksum and the course itself. It extracts into a temporary folder inside ``<data>/packs/``
  and renames it into place, so a pack is either wholly installed or not at all; it never writes
  outside that folder and never into the program folder.
- A newer version replaces an older one. Learners' progress is keyed by module id and section id,
  so it carries over; sections and modules that the new version no longer has are reported.
- Installing changes what every profile of the PC reads: where the PC has a trainer, only a trainer who
  gave the passphrase may (:func:`install_as`); a PC without a trainer installs for anyone.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from .. import yamlutil
from ..i18n import QT_TRANSLATE_NOOP, Message, MessageError, message
from ..loader import load_library
from ..model import LANGUAGES

MANIFEST = "manifest.json"
PACK_META = "pack.yaml"
SUFFIX = ".coursepack"
FORMAT = 1
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
VERSION_RE = re.compile(r"^[0-9]+(\.[0-9]+){0,3}$")

#: Limits against zip bombs and runaway packs.
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_FILES = 5000
MAX_RATIO = 100  # uncompressed / compressed, per file (above 64 kB) and for the whole pack
CHUNK = 256 * 1024

Progress = Callable[[int, int], None]


class PackError(MessageError):
    """A pack that cannot be built or installed; ``message`` is translatable, ``details`` name files."""

    def __init__(self, msg: Message, details: list[str] | None = None):
        super().__init__(msg)
        self.details = details or []

    def __str__(self) -> str:
        return "\n".join([self.sentence()] + self.details)


@dataclass
class PackInfo:
    id: str
    version: str
    language: str
    title: str
    path: Path


@dataclass
class InstallReport:
    info: PackInfo
    previous: str | None = None  # the version it replaced
    modules: list[str] = field(default_factory=list)
    #: ``module-id#section-id`` (or a whole ``module-id``) the new version no longer has
    removed: list[str] = field(default_factory=list)
    #: files of the old version changed or added on this PC since it was installed (e.g. questions a
    #: trainer imported into a pack module): the new version replaces them
    changed: list[str] = field(default_factory=list)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _sha256() -> object:
    from cryptography.hazmat.primitives import hashes

    return hashes.Hash(hashes.SHA256())


def file_sha256(path: Path) -> str:
    digest = _sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)  # type: ignore[attr-defined]
    return digest.finalize().hex()  # type: ignore[attr-defined]


def _check_meta(data: object, where: str) -> dict:
    if not isinstance(data, dict):
        raise PackError(message(QT_TRANSLATE_NOOP("core", "{file} must name the pack's id, version, language and title."),
                                file=where))
    problems = []
    if not isinstance(data.get("id"), str) or not ID_RE.match(data["id"]):
        problems.append(f"{where}: 'id' must be lower-case letters, digits and '-'")
    if not isinstance(data.get("version"), (str, int)) or not VERSION_RE.match(str(data["version"])):
        problems.append(f"{where}: 'version' must be a number such as 1 or 1.2")
    if data.get("language") not in LANGUAGES:
        problems.append(f"{where}: 'language' must be one of {', '.join(LANGUAGES)}")
    if not isinstance(data.get("title"), str) or not data["title"].strip():
        problems.append(f"{where}: 'title' is required")
    if problems:
        raise PackError(message(QT_TRANSLATE_NOOP("core", "{file} does not describe the pack correctly."), file=where),
                        problems)
    return {"id": data["id"], "version": str(data["version"]), "language": data["language"], "title": data["title"]}


def _check_course(folder: Path, meta: dict, shown: str, rename: tuple[str, str] | None = None) -> list[str]:
    """Validate the course in ``folder``; return its module ids or raise with every problem
    (``rename``: a temporary folder's name to show as the pack file's name)."""
    from ..validate import validate

    library, errors, _report = validate(folder)
    problems = [str(e) for e in errors]
    if rename:
        problems = [p.replace(rename[0], rename[1], 1) for p in problems]
    modules = library.modules
    if not modules and not problems:
        problems.append(f"{shown}: no module (a folder with module.md) found")
    for module in modules:
        if module.meta.language != meta["language"]:
            problems.append(f"{module.path.name}: module '{module.id}' is in '{module.meta.language}', "
                            f"the pack in '{meta['language']}'")
    if problems:
        raise PackError(message(QT_TRANSLATE_NOOP("core", "The course in {file} has errors; nothing was done."),
                                file=shown), problems)
    return [m.id for m in modules]


# --- build --------------------------------------------------------------------------------------

def build(folder: Path, output: Path) -> PackInfo:
    """Validate ``folder`` (with ``pack.yaml``) and write it as a pack to ``output``."""
    meta_file = folder / PACK_META
    if not meta_file.is_file():
        raise PackError(message(QT_TRANSLATE_NOOP("core", "{file} is missing: it names the pack's id, version, "
                                                          "language and title."), file=str(meta_file)))
    try:
        meta = _check_meta(yamlutil.load(meta_file.read_text(encoding="utf-8")), str(meta_file))
    except yamlutil.YamlError as exc:
        raise PackError(message(QT_TRANSLATE_NOOP("core", "{file} does not describe the pack correctly."),
                                file=str(meta_file)), [f"{meta_file}:{exc.line}: {exc.message}"]) from None
    files: list[tuple[str, Path]] = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in PurePosixPath(relative).parts) or path == meta_file:
            continue
        if path.is_symlink():
            raise PackError(message(QT_TRANSLATE_NOOP("core", "{file} is a link; a pack holds only plain files."),
                                    file=str(path)))
        if path.is_file():
            _check_name(relative)  # what an install would refuse is refused here already
            files.append((relative, path))
    _check_course(folder, meta, str(folder))
    manifest = {"format": FORMAT, **meta, "files": {name: file_sha256(path) for name, path in files}}
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.{secrets.token_hex(4)}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_entry(MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, path in files:
                archive.writestr(_entry(name), path.read_bytes())
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return PackInfo(meta["id"], meta["version"], meta["language"], meta["title"], output)


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed date and plain-file permissions: the same folder gives the same pack."""
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


# --- reading and checking a pack file -----------------------------------------------------------

def _bad(text: str, **values: object) -> PackError:
    return PackError(message(text, **values))


_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def _check_name(name: str) -> None:
    """Refuse any name that could land outside the pack's folder on Linux, Windows or macOS:
    ``..``, absolute paths, drive letters and ``:`` (also Windows' alternate streams), backslashes,
    control characters, Windows device names."""
    path = PurePosixPath(name)
    parts = name.rstrip("/").split("/")
    if (not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name
            or any(part in ("..", "", ".") for part in parts) or path.is_absolute()
            or any(ord(char) < 32 for char in name)
            or any(_WINDOWS_DEVICES.match(part) or part.endswith((" ", ".")) for part in parts)):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: the entry '{name}' has a name that is not "
                                             "allowed (it could be written outside the pack's folder)."), name=name)


def _check_entries(archive: zipfile.ZipFile) -> tuple[dict, list[zipfile.ZipInfo]]:
    entries = archive.infolist()
    if len(entries) > MAX_FILES:
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: it holds more than {limit} files."), limit=MAX_FILES)
    total = compressed = 0
    files: list[zipfile.ZipInfo] = []
    for info in entries:
        _check_name(info.filename)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)  # 0 when the zip records permissions only
        if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
            raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' is a link or a special file."),
                       name=info.filename)
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' is encrypted."), name=info.filename)
        total += info.file_size
        compressed += info.compress_size
        if info.file_size > 65536 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' unpacks to more than {ratio} times "
                                                 "its size (a zip bomb)."), name=info.filename, ratio=MAX_RATIO)
        files.append(info)
    if total > MAX_TOTAL_BYTES:
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: it unpacks to more than {limit} MB."),
                   limit=MAX_TOTAL_BYTES // 1_000_000)
    if total > 1_000_000 and total > MAX_RATIO * max(compressed, 1):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: it unpacks to more than {ratio} times its size "
                                             "(a zip bomb)."), ratio=MAX_RATIO)
    names = [info.filename for info in files]
    if len(set(names)) != len(names):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: a file name appears twice."))
    if MANIFEST not in names:
        raise _bad(QT_TRANSLATE_NOOP("core", "This file is not a content pack: it has no {file}."), file=MANIFEST)
    manifest_info = next(info for info in files if info.filename == MANIFEST)
    if manifest_info.file_size > 4 * 1024 * 1024:
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: its {file} is too large."), file=MANIFEST)
    try:
        manifest = json.loads(archive.read(manifest_info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: its {file} is not valid JSON."), file=MANIFEST) from None
    meta = _check_meta(manifest, MANIFEST)
    listed = manifest.get("files")
    if not isinstance(listed, dict) or not all(isinstance(v, str) for v in listed.values()):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: its {file} lists no checksums."), file=MANIFEST)
    contents = [info for info in files if info.filename != MANIFEST]
    present = {info.filename for info in contents}
    for name in sorted(present - set(listed)):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' is not listed in its manifest."), name=name)
    for name in sorted(set(listed) - present):
        raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' is listed in its manifest but missing."),
                   name=name)
    return {**meta, "files": listed}, contents


def _extract(archive: zipfile.ZipFile, contents: list[zipfile.ZipInfo], manifest: dict, target: Path,
             progress: Progress | None) -> None:
    """Extract, counting the bytes really written (never trusting the sizes the zip declares)."""
    total = sum(info.file_size for info in contents) or 1
    done = 0
    root = target.resolve()
    for info in contents:
        destination = (target / info.filename).resolve()
        if root not in destination.parents:
            raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: the entry '{name}' would be written outside "
                                                 "the pack's folder."), name=info.filename)
        destination.parent.mkdir(parents=True, exist_ok=True)
        digest = _sha256()
        written = 0
        with archive.open(info) as source, open(destination, "xb") as out:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                written += len(chunk)
                if written > info.file_size:
                    raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' is larger than it declares."),
                               name=info.filename)
                digest.update(chunk)  # type: ignore[attr-defined]
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
        if digest.finalize().hex() != manifest["files"][info.filename]:  # type: ignore[attr-defined]
            raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: '{name}' does not match its checksum "
                                                 "(the file is damaged or was changed)."), name=info.filename)
    if progress:
        progress(total, total)


# --- installed packs ----------------------------------------------------------------------------

def packs_dir(data: Path) -> Path:
    return data / "packs"


def recover(folder: Path) -> None:
    """Finish or undo an install cut short (a power cut between its two renames)."""
    if not folder.is_dir():
        return
    for leftover in folder.iterdir():
        name = leftover.name
        if name.startswith(".old-"):
            pack_id = name[len(".old-"):].rsplit("-", 1)[0]
            if not (folder / pack_id).exists():
                os.replace(leftover, folder / pack_id)
            else:
                shutil.rmtree(leftover, ignore_errors=True)
        elif name.startswith(".incoming-"):
            shutil.rmtree(leftover, ignore_errors=True)


def read_info(folder: Path) -> PackInfo | None:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return PackInfo(str(data["id"]), str(data["version"]), str(data["language"]), str(data["title"]), folder)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def installed(data: Path) -> list[PackInfo]:
    """The packs installed in the data folder, by id."""
    from ..roots import pack_roots

    return [info for info in (read_info(root.path) for root in pack_roots(data)) if info is not None]


def changed_files(folder: Path) -> list[str]:
    """Files in an installed pack that differ from its manifest, or that it did not list."""
    try:
        listed = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files") or {}
    except (OSError, ValueError, AttributeError):
        return []
    changed = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST):
        name = path.relative_to(folder).as_posix()
        if listed.get(name) != file_sha256(path):
            changed.append(name)
    return changed


def _anchors(folder: Path) -> dict[str, set[str]]:
    library = load_library(folder)
    return {m.id: set(m.anchors()) for m in library.modules}


def install(pack: Path, data: Path, shipped: Path | None = None, progress: Progress | None = None) -> InstallReport:
    """Check ``pack`` and install it into ``<data>/packs/<id>/`` (see the module's rules)."""
    try:
        archive = zipfile.ZipFile(pack)
    except (zipfile.BadZipFile, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a zip file"
        raise _bad(QT_TRANSLATE_NOOP("core", "{file} cannot be read as a content pack: {reason}."),
                   file=str(pack), reason=reason) from None
    folder = packs_dir(data)
    with archive:
        manifest, contents = _check_entries(archive)
        folder.mkdir(parents=True, exist_ok=True)
        recover(folder)
        final = folder / manifest["id"]
        previous = read_info(final) if final.exists() else None
        if previous is not None and version_key(previous.version) >= version_key(manifest["version"]):
            raise _bad(QT_TRANSLATE_NOOP("core", "Pack {id} version {installed} is installed; this file has version "
                                                 "{version}, which is not newer. Nothing was changed."),
                       id=manifest["id"], installed=previous.version, version=manifest["version"])
        incoming = folder / f".incoming-{manifest['id']}-{secrets.token_hex(4)}"
        incoming.mkdir()
        try:
            _extract(archive, contents, manifest, incoming, progress)
            (incoming / MANIFEST).write_text(json.dumps({k: v for k, v in manifest.items()}, ensure_ascii=False,
                                                        indent=2), encoding="utf-8")
            modules = _check_course(incoming, manifest, pack.name, (incoming.name, pack.name))
            taken = _taken_ids(data, shipped, manifest["id"])
            clash = sorted(set(modules) & set(taken))
            if clash:
                raise _bad(QT_TRANSLATE_NOOP("core", "The pack is refused: module {module} is already in {where}."),
                           module=clash[0], where=taken[clash[0]])
            report = InstallReport(PackInfo(manifest["id"], manifest["version"], manifest["language"],
                                            manifest["title"], final),
                                   previous.version if previous else None, modules)
            if previous is not None:
                old, new = _anchors(final), _anchors(incoming)
                for module_id, anchors in sorted(old.items()):
                    if module_id not in new:
                        report.removed.append(module_id)
                    else:
                        report.removed += [f"{module_id}#{a}" for a in sorted(anchors - new[module_id])]
                report.changed = changed_files(final)
            from ..atomic import sync_folder

            if final.exists():  # an older version (or a damaged folder of the same id) goes aside
                aside = folder / f".old-{manifest['id']}-{secrets.token_hex(4)}"
                os.replace(final, aside)
                try:
                    os.replace(incoming, final)
                except OSError:
                    os.replace(aside, final)
                    raise
                sync_folder(folder)
                shutil.rmtree(aside, ignore_errors=True)
            else:
                os.replace(incoming, final)
                sync_folder(folder)
            return report
        finally:
            if incoming.exists():
                shutil.rmtree(incoming, ignore_errors=True)


def install_as(store, actor, pack: Path, shipped: Path | None = None,  # noqa: ANN001 - Store, Actor | None
               progress: Progress | None = None, data: Path | None = None) -> InstallReport:
    """:func:`install` into the store's data folder (or ``data``), refused with ``NotAllowed`` where the
    PC has a trainer and ``actor`` is not one."""
    from ..classroom.gradebook import check_trainer

    check_trainer(store, actor)
    return install(pack, data or store.folder, shipped, progress)


def _taken_ids(data: Path, shipped: Path | None, pack_id: str) -> dict[str, str]:
    taken: dict[str, str] = {}
    if shipped is not None and shipped.is_dir():
        taken.update({m.id: "the course shipped with Coursebook" for m in load_library(shipped).modules})
    for info in installed(data):
        if info.id != pack_id:
            taken.update({m.id: f"pack {info.id}" for m in load_library(info.path).modules})
    return taken
