"""``make bench``: Coursebook's speed as ratios to a baseline measured in the same run.

- start-up: process start → main window shown, Coursebook vs. a bare PySide6 window (the floor);
- section: time to open and lay out the largest section in the reader (goal < 50 ms);
- quiz, interop, trainer, classroom, search, content-limit, scale and bundle benchmarks, when their
  modules are present (bench_*.py).

Results go to bench/results.json. Runs are interleaved so that machine noise hits both sides.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RUNS = int(os.environ.get("BENCH_RUNS", "21"))

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to its 'shown' line."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            process.wait(timeout=30)
            return elapsed
    raise RuntimeError(f"{command} exited without showing a window (code {process.wait()})")


def bench_startup() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        data = Path(folder) / "data"
        app_cmd = [sys.executable, "-m", "app", "--bench-startup", "--data-dir", str(data)]
        bare_cmd = [sys.executable, str(bare)]
        time_to_shown(app_cmd, env)  # first run creates the store and warms the file cache
        time_to_shown(bare_cmd, env)
        resume_data = Path(folder) / "resume"
        resume_cmd = [sys.executable, "-m", "app", "--bench-startup", "--data-dir", str(resume_data)]
        _remember_a_place(resume_data)
        time_to_shown(resume_cmd, env)
        app_times, bare_times, resume_times = [], [], []
        for _ in range(RUNS):
            bare_times.append(time_to_shown(bare_cmd, env))
            app_times.append(time_to_shown(app_cmd, env))
            resume_times.append(time_to_shown(resume_cmd, env))
    app_ms, bare_ms = statistics.median(app_times) * 1000, statistics.median(bare_times) * 1000
    resume_ms = statistics.median(resume_times) * 1000
    best_ratio = min(app_times) / min(bare_times)
    # Each round runs both back to back: the median of the per-round ratios cancels slow drifts in
    # the machine's speed that the ratio of two medians keeps.
    paired = statistics.median(a / b for a, b in zip(app_times, bare_times))
    return {"coursebook_ms": round(app_ms, 1), "bare_pyside6_ms": round(bare_ms, 1),
            "ratio": round(paired, 3), "ratio_of_medians": round(app_ms / bare_ms, 3),
            "ratio_of_best_runs": round(best_ratio, 3), "goal_ratio": 1.3, "runs": RUNS,
            "meets_goal": paired <= 1.3,
            "resume_in_largest_section_ms": round(resume_ms, 1),
            "resume_ratio": round(statistics.median(r / b for r, b in zip(resume_times, bare_times)), 3)}


def _remember_a_place(folder: Path) -> None:
    """A data folder whose learner closed the app in the largest section: start-up reopens it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coursebook.render import section_html

    from app.main import open_session
    from app.main_window import MainWindow
    from app.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = open_session(str(folder))
    module, section = max(((m, s) for m in session.library.modules for s in m.sections),
                          key=lambda pair: len(section_html(pair[0], pair[1])))
    window = MainWindow(session)
    window.show()
    window.open_module(module.id, section.id, 0.5)
    app.processEvents()
    window.close()
    session.store.close()


def bench_section() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coursebook.render import section_html

    from app.main import open_session
    from app.main_window import MainWindow
    from app.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        session = open_session(folder)
        window = MainWindow(session)
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        module, section = max(((m, s) for m in session.library.modules for s in m.sections),
                              key=lambda pair: len(section_html(pair[0], pair[1])))
        other = module.sections[0]
        times = []
        for _ in range(max(RUNS, 15)):
            window.reader.open(module.id, other.id)
            start = time.perf_counter()
            window.reader.open(module.id, section.id)
            doc = window.reader.reader.document()
            doc.documentLayout().frameBoundingRect(doc.rootFrame())  # text fully laid out
            times.append((time.perf_counter() - start) * 1000)
        window.close()
        session.store.close()
    median = statistics.median(times)
    return {"section": f"{module.id}#{section.id}", "html_chars": len(section_html(module, section)),
            "median_ms": round(median, 2), "max_ms": round(max(times), 2), "goal_ms": 50,
            "meets_goal": median < 50}


def main() -> int:
    # Byte-compile the sources first, as an installed program (and the bundle) has them: where
    # PYTHONDONTWRITEBYTECODE is set, every start would otherwise compile the app's modules anew.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app"), str(ROOT / "coursebook")],
                   check=True)
    results: dict = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                                 "cpus": os.cpu_count()},
                     "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
    results["startup"] = bench_startup()
    print("startup:", results["startup"], flush=True)
    results["section_open"] = bench_section()
    print("section:", results["section_open"], flush=True)
    sys.path.insert(0, str(HERE))
    for name in ("bench_quiz", "bench_interop", "bench_trainer", "bench_classroom", "bench_results", "bench_marks", "bench_search",
                 "bench_limits", "bench_scale", "bench_bundle"):
        if (HERE / f"{name}.py").exists() and os.environ.get("BENCH_SKIP", "").find(name) < 0:
            module = __import__(name)
            results[name.removeprefix("bench_")] = module.run()
            print(f"{name}:", results[name.removeprefix("bench_")], flush=True)
    (HERE / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"wrote {HERE / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
