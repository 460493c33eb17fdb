"""Presenting, driven through real widgets offscreen: both windows in step, keys, notes never on
the audience screen, the activity countdown with a fake clock, injects shown and recorded."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.qt import QApplication, QSize, Qt
from app.session import Session
from app.trainer.presenter import Presenter
from coursebook.trainer.slides import plain_text

from tests.conftest import CONTENT


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0
        self.wall = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60
        self.wall += timedelta(minutes=minutes)


@pytest.fixture
def trainer(library, store):
    from coursebook.classroom import auth, profiles

    profile = profiles.add_trainer(store, "Trenerka", "correct horse battery")
    actor = auth.trainer_login(store, profile, "correct horse battery")  # trainer material needs the passphrase
    return Session(store, profile, CONTENT, None, library=library, actor=actor)


@pytest.fixture
def learner(library, store):
    return Session(store, store.default_profile(), CONTENT, None, library=library)


def _present(qtbot, session, module_id="medagencijsko-sodelovanje", section=None):
    clock = FakeClock()
    presenter = Presenter(session, session.library.module(module_id), section, clock=clock,
                          wall=lambda: clock.wall)
    presenter.timer.stop()  # the test ticks by hand
    presenter.start()
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.toggle_console()  # one screen offscreen: the console comes on demand
    return presenter, clock


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def _in_step(presenter):
    slide = presenter.slide
    assert presenter.audience.view.html == slide.html
    assert presenter.console.current.html == slide.html
    following = presenter.next_slide
    assert presenter.console.next.html == (following.html if following else "")
    assert presenter.console.position.text().startswith(f"Slide {slide.number} of {len(presenter.slides)}")


def test_single_screen_audience_full_screen_and_console_on_demand(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer)
    assert presenter.single_screen
    assert presenter.audience.isVisible() and presenter.audience.isFullScreen()
    assert presenter.console.isVisible()
    _key(qtbot, presenter.audience, Qt.Key.Key_C)
    assert not presenter.console.isVisible()
    _key(qtbot, presenter.audience, Qt.Key.Key_S)  # swap on one screen brings the console back
    assert presenter.console.isVisible()


def test_keys_move_both_windows_in_step(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer)
    _in_step(presenter)
    for key, expected in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_Down, 3),
                          (Qt.Key.Key_Space, 4), (Qt.Key.Key_PageUp, 3), (Qt.Key.Key_Left, 2),
                          (Qt.Key.Key_Up, 1), (Qt.Key.Key_End, len(presenter.slides) - 1), (Qt.Key.Key_Home, 0)):
        _key(qtbot, presenter.console if expected % 2 else presenter.audience, key)
        assert presenter.index == expected
        _in_step(presenter)
    _key(qtbot, presenter.audience, Qt.Key.Key_PageUp)
    assert presenter.index == 0  # not before the first
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_Return):
        _key(qtbot, presenter.audience, key)
    assert presenter.index == 11
    _in_step(presenter)


def test_black_white_f5_shift_f5_and_escape(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer)
    presenter.go(5)
    _key(qtbot, presenter.audience, Qt.Key.Key_B)
    assert presenter.audience.view.blank == "black" and presenter.audience.view.text() == ""
    assert presenter.console.current.blank == "black" and "black screen" in presenter.console.position.text()
    _key(qtbot, presenter.audience, Qt.Key.Key_W)
    assert presenter.audience.view.blank == "white"
    _key(qtbot, presenter.audience, Qt.Key.Key_Escape)  # Esc first un-blanks
    assert presenter.audience.view.blank is None and presenter.audience.isVisible()
    _key(qtbot, presenter.audience, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert presenter.index == 5
    _key(qtbot, presenter.audience, Qt.Key.Key_F5)
    assert presenter.index == 0
    with qtbot.waitSignal(presenter.ended):
        _key(qtbot, presenter.audience, Qt.Key.Key_Escape)
    assert not presenter.audience.isVisible() and not presenter.console.isVisible()


def test_present_from_a_section_and_go_to_by_overview(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer, section="aktivnost")
    assert presenter.slide.section_id == "aktivnost"
    presenter.console.open_overview()
    overview = presenter.console.overview
    assert overview.list.count() == len(presenter.slides)
    overview.list.setCurrentRow(3)
    overview.accept()
    assert presenter.index == 3
    _in_step(presenter)


def test_trainer_notes_on_the_console_never_on_the_audience_screen(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer)
    noted = 0
    for index in range(len(presenter.slides)):
        presenter.go(index)
        audience = presenter.audience.view.text()
        notes = presenter.console.notes.toPlainText()
        if presenter.slide.notes:
            noted += 1
            assert plain_text(presenter.slide.notes).split()[0] in notes
            for line in notes.split("\n"):
                if len(line) > 30:
                    assert line not in audience
    assert noted >= 2
    presenter.go(next(i for i, s in enumerate(presenter.slides) if "Vodenje vaje" in s.notes))
    assert "Vodenje vaje" in presenter.console.notes.toPlainText()
    assert "Vodenje vaje" not in presenter.audience.view.text()


def test_a_learner_gets_no_trainer_notes_on_the_console(qtbot, learner):
    presenter, _ = _present(qtbot, learner)
    presenter.go(next(i for i, s in enumerate(presenter.slides) if "Vodenje vaje" in s.notes))
    notes = presenter.console.notes.toPlainText()
    assert "Vodenje vaje" not in notes and "trainer profiles only" in notes
    panel = presenter.console.runner_panel
    assert panel.inject_buttons == []  # nor the injects: they would spoil the exercise


def test_countdown_pause_extend_and_the_end_signal(qtbot, trainer, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    presenter, clock = _present(qtbot, trainer)
    panel = presenter.console.runner_panel
    assert panel is not None and "90 min" in panel.check.text()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert presenter.board == ("timer",)
    assert "15:00" in presenter.audience.view.text() and "Priprava" in presenter.audience.view.text()
    clock.advance(10)
    presenter.tick()
    assert "5:00" in presenter.audience.view.text() and "5:00 left" in panel.countdown.text()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # pause
    assert panel.start_button.text() == "Resume"
    clock.advance(20)
    presenter.tick()
    assert "5:00" in presenter.audience.view.text() and "Paused" in presenter.audience.view.text()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # resume
    qtbot.mouseClick(panel.findChild(type(panel.start_button), "plusOne"), Qt.MouseButton.LeftButton)
    assert "6:00" in presenter.audience.view.text()
    clock.advance(5)
    presenter.tick()
    assert beeps == [] and not presenter.audience.view.flash
    clock.advance(1)
    with qtbot.waitSignal(presenter.phase_ended) as ended:
        presenter.tick()
    assert ended.args == ["Priprava"]
    assert beeps == [1] and presenter.audience.view.flash  # a soft visual and audible signal
    qtbot.waitUntil(lambda: not presenter.audience.view.flash, timeout=3000)
    presenter.tick()
    assert beeps == [1]  # once
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert "Simulacija" in presenter.audience.view.text() and "Predhodna faza" in presenter.audience.view.text()


def test_injects_pushed_to_the_audience_and_recorded(qtbot, trainer):
    presenter, clock = _present(qtbot, trainer)
    panel = presenter.console.runner_panel
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    clock.advance(25)
    assert panel.inject_labels[1].text() == "not shown yet"
    qtbot.mouseClick(panel.inject_buttons[1], Qt.MouseButton.LeftButton)
    assert "Logistične težave" in presenter.audience.view.text()
    assert "shown at 09:25:00" in panel.inject_labels[1].text()
    assert presenter.runner.log[0].title == "Logistične težave"
    _key(qtbot, presenter.audience, Qt.Key.Key_PageDown)  # the next key brings the slides back
    assert presenter.board is None and presenter.audience.view.html == presenter.slide.html


def test_groups_one_at_a_time_or_all_and_questions_one_at_a_time(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer, "mednarodno-sodelovanje")
    panel = presenter.console.runner_panel
    groups = presenter.runner.activity.groups
    panel.group_choice.setCurrentIndex(0)
    panel.show_groups()
    text = presenter.audience.view.text()
    assert all(g.name.split(" (")[0] in text for g in groups)
    presenter6, _ = _present(qtbot, trainer)
    presenter6.console.runner_panel.show_groups()
    all_six = "".join(presenter6.audience.view.text().split())
    assert all("".join(g.tasks.split())[:50] in all_six for g in presenter6.runner.activity.groups)
    presenter6.end()
    panel.group_choice.setCurrentIndex(2)
    panel.show_groups()
    text = presenter.audience.view.text()
    assert groups[1].name.split(" (")[0] in text and groups[0].name.split(" (")[0] not in text
    qtbot.mouseClick(panel.findChild(type(panel.start_button), "nextQuestion"), Qt.MouseButton.LeftButton)
    first = presenter.audience.view.text()
    assert "Question 1 of 7" in first and "Izmenjava informacij" in first
    qtbot.mouseClick(panel.findChild(type(panel.start_button), "nextQuestion"), Qt.MouseButton.LeftButton)
    assert "Question 2 of 7" in presenter.audience.view.text()


def test_ranges_are_set_on_the_console_and_the_timing_check_says_so(qtbot, trainer):
    presenter, _ = _present(qtbot, trainer, "mednarodno-sodelovanje")
    panel = presenter.console.runner_panel
    assert "70–85" in panel.check.text() and "60–90" in panel.check.text()
    spin = panel.spins[(3, None)]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (30, 40, 30)
    spin.setValue(38)
    assert presenter.runner.steps[3].chosen == 38


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_console_fits_1024_by_768_in_the_apps_look(qtbot, trainer, theme):
    from app import appearance

    appearance.apply(QApplication.instance(), theme, 1.0)
    try:
        presenter, _ = _present(qtbot, trainer)
        hint = presenter.console.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 740
        presenter.console.resize(QSize(1024, 740))
        assert presenter.console.width() <= 1024
    finally:
        appearance.apply(QApplication.instance(), "light", 1.0)


def test_present_menu_and_f5_from_the_main_window(qtbot, data_home):
    from app.main import open_session
    from app.main_window import MainWindow

    session = open_session(str(data_home))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.open_module("mednarodno-sodelovanje", "teorija")
    action = window.findChild(type(window.act_library), "actPresentHere")
    assert action.shortcuts()[0].toString() == "Shift+F5"
    assert window.findChild(type(window.act_library), "actPresent").shortcuts()[0].toString() == "F5"
    action.trigger()
    presenter = window.trainer.presenter
    assert presenter is not None and presenter.slide.section_id == "teorija"
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.end()
    assert window.trainer.presenter is None
    window.close()
    session.store.close()


def test_handout_dialog_saves_role_cards_as_pdf(qtbot, trainer, tmp_path):
    from app.trainer.handout_dialog import HandoutDialog
    from tests.pdftext import read_pdf

    dialog = HandoutDialog(trainer, trainer.library.module("medagencijsko-sodelovanje"))
    qtbot.addWidget(dialog)
    kinds = [dialog.what.itemData(i) for i in range(dialog.what.count())]
    assert kinds == ["module", "module-trainer", "activity", "role-cards"]
    dialog.what.setCurrentIndex(kinds.index("role-cards"))
    dialog.page.setCurrentIndex(1)
    path = tmp_path / "cards.pdf"
    dialog.write(str(path))
    assert len(read_pdf(path)["pages"]) == 6  # five groups and the scenario every group receives
    dialog.preview()
    assert dialog.preview_dialog.isVisible()
    dialog.preview_dialog.close()


def test_a_learner_is_not_offered_the_trainer_handouts(qtbot, learner):
    from app.trainer.handout_dialog import HandoutDialog

    dialog = HandoutDialog(learner, learner.library.module("medagencijsko-sodelovanje"))
    qtbot.addWidget(dialog)
    assert [dialog.what.itemData(i) for i in range(dialog.what.count())] == ["module", "role-cards"]


TWO_SCREENS = """
import json, sys, tempfile
from app.qt import QApplication, QGuiApplication, Qt
app = QApplication(sys.argv[:1])
from app.main import open_session
from app.trainer.presenter import Presenter
session = open_session(tempfile.mkdtemp())
presenter = Presenter(session, session.library.module("medagencijsko-sodelovanje"))
presenter.timer.stop()
presenter.start(QGuiApplication.screens()[0])
app.processEvents()
def where():
    return {"audience": presenter.audience.screen().name(), "audience_full": presenter.audience.isFullScreen(),
            "audience_size": [presenter.audience.width(), presenter.audience.height()],
            "console": presenter.console.screen().name(), "console_shown": presenter.console.isVisible(),
            "console_width": presenter.console.width()}
