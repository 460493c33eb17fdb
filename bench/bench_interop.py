"""Speed of trainers' material in and out (median of several runs):

- ``gift_import_1000``: read a GIFT file of 1,000 questions and write them into a module's bank;
- ``gift_export``: export every bank of the course as GIFT;
- ``pack_install_20mb``: check and install a content pack of one module plus 20 MB of other files
  (checksums, extraction, validation, atomic rename); goal: a USB-stick-sized pack in seconds;
- ``xapi_export``: statements for 200 answered questions and a module's progress.

``run() -> dict`` is called by bench/run.py; ``python bench/bench_interop.py`` prints the dict.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CONTENT = ROOT / "content"
RUNS = 5


def _median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def bench_gift(folder: Path) -> dict:
    from coursebook.interop import gift
    from coursebook.interop.banks import export_module, read_import, write_import
    from coursebook.loader import load_library
    from coursebook.quiz.bank import load_bank

    library = load_library(CONTENT)
    exports = []
    for _ in range(RUNS):
        start = time.perf_counter()
        texts = [export_module(module, "gift")[0] for module in library.modules]
        exports.append(time.perf_counter() - start)
    questions = [q for m in library.modules for q in load_bank(m.quiz_path, m).questions]
    many = []
    for index in range(1000):
        question = questions[index % len(questions)]
        many.append(type(question)(**{**question.__dict__, "id": f"q{index:04d}"}))
    text, _warnings = gift.export(many, "bench")
    source = folder / "bank.gift"
    source.write_text(text, encoding="utf-8")
    imports = []
    for _ in range(RUNS):
        copy = folder / "content"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(CONTENT, copy)
        module = load_library(copy).module("identifikace-obeti")
        module.quiz_path.unlink()
        start = time.perf_counter()
        result = read_import(source, module, "gift")
        assert write_import(result, module, skip_bad=False) and len(result.questions) == 1000
        imports.append(time.perf_counter() - start)
    return {"gift_export_all_banks_ms": _median_ms(exports), "banks_questions": len(questions),
            "gift_import_1000_ms": _median_ms(imports), "gift_file_kb": round(len(text.encode()) / 1000)}


def bench_pack(folder: Path) -> dict:
    from coursebook.interop.packs import build, install

    source = folder / "src"
    shutil.copytree(CONTENT / "thb" / "03-identifikace-obeti", source / "01-karty")
    module = source / "01-karty" / "module.md"
    module.write_text(module.read_text(encoding="utf-8").replace("id: identifikace-obeti", "id: bench-karty", 1),
                      encoding="utf-8")
    bank = source / "01-karty" / "quiz.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("module: identifikace-obeti", "module: bench-karty"),
                    encoding="utf-8")
    (source / "course.yaml").write_text("id: bench\ntitle: Bench\n", encoding="utf-8")
    media = source / "01-karty" / "media"
    media.mkdir()
    for index in range(20):
        (media / f"photo-{index:02d}.bin").write_bytes(os.urandom(1_000_000))
    times = []
    for run in range(RUNS):
        (source / "pack.yaml").write_text(f"id: bench\nversion: {run + 1}\nlanguage: cs\ntitle: Bench\n",
                                          encoding="utf-8")
        pack = build(source, folder / f"bench-{run}.coursepack").path
        start = time.perf_counter()
        install(pack, folder / "data", CONTENT)
        times.append(time.perf_counter() - start)
    size = (folder / "bench-0.coursepack").stat().st_size
    return {"pack_install_20mb_ms": _median_ms(times), "pack_mb": round(size / 1e6, 1),
            "pack_mb_per_s": round(size / 1e6 / statistics.median(times), 1)}


def bench_xapi(folder: Path) -> dict:
    from coursebook.interop.xapi import export
    from coursebook.loader import load_library
    from coursebook.quiz.service import QuizService
    from coursebook.quiz.model import correct_response
    from coursebook.store import Store

    library = load_library(CONTENT)
    store = Store(folder / "xapi")
    profile = store.default_profile()
    module = library.module("medagencijsko-sodelovanje")
    for section in module.sections:
        store.record_visit(profile.id, module.id, section.id)
    service = QuizService(store, library)
    for _ in range(6):
        attempt = service.start_practice(profile.id, module.id)
        for number, slot in enumerate(attempt.slots):
            service.save_response(attempt, number, correct_response(service.question(slot.key)))
    times, count = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        count = len(export(store, library))
        times.append(time.perf_counter() - start)
    store.close()
    return {"xapi_statements": count, "xapi_export_ms": _median_ms(times)}


def run() -> dict:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        results = bench_gift(folder)
        results.update(bench_pack(folder))
        results.update(bench_xapi(folder))
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
