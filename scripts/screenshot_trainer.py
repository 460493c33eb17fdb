"""Grab the presenter's windows at projector and laptop sizes (offscreen) into docs/:

    python scripts/screenshot_trainer.py docs

The audience window shows a slide and the activity countdown; the console runs module 6's
simulation with an inject shown. Each window is grabbed at 1366×768 and at 1920×1080.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from app.main import open_session
from app.qt import QApplication
from app.trainer.presenter import Presenter

SIZES = ((1366, 768), (1920, 1080))


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app import appearance

    appearance.apply(app, "light", 1.0)
    with tempfile.TemporaryDirectory() as data:
        session = open_session(data)
        session.profile = session.store.create_profile("Trener", "trainer")
        module = session.library.module("medagencijsko-sodelovanje")
        for width, height in SIZES:
            clock = Clock()
            presenter = Presenter(session, module, "teorija", clock=clock,
                                  wall=lambda: datetime(2026, 3, 2, 10, 24))
            presenter.timer.stop()
            presenter.start()
            presenter.audience.showNormal()
            presenter.audience.resize(width, height)
            presenter.toggle_console()
            presenter.console.showNormal()
            presenter.console.resize(width, height)
            presenter.step(1)
            clock.now = 12 * 60 + 5

            def settle() -> None:
                for _ in range(5):
                    app.processEvents()

            settle()
            presenter.audience.grab().save(str(out / f"screenshot-present-audience-{width}x{height}.png"))
            presenter.console.refresh()
            settle()
            presenter.console.grab().save(str(out / f"screenshot-present-console-{width}x{height}.png"))
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
            settle()
            presenter.audience.grab().save(str(out / f"screenshot-present-timer-{width}x{height}.png"))
            presenter.console.refresh()
            settle()
            presenter.console.grab().save(str(out / f"screenshot-present-console-activity-{width}x{height}.png"))
            presenter.end()
        session.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
