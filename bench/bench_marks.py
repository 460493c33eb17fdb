"""Marks back to the learners' PCs (run by bench/run.py; also ``python bench/bench_marks.py``):

- ``return_marks``: on the trainer's PC, write the signed marks files of every learner in a gradebook of
  5 PCs × 40 learners × 20 attempts (4,000 attempts, 40,000 answers): the gradebook graded once, one
  file per learner, each signed;
- ``receive_marks``: on one learner PC, check and record its 40 files (signature, the learner's sealed
  chain, the key the attempts were sealed with), then the same files again (nothing changes).

The learners' data is made with ``coursebook.classroom.demo`` (the real attempt code). ``BENCH_MARKS_SCALE``
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


def run() -> dict:
    from coursebook.classroom import demo, marks_file, profiles, results_file, signed
    from coursebook.loader import load_library
    from coursebook.quiz.service import QuizService
    from coursebook.resources import content_dir
    from coursebook.store import Store

    scale = float(os.environ.get("BENCH_MARKS_SCALE", "1.0"))
    pcs, learners, attempts = 5, max(1, round(40 * scale)), 20
    library = load_library(content_dir())
    result: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        trainer = Store(root / "trainer")
        key = signed.installation_public_key(trainer.folder)
        for p in range(pcs):
            store = Store(root / f"pc{p}")
            demo.fill(store, library, learners, attempts, seed=p, questions=10)
            marks_file.pin_trainer_key(store, key, "demo", "Demo")  # as when the trainer's exam file was opened
            for learner in profiles.learners(store):
                results_file.export(store, learner, root / "stick")
            store.close()
        results_file.import_files(trainer, [root / "stick"])
        question = QuizService(trainer, library).question
        times = []
        for run_number in range(3):
            start = time.perf_counter()
            written = marks_file.write_returns(trainer, None, question, root / f"back{run_number}")
            times.append(time.perf_counter() - start)
        answers = trainer.conn.execute("SELECT COUNT(*) FROM gb_responses").fetchone()[0]
        result["return_marks"] = {"median_s": round(statistics.median(times), 3), "files": len(written),
                                  "attempts": pcs * learners * attempts, "answers": answers}
        trainer.close()
        pc = Store(root / "pc0")
        mine = [p for p in written if p.name.endswith(f"-{pc.identity[:8]}{marks_file.SUFFIX}")]
        start = time.perf_counter()
        report = marks_file.receive(pc, mine)
        first = time.perf_counter() - start
        assert not report.refused and report.applied == learners * attempts, report.to_json()
        start = time.perf_counter()
        again = marks_file.receive(pc, mine)
        second = time.perf_counter() - start
        assert again.unchanged == learners * attempts
        pc.close()
        result["receive_marks"] = {"seconds": round(first, 3), "again_seconds": round(second, 3),
                                   "files": len(mine), "attempts": report.applied}
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
