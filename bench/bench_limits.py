"""The worst cases the content limits allow: time to format and lay out one section.

Each case is a section at the limits of ``coursebook/mdsyntax.py`` and ``coursebook/textfile.py``
(40,000 characters, 400 lines per block, 1,000 table cells, 200 links, nesting 8 deep, lines of
5,000 characters), built from the shapes that are slow in Python-Markdown or in Qt's layout. Each
is checked to pass the limits (the module loads), then formatted (``section_html``: Markdown and
glossary links) and laid out in a ``QTextDocument`` 800 px wide, as the reader does. Also: the time
to read and parse the largest module the limits allow (1 MB). Run by ``bench/run.py``; prints JSON.

Times are the CPU time of the GUI thread (``time.thread_time``), median of 5: on a shared machine
the wall clock also counts other programs; on an idle machine the two agree.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from coursebook import mdsyntax  # noqa: E402
from coursebook.model import GlossaryEntry  # noqa: E402

WORDS = ("trgovina z ljudmi je kaznivo dejanje ki ga policija preganja organi pregona sodelujejo "
         "pri identifikaciji žrtev in zaščiti njihovih pravic").split()
LIMIT = mdsyntax.MAX_SECTION_CHARS - 200


def prose(size: int, width: int = 600) -> str:
    words, out, line, total = WORDS, [], [], 0
    index = 0
    while total < size:
        word = words[index % len(words)]
        index += 1
        line.append(word)
        total += len(word) + 1
        if sum(len(w) + 1 for w in line) > width:
            out.append(" ".join(line))
            line = []
            if len(out) % 5 == 0:
                out.append("")
    out.append(" ".join(line))
    return "\n".join(out)[:size]


def fill(unit: str, size: int = LIMIT, block: int = mdsyntax.MAX_BLOCK_LINES - 1,
         lines_max: int = mdsyntax.MAX_SECTION_LINES - 20) -> str:
    """Repeat ``unit`` (which may hold newlines) up to ``size`` characters and ``lines_max`` lines,
    with a blank line every ``block`` lines."""
    lines: list[str] = []
    total = 0
    run = 0
    while total < size and len(lines) < lines_max:
        for piece in unit.split("\n"):
            lines.append(piece)
            total += len(piece) + 1
            run += 1
            if run >= block:
                lines.append("")
                run = 0
    return "\n".join(lines[:lines_max])[:size]


def cases() -> dict[str, str]:
    links = mdsyntax.MAX_LINKS - 5
    return {
        "prose 40,000 characters, largest glossary": prose(LIMIT),
        "one block of 8 lines of 5,000 characters": "\n".join(prose(4_990, width=10_000).replace("\n", " ")
                                                            for _ in range(8)),
        f"{links} unmatched '['": "[" * links + " " + prose(LIMIT - 1_000),
        f"{links} unclosed links '[a](' before 39,000 characters": "[a](" * links + "\n" + prose(LIMIT - 3_000, 4_900),
        f"{links} footnote references '[^'": "[^" * links + "\n" + prose(LIMIT - 1_000, 4_900),
        "990 emphasis marks": ("*a* _b_ " * 247 + "\n\n") + prose(LIMIT - 3_000),
        "setext headings '=' (99-line blocks, 580 lines)": fill("a\n="),
        "list 8 deep (580 lines)": fill("\n".join("    " * depth + "- item" for depth in range(8))),
        "list items (580 lines)": fill("- item " + "text " * 12),
        "block quotes 8 deep (580 lines)": fill("> > > > > > > > quote"),
        "table of 500 cells": ("| a | b | c | d |\n|---|---|---|---|\n"
                               + "\n".join("| x | y | z | w |" for _ in range(mdsyntax.MAX_TABLE_CELLS // 5 - 2))),
        "definition list (580 lines, 99-line blocks)": fill("Term\n: definition"),
        "short paragraphs (580 lines)": fill("a\n", block=1),
        "headings '###' (290)": "\n\n".join(f"### heading {i}" for i in range(290)),
        "raw HTML (shown as text)": fill("<div><b>x</b>" * 50),
        "long unclosed links ending the lines": fill("[a](" + "x" * 4_900, size=LIMIT, block=7),
    }


def glossary(size: int = 2_000) -> list[GlossaryEntry]:
    """A glossary as large as one module's definitions section can hold, plus the course's terms."""
    entries = [GlossaryEntry(f"{WORDS[i % len(WORDS)]} {i} term (x)", "d", "sl", "m", "pojmi",
                             (f"{WORDS[i % len(WORDS)]} {i} term",)) for i in range(size)]
    entries.append(GlossaryEntry("Organi pregona (policija)", "d", "sl", "m", "pojmi", ("Organi pregona",)))
    return entries


MODULE = """---
id: bench-limits
title: Limits
language: sl
order: 1
source: bench
version: 1
study_minutes: 1
---

## Uvod {#uvod .introduction}

Uvod.

## Cilji {#cilji .objectives}

- cilj

## Pojmi {#pojmi .definitions}

