"""Take the README's pictures of the trainer's gradebook, question statistics and reports from a real window:

    scripts/xvfb_run.sh 1366x768 .venv/bin/python scripts/screenshot_classroom.py docs   # `make screenshots`

A demo class of twelve learners is made on one data folder, handed in, and imported on another (the
trainer's PC), exactly as on an exam day; then the windows are opened over the main window.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.main import open_session
from app.main_window import MainWindow
from screenshot import save, start

PASSPHRASE = "geslo za zaslonske slike"


def main() -> int:
    out, app = start()
    from coursebook.classroom import auth, demo, profiles, results_file
    from coursebook.quiz.service import QuizService
    from coursebook.store import Store

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        session = open_session(str(work / "trainer-pc"))
        demo.fill(session.store, session.library, 8, 2, seed=5)  # learners of this PC, for the Reports dialog
        learner_pc = Store(work / "learner-pc")
        demo.fill(learner_pc, session.library, 12, 2, seed=7)
        stick = work / "stick"
        stick.mkdir()
        files = [results_file.export(learner_pc, p, stick) for p in profiles.learners(learner_pc)]
        learner_pc.close()
        trainer = profiles.add_trainer(session.store, "Trener", PASSPHRASE)
        actor = auth.trainer_login(session.store, trainer, PASSPHRASE)
        results_file.import_files(session.store, files, actor=actor)
        session = session.for_profile(trainer, actor)
        window = MainWindow(session)
        window.showMaximized()
        question = QuizService(session.store, session.library).question

        from app.classroom.gradebook_window import GradebookWindow
        from app.classroom.statistics_window import StatisticsWindow

        gradebook = GradebookWindow(session.store, actor, question, window)
        gradebook.show()
        gradebook.cells.setCurrentItem(gradebook.cells.topLevelItem(0))
        save(app, gradebook, out / "screenshot-gradebook.png")
        gradebook.close()
        statistics = StatisticsWindow(session.store, actor, question, window)
        statistics.show()
        save(app, statistics, out / "screenshot-statistics.png")
        statistics.close()
        reports = window.quiz_controller.open_reports()
        for _ in range(100):  # the reports are made on a worker thread
            if reports.learner_model.rowCount():
                break
            app.processEvents()
            time.sleep(0.05)
        save(app, reports, out / "screenshot-reports.png")
        reports.close()
        window.close()
        session.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
