"""Editor's notes, trainer blocks, written-for-course parts, card translations and the bank-quality
report: what the text has, the front matter declares, both ways; each problem names file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coursebook.loader import load_cards
from coursebook.module_parser import parse_module
from coursebook.notes import split_notes, strip_notes
from coursebook.quiz.bank import load_bank
from coursebook.quiz.quality import bank_quality
from coursebook.render import activity_html, markdown_to_html, note_box, section_html
from coursebook.validate import quality_warnings, validate

from test_validator import GOOD, write

ROOT = Path(__file__).resolve().parent.parent

EDITOR = '\n!!! editor "Opomba urednika"\n    Vir tu navaja napačno državo.\n\n    Drugi odstavek opombe.\n'
TRAINER = '\n!!! trainer "Ključ"\n    Pravilni odgovor je B.\n'
DECLARED = GOOD.replace("study_minutes: 10\n", "study_minutes: 10\neditor_notes:\n"
                        "  - {section: teorija, about: Napačna država.}\n")
WITH_NOTES = DECLARED.replace("### Prvi del {#prvi}\n\nBesedilo.\n", "### Prvi del {#prvi}\n\nBesedilo.\n" + EDITOR + TRAINER)


def parse(tmp_path: Path, text: str):
    return parse_module(write(tmp_path, text), "module.md")


def test_split_notes_keeps_line_numbers_and_reads_both_kinds():
    lines = ["Pred.", '!!! editor "Opomba"', "    prva", "", "    druga", "Po.", "!!! trainer", "    ključ"]
    kept, notes, problems = split_notes(lines, first=10)
    assert problems == []
    assert len(kept) == len(lines) and kept[0] == "Pred." and kept[5] == "Po."
    assert [(n.kind, n.title, n.line, n.text) for n in notes] == [
        ("editor", "Opomba", 11, "prva\n\ndruga"), ("trainer", "", 16, "ključ")]
    assert "prva" not in strip_notes("\n".join(lines)) and "Po." in strip_notes("\n".join(lines))


def test_a_declared_editor_note_and_a_trainer_block_parse(tmp_path):
    module, errors = parse(tmp_path, WITH_NOTES)
    assert errors == []
    notes = module.section("teorija").notes
    assert [(n.kind, n.title) for n in notes] == [("editor", "Opomba urednika"), ("trainer", "Ključ")]
    assert module.meta.editor_notes == [("teorija", "Napačna država.")]
    assert "napačno državo" not in " ".join(module.section("teorija").body.split("!!!")[0:1])


@pytest.mark.parametrize("text, line, message", [
    (GOOD.replace("### Prvi del {#prvi}\n\nBesedilo.\n", "### Prvi del {#prvi}\n\nBesedilo.\n" + EDITOR),
     35, "editor's note in section 'teorija' is not declared in the front matter"),
    (DECLARED, 9, "declares an editor's note in section 'teorija' that the section does not have"),
    (WITH_NOTES.replace("!!! trainer", "!!! author"), 42, "unknown note kind 'author'"),
    (WITH_NOTES.replace('!!! trainer "Ključ"\n    Pravilni odgovor je B.\n', '!!! trainer "Ključ"\n'),
     42, "has no indented text"),
    (GOOD.replace("### Drugi del", "### Drugi del {#drugi .written}"), 2,
     "sub-heading 'drugi' is written for the course but not declared"),
    (GOOD.replace("study_minutes: 10\n", "study_minutes: 10\nwritten_parts:\n  - {id: nic, about: x}\n"), 9,
     "declares a written part 'nic' that the module does not have"),
    (GOOD.replace("objectives: Cilj.\n", "objectives: Cilj.\nanswer_key: Odgovor B.\n"), 2,
     "activity field 'activity.answer_key' is written for the course but not declared"),
    (GOOD.replace("study_minutes: 10\n", "study_minutes: 10\neditor_notes:\n  - {about: x}\n"), 10,
     "each entry of 'editor_notes' needs 'section' and 'about'"),
])
def test_declarations_are_checked_both_ways(tmp_path, text, line, message):
    module, errors = parse(tmp_path, text)
    assert module is None
    shown = [str(e) for e in errors]
    assert any(e.startswith(f"module.md:{line}: ") and message in e for e in shown), shown


def test_written_parts_and_course_fields_are_accepted_when_declared(tmp_path):
    text = (GOOD.replace("### Drugi del", "### Drugi del {#drugi .written}")
            .replace("objectives: Cilj.\n", "objectives: Cilj.\nscenario: Kombi na meji.\nanswer_key: Odgovor B.\n"
                     "groups:\n  - id: g1\n    name: Policija\n    role: Organ pregona.\n"
                     "    tasks: Preveri.\n    receives: Obvestilo z meje.\n")
            .replace("study_minutes: 10\n", "study_minutes: 10\nwritten_parts:\n  - {id: drugi, about: a}\n"
                     "  - {id: activity.scenario, about: b}\n  - {id: activity.answer_key, about: c}\n"
                     "  - {id: activity.roles, about: d}\n"))
    module, errors = parse(tmp_path, text)
    assert errors == []
    group = module.activity.groups[0]
    assert (group.role, group.tasks, group.receives) == ("Organ pregona.", "Preveri.", "Obvestilo z meje.")
    html = activity_html(module.activity, audience="trainer")
    assert "Kombi na meji." in html and "Obvestilo z meje." in html and "Information the group receives" in html
    assert '<table class="note trainer"' in html and "Odgovor B." in html
    learner = activity_html(module.activity)  # learners, the default, never see the answer key
    assert "Kombi na meji." in learner and "Obvestilo z meje." in learner and "Odgovor B." not in learner
    assert module.section("teorija").heading_classes["drugi"] == ["written"]


def test_an_unknown_group_field_is_reported(tmp_path):
    text = GOOD.replace("objectives: Cilj.\n", "objectives: Cilj.\ngroups:\n  - id: g1\n    name: P\n    colour: red\n")
    module, errors = parse(tmp_path, text)
    assert module is None and any("unknown group field 'colour'" in str(e) for e in errors)


def test_notes_render_as_distinct_boxes_from_one_function(tmp_path):
    module, _errors = parse(tmp_path, WITH_NOTES)
    html = section_html(module, module.section("teorija"), audience="trainer")
    assert '<table class="note editor"' in html and '<table class="note trainer"' in html
    learner = section_html(module, module.section("teorija"))  # trainer blocks: trainers only
    assert '<table class="note editor"' in learner and '<table class="note trainer"' not in learner
    assert "<b>Opomba urednika</b>" in html and "<b>Ključ</b>" in html
    assert "Drugi odstavek opombe." in html and "!!!" not in html
    assert "<b>Editor's note</b>" in note_box("editor", "", "<p>x</p>")  # the label when the marker has no title
    assert "<b>For the trainer</b>" in note_box("trainer", "", "")
    plain = markdown_to_html("Besedilo brez opomb.")
    assert "note" not in plain


def test_card_translations_are_declared_and_match_the_original(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "cards.md").write_text("---\ntitle: Karty\nlanguage: cs\n---\n\n## A {#a}\n\nText.\n\n## B {#b}\n\nText.\n",
                                     encoding="utf-8")
    good = "---\ntitle: Cards\nlanguage: en\ntranslation_of: cards.md\ntranslation_note: A translation.\n---\n\n## A {#a}\n\nT.\n\n## B {#b}\n\nT.\n"
    (folder / "cards.en.md").write_text(good, encoding="utf-8")
    cards, errors = load_cards(folder / "cards.en.md", "cards.en.md")
    assert errors == [] and cards.translation_of == "cards.md" and cards.language == "en"
    for broken, message in [
        (good.replace("language: en", "language: sk"), "needs 'language: en'"),
        (good.replace("translation_note: A translation.\n", ""), "a translation needs 'translation_of'"),
        (good.replace("translation_of: cards.md", "translation_of: karty.md"), "names karty.md, which does not exist"),
        (good.replace("## B {#b}", "## C {#c}"), "must have the ids of cards.md"),
    ]:
        (folder / "cards.en.md").write_text(broken, encoding="utf-8")
        cards, errors = load_cards(folder / "cards.en.md", "cards.en.md")
        assert cards is None and errors[0].path == "cards.en.md" and message in errors[0].message, errors


BANK = """module: test-module
questions:
{questions}
"""
SINGLE = """  - id: q{n}
    type: single
    section: teorija
    difficulty: easy
    {scenario}text: Vprašanje {n}?
    options:
      - text: {right}
        correct: true
      - text: kratko
      - text: tudi
    feedback: Zato.