Organi pregona (policija)
:   Definicija.

## Teorija {#teorija .theory}

THEORY

## Aktivnost {#aktivnost .activity}

```activity
name: Vaja
type: Simulacija
duration: 10
objectives: Cilj.
phases:
  - title: Priprava
    minutes: 10
```

## Razprava {#razprava .discussion}

- vprašanje
"""


def run(rounds: int = 5) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coursebook.module_parser import parse_module
    from coursebook.render import reader_style, section_html
    from coursebook.textfile import MAX_FILE_BYTES

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - fonts for the layout
    style = reader_style()
    terms = glossary()
    results: dict = {"cases": {}}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "module.md"
        for name, body in cases().items():
            path.write_text(MODULE.replace("THEORY", body), encoding="utf-8")
            module, errors = parse_module(path)
            if module is None:
                raise SystemExit(f"{name}: refused by the limits: {[str(e) for e in errors][:2]}")
            section = module.section("teorija")
            section_html(module, section, glossary=terms)  # warm: Markdown imported and built
            formats, layouts = [], []
            for _ in range(rounds):
                start = time.thread_time()
                html = section_html(module, section, glossary=terms)
                middle = time.thread_time()
                doc = QTextDocument()
                doc.setDefaultStyleSheet(style)
                doc.setHtml(html)
                doc.setTextWidth(800)
                doc.size()
                end = time.thread_time()
                formats.append((middle - start) * 1000)
                layouts.append((end - middle) * 1000)
            total = statistics.median(f + lay for f, lay in zip(formats, layouts))
            results["cases"][name] = {"source_chars": len(section.body), "format_ms": round(statistics.median(formats), 1),
                                      "layout_ms": round(statistics.median(layouts), 1), "total_ms": round(total, 1)}
            print(f"  {name:55s} {len(section.body):6d} chars  format {statistics.median(formats):6.1f} ms"
                  f"  layout {statistics.median(layouts):6.1f} ms", file=sys.stderr, flush=True)
        # The activity card at the limits: 580 lines of phases, each with Markdown instructions.
        phases = "".join(f"  - title: Faza {i}\n    minutes: 1\n    instructions: |\n"
                         f"      {prose(170, 10_000)} *poudarek* [povezava](#uvod)\n" for i in range(145))
        activity = MODULE.replace("duration: 10\n", "duration: 1000\n").replace(
            "phases:\n  - title: Priprava\n    minutes: 10\n", "phases:\n" + phases)
        path.write_text(activity.replace("THEORY", "Besedilo."), encoding="utf-8")
        module, errors = parse_module(path)
        if module is None:
            raise SystemExit(f"activity: refused by the limits: {[str(e) for e in errors][:2]}")
        section = module.section("aktivnost")
        section_html(module, section, glossary=terms)
        formats, layouts = [], []
        for _ in range(rounds):
            start = time.thread_time()
            html = section_html(module, section, glossary=terms)
            middle = time.thread_time()
            doc = QTextDocument()
            doc.setDefaultStyleSheet(style)
            doc.setHtml(html)
            doc.setTextWidth(800)
            doc.size()
            formats.append((middle - start) * 1000)
            layouts.append((time.thread_time() - middle) * 1000)
        name = "activity card, 145 phases (580 lines)"
        total = statistics.median(f + lay for f, lay in zip(formats, layouts))
        results["cases"][name] = {"source_chars": len(section.body), "format_ms": round(statistics.median(formats), 1),
                                  "layout_ms": round(statistics.median(layouts), 1), "total_ms": round(total, 1)}
        print(f"  {name:55s} {len(section.body):6d} chars  format {statistics.median(formats):6.1f} ms"
              f"  layout {statistics.median(layouts):6.1f} ms", file=sys.stderr, flush=True)
        # The largest module the limits allow: 1 MB of 24 sections at the section limit.
        sections = "\n\n".join(f"## Teorija {i} {{#t{i} .theory}}\n\n" + prose(LIMIT - 2_000) for i in range(24))
        text = MODULE.replace("## Teorija {#teorija .theory}\n\nTHEORY", sections)
        path.write_bytes(text.encode("utf-8")[:MAX_FILE_BYTES])
        text = path.read_text(encoding="utf-8", errors="ignore")
        if not text.endswith("- vprašanje\n"):
            path.write_text(text[:text.rindex("## Teorija")] + MODULE[MODULE.index("## Aktivnost"):], encoding="utf-8")
        loads = []
        for _ in range(rounds):
            start = time.thread_time()
            module, errors = parse_module(path)
            loads.append((time.thread_time() - start) * 1000)
        assert module is not None, errors
        results["largest_module"] = {"bytes": path.stat().st_size, "sections": len(module.sections),
                                     "read_and_parse_ms": round(statistics.median(loads), 1)}
    worst = max(results["cases"].items(), key=lambda item: item[1]["total_ms"])
    results["worst_case"] = {"case": worst[0], **worst[1], "goal_ms": 100, "meets_goal": worst[1]["total_ms"] < 100}
    results["glossary_terms"] = len(terms)
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
