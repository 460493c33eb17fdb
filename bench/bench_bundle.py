"""Bundle benchmark: the app's one-folder bundle against a bare PySide6 window frozen the same way.

    python bench/bench_bundle.py [--runs N] [--rebuild]

Builds both bundles with scripts/build_bundle.py (or reuses ones built from the same inputs), then
measures folder size and zip size (bytes), and frozen start-up: wall time from spawning the program
with ``--bench-startup`` to its "shown" line (window shown), QT_QPA_PLATFORM=offscreen, median of N
runs (default 9, at least 7) after one warm-up run each, app and bare interleaved (order alternating).
Writes bench/results_bundle.json; ``run()`` returns the same dict for bench/run.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results_bundle.json"
MIN_RUNS = 7
TIMEOUT = 120.0


def _build_bundle():
    """scripts/build_bundle.py as a module (scripts/ is not a package)."""
    name = "coursebook_build_bundle"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "build_bundle.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command --bench-startup`` to its "shown" line."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen([*command, "--bench-startup"], stdout=subprocess.PIPE, stderr=errors,
                                stdin=subprocess.DEVNULL, env=env, text=True)
        killer = threading.Timer(TIMEOUT, proc.kill)
        killer.start()
        elapsed = None
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.strip() == "shown":
                    elapsed = time.perf_counter() - started
                    break
            proc.stdout.read()
            code = proc.wait()
        finally:
            killer.cancel()
        if elapsed is None or code != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} --bench-startup exited with {code} "
                               f"({'no' if elapsed is None else 'after'} 'shown'):\n{tail}")
    return elapsed


def _summary(times: list[float]) -> dict:
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "max_s": round(max(times), 4), "runs_s": [round(t, 4) for t in times]}


def measure_startup(commands: dict[str, list[str]], runs: int) -> dict[str, dict]:
    """Interleaved start-up runs of every command, with one discarded warm-up run each."""
    with tempfile.TemporaryDirectory(prefix="coursebook-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COURSEBOOK_HOME=home)
        names = list(commands)
        for name in names:  # warm-up: disk cache, first-run data folder
            time_to_shown(commands[name], env)
        times: dict[str, list[float]] = {name: [] for name in names}
        for round_no in range(runs):
            order = names if round_no % 2 == 0 else list(reversed(names))
            for name in order:
                times[name].append(time_to_shown(commands[name], env))
    return {name: _summary(values) for name, values in times.items()}


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 4) if a and b else None


def run(runs: int = 9, rebuild: bool = False, write: bool = True, source: bool = True) -> dict:
    """Build (or reuse) both bundles, measure them, write bench/results_bundle.json, return the results.

    With ``source``, the same start-up runs are made from source too (interleaved with the bundles),
    to show what freezing itself adds."""
    runs = max(runs, MIN_RUNS)
    bb = _build_bundle()
    built = {
        "app": bb.build(bb.app_target(), zip_it=True, reuse=not rebuild),
        "bare": bb.build(bb.bare_target(), zip_it=True, reuse=not rebuild),
    }
    commands = {name: [b.executable] for name, b in built.items()}
    if source:
        commands["app_source"] = [sys.executable, "-m", "app"]
        commands["bare_source"] = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    startup = measure_startup(commands, runs)
    results: dict = {
        "benchmark": "bundle",
        "platform": bb.platform_tag(),
        "python": platform.python_version(),
        "tools": _versions(),
        "qpa_platform": "offscreen",
        "startup_runs": runs,
        "startup_measure": "wall time from process spawn to the 'shown' line; median after 1 warm-up",
    }
    for name, b in built.items():
        results[name] = {
            "folder": os.path.relpath(b.folder, ROOT),
            "folder_bytes": b.folder_bytes,
            "files": b.files,
            "zip": os.path.relpath(b.zip, ROOT) if b.zip else None,
            "zip_bytes": b.zip_bytes,
            "build_seconds": b.build_seconds,  # None: an earlier build from the same inputs was reused
            "startup": startup[name],
        }
    app, bare = results["app"], results["bare"]
    results["ratios"] = {
        "folder_size": _ratio(app["folder_bytes"], bare["folder_bytes"]),
        "zip_size": _ratio(app["zip_bytes"], bare["zip_bytes"]),
        "startup": _ratio(app["startup"]["median_s"], bare["startup"]["median_s"]),
    }
    if source:
        results["source_startup"] = {"app": startup["app_source"], "bare": startup["bare_source"]}
        results["ratios"]["startup_source"] = _ratio(startup["app_source"]["median_s"],
                                                     startup["bare_source"]["median_s"])
        results["ratios"]["startup_frozen_vs_source_app"] = _ratio(app["startup"]["median_s"],
                                                                   startup["app_source"]["median_s"])
    results["goal_folder_not_larger_than_bare"] = app["folder_bytes"] <= bare["folder_bytes"]
    if write:
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for dist in ("pyinstaller", "PySide6-Essentials"):
        try:
            found[dist] = version(dist)
        except PackageNotFoundError:
            found[dist] = "?"
    return found


def _print(results: dict) -> None:
    for name in ("app", "bare"):
        r = results[name]
        built = "reused" if r["build_seconds"] is None else f"built in {r['build_seconds']:.1f} s"
        print(f"{name:5} folder {r['folder_bytes'] / 1e6:7.1f} MB  zip {r['zip_bytes'] / 1e6:6.1f} MB  "
              f"start-up median {r['startup']['median_s'] * 1000:6.0f} ms  ({built})")
    ratios = results["ratios"]
    if "source_startup" in results:
        src = results["source_startup"]
        print(f"from source: start-up median app {src['app']['median_s'] * 1000:.0f} ms, "
              f"bare {src['bare']['median_s'] * 1000:.0f} ms")
    print(f"app/bare: folder {ratios['folder_size']:.3f}  zip {ratios['zip_size']:.3f}  "
          f"start-up {ratios['startup']:.3f}   -> {os.path.relpath(RESULTS, Path.cwd())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help=f"start-up runs per bundle (at least {MIN_RUNS})")
    parser.add_argument("--rebuild", action="store_true", help="build both bundles even if fresh ones exist")
    args = parser.parse_args(argv)
    _print(run(runs=args.runs, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
