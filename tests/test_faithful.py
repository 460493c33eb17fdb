"""Faithfully converted modules keep every sentence of their source.

Both sides are normalised (line breaks, hyphenation, white space, dashes, quotes, Markdown and
YAML syntax); the source loses only extraction artefacts (page footers, the repeated EU
disclaimer, page numbers). Each correction declared in a module's front matter is applied to the
source first, so a fixed typo is documented, not silently different.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from coursebook.loader import load_library
from coursebook.notes import strip_notes
from coursebook.textfile import split_front_matter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("COURSEBOOK_SEEDS", ROOT.parent / "shared" / "seeds"))
MIN_WORDS = 4  # shorter units are table labels and headings, which become fields and titles
# Row labels of the handbook's activity table: in a module they are the activity card's field names.
TABLE_LABELS = ("Ime aktivnosti", "Vrsta aktivnosti", "Navodila za izvajalca", "Nasveti za izvajalca",
                "Spletna izvedba", "Učni cilji", "Gradiva", "Razprava")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u201c\u201d\u201e\u00bb\u00ab\u2033]", '"', text)
    text = re.sub(r"[\u2018\u2019\u201a\u2032']", "'", text)
    text = text.replace("\u00a0", " ").replace("\u2026", "...")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([.,;:!?)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return text.strip()


def source_units(module) -> list[str]:
    raw = (SEEDS / module.meta.source_file).read_text(encoding="utf-8")
    if module.meta.disclaimer:  # the page footer repeats it; the module shows it once
        words = module.meta.disclaimer.split()
        raw = re.sub(r"\s+".join(re.escape(w) for w in words), "\n", raw)
    raw = re.sub(r"\[bookmark: [^\]]*\]|\[footnoteRef:\d+\]", " ", raw)
    lines = []
    for line in raw.split("\n"):
        if re.fullmatch(r"\s*-?\s*\d+\s*-?\s*", line):
            continue  # page number
        line = re.sub(r"^\s*(?:[•\u2022\uf0b7▪]|o(?=\s))\s*", "\n", line)  # bullets start a unit
        line = re.sub(r"^\s*(\d+\.)+\d*\s+", "\n", line)  # numbered headings start a unit
        lines.append(line)
    text = " ".join(lines)
    text = norm(text.replace("\n", "\x00")).replace("\x00", "\n")
    for wrong, right in module.meta.corrections:
        text = text.replace(norm(wrong), norm(right))
    text = _strip_activity_labels(text, module)
    units: list[str] = []
    for chunk in re.split(r"\n|\s{2,}", text):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[^a-zčšžćđ])", chunk):
            sentence = sentence.strip()
            if len(sentence.split()) >= MIN_WORDS:
                units.append(sentence)
    return units


def _strip_activity_labels(text: str, module) -> str:
    """Remove what became activity data: table labels, the duration, "Phase (N minut):" labels.

    A phase label is removed only when the module's activity has that phase with those minutes,
    so the data is checked while the label is dropped."""
    activity = module.activity
    phases = {p.title: p.minutes for p in activity.phases}
    phases.update({c.title: c.minutes for p in activity.phases for c in p.phases})

    def phase_label(match: re.Match) -> str:
        title, low, high = match.group(1), int(match.group(2)), int(match.group(3) or match.group(2))
        minutes = phases.get(title)
        assert minutes is not None and (minutes.low, minutes.high) == (low, high), (
            f"source phase '{title}' ({low}-{high} min) is not in the activity data")
        return "\n"

    titles = "|".join(re.escape(t) for t in sorted(phases, key=len, reverse=True))
    text = re.sub(rf"({titles}) \((\d+)(?:-(\d+))? minut\):?", phase_label, text)
    duration = activity.duration
    text = re.sub(r"Trajanje (\d+)(?:-(\d+))? minut",
                  lambda m: "\n" if (int(m.group(1)), int(m.group(2) or m.group(1))) == (duration.low, duration.high)
                  else m.group(0), text)
    for label in TABLE_LABELS:
        text = re.sub(rf"(?<![\w-]){re.escape(label)}(?= [A-ZČŠŽ\'\"(]|\s*$|\s*\n)", "\n", text)
    return text


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


#: Activity fields written for the course; their text never counts as the source's.
COURSE_FIELDS = ("scenario", "answer_key", "role", "receives", "content")


def _source_strings(value) -> list[str]:
    """The activity data's strings without the fields written for the course."""
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k not in COURSE_FIELDS}
    if isinstance(value, list):
        return [s for v in value for s in _source_strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _source_strings(v)]
    return _strings(value)


