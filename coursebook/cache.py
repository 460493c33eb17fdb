"""Caches in the data folder that can never run code and never go stale.

Rules:
- A cache file is JSON (never a pickle: the data folder may be a shared USB stick, and loading a
  pickle someone put there would run their code). Parsed content is stored with a typed-JSON codec
  that can rebuild only dataclasses of Coursebook's own core modules that are already imported,
  filling their fields without calling any method.
- Every entry is keyed by a hash of what it was made from (the content files' bytes) and of the
  program (its version and its own files), so an edited content file or an updated program can never
  be served a stale page, catalog or bank.
- A cache that cannot be read or written is only a slower start: errors are swallowed here.
- Writes go through the one atomic-write helper (not fsynced: losing a cache costs a rebuild).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path, PurePath
from typing import Any

from coursebook import __version__
from coursebook.atomic import write_atomic

try:  # hashlib's own BLAKE2b, without hashlib loading OpenSSL (~2 ms of start-up); a cache key, not security
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the module
    from hashlib import blake2b

#: Raised whenever the layout of cached data changes.
CACHE_FORMAT = 2
_PROGRAM: str | None = None


def program_fingerprint() -> str:
    """The program's identity: version, cache format, and its own files (sizes and times)."""
    global _PROGRAM
    if _PROGRAM is None:
        digest = blake2b(f"{__version__}/{CACHE_FORMAT}".encode(), digest_size=16)
        if getattr(sys, "frozen", False):
            targets = [str(sys.executable)]
        else:
            package = str(Path(__file__).resolve().parent)
            found = [(name.split(os.sep), path) for path, name in _regular_files(package) if name.endswith(".py")]
            targets = [path for _parts, path in sorted(found)]
        for target in targets:
            try:
                stat = os.stat(target)
            except OSError:
                continue
            digest.update(f"{os.path.basename(target)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
        _PROGRAM = digest.hexdigest()
    return _PROGRAM


def content_hash(root: Path, memo_dir: Path | None = None) -> str | None:
    """A hash of every regular file below ``root`` (relative names and bytes); None if unreadable.

    With ``memo_dir`` (the cache folder) each file's digest is remembered with the file's identity
    (size, modification and change times in ns, inode) and read again only when that changes: the
    test Python applies to its own ``.pyc`` files (size and time), made stricter with the change time,
    which no ordinary tool can set back, and the inode, which an editor's save-by-rename changes.
    A file changed less than :data:`SETTLE_NS` before it was hashed is not remembered (git's rule
    for "racily clean" files): on a file system with coarse times a second edit in the same tick
    would look unchanged. With 1,000 modules (40 MB) this is ~15 ms of ``stat`` instead of ~130 ms
    of reading at every start."""
    memo = _DigestMemo(memo_dir, root) if memo_dir is not None else None
    digest = blake2b(digest_size=20)
    try:
        for path, name in sorted(_regular_files(str(root))):
            try:
                if memo is not None:
                    size, part = memo.digest(path, name)
                else:
                    size, part = _file_digest(path)
            except OSError:
                continue
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(size.to_bytes(8, "little"))
            digest.update(part)
    except OSError:
        return None
    if memo is not None:
        memo.save()
    return digest.hexdigest()


#: A file changed this recently when it was hashed is hashed again next time (FAT's times are 2 s).
SETTLE_NS = 3_000_000_000


def _file_digest(path: str) -> tuple[int, bytes]:
    """(size, BLAKE2b digest of the bytes) of one file, read in pieces (never whole in memory)."""
    part = blake2b(digest_size=20)
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        while chunk := handle.read(1 << 20):
            part.update(chunk)
    return size, part.digest()


class _DigestMemo:
    """Each content file's digest under its identity, one JSON cache entry per content folder."""

    def __init__(self, folder: Path, root: Path):
        import time
        import zlib

        self.cache = JsonCache(folder)
        self.root = str(root)
        self.name = f"digests-{zlib.crc32(self.root.encode('utf-8', 'surrogateescape')):08x}"
        stored = self.cache.get(self.name, self.root)
        self.old: dict = stored if isinstance(stored, dict) else {}
        self.new: dict[str, list] = {}
        self.now = time.time_ns()

    def digest(self, path: str, name: str) -> tuple[int, bytes]:
        stat = os.stat(path, follow_symlinks=False)
        identity = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
        known = self.old.get(name)
        if isinstance(known, list) and len(known) == 5 and known[:4] == identity:
            try:
                part = bytes.fromhex(known[4])
            except (TypeError, ValueError):
                part = b""
            if len(part) == 20:
                self.new[name] = known
                return stat.st_size, part
        size, part = _file_digest(path)
        if size == stat.st_size and max(stat.st_mtime_ns, stat.st_ctime_ns) < self.now - SETTLE_NS:
            self.new[name] = identity + [part.hex()]
        return size, part

    def save(self) -> None:
        """Store the digests when anything changed (files added, edited, settled or removed)."""
        if self.new != self.old:
            self.cache.put(self.name, self.root, self.new)


def _regular_files(root: str) -> list[tuple[str, str]]:
    """(path, name relative to ``root``) of every regular file below ``root``; symbolic links and
    special files left out, unreadable folders skipped. One ``scandir`` a folder and no ``stat`` a
    file: start-up checks the course's files and the program's own this way."""
    found: list[tuple[str, str]] = []
    folders = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((entry.path, prefix + entry.name + os.sep))
                    elif entry.is_file(follow_symlinks=False):
                        found.append((entry.path, prefix + entry.name))
        except OSError:
            continue
    return found


def file_hash(path: Path) -> str | None:
    """A hash of a regular file's bytes; None for anything else (a FIFO is never opened)."""
    from coursebook.errors import ContentFileError
    from coursebook.textfile import read_bytes_limited

    try:
        return blake2b(read_bytes_limited(path, str(path)), digest_size=20).hexdigest()
    except ContentFileError:
        return None


#: Entries larger than this are parsed a piece at a time (:func:`loads_in_pieces`).
PIECES_FROM = 1 << 20


def loads_in_pieces(text: str, depth: int = 7) -> Any:
    """``json.loads(text)``, parsed a container at a time down to ``depth`` levels (the course cache:
    entry, library, courses, course, modules, module), below that each
    value is one ``raw_decode`` call.

    Rule: one ``json.loads`` of a large entry (the 1,000-module course: 52 MB) is a single C call that
    holds the interpreter lock throughout (0.3–0.9 s), so a worker thread reading it freezes the
    window; in pieces of one module each, the window's thread runs in between. Same result and same
    errors (ValueError) as ``json.loads``."""
    value, end = _piece(text, _skip(text, 0), depth)
    if _skip(text, end) != len(text):
        raise ValueError(f"Extra data at {end}")
    return value


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\n\r":
        index += 1
    return index


def _piece(text: str, index: int, depth: int) -> tuple[Any, int]:
    from json.decoder import scanstring

    opening = text[index:index + 1]
    if depth <= 0 or opening not in ("[", "{"):
        return _DECODER.raw_decode(text, index)
    closing = "]" if opening == "[" else "}"
    items: list | dict = [] if opening == "[" else {}
    index = _skip(text, index + 1)
    if text[index:index + 1] == closing:
        return items, index + 1
    while True:
        if isinstance(items, dict):
            if text[index:index + 1] != '"':
                raise ValueError(f"Expecting property name enclosed in double quotes at {index}")
            key, index = scanstring(text, index + 1)
            index = _skip(text, index)
            if text[index:index + 1] != ":":
                raise ValueError(f"Expecting ':' delimiter at {index}")
            value, index = _piece(text, _skip(text, index + 1), depth - 1)
            items[key] = value
        else:
            value, index = _piece(text, index, depth - 1)
            items.append(value)
        index = _skip(text, index)
        mark = text[index:index + 1]
        if mark == closing:
            return items, index + 1
        if mark != ",":
            raise ValueError(f"Expecting ',' delimiter at {index}")
        index = _skip(text, index + 1)


_DECODER = json.JSONDecoder()
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps_in_pieces(value: Any, depth: int = 7) -> list[str]:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` as a list of pieces that join to
    exactly that text, each container down to ``depth`` levels written a member at a time.

    Rule (the mirror of :func:`loads_in_pieces`): one ``json.dumps`` of the 1,000-module course (52 MB)
    is a single C call that holds the interpreter lock ~0.5 s, so writing the cache on a worker thread
    froze the window (or the progress window in front of it); a module at a time, it runs in between."""
    out: list[str] = []

    def piece(item: Any, level: int) -> None:
        if level <= 0 or not item or not isinstance(item, (list, dict)) or (
                isinstance(item, dict) and not all(isinstance(k, str) for k in item)):
            out.append(_ENCODE(item))  # a leaf, an empty container, or keys json.dumps would convert
            return
        if isinstance(item, list):
            out.append("[")
            for index, member in enumerate(item):
                if index:
                    out.append(",")
                piece(member, level - 1)
            out.append("]")
            return
        out.append("{")
        for index, (name, member) in enumerate(item.items()):
            out.append("," + _ENCODE(name) + ":" if index else _ENCODE(name) + ":")
            piece(member, level - 1)
        out.append("}")

    piece(value, depth)
    return out


class JsonCache:
    """Named JSON entries in one folder, each stored with the key it was made for."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def path(self, name: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{name}.json"

    def get(self, name: str, key: Any) -> Any:
        """The value stored under ``name`` if it was made for ``key`` (and this program), else None."""
        path = self.path(name)
        if path is None or key is None:
            return None
        try:
            raw = path.read_bytes()
            data = loads_in_pieces(raw.decode("utf-8")) if len(raw) > PIECES_FROM else json.loads(raw)
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("program") != program_fingerprint() or data.get("key") != key:
            return None
        return data.get("value")

    def put(self, name: str, key: Any, value: Any) -> None:
        path = self.path(name)
        if path is None or key is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            pieces = dumps_in_pieces({"program": program_fingerprint(), "key": key, "value": value})
            write_atomic(path, [piece.encode("utf-8") for piece in pieces], durable=False)
        except (OSError, TypeError, ValueError):
            pass  # a read-only or full data folder still works, only without the cache


# --- typed JSON for the parsed course ------------------------------------------------------------

def encode(value: Any) -> Any:
    """Plain JSON for a graph of core dataclasses (shared objects kept shared)."""
    import dataclasses  # not at start-up, which reads only plain JSON

    seen: dict[int, int] = {}

    def enc(obj: Any) -> Any:
        if obj is None or isinstance(obj, (bool, int, float, str)):
            return obj
        if isinstance(obj, list):
            return [enc(item) for item in obj]
        if isinstance(obj, tuple):
            return {"@t": [enc(item) for item in obj]}
        if isinstance(obj, (set, frozenset)):
            return {"@s": [enc(item) for item in sorted(obj, key=repr)]}
        if isinstance(obj, dict):
            return {"@d": [[enc(k), enc(v)] for k, v in obj.items()]}
        if isinstance(obj, PurePath):
            return {"@p": str(obj)}
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            cls = type(obj)
            if not cls.__module__.startswith("coursebook."):
                raise TypeError(f"cannot cache {cls!r}")
            if id(obj) in seen:
                return {"@r": seen[id(obj)]}
            seen[id(obj)] = len(seen)
            fields = {f.name: enc(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
            return {"@c": f"{cls.__module__}:{cls.__qualname__}", "@i": seen[id(obj)], "f": fields}
        raise TypeError(f"cannot cache {type(obj)!r}")

    return enc(value)


def decode(data: Any) -> Any:
    """The graph back; only dataclasses of already-imported ``coursebook.*`` modules are made."""
    import dataclasses

    made: dict[int, Any] = {}

    def cls_of(name: str) -> type:
        module_name, _, qualname = name.partition(":")
        module = sys.modules.get(module_name) if module_name.startswith("coursebook.") else None
        cls = getattr(module, qualname, None) if module is not None and "." not in qualname else None
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise ValueError(f"not a cacheable class: {name}")
        return cls

    def dec(obj: Any) -> Any:
        if isinstance(obj, list):
            return [dec(item) for item in obj]
        if not isinstance(obj, dict):
            return obj
        if "@t" in obj:
            return tuple(dec(item) for item in obj["@t"])
        if "@s" in obj:
            return {dec(item) for item in obj["@s"]}
        if "@d" in obj:
            return {dec(k): dec(v) for k, v in obj["@d"]}
        if "@p" in obj:
            return Path(obj["@p"])
        if "@r" in obj:
            return made[obj["@r"]]
        if "@c" in obj:
            cls = cls_of(obj["@c"])
            instance = object.__new__(cls)
            made[obj["@i"]] = instance
            names = {f.name for f in dataclasses.fields(cls)}
            values = obj["f"]
            if set(values) != names:
                raise ValueError(f"fields of {obj['@c']} changed")
            for name in names:
                object.__setattr__(instance, name, dec(values[name]))
            return instance
        raise ValueError("unknown cache entry")

    return dec(data)
