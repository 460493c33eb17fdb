"""Self-study core: the reading rule, objectives met, places per module, anchored annotations,
flashcards scheduled by FSRS with a fake clock, the home page's data."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from coursebook.loader import load_library
from coursebook.quiz.bank import load_bank
from coursebook.study import annotations, flashcards, progress
from coursebook.study.home import home_data
from coursebook.study.objectives import module_objectives, objective_questions
from coursebook.study.reading import FRACTION, WORDS_PER_MINUTE, required_seconds, section_words

ROOT = Path(__file__).resolve().parent.parent


def test_required_seconds_is_a_fraction_of_reading_time():
    assert required_seconds(1000) == pytest.approx(FRACTION * 1000 / WORDS_PER_MINUTE * 60)
    assert required_seconds(1) >= 3.0


def test_a_section_is_read_only_when_scrolled_to_the_end_and_long_enough(store, library):
    pid, conn = store.default_profile().id, store.conn
    module = library.module("mednarodno-sodelovanje")
    theory = module.section("teorija")
    need = required_seconds(section_words(theory))
    assert need > 30  # a long section
    assert not progress.record(conn, pid, module.id, "teorija", 1.0, 2.0, need, at_end=True)  # a quick flip
    assert progress.states(conn, pid, module.id) == {"teorija": "started"}
    assert not progress.record(conn, pid, module.id, "uvod", 0.3, 999, need)  # long enough, not at the end
    assert progress.record(conn, pid, module.id, "teorija", 0.5, need, need)  # end seen before, now long enough
    assert progress.record(conn, pid, module.id, "uvod", 0.99, 0.0, need)  # now at the end
    assert progress.states(conn, pid, module.id) == {"teorija": "read", "uvod": "read"}
    assert progress.read_counts(conn, pid) == {module.id: 2}
    other = store.create_profile("other")
    assert progress.read_counts(conn, other.id) == {}


def test_each_module_keeps_its_own_place(store):
    pid, conn = store.default_profile().id, store.conn
    progress.set_module_place(conn, pid, "a", "s2", 0.25)
    progress.set_module_place(conn, pid, "b", "t3", 0.5)
    progress.set_module_place(conn, pid, "a", "s3", 0.75)
    assert progress.module_place(conn, pid, "a") == ("s3", 0.75)
    assert progress.module_place(conn, pid, "b") == ("t3", 0.5)
    assert progress.module_place(conn, pid, "c") is None


def test_every_objective_of_the_course_rests_on_questions(library):
    for module in library.modules:
        bank = load_bank(module.quiz_path, module)
        per_objective = objective_questions(module, bank.questions)
        assert len(per_objective) == len(module.section("ucni-cilji" if module.section("ucni-cilji") else
                                                        next(s.id for s in module.sections if s.kind == "objectives")).items)
        assert all(per_objective), module.id


def test_objective_met_needs_sections_read_and_questions_right(library):
    module = library.module("mednarodno-sodelovanje")
    questions = load_bank(module.quiz_path, module).questions
    europol = module_objectives(module, questions, set(), {})[3]  # Europol, Frontex, Eurojust
    assert europol.sections == ("teorija",) and not europol.met
    right = {key: 1.0 for key in europol.questions}
    assert not module_objectives(module, questions, set(), right)[3].met
    assert not module_objectives(module, questions, {"teorija"}, {**right, europol.questions[0]: 0.5})[3].met
    assert module_objectives(module, questions, {"teorija"}, right)[3].met


def test_validate_reports_an_objective_without_questions(tmp_path):
    from coursebook.validate import validate

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    path = content / "thb" / "07-mednarodno-sodelovanje" / "module.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - [vloga-europola, vloga-frontexa, vloga-eurojusta]\n",
                                 "  - [vloga-europola]\n").replace("section: vloga-europola", "section: teorija"),
                    encoding="utf-8")
    quiz = path.parent / "quiz.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("section: vloga-europola", "section: teorija"),
                    encoding="utf-8")
    _library, errors, _report = validate(content)
    messages = [str(e) for e in errors]
    assert any("07-mednarodno-sodelovanje/module.md" in m and "objective 4 has no questions" in m for m in messages), messages
    line = text.splitlines().index("  - [vloga-europola, vloga-frontexa, vloga-eurojusta]") + 1
    assert any(m.startswith(f"content/thb/07-mednarodno-sodelovanje/module.md:{line}:") for m in messages), messages


def test_objective_map_with_an_unknown_section_is_reported_and_the_module_still_loads(tmp_path):
    from coursebook.validate import validate

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    path = content / "thb" / "07-mednarodno-sodelovanje" / "module.md"
    path.write_text(path.read_text(encoding="utf-8").replace("[vloga-europola,", "[ni-takega,")
                    .replace("  - [sodelovanje-nvo, razprava, ucni-cilji]\n", ""), encoding="utf-8")
    library, errors, _report = validate(content)
    messages = [str(e) for e in errors]
    assert any("no section or sub-heading 'ni-takega'" in m for m in messages), messages
    assert any("objective_map has 4 entries but the module has 5 objectives" in m for m in messages), messages
    module = library.module("mednarodno-sodelovanje")  # the app keeps the module
    assert module is not None
    from coursebook.study.objectives import objective_sections

    assert objective_sections(module)[3] == ("teorija",)  # the unknown id is left out


def test_highlight_survives_a_content_edit_and_is_reported_when_gone(store):
    pid, conn = store.default_profile().id, store.conn
    text = "Uvod. Policija sodeluje s tožilstvom. Policija sodeluje tudi s carino. Konec."
    start = text.index("Policija sodeluje tudi")
    ident = annotations.add_highlight(conn, pid, "m", "s", text, start, start + len("Policija sodeluje"), "pomembno")
    item = annotations.listing(conn, pid)[0]
    assert item.id == ident and item.note == "pomembno"
    edited = "Nov odstavek na začetku. " + text.replace("Uvod.", "Uvod v temo.")
    found = annotations.locate(item, edited)
    assert found is not None and edited[found[0]:found[1]] == "Policija sodeluje"
    assert edited[found[1]:].startswith(" tudi s carino")  # the second occurrence, by its context
    assert annotations.locate(item, "Besedilo je bilo prepisano.") is None
    assert annotations.listing(conn, pid, query="POMEMBNO")  # notes are searchable, accents and case aside
    assert annotations.listing(conn, pid, query="nic takega") == []


def test_bookmarks_export_as_markdown(store):
    pid, conn = store.default_profile().id, store.conn
    annotations.add_bookmark(conn, pid, "m", "s", "za izpit")
    text = "Žrtev ima pravico do pomoči."
    hid = annotations.add_highlight(conn, pid, "m", "s", text, 0, 5, "")
    items = annotations.listing(conn, pid)
    markdown = annotations.export_markdown(items, {("m", ""): "Modul", ("m", "s"): "Oddelek"}, {hid}, "(izginilo)")
    assert markdown.startswith("# Modul\n\n## Oddelek")
    assert "- 🔖 za izpit" in markdown and "- > Žrtev (izginilo)" in markdown


def test_flashcards_review_day_with_a_fake_clock(store, library):
    pid, conn = store.default_profile().id, store.conn
    day = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    added = flashcards.sync(conn, pid, library, {"m:q1": ("Vprašanje?", "Odgovor")}, now=day)
    assert added == 2 * len([e for m in library.modules for e in m.glossary]) + 1  # both ways, and the question
    assert flashcards.sync(conn, pid, library, {}, now=day) == 0  # never twice
    today = flashcards.queue(conn, pid, day, new_per_day=5)
    assert len(today) == 5 and all(card.due is None for card in today)
    first = today[0]
    due = flashcards.review(conn, pid, first.key, 1, day)  # Again: back within minutes
    assert due - day < timedelta(minutes=15)
    assert any(c.key == first.key for c in flashcards.queue(conn, pid, day + timedelta(minutes=10), 5))
    later = flashcards.review(conn, pid, first.key, 3, day + timedelta(minutes=10))  # Good
    easy = flashcards.review(conn, pid, today[1].key, 4, day)  # Easy: days away
    assert easy - day >= timedelta(days=1)
    for card in today[2:]:
        flashcards.review(conn, pid, card.key, 3, day)
    # the day's new cards are used up: only cards due today remain
    rest = flashcards.queue(conn, pid, day + timedelta(hours=1), new_per_day=5)
    assert all(card.due is not None for card in rest)
    tomorrow = flashcards.queue(conn, pid, day + timedelta(days=1), new_per_day=5)
    assert sum(1 for c in tomorrow if c.due is None) == 5
    assert [r[1] for r in flashcards.history(conn, pid, first.key)] == [1, 3]
    assert later > day


def test_home_data_counts_read_sections_and_open_objectives(store, library):
    pid, conn = store.default_profile().id, store.conn
    progress.record(conn, pid, "medagencijsko-sodelovanje", "uvod", 1.0, 999, 1.0, at_end=True)
    questions = {m.id: load_bank(m.quiz_path, m).questions for m in library.modules}
    data = home_data(conn, pid, library, questions, ("medagencijsko-sodelovanje", "uvod", 0.0),
                     datetime(2026, 3, 2, tzinfo=timezone.utc))
    assert data.sections_read == 1 and data.sections_total == sum(len(m.sections) for m in library.modules)
    assert data.modules["medagencijsko-sodelovanje"] == (1, 6)
    assert data.next_section == ("medagencijsko-sodelovanje", "ucni-cilji")
    assert len(data.open_objectives) == data.objectives_total > 20
    from coursebook.study.home import next_to_read

    read = {"mednarodno-sodelovanje": {"teorija"}}
    assert next_to_read(library, read, "mednarodno-sodelovanje", "teorija") == ("mednarodno-sodelovanje", "aktivnost")
    everything_after = {"mednarodno-sodelovanje": {"teorija", "aktivnost", "razprava"}}
    assert next_to_read(library, everything_after, "mednarodno-sodelovanje", "teorija")[0] != "mednarodno-sodelovanje"
    all_read = {m.id: {s.id for s in m.sections} for m in library.modules}
    all_read["mednarodno-sodelovanje"].discard("uvod")  # only a section before the place is left
    assert next_to_read(library, all_read, "mednarodno-sodelovanje", "teorija") == ("mednarodno-sodelovanje", "uvod")


def test_new_flashcards_are_added_in_one_commit_not_one_per_card(store, library):
    """The store's connections commit each statement on its own: hundreds of glossary cards were as
    many synced commits (12 s for the 26,000 cards of a 1,000-module course; seconds on a hard disk)."""
    pid, conn = store.default_profile().id, store.conn
    said: list[str] = []
    conn.set_trace_callback(said.append)
    try:
        added = flashcards.sync(conn, pid, library, {}, now=datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
    finally:
        conn.set_trace_callback(None)
    assert added > 100
    assert [s for s in said if s.startswith(("BEGIN", "COMMIT"))] == ["BEGIN IMMEDIATE", "COMMIT"]
    assert not conn.in_transaction
    store.conn.execute("BEGIN IMMEDIATE")  # inside a caller's transaction it adds to that one
    flashcards.sync(conn, pid, library, {"m:q1": ("Q?", "A")})
    assert conn.in_transaction
    store.conn.execute("ROLLBACK")
    assert conn.execute("SELECT COUNT(*) FROM flashcards WHERE card_key = 'q:m:q1'").fetchone()[0] == 0
