"""Every kind of broken content is reported as file:line: message, and the rest still loads."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coursebook.loader import load_library
from coursebook.module_parser import parse_module
from coursebook.validate import validate

ROOT = Path(__file__).resolve().parent.parent

GOOD = """---
id: test-module
title: Test
language: sl
order: 1
source: A source
version: 1
study_minutes: 10
---

## Uvod {#uvod .introduction}

Besedilo z izrazom Organi pregona.

## Cilji {#cilji .objectives}

- prvi cilj
- drugi cilj,
  ki se nadaljuje

## Pojmi {#pojmi .definitions}

Organi pregona (policija)
:   Prepoznavajo storilce.

MDS TZL (Medresorska delovna skupina)
:   Usklajuje.

## Teorija {#teorija .theory}

### Prvi del {#prvi}

Besedilo.

### Drugi del

Besedilo.

## Aktivnost {#aktivnost .activity}

Tabela 1.

```activity
name: Vaja
type: Simulacija
duration: 90
objectives: Cilj.
phases:
  - title: Priprava
    minutes: 15
  - title: Simulacija
    minutes: 60
    phases:
      - title: Predhodna faza
        minutes: 15
      - title: Krizna faza
        minutes: 30
  - title: Razprava
    minutes: 15
injects:
  - title: Nove informacije
    phase: Simulacija
    text: Nekaj se zgodi.
```

## Razprava {#razprava .discussion}

