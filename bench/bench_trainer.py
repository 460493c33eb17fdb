"""Trainer-mode speed, offscreen.

- ``next_slide``: from the key press (``Presenter.step``) until the new slide is painted on both
  windows — the audience window at 1920×1080 and the console (current and next slide previews,
  notes) at 1366×768 — stepping through every slide of the largest module; median and worst
  (goal < 50 ms);
- ``handout_pdf``: the largest module written as a PDF handout (HTML built, laid out on A4 pages,
  written with QPdfWriter), median of 5 (goal < 2 s); the role cards of module 6 for comparison.

``run() -> dict`` is called by bench/run.py; ``python bench/bench_trainer.py`` prints the dict.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

PDF_RUNS = 5


def _ms(values: list[float]) -> dict:
    ordered = sorted(values)
    return {"median_ms": round(statistics.median(ordered), 2),
            "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 2),
            "max_ms": round(ordered[-1], 2), "n": len(ordered)}


def bench_next_slide(app, session) -> dict:  # noqa: ANN001
    from app.trainer.presenter import Presenter

    module = max(session.library.modules, key=lambda m: m.path.stat().st_size)
    presenter = Presenter(session, module)
    presenter.timer.stop()
    presenter.start()
    presenter.audience.showNormal()
    presenter.audience.resize(1920, 1080)
    presenter.toggle_console()
    presenter.console.resize(1366, 768)
    app.processEvents()
    times = []
    for _ in range(len(presenter.slides) - 1):
        start = time.perf_counter()
        presenter.step(1)
        presenter.audience.view.repaint()  # painted now, not at the next event-loop turn
        presenter.console.repaint()
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    presenter.end()
    result = _ms(times)
    result.update({"module": module.id, "slides": len(presenter.slides), "audience": "1920x1080",
                   "console": "1366x768", "goal_ms": 50, "meets_goal": result["median_ms"] < 50})
    return result


def bench_pdf(session) -> dict:  # noqa: ANN001
    from coursebook.trainer import handouts

    from app.trainer.printing import write_pdf

    module = max(session.library.modules, key=lambda m: m.path.stat().st_size)
    cards_module = session.library.module("medagencijsko-sodelovanje")
    times, cards = [], []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "module.pdf"
        for _ in range(PDF_RUNS):
            start = time.perf_counter()
            write_pdf(handouts.module_handout(module, audience="trainer"), str(target))
            times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            write_pdf(handouts.role_cards(cards_module), str(Path(folder) / "cards.pdf"))
            cards.append((time.perf_counter() - start) * 1000)
        size = target.stat().st_size
    result = _ms(times)
    result.update({"module": module.id, "pdf_bytes": size, "goal_ms": 2000,
                   "meets_goal": result["median_ms"] < 2000,
                   "role_cards_module_6_median_ms": round(statistics.median(cards), 2)})
    return result


def run() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.main import open_session
    from app.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        session = open_session(folder)
        session.profile = session.store.create_profile("Bench trainer", "trainer")
        result = {"next_slide": bench_next_slide(app, session), "handout_pdf": bench_pdf(session)}
        session.store.close()
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
