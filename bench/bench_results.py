"""Results on a USB stick benchmarks (run by bench/run.py; also ``python bench/bench_results.py``):

- ``export_one_learner``: write one learner's signed hand-in file (20 sealed attempts of 10 answers);
- ``import_files``: verify and merge 500 hand-in files from 10 PCs (10,000 attempts, 100,000 answers)
  into an empty gradebook, three times (median, with the CPU time); then ``import_again``: the same
  500 files once more (nothing changes);
- ``gradebook``: the gradebook over those 100,000 answers, every attempt graded again;
- ``report_text``: the printable report's content (results, summary, question statistics) for that class;
  ``report_pdf``: the same report laid out by Qt and written as an A4 PDF (offscreen).

The learners' data is made with ``coursebook.classroom.demo`` (the real attempt code). ``BENCH_RESULTS_SCALE``
(default 1.0) shrinks it for a quick run.
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


#: Imports of the 500 files, each into an empty gradebook (the median is reported; CPU time beside the
#: wall-clock time shows how much of it a busy machine took away).
IMPORTS = int(os.environ.get("BENCH_RESULTS_IMPORTS", "3"))


def _ms(values: list[float]) -> dict:
    return {"median_ms": round(statistics.median(values) * 1000, 2), "max_ms": round(max(values) * 1000, 2),
            "runs": len(values)}


def run() -> dict:
    from coursebook.classroom import demo, gradebook, profiles, results_file
    from coursebook.loader import load_library
    from coursebook.quiz.service import QuizService
    from coursebook.resources import content_dir
    from coursebook.store import Store

    scale = float(os.environ.get("BENCH_RESULTS_SCALE", "1.0"))
    pcs, learners, attempts = 10, max(1, round(50 * scale)), 20
    library = load_library(content_dir())
    result: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        stick = root / "stick"
        export_times = []
        for p in range(pcs):
            store = Store(root / f"pc{p}")
            demo.fill(store, library, learners, attempts, seed=p, questions=10)
            for learner in profiles.learners(store):
                start = time.perf_counter()
                results_file.export(store, learner, stick / f"pc{p}")
                export_times.append(time.perf_counter() - start)
            store.close()
        files = results_file.collect([stick])
        result["export_one_learner"] = _ms(export_times) | {"attempts": attempts, "answers": attempts * 10}
        walls, cpus = [], []
        for run in range(IMPORTS):  # each into an empty gradebook of its own; the last one is kept
            if run:
                trainer_store.close()
            trainer_store = Store(root / f"trainer{run}")
            start, cpu = time.perf_counter(), time.process_time()
            report = results_file.import_files(trainer_store, files)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            assert not report.refused, report.refused[:1]
        start = time.perf_counter()
        again = results_file.import_files(trainer_store, files)
        second = time.perf_counter() - start
        assert again.new_attempts == 0
        answers = trainer_store.conn.execute("SELECT COUNT(*) FROM gb_responses").fetchone()[0]
        result["import_files"] = {"seconds": round(statistics.median(walls), 3),
                                  "runs_seconds": [round(w, 3) for w in walls],
                                  "cpu_seconds": round(statistics.median(cpus), 3), "files": len(files),
                                  "attempts": report.new_attempts, "answers": answers, "goal_seconds": 2.0}
        result["import_again"] = {"seconds": round(second, 3), "files": len(files)}
        question = QuizService(trainer_store, library).question
        times, cpus = [], []
        for _ in range(5):
            start, cpu = time.perf_counter(), time.process_time()
            cells = gradebook.gradebook(trainer_store, None, question)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        result["gradebook"] = _ms(times) | {"cpu_median_ms": round(statistics.median(cpus) * 1000, 2),
                                            "cells": len(cells), "answers": answers, "goal_ms": 100}
        result.update(_report(trainer_store, question, root))
        trainer_store.close()
    return result


def _report(store, question, root: Path) -> dict:  # noqa: ANN001
    """The printable report: its content (core), then the PDF (Qt), median of 3 each."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coursebook.classroom.report import gradebook_report

    from app.qt import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - printing needs one
    from app.classroom.report_pdf import write_report

    texts, pdfs = [], []
    for n in range(3):
        start = time.perf_counter()
        handout = gradebook_report(store, None, question, "2027-01-15", "en")
        texts.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_report(handout, root / f"report-{n}.pdf")
        pdfs.append(time.perf_counter() - start)
    size = (root / "report-0.pdf").stat().st_size
    return {"report_text": _ms(texts), "report_pdf": _ms(pdfs) | {"bytes": size}}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
