"""Qt Linguist pipeline for the interface languages (``make translations`` and ``make``).

    python scripts/translations.py update    # pyside6-lupdate: app/ and coursebook/ -> assets/translations/*.ts
    python scripts/translations.py release   # pyside6-lrelease: every .ts -> .qm beside it
    python scripts/translations.py check     # every message finished, placeholders kept (exit 1 if not)
    python scripts/translations.py dump F.json [--unfinished]  # the messages, for translators
    python scripts/translations.py fill F.json [--all] # translations from {lang: {key: text|[forms]}} into .ts

The .ts files are the translators' work and are kept in git; the .qm files are built from them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "assets" / "translations"
LANGUAGES = {"sl": "sl_SI", "en": "en_GB", "cs": "cs_CZ", "sk": "sk_SK"}
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_][a-z0-9_]*\}")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for folder in ("app", "coursebook") for p in (ROOT / folder).rglob("*.py"))
    return files


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code, locale in LANGUAGES.items():
        target = FOLDER / f"coursebook_{code}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-target-language", locale, "-ts", str(target.relative_to(ROOT))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def release(only: list[str] | None = None) -> None:
    for ts in [Path(p) for p in only] if only else sorted(FOLDER.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def problems(ts: Path) -> list[str]:
    """Unfinished or empty translations, and placeholders a translation lost or invented."""
    found = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts.name}: [{name}] {source[:60]!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where}: not finished")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            if not forms or any(not f.strip() for f in forms):
                found.append(f"{where}: empty")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                got = sorted(set(PLACEHOLDER.findall(form)))
                if message.get("numerus") == "yes":
                    wanted_n, got_n = [p for p in wanted if p != "%n"], [p for p in got if p != "%n"]
                    if wanted_n != got_n:
                        found.append(f"{where}: placeholders {wanted} became {got}")
                elif got != wanted:
                    found.append(f"{where}: placeholders {wanted} became {got}")
    return found


def _key(context: str, message: ET.Element) -> str:
    comment = message.findtext("comment") or ""
    return f"{context}\u0004{message.findtext('source') or ''}" + (f"\u0004{comment}" if comment else "")


def dump(target: Path, only_unfinished: bool = False) -> None:
    """Every message to translate (context, source, numerus, disambiguation) as JSON, for translators;
    with ``only_unfinished``, those not yet finished in any language."""
    import json

    root = ET.parse(FOLDER / "coursebook_sl.ts").getroot()
    unfinished = {_key(c.findtext("name"), m) for ts in sorted(FOLDER.glob("coursebook_*.ts"))
                  for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")
                  if m.find("translation") is None or m.find("translation").get("type") is not None}
    items = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if only_unfinished and _key(name, message) not in unfinished:
                continue
            items.append({"key": _key(name, message), "context": name, "source": message.findtext("source"),
                          "comment": message.findtext("comment") or "", "numerus": message.get("numerus") == "yes"})
    target.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} messages -> {target}")


def fill(catalog: Path, only_unfinished: bool = True) -> None:
    """Put translations from a JSON catalog ({lang: {key: text or [forms]}}) into the .ts files."""
    import json

    data = json.loads(catalog.read_text(encoding="utf-8"))
    for code, entries in data.items():
        ts = FOLDER / f"coursebook_{code}.ts"
        tree = ET.parse(ts)
        filled = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                value = entries.get(_key(name, message))
                translation = message.find("translation")
                if value is None or translation is None:
                    continue
                if only_unfinished and translation.get("type") is None and (translation.text or list(translation)):
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value]
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
                translation.attrib.pop("type", None)
                filled += 1
        ET.indent(tree, "    ")
        with open(ts, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
        print(f"{ts.name}: {filled} filled")


def check() -> int:
    issues = [p for ts in sorted(FOLDER.glob("coursebook_*.ts")) for p in problems(ts)]
    for issue in issues:
        print(issue)
    print(f"{len(issues)} problems", file=sys.stderr)
    return 1 if issues else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "release"
    if command == "update":
        update()
        release()
        return 0
    if command == "release":
        release(argv[1:])
        return 0
    if command == "check":
        return check()
    if command == "dump":
        dump(Path(argv[1]), only_unfinished="--unfinished" in argv)
        return 0
    if command == "fill":
        fill(Path(argv[1]), only_unfinished="--all" not in argv)
        release()
        return 0
    raise SystemExit(f"unknown command {command!r}: update, release or check")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