- Vprašanje ena?
- Vprašanje dve?
"""


def write(tmp_path: Path, text: str | bytes, name: str = "module.md") -> Path:
    folder = tmp_path / "course" / "01-test"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def errors_for(tmp_path: Path, text: str | bytes) -> list[str]:
    module, errors = parse_module(write(tmp_path, text), "module.md")
    assert module is None or not errors
    return [str(e) for e in errors]


def test_good_module_parses_into_structure(tmp_path):
    module, errors = parse_module(write(tmp_path, GOOD))
    assert errors == []
    assert [s.kind for s in module.sections] == [
        "introduction", "objectives", "definitions", "theory", "activity", "discussion"]
    assert module.section("cilji").items == ["prvi cilj", "drugi cilj, ki se nadaljuje"]
    assert [e.term for e in module.glossary] == ["Organi pregona (policija)", "MDS TZL (Medresorska delovna skupina)"]
    assert module.glossary[0].forms == ("Organi pregona",)
    assert module.glossary[1].forms == ("MDS TZL", "Medresorska delovna skupina")
    assert [h.id for h in module.section("teorija").subheadings] == ["prvi", "drugi-del"]
    activity = module.activity
    assert [p.title for p in activity.phases] == ["Priprava", "Simulacija", "Razprava"]
    assert [(p.title, p.minutes.low) for p in activity.phases[1].phases] == [("Predhodna faza", 15), ("Krizna faza", 30)]
    assert activity.injects[0].phase == "Simulacija"
    assert str(activity.planned_minutes()) == "90"
    assert module.section("aktivnost").prose == "Tabela 1."
    assert module.section("razprava").items == ["Vprašanje ena?", "Vprašanje dve?"]


@pytest.mark.parametrize("broken, line, message", [
    (GOOD.replace("---\nid:", "--\nid:", 1), 1, "must start with '---'"),
    (GOOD.replace("title: Test\n", "title: [Test\n"), 4, "invalid YAML"),
    (GOOD.replace("order: 1\n", "order: first\n"), 5, "'order' must be int"),
    (GOOD.replace("language: sl\n", "language: de\n"), 4, "language must be one of"),
    (GOOD.replace("version: 1\n", "version: 1\nauthor: x\n"), 8, "unknown front-matter key 'author'"),
    (GOOD.replace("study_minutes: 10\n", ""), 2, "'study_minutes' is required"),
    (GOOD.replace("{#teorija .theory}", "{#teorija .history}"), 29, "unknown section kind 'history'"),
    (GOOD.replace("{#teorija .theory}", ""), 29, "needs an id and a kind"),
    (GOOD.replace("## Razprava {#razprava .discussion}\n\n- Vprašanje ena?\n- Vprašanje dve?\n", ""), 10, "no 'discussion' section"),
    (GOOD.replace("{#cilji .objectives}", "{#uvod .objectives}"), 15, "id 'uvod' is already used on line 11"),
    (GOOD.replace("\n## Uvod", "\nStray text\n\n## Uvod"), 11, "text before the first"),
    (GOOD.replace("duration: 90\n", "duration: ninety\n"), 46, "duration must be minutes"),
    (GOOD.replace("    minutes: 60\n", "    minutes: 20\n"), 53, "sub-phases of 'Simulacija' take 45 min, more than its 20 min"),
    (GOOD.replace("name: Vaja\n", ""), 44, "'name' is required"),
    (GOOD.replace("    phase: Simulacija\n", "    phase: Odmor\n"), 60, "unknown phase 'Odmor'"),
    (GOOD.replace("type: Simulacija\n", "type: Simulacija\ncolour: red\n"), 46, "unknown field 'colour'"),
    (GOOD.replace("```activity", "```"), 39, "exactly one ```activity block"),
    (GOOD.replace("  - title: Razprava\n    minutes: 15\n", "  - title: Razprava\n    minutes: 90\n"), 48, "phases take"),
    (GOOD.replace("- prvi cilj\n- drugi cilj,\n  ki se nadaljuje\n", "Samo besedilo.\n"), 15, "needs a bulleted list"),
    (GOOD.replace(":   Prepoznavajo storilce.\n", "").replace(":   Usklajuje.\n", ""), 21, "needs a definition list"),
    (GOOD.replace("## Uvod", "# Uvod"), 11, "level-1 heading"),
])
def test_each_error_names_file_and_line(tmp_path, broken, line, message):
    errors = errors_for(tmp_path, broken)
    assert errors, "the broken module was accepted"
    assert any(e.startswith(f"module.md:{line}: ") and message in e for e in errors), errors


def test_unreadable_encoding_names_the_line(tmp_path):
    data = GOOD.replace("Besedilo z izrazom", "Besedilo \u017e").encode("utf-8").replace("ž".encode(), "ž".encode("cp1250"))
    errors = errors_for(tmp_path, data)
    assert errors == [errors[0]] and errors[0].startswith("module.md:13: not UTF-8 text")


def test_broken_module_is_skipped_and_others_load(tmp_path):
    write(tmp_path, GOOD)
    other = tmp_path / "course" / "02-broken"
    other.mkdir()
    (other / "module.md").write_text(GOOD.replace("id: test-module", "id: broken").replace(".theory", ".history"),
                                     encoding="utf-8")
    library = load_library(tmp_path / "course")
    assert [m.id for m in library.modules] == ["test-module"]
    assert list(library.skipped) == ["course/02-broken/module.md"]
    assert "unknown section kind" in str(library.skipped["course/02-broken/module.md"])


def test_duplicate_module_id_is_skipped(tmp_path):
    write(tmp_path, GOOD)
    other = tmp_path / "course" / "02-copy"
    other.mkdir()
    (other / "module.md").write_text(GOOD, encoding="utf-8")
    library = load_library(tmp_path / "course")
    assert len(library.modules) == 1
    assert "already used" in str(next(iter(library.skipped.values())))


def test_validate_cli_exit_codes_and_messages(tmp_path):
    write(tmp_path, GOOD.replace(".theory", ".history"))
    result = subprocess.run([sys.executable, "-m", "app", "validate", str(tmp_path / "course")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert "course/01-test/module.md:29: unknown section kind 'history'" in result.stdout
    shutil.rmtree(tmp_path / "course")
    write(tmp_path, GOOD)
    ok = subprocess.run([sys.executable, "-m", "app", "validate", str(tmp_path / "course"), "--json"],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    report = json.loads(ok.stdout)
    module = report["modules"][0]
    assert module["sections"]["theory"] == ["teorija"]
    assert module["glossary"] == ["Organi pregona (policija)", "MDS TZL (Medresorska delovna skupina)"]


def test_bundled_content_validates_clean():
    library, errors, report = validate(ROOT / "content")
    assert [str(e) for e in errors] == []
    assert len(library.modules) == 5
    for module in report:
        assert all(module["sections"][kind] for kind in module["sections"]), module["id"]
