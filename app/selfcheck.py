"""``coursebook --self-check``: what an agency runs after installing.

Loads all content, renders every section and card set offscreen, writes and reads the store in a
temporary data folder, with network access forbidden. Prints one line; exit 0 only if all passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_check() -> int:
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coursebook.loader import load_cards
    from coursebook.nonet import forbid_network
    from coursebook.render import reader_style, section_html
    from coursebook.resources import content_dir
    from coursebook.store import Store
    from coursebook.validate import validate

    forbid_network()
    problems: list[str] = []
    _library, errors, report = validate(content_dir())
    problems += [str(e) for e in errors]
    library = _library

    from app.cards_dialog import cards_html
    from app.qt import QApplication, QTextDocument

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - needed for fonts
    sections = 0
    style = reader_style()
    for module in library.modules:
        for section in module.sections:
            try:
                doc = QTextDocument()
                doc.setDefaultStyleSheet(style)
                doc.setHtml(section_html(module, section))
                doc.setTextWidth(800)
                if doc.size().height() <= 0 or not doc.toPlainText().strip():
                    problems.append(f"{module.path}: section '{section.id}' rendered empty")
                sections += 1
            except Exception as exc:  # noqa: BLE001 - report every failure, keep checking
                problems.append(f"{module.path}: section '{section.id}' failed to render: {exc}")
        for cards_path in module.cards_paths().values():
            cards, card_errors = load_cards(cards_path)
            if cards is not None:
                doc = QTextDocument()
                doc.setHtml(cards_html(cards, page_breaks=True))

    slides = 0
    with tempfile.TemporaryDirectory(prefix="coursebook-selfcheck-") as folder:
        try:  # trainer mode: every module as slides, one handout printed to PDF with Qt
            from coursebook.trainer.handouts import role_cards
            from coursebook.trainer.slides import build_slides

            from app.trainer.printing import write_pdf

            slides = sum(len(build_slides(module)) for module in library.modules)
            with_groups = [m for m in library.modules if m.activity is not None and m.activity.groups]
            if with_groups:
                target = Path(folder) / "role-cards.pdf"
                write_pdf(role_cards(with_groups[0]), str(target))
                if not target.exists() or target.stat().st_size == 0:
                    problems.append("trainer mode: the role cards PDF was not written")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"trainer mode: {exc}")
        try:
            store = Store(Path(folder))
            profile = store.default_profile()
            store.record_visit(profile.id, "self-check", "s1", 0.5, 1.0)
            store.set_last_place(profile.id, "self-check", "s1", 0.5)
            ok = store.last_place(profile.id) == ("self-check", "s1", 0.5)
            store.close()
            reopened = Store(Path(folder))
            ok = ok and reopened.section_progress(profile.id, "self-check")["s1"]["seconds"] == 1.0
            reopened.close()
            if not ok:
                problems.append("store: data written was not read back")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"store: {exc}")

    modules = [m for m in report if "id" in m]
    questions = sum(m["question_total"] for m in modules)
    elapsed = time.perf_counter() - started
    for problem in problems:
        print(problem, file=sys.stderr)
    status = "OK" if not problems else f"FAILED ({len(problems)} problems)"
    print(f"self-check {status}: {len(modules)} modules, {sections} sections rendered, {slides} slides, "
          f"{questions} questions, store read/write ok={not any(p.startswith('store') for p in problems)}, "
          f"network blocked, {elapsed:.2f} s")
    return 0 if not problems else 1
