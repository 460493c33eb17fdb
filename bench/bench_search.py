"""Search on a synthetic course of 1,000 modules: index build time and search latency (p50, p95).

Goal: p95 < 20 ms. The course is made from the real modules' passages, repeated with varied
module ids, so words, lengths and accents are those of the course."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODULES = 1000
QUERIES = ["zrtev", "obet", "obět", "policija", "mednarodno sodelovanje", "europol", "pomoc", "identifik",
           "trgovina z ljudmi", "odškodnenie", "indikátor", "GRETA", "prisilno delo", "azyl", "tozilstvo",
           "krizna namestitev", "práva obetí", "Eurojust", "ochrana", "vykořisťování"]


def synthetic_documents():
    from coursebook.loader import load_library
    from coursebook.search.documents import course_documents

    real = list(course_documents(load_library(ROOT / "content")))
    per_module: dict[str, list] = {}
    for doc in real:
        per_module.setdefault(doc.module_id, []).append(doc)
    sources = list(per_module.values())
    for number in range(MODULES):
        for doc in sources[number % len(sources)]:
            yield replace(doc, module_id=f"{doc.module_id}-{number:04d}",
                          module_title=f"{doc.module_title} {number}")


def run() -> dict:
    from coursebook.search import SearchIndex

    with tempfile.TemporaryDirectory() as folder:
        index = SearchIndex(Path(folder) / "search.db")
        start = time.perf_counter()
        count = index.build(synthetic_documents(), "bench")
        build = time.perf_counter() - start
        rng = random.Random(7)
        times = []
        for _ in range(400):
            query = rng.choice(QUERIES)
            language = rng.choice([None, None, "sl", "sk", "cs"])
            started = time.perf_counter()
            index.search(query, language=language, limit=50)
            times.append((time.perf_counter() - started) * 1000)
        size = (Path(folder) / "search.db").stat().st_size
        index.close()
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    return {"modules": MODULES, "passages": count, "build_s": round(build, 2), "index_mb": round(size / 1e6, 1),
            "search_p50_ms": round(statistics.median(times), 2), "search_p95_ms": round(p95, 2),
            "search_max_ms": round(times[-1], 2), "goal_p95_ms": 20, "meets_goal": p95 < 20}


if __name__ == "__main__":
    print(run())
