"""Grab PNGs of the main screens (used for the README and for looking at changes).

Run under a real X server (e.g. ``xvfb-run``) or with QT_QPA_PLATFORM=offscreen:
    python scripts/screenshot.py OUTDIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.main import open_session
from app.main_window import MainWindow
from app.qt import QApplication


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    style = Path(__file__).resolve().parent.parent / "assets" / "styles" / "coursebook.qss"
    app.setStyleSheet(style.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as data:
        session = open_session(data)
        window = MainWindow(session)
        window.resize(1280, 820)
        window.show()

        def shot(name: str) -> None:
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))

        library = window.library
        module = session.library.modules[-1]
        window.open_module(module.id, "uvod")
        window.reader.step(1)
        shot("objectives")
        window.show_library()
        shot("library")
        window.open_module(module.id, "teorija")
        shot("reader")
        window.open_module(module.id, module.sections_of("activity")[0].id)
        shot("activity")
        for m in session.library.modules:
            if m.cards_path.exists():
                window.open_cards(m.id)
                for _ in range(5):
                    app.processEvents()
                window.cards_dialog.grab().save(str(out / "cards.png"))
                break
        from app.interop.bank_import_dialog import BankImportDialog

        examples = Path(__file__).resolve().parent.parent / "tests" / "data" / "moodle_examples.gift"
        sample = Path(data) / "banka.gift"
        sample.write_text(examples.read_text(encoding="utf-8") + "\n::broken:: A number {#twelve}\n", encoding="utf-8")
        dialog = BankImportDialog(session.library.modules, window, module.id)
        dialog.set_file(sample)
        dialog.resize(1000, 640)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / "import.png"))
        dialog.close()
        from coursebook.study import progress

        for section in module.sections[:3]:  # a learner who has read a little
            progress.record(session.store.conn, session.profile.id, module.id, section.id, 1.0, 9999, 1, True)
        window.show_home()
        window.home.refresh()
        shot("home")
        window.open_module(module.id, "teorija")
        window.search_course()
        window.search_dialog.edit.setText("zrtev")
        window.search_dialog.run()
        for _ in range(5):
            app.processEvents()
        window.search_dialog.grab().save(str(out / "search.png"))
        del library
        window.close()
        session.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