"""


def _bank(tmp_path: Path, right: str, scenarios: int, total: int = 8):
    module, _ = parse(tmp_path, GOOD)
    path = tmp_path / "quiz.yaml"
    items = "".join(SINGLE.format(n=n, right=right, scenario="scenario: true\n    " if n < scenarios else "")
                    for n in range(total))
    path.write_text(BANK.format(questions=items), encoding="utf-8")
    return load_bank(path, module, "quiz.yaml")


def test_quality_report_warns_on_a_longest_option_cue_and_few_scenarios(tmp_path):
    cued = _bank(tmp_path, "pravilni in zelo dolgi odgovor", scenarios=1)
    quality = bank_quality(cued.questions)
    assert (quality.single, quality.right_longest, round(quality.chance, 3)) == (8, 8, 0.333)
    assert quality.cue and quality.scenarios == 1
    warnings = quality_warnings("quiz.yaml", quality)
    assert any("right option is the longest in 8 of 8" in w for w in warnings)
    assert any("1 of 8 questions are scenarios" in w for w in warnings)
    fair = bank_quality(_bank(tmp_path, "da", scenarios=2).questions)
    assert not fair.cue and fair.scenario_share == 0.25
    assert quality_warnings("quiz.yaml", fair) == []


def test_scenario_must_be_a_boolean(tmp_path):
    bank = _bank(tmp_path, "da", scenarios=0, total=1)
    path = tmp_path / "quiz.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    text: Vprašanje 0?", "    scenario: yes please\n    text: Vprašanje 0?"),
                    encoding="utf-8")
    module, _ = parse(tmp_path, GOOD)
    bank = load_bank(path, module, "quiz.yaml")
    assert bank.questions == [] and "'scenario' must be true or false" in str(bank.errors[0])


def test_validate_prints_the_per_bank_report():
    result = subprocess.run([sys.executable, "-m", "app", "validate"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if "right option longest" in line]
    assert len(lines) == 5 and all("scenarios (" in line for line in lines)
    _library, _errors, report = validate(ROOT / "content")
    quality = {m["id"]: m["quality"] for m in report if "id" in m}
    assert all(q["scenario_share"] >= 0.25 and not q["cue"] for q in quality.values()), quality
