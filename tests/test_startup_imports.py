"""Start-up loads only what the first window needs.

Not a timing test: it names the modules a start must leave for later, so a feature that pulls one of
them back into start-up fails here (README "Benchmarks" says what each costs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import _plain_gui_args, build_parser

ROOT = Path(__file__).resolve().parent.parent

#: module -> why a start → home page does without it
DEFERRED = {
    "app.library_view": "the library page is built when it is first shown",
    "app.module_view": "the reader is built when a module opens",
    "app.classroom.profile_picker": "one profile without a PIN: no picker",
    "coursebook.model": "the home page is drawn before the course model is read",
    "yaml": "content is read from the JSON caches",
    "markdown": "sections are rendered when opened",
    "sqlite_utils": "the store uses sqlite3",
    "cryptography": "keys are derived when a PIN or passphrase is checked",
    "dataclasses": "the records made at start-up are named tuples and plain classes",
    "hashlib": "cache keys use BLAKE2b without loading OpenSSL",
    "hmac": "random file names are made when a file is written, not at start-up",
    "secrets": "random file names are made when a file is written, not at start-up",
    "uuid": "a profile's uuid is made when the profile is made (uuid loads platform)",
    "unicodedata": "names and passphrases are normalised when they are checked",
    "app.quiz.menu": "the menus' entries are made once the first frame is on screen",
    "app.trainer.menu": "the menus' entries are made once the first frame is on screen",
    "app.classroom.menu": "the menus' entries are made once the first frame is on screen",
    "app.background": "the home page's worker is made at its first refresh, after the first frame",
}

SPY = """
import builtins, json, sys
from app.cli import main
seen = []
_print = builtins.print
def spy(*args, **kwargs):
    if args and args[0] == "shown" and not seen:
        seen.extend(sorted(sys.modules))
    _print(*args, **kwargs)
builtins.print = spy
code = main(["--bench-startup", "--data-dir", sys.argv[1]])
_print("MODULES " + json.dumps(seen))
raise SystemExit(code)
"""


def _modules_at_shown(data: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COURSEBOOK_CONTENT", None)
    done = subprocess.run([sys.executable, "-c", SPY, str(data)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return set(json.loads(done.stdout.split("MODULES ", 1)[1]))


def test_showing_the_main_window_leaves_the_heavy_modules_for_later(tmp_path):
    _modules_at_shown(tmp_path / "data")  # the first start makes the store and fills the caches
    modules = _modules_at_shown(tmp_path / "data")
    assert {"app.main_window", "app.study.home_page", "coursebook.store"} <= modules  # it saw the window
    loaded = {name: why for name, why in DEFERRED.items() if name in modules}
    assert not loaded, loaded


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "/tmp/d"], ["--data-dir=/tmp/d", "--portable"], ["--content", "c", "--data-dir", "d"],
    ["--bench-startup", "--data-dir", "x"], ["--data-dir="],
])
def test_a_plain_start_reads_its_options_as_the_parser_would(argv):
    quick = _plain_gui_args(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["--help"], ["--self-check"], ["--data", "d"], ["--data-dir"], ["--data-dir", "--portable"], ["extra"],
    ["-h"],
])
def test_anything_else_goes_to_the_parser(argv):
    assert _plain_gui_args(argv) is None


def test_the_library_page_is_built_when_first_shown_and_selects_as_before(qtbot, data_home):
    from app.main import open_session
    from app.main_window import MainWindow

    session = open_session(str(data_home))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    first = session.catalog["modules"][0]["id"]
    assert window._library is None  # the home page is first: no row of the library was made
    assert window.selected_module() == first  # the row the page selects when it is built
    window.show_library()
    assert window.stack.currentWidget() is window.library
    assert window.library.tree.model().rowCount() == len(session.catalog["modules"])
    assert window.selected_module() == first
    window.library.select(session.catalog["modules"][1]["id"])
    assert window.selected_module() == session.catalog["modules"][1]["id"]
    window.close()
    session.store.close()
