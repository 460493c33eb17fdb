"""Handout PDFs read back as text (tests/pdftext.py, no system tools): role cards one per page,
the activity sheet with every group, phase and duration, title and language in the PDF."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from coursebook.trainer import handouts
from tests.pdftext import info_text, read_pdf, squash

from app.trainer.printing import write_pdf

ACTIVITY_MODULES = ["nacionalni-okvir", "prava-obeti", "identifikace-obeti", "medagencijsko-sodelovanje",
                    "mednarodno-sodelovanje"]


@pytest.fixture
def pdf(qapp, tmp_path):
    def make(handout, page="A4"):
        path = tmp_path / f"{handout.kind}.pdf"
        write_pdf(handout, str(path), page)
        return read_pdf(path)
    return make


def _phases(activity):
    for phase in activity.phases:
        yield phase
        yield from phase.phases


@pytest.mark.parametrize("module_id", ACTIVITY_MODULES)
def test_role_cards_one_group_per_page(library, pdf, module_id):
    module = library.module(module_id)
    activity = module.activity
    result = pdf(handouts.role_cards(module))
    # one page per group; the scenario every group receives, when there is one, on a last page
    assert len(result["pages"]) == len(activity.groups) + (1 if activity.scenario else 0)
    for page, group in zip(result["pages"], activity.groups):
        text = squash(page)
        assert squash(group.name) in text
        for field in (group.role, group.tasks, group.receives):
            if field:
                assert squash(field.replace("*", ""))[:60] in text
        for other in activity.groups:
            if other is not group:
                assert squash(other.name) not in text
        for inject in activity.injects:  # trainer material never on a role card
            assert squash(inject.text)[:40] not in text
    if activity.scenario:
        assert squash(activity.scenario.replace("*", ""))[:60] in squash(result["pages"][-1])
    if activity.answer_key:
        assert squash(activity.answer_key.replace("*", ""))[:40] not in squash(" ".join(result["pages"]))


@pytest.mark.parametrize("module_id", ACTIVITY_MODULES)
def test_activity_sheet_has_every_group_phase_and_duration(library, pdf, module_id):
    activity = library.module(module_id).activity
    text = squash(" ".join(pdf(handouts.activity_sheet(library.module(module_id)))["pages"]))
    for group in activity.groups:
        assert squash(group.name) in text
    for phase in _phases(activity):
        assert squash(phase.title) in text
        assert squash(f"{phase.minutes} min") in text
    for inject in activity.injects:
        assert squash(inject.title) in text
    assert squash(f"{activity.duration} min") in text


def test_pdf_carries_title_language_and_embedded_fonts(library, pdf):
    module = library.module("medagencijsko-sodelovanje")
    handout = handouts.role_cards(module)
    result = pdf(handout)
    assert info_text(result["info"], "Title") == handout.title
    assert info_text(result["info"], "Creator") == "Coursebook"
    assert "<dc:language><rdf:Bag><rdf:li>sl</rdf:li>" in result["xmp"]
    assert result["fonts_embedded"]


def test_letter_and_a4_page_sizes(library, qapp, tmp_path):
    handout = handouts.role_cards(library.module("mednarodno-sodelovanje"))
    for page, box in (("A4", "595"), ("Letter", "612")):
        path = tmp_path / f"{page}.pdf"
        write_pdf(handout, str(path), page)
        boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+)", path.read_bytes())
        assert boxes and all(b.decode().startswith(box) for b in boxes)


def test_module_handout_for_participants_leaves_out_the_answer_key(library, pdf):
    module = library.module("nacionalni-okvir")
    participants = squash(" ".join(pdf(handouts.module_handout(module))["pages"]))
    assert squash(module.meta.title) in participants
    assert squash("1.1.1 MNZ SPBTL – kontinuirano 2023 in 2024") not in participants
    trainer = squash(" ".join(pdf(handouts.module_handout(module, audience="trainer"))["pages"]))
    assert squash("1.1.1 MNZ SPBTL – kontinuirano 2023 in 2024") in trainer


def test_indicator_cards_one_per_page(library, pdf):
    from coursebook.loader import load_cards

    module = library.module("identifikace-obeti")
    cards, _ = load_cards(module.cards_path)
    result = pdf(handouts.cards_handout(cards, "cs"))
    assert len(result["pages"]) == len(cards.cards)
    for page, card in zip(result["pages"], cards.cards):
        assert squash(card.title) in squash(page)


def test_handout_command_writes_a_pdf_without_a_window(tmp_path):
    out = tmp_path / "vloge.pdf"
    code = """
import sys
from app.cli import main
code = main(sys.argv[1:])
print('qt-widgets' if 'PySide6.QtWidgets' in sys.modules else 'no-widgets')
raise SystemExit(code)
"""
    result = subprocess.run([sys.executable, "-c", code, "handout", "medagencijsko-sodelovanje", "--what",
                             "role-cards", "-o", str(out), "--page", "Letter"],
                            capture_output=True, text=True, env={"PATH": "", "QT_QPA_PLATFORM": ""}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "no-widgets" in result.stdout
    assert len(read_pdf(out)["pages"]) == 6  # five groups and the scenario
    bad = subprocess.run([sys.executable, "-m", "app", "handout", "nope", "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert bad.stderr.strip().count("\n") == 0 and "no module 'nope'" in bad.stderr
