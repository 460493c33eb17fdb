"""Property-based tests of the content loader: thousands of generated modules, cards and folders.

Whatever the text, the loader returns a module or a list of errors — never an exception — and every
error names the file and a line inside it. A module that loads renders every section without an
exception. Runs are derandomized, so a failure is reproducible in CI.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coursebook.errors import ContentError, ContentFileError
from coursebook.loader import load_cards
from coursebook.module_parser import parse_module, parse_text
from coursebook.render import section_html
from coursebook.textfile import check_lines
from coursebook.validate import validate
from test_validator import GOOD

FUZZ = settings(max_examples=2_000, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# Pieces a module is made of, good and bad, so generated texts reach deep into the parser.
LINES = [
    "---", "id: fuzz", "title: Fuzz", "language: sl", "language: de", "order: 1", "order: x", "source: S",
    "version: 1", "study_minutes: 5", "disclaimer: &a x", "extra: *a", "written_for_course: [theory]",
    "corrections: [{from: a, to: b}]", "corrections: [1, {x: y}]", "1: 2", "? [a]\n: b", "date: 2024-13-45",
    "big: " + "9" * 5000, "nan: .nan", "tab:\t- x", "## Uvod {#uvod .introduction}", "## Cilji {#cilji .objectives}",
    "## Pojmi {#pojmi .definitions}", "## Teorija {#teorija .theory}", "## Aktivnost {#aktivnost .activity}",
    "## Razprava {#razprava .discussion}", "## Bad {#Bad .nokind}", "## {}", "# Top", "### Sub {#sub}", "### Sub",
    "- item", "- - - - - - - - - - x", "> > > quote", "    - indented", "1. one", "* * *", "Term", ":   Definition",
    ": bare", "```activity", "```", "~~~", "name: Vaja", "type: T", "duration: 10", "duration: [5, 1]",
    "objectives: O", "phases:", "  - title: P", "    minutes: 5", "    minutes: [1, 2]", "    phases:",
    "      - title: Q", "        minutes: 9", "injects: [{title: I, text: T, phase: Z}]", "groups: [x, {id: 1}]",
    "materials: {a: b}", "| a | b |", "|---|---|", "[link](http://x.org)", "[unclosed", "![img](x.png)",
    "[^1]", "[^1]: note", "<b>raw</b>", "&amp;", "\\[", "*em* **strong**", "`code`", "{: .cls}", "",
    "Besedilo z izrazom Organi pregona.", "žčš ŽČŠ ßẞ İı", "\u200b\u00a0", "\x00", "\ufeff",
]


def module_texts() -> st.SearchStrategy[str]:
    line = st.one_of(st.sampled_from(LINES), st.text(max_size=40))
    return st.one_of(
        st.lists(line, max_size=60).map("\n".join),
        # the good module with lines replaced, inserted or removed
        st.tuples(st.lists(st.tuples(st.integers(0, GOOD.count("\n")), line), max_size=6),
                  st.lists(st.integers(0, GOOD.count("\n")), max_size=4)).map(_mutate),
    )


def _mutate(change: tuple[list[tuple[int, str]], list[int]]) -> str:
    inserts, removals = change
    lines = GOOD.split("\n")
    for index in sorted(set(removals), reverse=True):
        if index < len(lines):
            del lines[index]
    for index, text in inserts:
        lines.insert(min(index, len(lines)), text)
    return "\n".join(lines)


def assert_located(errors: list[ContentError], shown: str, text: str) -> None:
    last = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 2  # lines as an editor counts them
    for error in errors:
        assert error.path == shown, error
        assert 1 <= error.line <= last, error
        assert error.message, error


@FUZZ
@given(text=module_texts())
def test_module_text_never_raises_and_every_error_has_a_location(text):
    path = Path("module.md")
    try:
        check_lines(text, "module.md")
    except ContentFileError as exc:
        assert_located([exc.error], "module.md", text)
        return
    module, errors = parse_text(text, path, "module.md")
    assert (module is None) == bool(errors)
    assert_located(errors, "module.md", text)
    event("module loaded and rendered" if module is not None else "module refused")
    if module is not None:
        for section in module.sections:
            assert isinstance(section_html(module, section), str)


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), module_texts().map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_module_file_bytes_never_raise(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("m", numbered=True)
    path = folder / "module.md"
    path.write_bytes(data)
    module, errors = parse_module(path, "module.md")
    assert (module is None) == bool(errors)
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    assert_located(errors, "module.md", text)


@FUZZ
@given(text=st.lists(st.one_of(st.sampled_from(["---", "title: Cards", "title: [x", "print_note: n", "## Card {#c}",
                                                "## Card", "text", "- - - - - - - - - - x", "[a](b)"]),
                               st.text(max_size=30)), max_size=30).map("\n".join))
def test_cards_never_raise(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("c", numbered=True) / "cards.md"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    cards, errors = load_cards(path, "cards.md")
    assert (cards is None) == bool(errors)
    assert_located(errors, "cards.md", text)


ENTRY_KINDS = ["module", "broken-module", "broken-link", "loop", "fifo", "folder", "bad-name", "empty-folder",
               "text"]


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(layout=st.lists(st.tuples(st.sampled_from(ENTRY_KINDS), st.sampled_from(["module.md", "quiz.yaml", ".#module.md",
                                                                                  "cards.md", "x"])), max_size=8))
def test_any_folder_layout_loads_and_names_every_problem(tmp_path_factory, layout):
    root = tmp_path_factory.mktemp("content", numbered=True) / "course"
    root.mkdir()
    for number, (kind, name) in enumerate(layout):
        folder = root / f"{number:02d}-m"
        folder.mkdir()
        target = folder / name
        if kind == "module":
            (folder / "module.md").write_text(GOOD.replace("test-module", f"m{number}"), encoding="utf-8")
        elif kind == "broken-module":
            (folder / "module.md").write_text(GOOD.replace(".theory", ".nope"), encoding="utf-8")
        elif kind == "broken-link":
            os.symlink("missing", target)
        elif kind == "loop":
            os.symlink(name, target)
        elif kind == "fifo" and hasattr(os, "mkfifo"):
            os.mkfifo(target)
        elif kind == "folder":
            target.mkdir()
        elif kind == "bad-name":
            os.mkdir(os.fsencode(folder) + b"/\xff" + os.fsencode(name))
        elif kind == "text":
            target.write_text("text: [", encoding="utf-8")
    library, errors, _report = validate(root)  # also reads the banks and cards beside the modules
    for error in errors:
        assert error.path.startswith("course") and error.line >= 1 and error.message, error
        str(error).encode("utf-8")  # printable
    expected = sum(1 for kind, _name in layout if kind == "module")
    assert len(library.modules) == expected
    if not library.modules and not library.skipped:
        assert any("no modules found" in e.message for e in library.errors)


MARKDOWN_PIECES = ["[", "]", "(", ")", "![", "[^1]", "[^1]: n", "*", "**", "_", "`", "```", "~~~", "<b>", "</b>",
                   "&amp;", "&#", "\\", "- ", "1. ", "> ", "    ", "\t", "|", "|---|", "\n", "\n\n", ": ", "=", "#",
                   "### h", "{: #x}", "{#}", "!!! editor", "!!! trainer \"T\"", "http://x.org", "word ", "Organi pregona",
                   "MDS TZL", "žč"]


@FUZZ
@given(text=st.lists(st.one_of(st.sampled_from(MARKDOWN_PIECES), st.text(max_size=8)), max_size=80).map("".join))
def test_any_markdown_within_the_limits_renders_without_an_exception(text):
    from coursebook.mdsyntax import limit_problems
    from coursebook.model import GlossaryEntry
    from coursebook.render import link_glossary, markdown_to_html

    if limit_problems(text.split("\n"), 1):
        event("refused by the limits")
        return
    rendered = markdown_to_html(text)
    assert isinstance(rendered, str)
    entries = [GlossaryEntry("Organi pregona (x)", "d", "sl", "m", "s", ("Organi pregona",)),
               GlossaryEntry("MDS TZL (y)", "d", "sl", "m", "s", ("MDS TZL", "y"))]
    linked = link_glossary(rendered, entries)
    assert linked.count('<a class="term"') <= 2