def module_text(path: Path) -> str:
    """The module's own text as one normalised string: editor's notes, trainer blocks and activity
    fields written for the course are left out, so a source sentence is found only where the
    source's text stands."""
    _front, _line, body, _first = split_front_matter(path.read_text(encoding="utf-8"), str(path))
    text = strip_notes("\n".join(body))
    # A sub-heading marked .written opens a part written for the course; it runs to the next heading.
    text = re.sub(r"^###[^\n]*\{[^}]*\.written\b[^}]*\}\s*$.*?(?=^##)", "", text + "\n##", flags=re.M | re.S)
    text = re.sub(r"```activity\n(.*?)\n```",
                  lambda m: "\n".join(_source_strings(yaml.safe_load(m.group(1)))), text, flags=re.S)
    text = re.sub(r"\{[#.:][^}]*\}", " ", text)
    text = re.sub(r"^\s*#+\s*", " ", text, flags=re.M)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", " ", text, flags=re.M)
    text = re.sub(r"^\s*:\s+", " ", text, flags=re.M)
    text = re.sub(r"^\s*>\s?", " ", text, flags=re.M)
    text = re.sub(r"\[\^\w+\]:?", " ", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = re.sub(r"(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)", "", text)
    return norm(text)


def missing_units(module) -> list[str]:
    haystack = module_text(module.path)
    missing = []
    for unit in source_units(module):
        if unit not in haystack:
            missing.append(unit)
    return missing


FAITHFUL = [m for m in load_library(ROOT / "content").modules if m.meta.faithful]


def test_the_handbook_modules_are_marked_faithful():
    assert {m.meta.source_file for m in FAITHFUL} >= {"002_4c033cd1c773ea7e.txt", "004_019c2cd2702ddbbc.txt"}


@pytest.mark.skipif(not SEEDS.exists(), reason="source documents not available")
@pytest.mark.parametrize("module", FAITHFUL, ids=lambda m: m.id)
def test_every_source_sentence_is_in_the_module(module):
    units = source_units(module)
    assert len(units) > 50
    missing = missing_units(module)
    assert missing == [], f"{len(missing)} of {len(units)} source sentences missing:\n" + "\n".join(missing)


@pytest.mark.skipif(not SEEDS.exists(), reason="source documents not available")
def test_the_check_catches_a_dropped_sentence(tmp_path):
    module = next(m for m in FAITHFUL if m.meta.source_file.startswith("002"))
    text = module.path.read_text(encoding="utf-8")
    sentence = "Skupne patrulje na mejah, nadzor mejnih prehodov ter akcije na"
    assert sentence in text
    start = text.index(sentence)
    end = text.index(".", start) + 1
    damaged = tmp_path / "module.md"
    damaged.write_text(text[:start] + text[end:], encoding="utf-8")
    original = module.path
    module.path = damaged
    try:
        missing = missing_units(module)
    finally:
        module.path = original
    assert any(m.startswith("Skupne patrulje na mejah") for m in missing)


def test_every_module_names_its_source(library):
    for module in library.modules:
        assert module.meta.source.strip(), module.id
        if module.meta.source_file:
            assert (SEEDS / module.meta.source_file).exists() or not SEEDS.exists()


def _missing_after(module, tmp_path, damage) -> list[str]:
    text = module.path.read_text(encoding="utf-8")
    damaged = tmp_path / "module.md"
    damaged.write_text(damage(text), encoding="utf-8")
    original = module.path
    module.path = damaged
    try:
        return missing_units(module)
    finally:
        module.path = original


@pytest.mark.skipif(not SEEDS.exists(), reason="source documents not available")
@pytest.mark.parametrize("module", FAITHFUL, ids=lambda m: m.id)
def test_the_check_catches_a_dropped_opening(module, tmp_path):
    """Dropping the first two words of a sentence is caught, in every faithful module, for a
    sample of sentences across the module."""
    units = source_units(module)
    text = module.path.read_text(encoding="utf-8")

    def opening(unit: str) -> re.Pattern:
        return re.compile(r"\s+".join(re.escape(w) for w in unit.split()[:3]))

    sample = [u for u in units if len(opening(u).findall(text)) == 1][::7][:12]
    assert len(sample) >= 5
    for unit in sample:
        found = opening(unit).search(text)
        third = unit.split()[2]
        missing = _missing_after(module, tmp_path, lambda t: t[:found.start()] + third + t[found.end():])
        assert unit in missing, f"dropping the opening of {unit!r} went unnoticed"


@pytest.mark.skipif(not SEEDS.exists(), reason="source documents not available")
def test_a_source_sentence_inside_an_editor_note_does_not_count(tmp_path):
    module = next(m for m in FAITHFUL if m.meta.source_file.startswith("002"))
    text = module.path.read_text(encoding="utf-8")
    sentence = ("Skupne patrulje na mejah, nadzor mejnih prehodov ter akcije na območjih, ki so ranljiva za\n"
                "izkoriščanje nezakonitega dela, omogočajo odkrivanje oseb, ki bi lahko bile žrtve kaznivega\n"
                "dejanja.")
    assert sentence in text

    def into_note(t: str) -> str:
        moved = "\n\n!!! editor \"Opomba urednika\"\n    " + sentence.replace("\n", " ") + "\n\n"
        return t.replace(sentence, "") .replace("## 6.5 Predlagana", moved + "## 6.5 Predlagana")

    missing = _missing_after(module, tmp_path, into_note)
    assert any(m.startswith("Skupne patrulje na mejah") for m in missing)
    trainer = _missing_after(module, tmp_path, lambda t: into_note(t).replace("!!! editor", "!!! trainer"))
    assert any(m.startswith("Skupne patrulje na mejah") for m in trainer)
