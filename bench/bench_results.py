"""Results on a USB stick benchmarks (run by bench/run.py; also ``python bench/bench_results.py``):

- ``export_one_learner``: write one learner's signed hand-in file (20 sealed attempts of 10 answers);
- ``import_files``: verify and merge 500 hand-in files from 10 PCs (10,000 attempts, 100,000 answers)
  into an empty gradebook; then ``import_again``: the same 500 files once more (nothing changes);
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
        trainer_store = Store(root / "trainer")
        start = time.perf_counter()
        report = results_file.import_files(trainer_store, files)
        first = time.perf_counter() - start
        assert not report.refused, report.refused[:1]
        start = time.perf_counter()
        again = results_file.import_files(trainer_store, files)
        second = time.perf_counter() - start
        assert again.new_attempts == 0
        answers = trainer_store.conn.execute("SELECT COUNT(*) FROM gb_responses").fetchone()[0]
        result["import_files"] = {"seconds": round(first, 3), "files": len(files), "attempts": report.new_attempts,
                                  "answers": answers, "goal_seconds": 2.0}
        result["import_again"] = {"seconds": round(second, 3), "files": len(files)}
        question = QuizService(trainer_store, library).question
        times = []
        for _ in range(5):
            start = time.perf_counter()
            cells = gradebook.gradebook(trainer_store, None, question)
            times.append(time.perf_counter() - start)
        result["gradebook"] = _ms(times) | {"cells": len(cells), "answers": answers, "goal_ms": 100}
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
