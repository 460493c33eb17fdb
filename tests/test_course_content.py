"""The whole course: five modules, their banks, glossary and cards meet the course's rules."""

from __future__ import annotations

from collections import Counter

import pytest

from coursebook.loader import load_cards
from coursebook.model import SECTION_KINDS
from coursebook.quiz.bank import load_bank
from coursebook.quiz.model import correct_response, grade

EXPECTED = {
    "medagencijsko-sodelovanje": "sl", "mednarodno-sodelovanje": "sl", "nacionalni-okvir": "sl",
    "prava-obeti": "sk", "identifikace-obeti": "cs",
}


def test_the_five_modules_in_their_languages(library):
    assert {m.id: m.meta.language for m in library.modules} == EXPECTED


@pytest.mark.parametrize("module_id", sorted(EXPECTED))
def test_module_has_all_six_kinds_and_a_runnable_activity(library, module_id):
    module = library.module(module_id)
    assert {s.kind for s in module.sections} == set(SECTION_KINDS)
    activity = module.activity
    assert activity.phases and activity.duration.high > 0
    assert activity.planned_minutes().low <= activity.duration.high
    assert module.section(module.sections_of("objectives")[0].id).items
    assert module.sections_of("discussion")[0].items


@pytest.mark.parametrize("module_id", sorted(EXPECTED))
def test_question_bank_size_types_and_references(library, module_id):
    module = library.module(module_id)
    bank = load_bank(module.quiz_path, module)
    assert [str(e) for e in bank.errors] == []
    minimum = 12 if module_id == "identifikace-obeti" else 20
    assert len(bank.questions) >= minimum
    assert len(Counter(q.type for q in bank.questions)) >= 4
    anchors = module.anchors()
    for question in bank.questions:
        assert question.section in anchors, question.id
        assert question.feedback.strip(), question.id
        assert question.difficulty in ("easy", "medium", "hard")
        if question.type != "essay":
            assert grade(question, correct_response(question)).correct, question.id


def test_glossary_covers_definitions_and_the_plan_acronyms(library):
    terms = {e.term for e in library.module("nacionalni-okvir").glossary}
    forms = {f for e in library.module("nacionalni-okvir").glossary for f in e.forms}
    for acronym in ("MDS TZL", "MNZ SPBTL", "GPU UKP", "SKP PU", "IRSD", "FURS", "UKOM", "UOIM",
                    "MDDSZ", "GRETA", "EMPACT THB"):
        assert acronym in forms or any(t.startswith(acronym) for t in terms), acronym
    for module in library.modules:
        entries = module.glossary
        assert entries, module.id
        for entry in entries:
            assert entry.definition and entry.language == module.meta.language
            assert entry.module_id == module.id and module.section(entry.section_id).kind == "definitions"


def test_identification_cards_cover_four_areas(library):
    module = library.module("identifikace-obeti")
    cards, errors = load_cards(module.cards_path)
    assert errors == []
    ids = {c.id for c in cards.cards}
    assert {"fyzicky-psychicky-stav", "socialni-kontakt", "zivotni-podminky", "pracovni-podminky"} <= ids
    assert all(c.body for c in cards.cards)


def test_written_modules_declare_what_was_written_for_the_course(library):
    for module in library.modules:
        if not module.meta.faithful:
            assert "objectives" in module.meta.written_for_course, module.id
            assert "activity" in module.meta.written_for_course, module.id


def test_module_6_carries_the_handbook_activity_as_data(library):
    activity = library.module("medagencijsko-sodelovanje").activity
    assert [(p.title, p.minutes.low) for p in activity.phases] == [("Priprava", 15), ("Simulacija", 60), ("Razprava", 15)]
    assert [(p.title, p.minutes.low) for p in activity.phases[1].phases] == [("Predhodna faza", 15), ("Krizna faza", 30)]
    assert len(activity.groups) == 5 and len(activity.injects) == 3 and len(activity.handouts) == 2
    assert activity.online_variant and activity.tips
    assert library.module("medagencijsko-sodelovanje").meta.disclaimer.startswith("Stališča in mnenja")


def test_module_7_activity_phases(library):
    activity = library.module("mednarodno-sodelovanje").activity
    assert [(p.minutes.low, p.minutes.high) for p in activity.phases] == [
        (10, 10), (5, 5), (5, 5), (30, 40), (15, 20), (5, 5)]
    assert len(activity.groups) == 5 and activity.variants and activity.online_variant
