"""A large course never freezes the window: the home page's figures are read on a worker thread, and
the library draws its rows from a model (no widget per row). Behaviour only; speed is in bench/."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.main import open_session
from app.main_window import MainWindow
from app.qt import QApplication, QTimer, Qt
from coursebook.cache import loads_in_pieces

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "content" / "thb" / "07-mednarodno-sodelovanje"


def _course(folder: Path, modules: int) -> Path:
    """A course of ``modules`` copies of one module (ids ``big-000`` …), without banks."""
    course = folder / "big"
    course.mkdir(parents=True)
    (course / "course.yaml").write_text("id: big\ntitle: Big course\ndescription: Generated.\n", encoding="utf-8")
    head, body = (TEMPLATE / "module.md").read_text(encoding="utf-8").split("\n---\n", 1)
    lines = [line for line in head.splitlines() if not line.startswith(("id:", "title:", "order:"))]
    for index in range(modules):
        target = course / f"{index:03d}-big-{index:03d}"
        target.mkdir()
        front = "\n".join([lines[0], f"id: big-{index:03d}", f"title: Generated module {index}",
                           f"order: {index + 1}", *lines[1:]])
        (target / "module.md").write_text(front + "\n---\n" + body, encoding="utf-8")
    return folder


def _window(qtbot, data_home):
    win = MainWindow(open_session(str(data_home)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close(win) -> None:
    win.close()
    win.session.store.close()


def test_a_slow_home_computation_leaves_the_window_live_and_the_figures_arrive(qtbot, data_home, monkeypatch):
    from coursebook.study import home_figures

    original = home_figures.home_figures

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003
        time.sleep(1.0)  # as long as a course of a thousand modules takes
        return original(*args, **kwargs)

    monkeypatch.setattr(home_figures, "home_figures", slow)
    win = _window(qtbot, data_home)
    home = win.home
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    with qtbot.waitSignal(home.figures_shown, timeout=15000):
        win.show_home()
        qtbot.waitUntil(lambda: home.cards_label.text() == "Counting…" or home.data is not None)
        assert home.data is None and not home.next_button.isVisible()  # nothing shown yet
    timer.stop()
    assert len(ticks) >= 20  # the timer kept firing for the second the figures took
    assert home.data is not None and home.data.sections_total > 30
    assert "Flashcards due today" in home.cards_label.text()
    assert home.next_button.isVisible() and home.objectives.count() == len(home.data.open_objectives)
    _close(win)


def test_figures_that_cannot_be_read_are_said_on_the_page(qtbot, data_home, monkeypatch):
    from coursebook.study import home_figures

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003
        raise OSError("disk gone")

    monkeypatch.setattr(home_figures, "home_figures", broken)
    win = _window(qtbot, data_home)
    qtbot.waitUntil(lambda: "could not be read" in win.home.cards_label.text(), timeout=10000)
    assert "disk gone" in win.home.cards_label.text() and win.home.data is None
    _close(win)


def test_the_latest_refresh_wins_and_closing_waits_for_the_figures(qtbot, data_home):
    win = _window(qtbot, data_home)
    home = win.home
    shown = []
    home.figures_shown.connect(lambda: shown.append(home.figures.ticket))
    home.refresh()
    home.refresh()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    QApplication.processEvents()
    assert shown == [home.figures.ticket]  # the older answer was dropped
    home.refresh()
    _close(win)  # waits for the work in flight, then the store closes cleanly
    assert home.figures.pool.activeThreadCount() == 0


def test_the_library_model_lists_every_module_and_opens_one_by_keyboard(qtbot, data_home, tmp_path, monkeypatch):
    content = _course(tmp_path / "content", 60)
    monkeypatch.setenv("COURSEBOOK_CONTENT", str(content))
    win = _window(qtbot, data_home)
    win.act_library.trigger()  # Ctrl+L
    library = win.library
    assert win.stack.currentWidget() is library
    assert library.module_ids() == [f"big-{i:03d}" for i in range(60)]
    model = library.tree.model()
    assert model.rowCount() == 60
    assert model.index(59, 0).data() == "Generated module 59"
    assert model.index(59, 3).data() == "0 of {} sections read".format(library.progress("big-059")[1])
    assert library.current_module() == "big-000"
    for _ in range(41):
        qtbot.keyClick(library.tree, Qt.Key.Key_Down)
    qtbot.keyClick(library.tree, Qt.Key.Key_End)
    qtbot.keyClick(library.tree, Qt.Key.Key_Up)
    assert library.current_module() == "big-058" == win.selected_module()
    qtbot.keyClick(library.tree, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.reader and win.reader.module.id == "big-058"
    win.show_library()
    assert library.current_module() == "big-058"  # the row stays selected when the page comes back
    _close(win)


def test_ctrl_enter_opens_the_indicator_cards_of_the_selected_module(qtbot, data_home):
    win = _window(qtbot, data_home)
    win.show_library()
    library = win.library
    library.select("identifikace-obeti")
    qtbot.keyClick(library.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.cards_dialog.isVisible()
    win.cards_dialog.close()
    library.select("medagencijsko-sodelovanje")  # no cards: nothing opens, the list keeps the focus
    win.cards_dialog = None
    qtbot.keyClick(library.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.cards_dialog is None and win.stack.currentWidget() is library
    _close(win)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(json_values, st.sampled_from([None, 2]), st.integers(min_value=0, max_value=6))
def test_a_large_cache_entry_parsed_in_pieces_is_the_same_as_json_loads(value, indent, depth):
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    assert loads_in_pieces(text, depth) == value == json.loads(text)


@pytest.mark.parametrize("text", ["", "[1,", "[1 2]", '{"a" 1}', '{"a":1,}', "[1]x", "{1:2}", '{"a":1', "[,1]"])
def test_broken_json_in_pieces_fails_like_json_loads(text):
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        loads_in_pieces(text, 4)
