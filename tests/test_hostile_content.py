"""Hostile files in a content folder: each is one ``file:line: reason`` and the rest of the course loads.

Every case builds a course of two good modules and adds one hostile file; the good modules must
still load, and loading must never hang (a FIFO is never opened), recurse without end or take long.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from coursebook import mdsyntax, textfile
from coursebook.loader import load_library
from coursebook.quiz.bank import load_bank
from coursebook.validate import validate
from test_validator import GOOD

ROOT = Path(__file__).resolve().parent.parent
LOCK = "a symbolic link to a file that does not exist (an editor's lock file?)"
LOOP = "a symbolic link that points to itself (a link loop)"
NOT_REGULAR = "not a regular file (a FIFO, socket or device); it is never opened"


def course(tmp_path: Path) -> Path:
    """A course of two good modules, ``good-one`` and ``good-two``."""
    root = tmp_path / "course"
    for number, ident in ((1, "good-one"), (2, "good-two")):
        folder = root / f"0{number}-{ident}"
        folder.mkdir(parents=True)
        (folder / "module.md").write_text(GOOD.replace("id: test-module", f"id: {ident}"), encoding="utf-8")
    return root


def module_text(body_addition: str = "", front_addition: str = "", ident: str = "hostile") -> str:
    text = GOOD.replace("id: test-module", f"id: {ident}")
    text = text.replace("study_minutes: 10\n", "study_minutes: 10\n" + front_addition)
    return text.replace("### Drugi del\n", "### Drugi del\n\n" + body_addition)


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def load(root: Path):
    """load_library in a thread: a hang fails the test instead of stopping the suite."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(load_library(root)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert result, "loading the content folder did not finish (it blocked or ran away)"
    return result[0]


def errors_of(library) -> list[str]:
    return [str(e) for e in library.errors]


def assert_good_modules_load(library) -> None:
    assert sorted(m.id for m in library.modules) == ["good-one", "good-two"]


def test_broken_symlink_lock_file_is_reported_and_the_module_still_loads(tmp_path):
    root = course(tmp_path)
    os.symlink("ana@pc.1234:1700000000", root / "01-good-one" / ".#module.md")
    library = load(root)
    assert errors_of(library) == [f"course/01-good-one/.#module.md:1: {LOCK}"]
    assert_good_modules_load(library)


def test_symlink_loop_named_module_md_is_skipped(tmp_path):
    root = course(tmp_path)
    folder = root / "03-loop"
    folder.mkdir()
    os.symlink("module.md", folder / "module.md")
    library = load(root)
    assert errors_of(library) == [f"course/03-loop/module.md:1: {LOOP}"]
    assert list(library.skipped) == ["course/03-loop/module.md"]
    assert_good_modules_load(library)


def test_folder_link_loop_is_reported(tmp_path):
    root = course(tmp_path)
    os.symlink("04-b", root / "04-a")
    os.symlink("04-a", root / "04-b")
    library = load(root)
    assert errors_of(library) == [f"course/04-a:1: {LOOP}", f"course/04-b:1: {LOOP}"]
    assert_good_modules_load(library)


def test_non_utf8_file_name_is_reported_with_a_printable_name(tmp_path):
    root = course(tmp_path)
    os.mkdir(os.fsencode(root) + b"/05-\xff\xfe")
    (Path(os.fsdecode(os.fsencode(root) + b"/05-\xff\xfe")) / "module.md").write_text(
        module_text(), encoding="utf-8")
    library = load(root)
    assert errors_of(library) == [
        "course/05-\ufffd\ufffd:1: the name is not valid UTF-8 (shown with \ufffd); rename it"]
    assert_good_modules_load(library)
    str(library.errors[0]).encode("utf-8")  # printable: no lone surrogates


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_named_module_md_is_never_opened(tmp_path):
    root = course(tmp_path)
    folder = root / "06-fifo"
    folder.mkdir()
    os.mkfifo(folder / "module.md")
    library = load(root)
    assert errors_of(library) == [f"course/06-fifo/module.md:1: {NOT_REGULAR}"]
    assert list(library.skipped) == ["course/06-fifo/module.md"]
    assert_good_modules_load(library)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_named_quiz_yaml_is_never_opened(tmp_path):
    root = course(tmp_path)
    os.mkfifo(root / "01-good-one" / "quiz.yaml")
    library, errors, _report = validate(root)
    assert [str(e) for e in errors] == [f"course/01-good-one/quiz.yaml:1: {NOT_REGULAR}"]
    bank = load_bank(root / "01-good-one" / "quiz.yaml", None, "quiz.yaml")
    assert [str(e) for e in bank.errors] == [f"quiz.yaml:1: {NOT_REGULAR}"]
    assert_good_modules_load(library)


