"""Take the README's pictures of the learner's screens from a real window:

    scripts/xvfb_run.sh 1366x768 .venv/bin/python scripts/screenshot.py docs     # what `make screenshots` runs
    scripts/xvfb_run.sh 1366x768 .venv/bin/python scripts/screenshot.py /tmp/cs cs   # another interface language

Under a real X server with a window manager the main window is maximised on a 1366×768 screen and the
whole screen is saved, window frame included, as a learner sees it. With QT_QPA_PLATFORM=offscreen the
widgets are grabbed instead (for a quick look without X).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from app.main import open_session
from app.main_window import MainWindow
from app.qt import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent


def settle(app: QApplication, seconds: float = 0.4) -> None:
    """Let the window manager map and the widgets paint before a picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.raise_()
    widget.activateWindow()
    settle(app)
    if QApplication.platformName() == "offscreen":
        widget.grab().save(str(path))
    else:  # the whole screen: the window manager's frame and whatever else a user would see
        widget.screen().grabWindow(0).save(str(path))
    print(f"saved {path}")


def start(language_code: str | None = None) -> tuple[Path, QApplication]:
    """The pictures' folder (first argument, made if needed) and the application in the language of the
    second argument (Slovenian by default, or ``language_code``), light theme, normal text size."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app import appearance, language

    language.install(app, language_code or (sys.argv[2] if len(sys.argv) > 2 else "sl"))
    appearance.apply(app, "light", 1.0)
    return out, app


def main() -> int:
    out, app = start()
    with tempfile.TemporaryDirectory() as data:
        session = open_session(data)
        window = MainWindow(session)
        window.showMaximized()
        module = session.library.modules[-1]
        from coursebook.study import progress

        for section in module.sections[:3]:  # a learner who has read a little
            progress.record(session.store.conn, session.profile.id, module.id, section.id, 1.0, 9999, 1, True)
        window.show_home()
        window.home.refresh()
        save(app, window, out / "screenshot-home.png")

        window.open_module(module.id, "teorija")
        save(app, window, out / "screenshot.png")
        window.open_module(module.id, module.sections_of("activity")[0].id)
        save(app, window, out / "screenshot-activity.png")

        window.open_module(module.id, "teorija")
        window.search_course()
        window.search_dialog.edit.setText("zrtev")
        window.search_dialog.run()
        save(app, window.search_dialog, out / "screenshot-search.png")
        window.search_dialog.close()

        quiz = window.quiz_controller.practise(module.id, 10)
        _answer_wrong(quiz)
        save(app, quiz, out / "screenshot-quiz.png")
        quiz.close()

        from app.interop.bank_import_dialog import BankImportDialog

        examples = ROOT / "tests" / "data" / "moodle_examples.gift"
        sample = Path(data) / "banka.gift"
        sample.write_text(examples.read_text(encoding="utf-8") + "\n::broken:: A number {#twelve}\n", encoding="utf-8")
        dialog = BankImportDialog(session.library.modules, window, module.id)
        dialog.set_file(sample)
        dialog.show()
        save(app, dialog, out / "screenshot-import.png")
        dialog.close()
        window.close()
        session.store.close()
    return 0


def _answer_wrong(quiz) -> None:  # noqa: ANN001 - app.quiz.window.QuizWindow
    """Pick a wrong option of the first single-choice question and press Check, to show the feedback."""
    from app.quiz.answers import SingleAnswer

    for number in [slot.number for slot in quiz.attempt.slots]:
        quiz.go(number)
        page = quiz.page(number)
        if isinstance(page.answer, SingleAnswer):
            wrong = next(i for i, option in enumerate(page.question.options) if option.weight < 1)
            page.answer.buttons[wrong].setChecked(True)
            quiz.check()
            return


if __name__ == "__main__":
    raise SystemExit(main())
