"""Read the text and the pages of a PDF that Qt wrote, in pure Python (no system tools).

Qt writes each page's content as a Flate stream; text is shown with ``<hex> Tj`` in fonts whose
``/ToUnicode`` CMap maps the glyph codes back to characters. That is all this reader understands,
which is enough to check what Qt printed.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJ.finditer(data)}


def _stream(body: bytes) -> bytes:
    head, _, rest = body.partition(b"stream")
    raw = rest.rsplit(b"endstream", 1)[0]
    raw = raw[2:] if raw.startswith(b"\r\n") else raw[1:] if raw[:1] in b"\r\n" else raw
    return zlib.decompress(raw) if b"FlateDecode" in head else raw


def _cmap(text: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for offset, dst in enumerate(re.findall(r"<([0-9A-Fa-f]+)>", rest)):
                    mapping[lo_i + offset] = bytes.fromhex(dst).decode("utf-16-be")
            else:
                start = int(rest[1:-1], 16)
                for code in range(lo_i, hi_i + 1):
                    mapping[code] = chr(start + code - lo_i)
    return mapping


def read_pdf(path: str | Path) -> dict:
    """``{"pages": [text of each page], "info": raw info dictionary, "xmp": XMP text, "fonts_embedded": bool}``."""
    data = Path(path).read_bytes()
    objects = _objects(data)
    fonts: dict[int, dict[int, str]] = {}
    for number, body in objects.items():
        match = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if b"/Type /Font" in body and match:
            fonts[number] = _cmap(_stream(objects[int(match.group(1))]).decode("latin-1"))
    kids = re.search(rb"/Type /Pages.*?/Kids\s*\[(.*?)\]", data, re.S)
    page_numbers = [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))] if kids else []
    pages = []
    for number in page_numbers:
        page = objects[number]
        resources = objects[int(re.search(rb"/Resources (\d+) 0 R", page).group(1))]
        names = {name.decode(): int(ref) for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", resources)}
        content = _stream(objects[int(re.search(rb"/Contents (\d+) 0 R", page).group(1))]).decode("latin-1")
        text: list[str] = []
        font: dict[int, str] = {}
        for token in re.finditer(r"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\bBT\b|\bET\b", content):
            if token.group(1):
                font = fonts.get(names.get(token.group(1), -1), {})
            elif token.group(2) is not None:
                hexs = token.group(2)
                text.extend(font.get(int(hexs[i:i + 4], 16), "?") for i in range(0, len(hexs), 4))
            else:
                text.append(" ")
        pages.append("".join(text))
    info = b""
    match = re.search(rb"/Info (\d+) 0 R", data)
    if match:
        info = objects[int(match.group(1))]
    xmp = ""
    for body in objects.values():
        if b"/Type /Metadata" in body:
            xmp = _stream(body).decode("utf-8", "replace")
    return {"pages": pages, "info": info, "xmp": xmp, "fonts_embedded": b"/FontFile2" in data}


def squash(text: str) -> str:
    """Text without any white space (lines wrap anywhere) and with typographic ligatures such as
    "ﬂ", which Qt's text shaping uses, spelled out (NFKC)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def info_text(info: bytes, key: str) -> str:
    """A text entry of the information dictionary (Qt writes UTF-16 with a byte-order mark)."""
    match = re.search(rb"/" + key.encode() + rb" \((.*?)\)\n", info, re.S)
    if not match:
        return ""
    raw = re.sub(rb"\\(.)", lambda m: m.group(1), match.group(1))
    return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