ALIAS_BOMB = """lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
lol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
lol4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
lol5: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
lol6: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
lol7: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
lol8: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
lol9: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_yaml_alias_bomb_in_front_matter(tmp_path):
    root = course(tmp_path)
    folder = root / "07-bomb"
    folder.mkdir()
    text = module_text(front_addition="disclaimer: x\n" + ALIAS_BOMB)
    (folder / "module.md").write_text(text, encoding="utf-8")
    library = load(root)
    assert errors_of(library) == [
        f"course/07-bomb/module.md:{line_of(text, 'lol: &a')}: front matter: invalid YAML: "
        "anchors and aliases (&name, *name) are not allowed in course content"]
    assert_good_modules_load(library)


def test_yaml_alias_bomb_in_a_question_bank(tmp_path):
    root = course(tmp_path)
    bank = root / "01-good-one" / "quiz.yaml"
    bank.write_text("module: good-one\n" + ALIAS_BOMB + "questions: *i\n", encoding="utf-8")
    library, errors, _report = validate(root)
    assert [str(e) for e in errors] == [
        "course/01-good-one/quiz.yaml:2: invalid YAML: anchors and aliases (&name, *name) are not allowed "
        "in course content"]
    assert_good_modules_load(library)


def test_2000_deep_nested_markdown_list(tmp_path):
    root = course(tmp_path)
    folder = root / "08-deep"
    folder.mkdir()
    deep = "\n".join("    " * level + "- item" for level in range(10)) + "\n" + "- " * 2000 + "x\n"
    text = module_text(body_addition=deep)
    (folder / "module.md").write_text(text, encoding="utf-8")
    library = load(root)
    first_too_deep = line_of(text, "    " * 8 + "- item")  # the ninth level
    assert errors_of(library) == [
        f"course/08-deep/module.md:{first_too_deep}: lists or quotes nested more than 8 levels deep"]
    assert_good_modules_load(library)


def test_2000_deep_nested_one_line_list_and_quote(tmp_path):
    for name, deep in (("- ", "- " * 2000 + "x"), ("> ", ">" * 2000 + " x"), (": ", ":   " + ">" * 2000 + " x")):
        root = course(tmp_path / {"- ": "list", "> ": "quote", ": ": "definition"}[name])
        folder = root / "08-deep"
        folder.mkdir()
        text = module_text(body_addition=deep + "\n")
        (folder / "module.md").write_text(text, encoding="utf-8")
        library = load(root)
        assert errors_of(library) == [
            f"course/08-deep/module.md:{line_of(text, deep)}: lists or quotes nested more than 8 levels deep"]
        assert_good_modules_load(library)


def test_2000_deep_nested_yaml_list_in_the_activity(tmp_path):
    root = course(tmp_path)
    folder = root / "09-deep-yaml"
    folder.mkdir()
    text = module_text().replace("type: Simulacija\n", "type: Simulacija\nmaterials: " + "[" * 2000 + "]" * 2000 + "\n")
    (folder / "module.md").write_text(text, encoding="utf-8")
    library = load(root)
    errors = errors_of(library)
    assert len(errors) == 1 and errors[0].startswith(f"course/09-deep-yaml/module.md:{line_of(text, 'materials:')}: "
                                                     "activity: invalid YAML: ")
    assert "nest" in errors[0]
    assert_good_modules_load(library)


def test_5_mb_module_is_refused_unread(tmp_path):
    root = course(tmp_path)
    folder = root / "10-huge"
    folder.mkdir()
    text = module_text(body_addition=("Besedilo. " * 100 + "\n\n") * 5_000)
    (folder / "module.md").write_text(text, encoding="utf-8")
    size = (folder / "module.md").stat().st_size
    assert size > 5_000_000
    library = load(root)
    assert errors_of(library) == [
        f"course/10-huge/module.md:1: file is {size:,} bytes; the limit is {textfile.MAX_FILE_BYTES:,} bytes"]
    assert_good_modules_load(library)


def test_1_mb_line(tmp_path):
    root = course(tmp_path)
    folder = root / "11-long-line"
    folder.mkdir()
    text = module_text(body_addition="x" * 1_000_000 + "\n")
    (folder / "module.md").write_text(text, encoding="utf-8")
    library = load(root)  # 1 MB line + the rest of the module: over the file limit
    assert errors_of(library) == [
        f"course/11-long-line/module.md:1: file is {len(text.encode()):,} bytes; the limit is 1,000,000 bytes"]
    shorter = module_text(body_addition="x" * 900_000 + "\n")
    (folder / "module.md").write_text(shorter, encoding="utf-8")
    library = load(root)
    assert errors_of(library) == [
        f"course/11-long-line/module.md:{line_of(shorter, 'xxx')}: line is 900,000 characters long; "
        f"the limit is {textfile.MAX_LINE_CHARS:,}"]
    assert_good_modules_load(library)


def test_section_over_the_size_limit(tmp_path):
    root = course(tmp_path)
    folder = root / "12-big-section"
    folder.mkdir()
    text = module_text(body_addition=("Besedilo je dolgo. " * 50 + "\n\n") * 50)
    (folder / "module.md").write_text(text, encoding="utf-8")
    library = load(root)
    errors = errors_of(library)
    assert len(errors) == 1
    assert errors[0].startswith(f"course/12-big-section/module.md:{line_of(text, '## Teorija') + 1}: the section has ")
    assert errors[0].endswith(f"characters; the limit is {mdsyntax.MAX_SECTION_CHARS:,} (split it into sections)")
    assert_good_modules_load(library)


@pytest.mark.parametrize("addition, needle, reason", [
    (("| a | b | c |\n|---|---|---|\n" + "| x | y | z |\n" * 70 + "\n") * 2, "| x | y | z |",
     "more than 500 table cells ('|') in one section"),
    ("[a](b) " * 201 + "\n", "[a](b)", "more than 200 '[' (links, images, footnotes) in one section"),
    ("*a* " * 501 + "\n", "*a*", "more than 1,000 emphasis marks ('*', '_') in one section"),
    ("a\n" * 101, "a\n", "more than 100 lines without a blank line"),
    ("a\n\n" * 301, "a\n", "the section has 6"),
])
def test_markdown_that_would_be_slow_to_format(tmp_path, addition, needle, reason):
    root = course(tmp_path)
    folder = root / "13-slow"
    folder.mkdir()
    text = module_text(body_addition=addition)
    (folder / "module.md").write_text(text, encoding="utf-8")
    errors = errors_of(load(root))
    assert len(errors) == 1 and errors[0].startswith("course/13-slow/module.md:") and reason in errors[0]
    line = int(errors[0].split(":")[1])
    assert line >= line_of(text, needle)


def test_empty_content_folder_is_an_error(tmp_path):
    root = tmp_path / "content"
    root.mkdir()
    library = load(root)
    assert errors_of(library) == [
        "content:1: no modules found: a course is a folder of module folders, each with a module.md"]


def test_validate_and_self_check_fail_on_what_the_app_cannot_open(tmp_path):
    root = course(tmp_path)
    os.symlink("module.md", root / "02-good-two" / "quiz.yaml")  # not a loop: points to the module
    folder = root / "03-loop"
    folder.mkdir()
    os.symlink("module.md", folder / "module.md")
    result = subprocess.run([sys.executable, "-m", "app", "validate", str(root)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert f"course/03-loop/module.md:1: {LOOP}" in result.stdout.splitlines()
    check = subprocess.run([sys.executable, "-m", "app", "--self-check", "--content", str(root)],
                           capture_output=True, text=True, cwd=ROOT, timeout=120,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert check.returncode == 1, check.stdout + check.stderr
    assert f"course/03-loop/module.md:1: {LOOP}" in check.stderr
    assert check.stdout.startswith("self-check FAILED")
    assert "2 modules" in check.stdout


def test_validate_reports_a_section_markdown_cannot_format(tmp_path, monkeypatch):
    from coursebook import render

    root = course(tmp_path)
    original = render._build_markdown

    def fragile():  # a Markdown that fails on one text, as Python-Markdown does on some inputs
        md = original()
        convert = md.convert
        md.convert = lambda text: (_ for _ in ()).throw(RecursionError()) if "Prvi del" in text else convert(text)
        return md

    monkeypatch.setattr(render, "_build_markdown", fragile)
    monkeypatch.setattr(render, "_markdown", None)
    library, errors, _report = validate(root)
    teorija = line_of(GOOD, "## Teorija")
    assert [str(e) for e in errors] == [
        f"course/01-good-one/module.md:{teorija}: section 'teorija' nested too deeply to format; "
        "the reader shows it as plain text",
        f"course/02-good-two/module.md:{teorija}: section 'teorija' nested too deeply to format; "
        "the reader shows it as plain text"]
    module = library.modules[0]
    html = render.section_html(module, module.section("teorija"))
    assert "Prvi del" in html and "<h3" not in html  # shown as plain text, no exception
    assert "could not be formatted; it is shown as written" in html
    assert "could not be formatted" not in render.section_html(module, module.section("uvod"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_practice_of_a_module_whose_bank_is_a_fifo_does_not_hang(tmp_path, store):
    from coursebook.quiz.service import QuizService

    root = course(tmp_path)
    os.mkfifo(root / "01-good-one" / "quiz.yaml")
    library = load(root)
    service = QuizService(store, library, cache_dir=tmp_path / "cache")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(service.bank("good-one")), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert result, "reading the bank blocked on the FIFO"
    assert result[0].questions == []


def test_deep_markdown_inside_an_activity_field(tmp_path):
    root = course(tmp_path)
    folder = root / "14-deep-activity"
    folder.mkdir()
    text = module_text().replace("objectives: Cilj.\n", "objectives: |\n  " + "- " * 2000 + "x\n")
    (folder / "module.md").write_text(text, encoding="utf-8")
    library = load(root)
    assert errors_of(library) == [f"course/14-deep-activity/module.md:{line_of(text, '```activity')}: "
                                  "activity: lists or quotes nested more than 8 levels deep"]
    assert_good_modules_load(library)


BANK_HEAD = "module: good-one\nquestions:\n"
NUMERICAL = ("  - id: n1\n    type: numerical\n    section: teorija\n    difficulty: easy\n    text: Koliko?\n"
             "    feedback: Zato.\n")


@pytest.mark.parametrize("fields, key, reason", [
    ("    answer: .nan\n", "answer", "'answer' must be a finite number (not .nan or .inf) of at most 1e+15"),
    ("    answer: 5\n    tolerance: .inf\n", "tolerance",
     "'tolerance' must be a finite number (not .nan or .inf) of at most 1e+15"),
    ("    min: -.inf\n    max: 5\n", "min", "'min' must be a finite number (not .nan or .inf) of at most 1e+15"),
    ("    answer: 1.0e+300\n", "answer", "'answer' must be a finite number (not .nan or .inf) of at most 1e+15"),
    ("    answer: " + "9" * 4500 + "\n", "answer", "invalid YAML: this value cannot be read"),
])
def test_non_finite_bank_numbers_are_rejected_by_validate(tmp_path, fields, key, reason):
    root = course(tmp_path)
    text = BANK_HEAD + NUMERICAL + fields
    (root / "01-good-one" / "quiz.yaml").write_text(text, encoding="utf-8")
    _library, errors, _report = validate(root)
    line = text[:text.index(f"    {key}:")].count("\n") + 1
    shown = [str(e) for e in errors]
    assert len(shown) == 1 and shown[0].startswith(f"course/01-good-one/quiz.yaml:{line}: "), shown
    assert reason in shown[0]


def test_nan_option_weight_is_rejected(tmp_path):
    root = course(tmp_path)
    text = BANK_HEAD + NUMERICAL.replace("numerical", "multiple") + (
        "    options:\n      - text: a\n        weight: .nan\n      - text: b\n        correct: true\n")
    (root / "01-good-one" / "quiz.yaml").write_text(text, encoding="utf-8")
    _library, errors, _report = validate(root)
    line = text[:text.index("weight: .nan")].count("\n") + 1
    assert [str(e) for e in errors] == [
        f"course/01-good-one/quiz.yaml:{line}: question 'n1': 'weight' must be a finite number"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_the_app_starts_and_reads_the_rest_of_a_hostile_course(qtbot, tmp_path, monkeypatch, data_home):
    import shutil

    from app.main import open_session
    from app.main_window import MainWindow

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    course_folder = content / "thb"
    os.symlink("ana@pc.1:17", course_folder / "01-nacionalni-okvir" / ".#module.md")   # an editor's lock file
    (course_folder / "06-medagencijsko-sodelovanje" / "quiz.yaml").unlink()
    os.mkfifo(course_folder / "06-medagencijsko-sodelovanje" / "quiz.yaml")           # a FIFO for a bank
    (course_folder / "08-loop").mkdir()
    os.symlink("module.md", course_folder / "08-loop" / "module.md")                   # a link loop
    (course_folder / "09-fifo").mkdir()
    os.mkfifo(course_folder / "09-fifo" / "module.md")                                 # a FIFO for a module
    (course_folder / "10-bomb").mkdir()
    (course_folder / "10-bomb" / "module.md").write_text(
        module_text(front_addition="disclaimer: x\n" + ALIAS_BOMB), encoding="utf-8")   # an alias bomb
    os.mkdir(os.fsencode(course_folder) + b"/11-\xff")                                 # a name not UTF-8
    monkeypatch.setenv("COURSEBOOK_CONTENT", str(content))

    result: list = []
    worker = threading.Thread(target=lambda: result.append(open_session(str(data_home))), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert result, "start-up did not finish"
    session = result[0]
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    assert win.library.tree.model().rowCount() == 5  # every module of the course
    skipped = win.library.skipped.text()
    assert "content/thb/08-loop/module.md:1: a symbolic link that points to itself (a link loop)" in skipped
    assert "content/thb/09-fifo/module.md:1: not a regular file" in skipped
    assert "content/thb/10-bomb/module.md:" in skipped and "anchors and aliases" in skipped
    win.open_module("nacionalni-okvir")
    assert "Akcijski" in win.reader.reader.toPlainText()
    assert win.reader.step(1)
    win.close()
    session.store.close()
