"""Take the README's pictures of the presenter's windows, at a laptop's and a projector's size:

    scripts/xvfb_run.sh 1366x768 .venv/bin/python scripts/screenshot_trainer.py docs    # `make screenshots`
    scripts/xvfb_run.sh 1920x1080 .venv/bin/python scripts/screenshot_trainer.py docs

The audience window shows a slide and the activity countdown; the console runs module 6's
simulation with an inject shown. Under a real X server each window fills the screen and the screen
is saved; with QT_QPA_PLATFORM=offscreen each window is grabbed at 1366×768 and at 1920×1080.
"""

from __future__ import annotations

import tempfile
from datetime import datetime

from app.main import open_session
from app.qt import QApplication, QWidget
from app.trainer.presenter import Presenter
from screenshot import save, start

SIZES = ((1366, 768), (1920, 1080))


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    out, app = start("sl")
    sizes = SIZES
    if QApplication.platformName() != "offscreen":
        size = app.primaryScreen().size()
        sizes = ((size.width(), size.height()),)
    with tempfile.TemporaryDirectory() as data:
        from coursebook.classroom import auth, profiles

        learner = open_session(data)
        trainer = profiles.add_trainer(learner.store, "Trener", "geslo za zaslonske slike")
        session = learner.for_profile(trainer, auth.trainer_login(learner.store, trainer, "geslo za zaslonske slike"))
        module = session.library.module("medagencijsko-sodelovanje")
        for width, height in sizes:
            clock = Clock()
            presenter = Presenter(session, module, "teorija", clock=clock,
                                  wall=lambda: datetime(2026, 3, 2, 10, 24))
            presenter.timer.stop()
            presenter.start()
            presenter.toggle_console()
            for window in (presenter.audience, presenter.console):
                if sizes is SIZES:
                    window.showNormal()
                    window.resize(width, height)
                else:  # the projector's window fills its screen; the console is maximised on the laptop
                    window.showFullScreen() if window is presenter.audience else window.showMaximized()
            presenter.step(1)
            clock.now = 12 * 60 + 5

            def shot(window: QWidget, name: str) -> None:
                save(app, window, out / f"screenshot-present-{name}-{width}x{height}.png")

            shot(presenter.audience, "audience")
            presenter.console.refresh()
            shot(presenter.console, "console")
            # the activity: simulation running, its countdown on the projector
            runner = presenter.runner
            presenter.go(next(i for i, s in enumerate(presenter.slides) if s.notes and "Priprava" in s.notes))
            runner.start()
            clock.now += 15 * 60
            runner.next_phase()
            clock.now += 21 * 60 + 30
            runner.show_inject(0)
            presenter.show_board("timer")
            presenter.tick()
            presenter._flash_off()  # the end of the preliminary phase was just signalled
            shot(presenter.audience, "timer")
            presenter.console.refresh()
            shot(presenter.console, "console-activity")
            presenter.end()
        session.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