before = where()
presenter.key(Qt.Key.Key_S)
app.processEvents()
after = where()
print(json.dumps({"single": presenter.single_screen, "before": before, "after": after}))
"""


def test_two_screens_audience_on_the_projector_and_swap_with_one_key(tmp_path):
    """Two screens (Qt's offscreen platform configured with a laptop and a projector)."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", COURSEBOOK_HOME=str(tmp_path / "d"))
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.strip().splitlines()[-1])
    assert state["single"] is False
    assert state["before"]["audience"] == "projector" and state["before"]["audience_full"]
    assert state["before"]["audience_size"] == [1920, 1080]
    assert state["before"]["console"] == "laptop" and state["before"]["console_shown"]
    assert state["after"]["audience"] == "laptop" and state["after"]["console"] == "projector"


def test_every_slide_fits_the_screen_in_large_type_from_1024_by_768_up(qapp, library):
    from coursebook.trainer.slides import build_slides

    from app.trainer.slide_view import MARGIN, SIZES, SMALLEST, SlideRenderer

    renderer = SlideRenderer()
    for module_id in ("medagencijsko-sodelovanje", "nacionalni-okvir"):
        for slide in build_slides(library.module(module_id)):
            sizes = []
            for width, height in ((1024, 768), (1920, 1080)):
                doc = renderer.document(slide.html, QSize(width, height))
                pixels = doc.defaultFont().pixelSize()
                inner = height - 2 * round(width * MARGIN)
                smallest = min(size for size in SIZES if size >= round(height * SMALLEST))
                assert doc.size().height() <= inner or pixels == smallest, slide.title
                assert pixels >= 16, slide.title  # readable from the back of a classroom at 1024×768
                sizes.append(pixels)
            assert sizes[1] > sizes[0]


