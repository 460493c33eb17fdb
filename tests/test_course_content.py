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


# --- Content an academy can teach from -------------------------------------------------------

from coursebook.notes import strip_notes  # noqa: E402
from coursebook.quiz.quality import bank_quality  # noqa: E402


def _bank(library, module_id):
    module = library.module(module_id)
    return module, {q.id: q for q in load_bank(module.quiz_path, module).questions}


@pytest.mark.parametrize("module_id", sorted(EXPECTED))
def test_a_quarter_of_every_bank_are_scenarios_and_no_length_cue(library, module_id):
    module, questions = _bank(library, module_id)
    quality = bank_quality(list(questions.values()))
    assert quality.scenario_share >= 0.25, (quality.scenarios, quality.questions)
    assert not quality.cue, (quality.right_longest, quality.single)
    minutes = [q.id for q in questions.values() if q.type == "numerical" and "minut" in q.text.lower()]
    assert minutes == [], minutes


def test_editor_notes_cover_each_source_defect(library):
    expected = {"medagencijsko-sodelovanje": ["ucni-cilji", "teorija", "aktivnost", "aktivnost", "razprava"],
                "mednarodno-sodelovanje": ["teorija", "aktivnost"], "prava-obeti": ["kap2-ochrana"]}
    for module_id, sections in expected.items():
        module = library.module(module_id)
        assert [s for s, _about in module.meta.editor_notes] == sections, module_id
        found = [s.id for s in module.sections for n in s.notes if n.kind == "editor"]
        assert found == sections, module_id


def test_no_question_tests_a_source_defect(library):
    _module, questions = _bank(library, "medagencijsko-sodelovanje")
    texts = " ".join(q.text + " ".join(a.text for a in q.answers) for q in questions.values())
    assert "CBŚP" not in texts and "mas-15" not in questions


def test_module_6_activity_can_be_run(library):
    module = library.module("medagencijsko-sodelovanje")
    activity = module.activity
    assert all(g.role and g.tasks and g.receives for g in activity.groups)
    assert "mejnem prehodu" in activity.scenario and "Nove informacije" in activity.answer_key
    assert all(h.content for h in activity.handouts)
    declared = {ident for ident, _ in module.meta.written_parts}
    assert {"activity.scenario", "activity.roles", "activity.answer_key", "activity.handouts"} <= declared


def test_module_7_handouts_and_role_cards(library):
    module = library.module("mednarodno-sodelovanje")
    assert all(h.content for h in module.activity.handouts)
    assert all(g.role and g.receives for g in module.activity.groups)


@pytest.mark.parametrize("module_id, terms", [
    ("medagencijsko-sodelovanje", ["Državno tožilstvo", "Organi mejnega nadzora", "Europol", "Interpol", "UNODC"]),
    ("mednarodno-sodelovanje", ["Eurojust", "IOM", "UNODC", "Palermski protokol",
                                "Koordinator EU za boj proti trgovini z ljudmi", "Tožilstvo", "Obmejna policija"]),
])
def test_glossary_names_the_bodies_the_text_names(library, module_id, terms):
    heads = {e.term.split(" (")[0] for e in library.module(module_id).glossary}
    assert set(terms) <= heads, set(terms) - heads


def test_module_2_covers_what_police_need(library):
    text = library.module("prava-obeti").path.read_text(encoding="utf-8")
    for phrase in ("skutočne\na bezprostredne hrozilo", "programom ochrany svedkov", "článok 22\nodsek 3",
                   "konfliktu záujmov medzi nimi a detskou obeťou", "článok 6 odsek 5", "článok 13 odsek 4",
                   "dostatočne dlhý čas po tom, ako detská obeť"):
        assert " ".join(phrase.split()) in " ".join(text.split()), phrase
    outside_notes = " ".join(strip_notes(text).split())
    assert "odložiť trestné stíhanie" not in outside_notes
    assert "Gradivo" not in text and "Súťažná varianta" not in text


def test_the_listed_statements_are_fixed(library):
    plan = " ".join(library.module("nacionalni-okvir").path.read_text(encoding="utf-8").split())
    assert "Največja posamezna postavka je torej program PATS" not in plan
    assert "Največja posamezna vrstica priloge je krizna namestitev" in plan
    czech = " ".join(library.module("identifikace-obeti").path.read_text(encoding="utf-8").split())
    assert "Hodnotí čtyři oblasti" not in czech and "Skrytost trestné činnosti" not in czech
    _m, nok = _bank(library, "nacionalni-okvir")
    assert grade(nok["nok-35"], "521.000 €").correct and grade(nok["nok-35"], "521000").correct
    assert nok["nok-33"].section == "mds-tzl-multidisciplinarne-skupine"
    _m, pro = _bank(library, "prava-obeti")
    assert pro["pro-24"].section == "kap4-integracia" and pro["pro-14"].section == "struktura-prehladu"
    _m, mns = _bank(library, "mednarodno-sodelovanje")
    assert all("Integrirani akcijski načrt" not in mns[q].text for q in ("mns-14", "mns-15"))
    _m, ido = _bank(library, "identifikace-obeti")
    assert "ido-10" not in ido and "motivaci" not in ido["ido-03"].feedback
    for bank_id in EXPECTED:
        _m, questions = _bank(library, bank_id)
        bare = [q.id for q in questions.values() for o in q.options if o.feedback.strip() in ("Ne.", "Nie.", "Ne")]
        assert bare == [], bare


def test_indicator_cards_in_four_languages(library):
    module = library.module("identifikace-obeti")
    paths = module.cards_paths()
    assert set(paths) == {"cs", "sl", "sk", "en"}
    original, _ = load_cards(paths["cs"])
    for language in ("sl", "sk", "en"):
        cards, errors = load_cards(paths[language])
        assert errors == [] and cards.translation_of == "cards.md" and cards.translation_note
        assert [c.id for c in cards.cards] == [c.id for c in original.cards]
