"""Every interface string is translated in all four languages, and the .ts files match the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
            for c in root.iter("context") for m in c.iter("message")}


def test_every_message_is_finished_with_its_placeholders():
    problems = [p for ts in sorted(translations.FOLDER.glob("coursebook_*.ts")) for p in translations.problems(ts)]
    assert not problems, problems[:20]


def test_the_translation_files_hold_every_string_of_the_code(tmp_path):
    """A string added to the code without `make translations` (and a translation) fails here."""
    fresh = tmp_path / "fresh_sl.ts"
    subprocess.run([translations._tool("pyside6-lupdate"), *translations.sources(), "-no-obsolete",
                    "-locations", "none", "-target-language", "sl_SI", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    in_code = _messages(fresh)
    committed = _messages(translations.FOLDER / "coursebook_sl.ts")
    missing = sorted(in_code - committed)
    assert not missing, f"run 'make translations' and translate: {missing[:10]}"
    for code in ("en", "cs", "sk"):
        assert _messages(translations.FOLDER / f"coursebook_{code}.ts") == committed, code


def test_the_checker_catches_an_unfinished_message_and_a_lost_placeholder(tmp_path):
    ts = tmp_path / "coursebook_xx.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sl_SI">'
                  "<context><name>A</name>"
                  "<message><source>Saved at %1</source><translation>Shranjeno</translation></message>"
                  '<message><source>Open {name}</source><translation type="unfinished"></translation></message>'
                  "</context></TS>", encoding="utf-8")
    found = translations.problems(ts)
    assert any("placeholders" in p for p in found) and any("not finished" in p for p in found)


def _calls_in_code() -> list[tuple[str, int, str, str]]:
    """Every literal handed to tr()/translate()/QT_TRANSLATE_NOOP in app/ and coursebook/, with its context
    (the class for self.tr, the first argument otherwise), found by Python's own parser — which also reads
    calls inside f-strings, where lupdate is blind."""
    import ast

    found = []

    def visit(node: ast.AST, name: str, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, name, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                if called == "tr" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                    found.append((name, child.lineno, cls, args[0].value))
                elif called in ("translate", "QT_TRANSLATE_NOOP") and len(args) > 1 and all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
                    found.append((name, child.lineno, args[0].value, args[1].value))
            visit(child, name, cls)

    for name in translations.sources():
        visit(ast.parse((ROOT / name).read_text(encoding="utf-8")), name, "")
    return found


def test_every_literal_the_code_translates_is_in_the_translation_files():
    """lupdate does not see a tr('…') inside an f-string; such a string would stay English on every screen."""
    known = {(context, source) for context, source, _ in _messages(translations.FOLDER / "coursebook_sl.ts")}
    calls = _calls_in_code()
    assert len(calls) > 500  # the scan itself works
    missing = [f"{name}:{line}: [{context}] {text!r}" for name, line, context, text in calls
               if (context, text) not in known]
    assert not missing, "not extracted by lupdate (move the call out of the f-string): " + "; ".join(missing[:20])