def test_slides_stay_dark_on_white_in_the_dark_theme(qapp, library):
    """The projector shows dark text on white whatever the console's theme is."""
    from coursebook.trainer.slides import build_slides

    from app import appearance
    from app.trainer.slide_view import SlideRenderer

    slide = next(s for s in build_slides(library.module("medagencijsko-sodelovanje")) if s.kind == "theory")
    appearance.apply(qapp, "dark", 1.0)
    try:
        image = SlideRenderer().image(slide.html, QSize(1024, 768), QSize(1024, 768))
    finally:
        appearance.apply(qapp, "light", 1.0)
    body = [image.pixelColor(x, y) for x in range(0, 1024, 3) for y in range(300, 700, 3)]
    dark = sum(1 for colour in body if colour.lightness() < 80)
    assert image.pixelColor(2, 2).lightness() > 240  # white background
    assert dark > 300  # the body text is drawn dark, not in the dark theme's light text colour


def test_f11_toggles_the_main_window_full_screen(qtbot, data_home):
    from app.main import open_session
    from app.main_window import MainWindow

    session = open_session(str(data_home))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(type(window.act_library), "actFullScreen")
    assert action.shortcuts()[0].toString() == "F11"
    action.trigger()
    assert window.isFullScreen() and action.isChecked()
    action.trigger()
    assert not window.isFullScreen() and not action.isChecked()
    window.close()
    session.store.close()
