"""Trainer mode without Qt: trainer material, slides, the activity runner, the timing check."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from coursebook.model import Module, ModuleMeta, Section
from coursebook.render import markdown_to_html, section_html
from coursebook.trainer.handouts import HandoutError, build_handout
from coursebook.trainer.runner import FINISHED, PAUSED, ActivityRunner, clock_text
from coursebook.trainer.slides import SLIDE_CHARS, build_slides, pages, paragraphs, plain_text
from coursebook.trainer.timing import check_timing

TEXT = """Odstavek za vse.

!!! trainer "Namig"
    Samo za trenerja: **ključ**.

    Drugi odstavek namiga.

Spet za vse.

!!! editor "Opomba urednika"
    Vir tu navaja napačno letnico.

```
!!! trainer
    v bloku kode ni namig
```
"""


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.wall = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60
        self.wall += timedelta(minutes=minutes)


def _runner(library, module_id: str):
    clock = FakeClock()
    return ActivityRunner(library.module(module_id).activity, clock, lambda: clock.wall), clock


# --- trainer material -----------------------------------------------------------------------------

def test_trainer_blocks_are_hidden_from_learners_and_shown_to_trainers_as_notes():
    learner = markdown_to_html(TEXT)  # learners are the default audience
    trainer = markdown_to_html(TEXT, audience="trainer")
    assert "ključ" not in learner and "Drugi odstavek namiga" not in learner
    assert "Odstavek za vse." in learner and "Spet za vse." in learner
    assert "v bloku kode ni namig" in learner  # a fence is left alone
    assert "<strong>ključ</strong>" in trainer and '<table class="note trainer"' in trainer and "Namig" in trainer
    for html in (learner, trainer):  # an editor's note is for everyone
        assert '<table class="note editor"' in html and "napačno letnico" in html


def _module_with(body: str) -> Module:
    meta = ModuleMeta("m", "M", "sl", 1, "Vir", 1, 10)
    return Module(meta, [Section("uvod", "theory", "Uvod", body, 1)], path=None)  # type: ignore[arg-type]


def test_section_html_takes_the_audience():
    module = _module_with(TEXT)
    assert "Samo za trenerja" not in section_html(module, module.sections[0])
    assert "Samo za trenerja" in section_html(module, module.sections[0], audience="trainer")


def test_activity_trainer_fields_are_hidden_from_learners(library):
    module = library.module("medagencijsko-sodelovanje")
    section = module.sections_of("activity")[0]
    learner, trainer = section_html(module, section), section_html(module, section, audience="trainer")
    for secret in ("Vodenje vaje", "Logistične težave", "Uvodna navodila za udeležence"):
        assert secret not in learner
        assert secret in trainer
    assert "Predhodna faza" in learner and "Skupina 5" in learner  # the plan and the groups stay


def test_answer_keys_are_trainer_only(library):
    for module_id, key in (("nacionalni-okvir", "Ključ rešitev za trenerja"), ("prava-obeti", "Kľúč pre trénera")):
        module = library.module(module_id)
        activity = module.activity
        assert [h.title for h in activity.handouts if h.trainer] == [h.title for h in activity.handouts if key in h.title]
        section = module.sections_of("activity")[0]
        assert key not in section_html(module, section).split("Materials")[-1].split("Handouts")[-1]
        assert key in section_html(module, section, audience="trainer")


# --- slides ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("module_id", ["nacionalni-okvir", "prava-obeti", "identifikace-obeti",
                                       "medagencijsko-sodelovanje", "mednarodno-sodelovanje"])
def test_every_section_and_sub_section_has_a_slide_and_no_trainer_material_on_any(library, module_id):
    module = library.module(module_id)
    slides = build_slides(module)
    assert slides[0].kind == "title" and [s.number for s in slides] == list(range(1, len(slides) + 1))
    shown = {s.section_id for s in slides}
    assert {s.id for s in module.sections} <= shown
    titles = " ".join(s.title for s in slides)
    for section in module.sections:
        for heading in section.subheadings:
            assert heading.title in titles
    activity = module.activity
    secrets = [i.text.split("\n")[0].strip() for i in activity.injects]
    secrets += [h.text.split("\n")[0].strip() for h in activity.handouts if h.trainer]
    secrets += [line.strip(" -*") for line in activity.tips.split("\n")[:1] if line.strip()]
    if activity.answer_key:
        secrets.append(activity.answer_key.split("\n")[0])
    secrets += [n.text.split("\n")[0] for section in module.sections for n in section.notes if n.kind == "trainer"]
    audience = " ".join(plain_text(s.html) for s in slides)
    notes = " ".join(plain_text(s.notes) for s in slides)
    squashed_audience, squashed_notes = "".join(audience.split()), "".join(notes.split())
    for secret in secrets:
        probe = "".join(plain_text(secret).replace("*", "").split())[:40]
        assert probe not in squashed_audience, secret
        assert probe in squashed_notes, secret


def test_long_sections_are_split_at_paragraphs_into_numbered_pages(library):
    slides = build_slides(library.module("nacionalni-okvir"))
    split = [s for s in slides if s.title.endswith("(1/2)") or s.title.endswith("(1/3)")]
    assert split, "the largest module has sections long enough to be split"


def test_pages_break_at_paragraphs_and_at_the_authors_marker():
    body = "\n\n".join(f"Odstavek {i} " + "besedilo " * 40 for i in range(6))
    result = pages(body, limit=SLIDE_CHARS)
    assert len(result) >= 2
    assert "\n\n".join(result).split() == body.split()  # nothing lost, nothing reordered
    for page in result:
        assert len(page) <= SLIDE_CHARS or "\n\n" not in page
    assert pages("Kratko.\n<!-- slide -->\nŠe eno.") == ["Kratko.", "Še eno."]


def test_paragraphs_keep_tables_fences_definitions_and_list_continuations_whole():
    text = ("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nkoda\n\nše koda\n```\n\nIzraz\n:   razlaga\n\n"
            "- točka\n\n    nadaljevanje točke\n- druga točka")
    parts = paragraphs(text)
    assert parts[0].startswith("| a") and parts[0].endswith("| 2 |")
    assert parts[1] == "```\nkoda\n\nše koda\n```"
    assert parts[2] == "Izraz\n:   razlaga"
    assert parts[3] == "- točka\n\n    nadaljevanje točke"
    assert parts[4] == "- druga točka"


def test_author_slide_break_in_a_module(library):
    module = _module_with("Prvi del.\n\n<!-- slide -->\n\nDrugi del.")
    slides = build_slides(module)
    assert [plain_text(s.html).split()[-2:] for s in slides[1:]] == [["Prvi", "del."], ["Drugi", "del."]]
    assert slides[1].title == "Uvod (1/2)"


def test_trainer_block_goes_to_the_notes_of_its_slide():
    slides = build_slides(_module_with(TEXT))
    assert "Samo za trenerja" not in "".join(s.html for s in slides)
    assert "Samo za trenerja" in slides[1].notes


# --- timing check ---------------------------------------------------------------------------------

def test_timing_check_module_7_says_the_phases_do_not_add_up(library):
    check = check_timing(library.module("mednarodno-sodelovanje").activity)
    assert str(check.planned) == "70–85" and str(check.stated) == "60–90"
    assert not check.ok
    assert "70–85" in str(check.problems[0]) and "60–90" in str(check.problems[0])


def test_timing_check_module_6_is_fine_and_catches_too_long_a_choice(library):
    activity = library.module("medagencijsko-sodelovanje").activity
    assert check_timing(activity).ok
    over = check_timing(activity, [15, 60, 25])
    assert any("10 min more" in str(p) for p in over.problems)


# --- the runner -----------------------------------------------------------------------------------

def test_runner_counts_down_with_an_injected_clock_and_reports_each_end_once(library):
    runner, clock = _runner(library, "medagencijsko-sodelovanje")
    assert [s.title for s in runner.steps] == ["Priprava", "Simulacija", "Razprava"]
    runner.start()
    clock.advance(10)
    assert runner.remaining() == 5 * 60 and runner.poll() == []
    clock.advance(5)
    events = runner.poll()
    assert [(e.kind, e.title) for e in events] == [("phase_end", "Priprava")]
    assert runner.poll() == []  # once
    clock.advance(1)
    assert runner.remaining() == -60 and clock_text(runner.remaining(), True) == "−1:00"  # overtime
    runner.next_phase()
    assert runner.current.title == "Simulacija" and runner.remaining() == 60 * 60
    assert runner.sub_phase() == (0, 15 * 60)
    clock.advance(15)
    assert [(e.kind, e.title) for e in runner.poll()] == [("subphase_end", "Predhodna faza")]
    assert runner.sub_phase() == (1, 30 * 60)
    clock.advance(30)
    assert [e.title for e in runner.poll()] == ["Krizna faza"]
    assert runner.sub_phase() is None  # the last 15 minutes of the simulation have no sub-phase
    clock.advance(15)
    assert [e.title for e in runner.poll()] == ["Simulacija"]
    runner.next_phase()
    runner.next_phase()
    assert runner.state == FINISHED
    assert runner.total_elapsed() == 76 * 60


def test_pause_stops_the_clock_and_extend_moves_the_end(library):
    runner, clock = _runner(library, "medagencijsko-sodelovanje")
    runner.start()
    clock.advance(5)
    runner.pause()
    assert runner.state == PAUSED
    clock.advance(30)
    assert runner.elapsed() == 5 * 60 and runner.total_elapsed() == 5 * 60
    runner.resume()
    clock.advance(9)
    runner.extend(2)
    clock.advance(1)
    assert runner.poll() == []  # 15 min reached, but the phase now has 17
    clock.advance(2)
    assert [e.title for e in runner.poll()] == ["Priprava"]
    runner.extend(1)  # more time after the end: the end is signalled again when it comes
    assert runner.poll() == []
    clock.advance(1)
    assert [e.title for e in runner.poll()] == ["Priprava"]


def test_ranges_are_adjustable_within_their_bounds(library):
    runner, _clock = _runner(library, "mednarodno-sodelovanje")
    simulation = [s.title for s in runner.steps].index("Simulacija mednarodnega sodelovanja")
    assert runner.steps[simulation].chosen == 30
    assert runner.set_minutes(simulation, 35) == 35
    assert runner.set_minutes(simulation, 99) == 40
    assert runner.set_minutes(simulation, 1) == 30
    assert runner.timing().chosen == 70
    assert not runner.timing().ok  # 70–85 of a stated 60–90 is said before the start


def test_injects_are_logged_with_wall_and_activity_time(library):
    runner, clock = _runner(library, "medagencijsko-sodelovanje")
    runner.start()
    clock.advance(15)
    runner.next_phase()
    clock.advance(20)
    record = runner.show_inject(2)
    assert record.title == "Zmeda" and record.phase == "Simulacija"
    assert record.shown_at == datetime(2026, 3, 2, 9, 35) and record.activity_seconds == 35 * 60
    assert runner.shown(2) == [record] and runner.shown(0) == []


def test_discussion_questions_one_at_a_time(library):
    runner, _clock = _runner(library, "mednarodno-sodelovanje")
    count = len(runner.activity.discussion)
    assert runner.next_question() == 0
    for _ in range(count + 3):
        runner.next_question()
    assert runner.question == count - 1
    assert runner.next_question(-1) == count - 2


def test_clock_text():
    assert clock_text(754) == "12:34"
    assert clock_text(0.2, countdown=True) == "0:01"
    assert clock_text(3723) == "1:02:03"
    assert clock_text(-45) == "−0:45"


def test_build_handout_errors_are_one_sentence(library):
    with pytest.raises(HandoutError, match="no module 'nope'"):
        build_handout(library, "nope", "module")
    with pytest.raises(HandoutError, match="has no cards"):
        build_handout(library, "medagencijsko-sodelovanje", "cards")
    with pytest.raises(HandoutError, match="There is no handout .posters."):
        build_handout(library, "medagencijsko-sodelovanje", "posters")


def test_a_long_table_is_cut_between_rows_with_its_header_repeated():
    rows = [f"| {i}. naloga | " + "nosilec " * 12 + "|" for i in range(12)]
    table = "| Naloga | Nosilec |\n|---|---|\n" + "\n".join(rows)
    result = pages(table, limit=SLIDE_CHARS)
    assert len(result) >= 2
    for page in result:
        assert page.startswith("| Naloga | Nosilec |\n|---|---|\n")
    assert [line for page in result for line in page.split("\n")[2:]] == rows


# --- the content format's trainer fields ----------------------------------------------------------

def _parse(tmp_path, extra: str, groups: str = ""):
    from coursebook.module_parser import parse_module
    from tests.test_validator import GOOD, write

    text = GOOD.replace("injects:\n", groups + extra + "injects:\n", 1)
    module, errors = parse_module(write(tmp_path, text), "module.md")
    return module, [str(e) for e in errors]


def test_trainer_handouts_are_read_and_hidden_from_learners(tmp_path):
    module, errors = _parse(tmp_path, "handouts:\n  - title: Ključ\n    trainer: true\n"
                                      "    text: Odgovori.\n  - title: Gradivo\n")
    assert errors == []
    activity = module.activity
    assert [(h.title, h.trainer) for h in activity.handouts] == [("Ključ", True), ("Gradivo", False)]
    learner = section_html(module, module.section("aktivnost"))
    trainer = section_html(module, module.section("aktivnost"), audience="trainer")
    assert "Gradivo" in learner and "Ključ" not in learner and "Odgovori." not in learner
    assert "Ključ" in trainer and "Odgovori." in trainer


@pytest.mark.parametrize("extra, groups, message", [
    ("handouts:\n  - title: Ključ\n    trainer: maybe\n", "", "'trainer' in 'handouts' must be true or false"),
    ("handouts:\n  - title: Ključ\n    secret: yes\n", "", "unknown field 'secret' in 'handouts'"),
    ("", "groups:\n  - name: Policija\n    colour: blue\n", "unknown group field 'colour'"),
])
def test_trainer_field_errors_name_the_line(tmp_path, extra, groups, message):
    _module, errors = _parse(tmp_path, extra, groups)
    assert any(message in e and e.startswith("module.md:") for e in errors), errors
