"""The gradebook's printable report, question statistics, knowledge gain and certificates, through the
real windows (pytest-qt, offscreen), the PDF read back as text (tests/pdftext.py), and ``--pdf`` on the
command line. A demo class is made on a learner PC, handed in and imported on the trainer's PC."""

from __future__ import annotations

import json
import re

import pytest

from coursebook.classroom.report import summaries
from coursebook.classroom import auth, certificate, demo, gradebook, profiles, results_file, statistics
from coursebook.quiz.model import grade
from coursebook.quiz.service import QuizService
from coursebook.store import Store
from tests.pdftext import read_pdf, squash
from tests.test_classroom_cli import cli

from app.qt import QDialog, Qt

PASSPHRASE = "correct horse battery"


@pytest.fixture
def trainer_pc(tmp_path, store, library):
    """The trainer's PC with a demo class imported: ``(store, actor, question)``."""
    return make_class(tmp_path, store, library, learners=6, attempts=2)


def make_class(tmp_path, store, library, learners: int, attempts: int, seed: int = 3):
    learner_pc = Store(tmp_path / "learner-pc")
    try:
        demo.fill(learner_pc, library, learners, attempts, seed=seed)
        stick = tmp_path / "stick"
        stick.mkdir(exist_ok=True)
        files = [results_file.export(learner_pc, p, stick) for p in profiles.learners(learner_pc)]
    finally:
        learner_pc.close()
    trainer = profiles.add_trainer(store, "Trener", PASSPHRASE)
    actor = auth.trainer_login(store, trainer, PASSPHRASE)
    report = results_file.import_files(store, files, actor=actor)
    assert report.files == learners and not report.refused
    return store, actor, QuizService(store, library).question


def independent_facility(store, question, first_only: bool = False) -> dict[str, float]:
    """Facility per question counted here from the imported answers, not through the statistics module."""
    rows = store.conn.execute("SELECT uuid, learner_uuid, slot_keys FROM gb_attempts WHERE finished IS NOT NULL "
                              "ORDER BY learner_uuid, started, number").fetchall()
    if first_only:
        seen: set[str] = set()
        rows = [r for r in rows if not (r[1] in seen or seen.add(r[1]))]
    scores: dict[str, list[float]] = {}
    for uuid, _learner, slot_keys in rows:
        given = dict(store.conn.execute("SELECT r.slot, a.response FROM gb_responses r JOIN gb_answers a "
                                        "ON a.id = r.answer_id WHERE r.attempt_uuid = ?", (uuid,)))
        for slot, key in enumerate(json.loads(slot_keys)):
            q = question(key)
            if q is None or q.type == "essay":
                continue
            fraction = grade(q, json.loads(given[slot])).fraction or 0.0 if slot in given else 0.0
            scores.setdefault(key, []).append(fraction)
    return {key: round(100.0 * sum(v) / len(v), 2) for key, v in scores.items()}


def rows(tree) -> list[list[str]]:  # noqa: ANN001
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


# --- question statistics and knowledge gain ------------------------------------------------------

def test_statistics_window_shows_the_facility_counted_independently(qtbot, trainer_pc, tmp_path):
    from app.classroom.statistics_window import StatisticsWindow

    store, actor, question = trainer_pc
    window = StatisticsWindow(store, actor, question)
    qtbot.addWidget(window)
    window.show()
    assert window.assessment.count() == 2  # all, and the demo test
    window.assessment.setCurrentIndex(1)
    expected = independent_facility(store, question)
    shown = {window.questions.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): window.questions.topLevelItem(i)
             for i in range(window.questions.topLevelItemCount())}
    assert set(expected) <= set(shown) and len(expected) >= 10
    for key, facility in expected.items():
        assert shown[key].text(2) == f"{facility:g}", key
    facilities = [float(r[2]) for r in rows(window.questions)]
    assert facilities == sorted(facilities)  # hardest first
    # sortable by the numbers, not their text
    window.questions.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert float(rows(window.questions)[0][2]) == max(facilities)
    window.questions.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    counted = [int(r[1]) for r in rows(window.questions)]
    assert counted == sorted(counted)
    # the first attempt of each learner only: fewer answers, the same independent count
    window.first_only.setChecked(True)
    first = independent_facility(store, question, first_only=True)
    assert sum(int(r[1]) for r in rows(window.questions)) < sum(counted)
    for i in range(window.questions.topLevelItemCount()):
        item = window.questions.topLevelItem(i)
        assert item.text(2) == f"{first[item.data(0, Qt.ItemDataRole.UserRole)]:g}"
    # the flag follows Moodle's thresholds, and the rows that need checking are tinted
    for i in range(window.questions.topLevelItemCount()):
        item = window.questions.topLevelItem(i)
        value = float(item.text(3)) if item.text(3) else None
        flag = statistics.needs_checking(value)
        assert item.text(4) == (statistics.NEEDS_CHECKING[flag] if flag else "")
        tinted = item.background(0).color().name() == "#fde2c8"
        assert tinted == (flag in ("negative", "very likely"))
    window.resize(1366, 728)
    window.grab().save(str(tmp_path / "statistics.png"))


def test_needs_checking_uses_moodles_thresholds():
    assert [statistics.needs_checking(v) for v in (None, -0.5, 0, 29.99, 30, 49.9, 50, 95)] == [
        None, "negative", "very likely", "very likely", "likely", "likely", "unlikely", "unlikely"]


def test_knowledge_gain_tab_shows_each_learner_and_the_class_mean(qtbot, trainer_pc):
    from app.classroom.statistics_window import StatisticsWindow

    store, actor, question = trainer_pc
    window = StatisticsWindow(store, actor, question)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(1)
    window.show()
    quiz = window.pre.itemData(0)
    assert quiz == "assessment:demo-final" and window.post.currentData() == quiz
    expected, mean = gradebook.knowledge_gain(store, actor, question, quiz, quiz)
    shown = rows(window.gain)
    assert len(shown) == 6 == len(expected)
    by_name = {r[0]: r for r in shown}
    for g in expected:
        assert by_name[g.learner][1:4] == [f"{g.pre:g}", f"{g.post:g}", f"{g.gain:g}"]
    assert f"{mean:g} points (6 learners)" in window.mean.text()


# --- certificates ----------------------------------------------------------------------------------

def test_a_certificate_saved_from_the_gradebook_verifies_with_the_core(qtbot, trainer_pc, tmp_path):
    from app.classroom.gradebook_window import GradebookWindow
    from app.classroom.verify_certificate import VerifyCertificate

    store, actor, question = trainer_pc
    window = GradebookWindow(store, actor, question)
    qtbot.addWidget(window)
    window.show()
    said: list[str] = []
    window.inform = lambda title, text: said.append(text)
    target = tmp_path / "certificate.pdf"
    window.ask_save = lambda proposed: str(target)
    items = [window.cells.topLevelItem(i) for i in range(window.cells.topLevelItemCount())]
    failed = next(i for i in items if i.text(3) == "failed")
    window.cells.setCurrentItem(failed)
    assert not window.certificate_button.isEnabled()
    passed = next(i for i in items if i.text(3) == "passed")
    window.cells.setCurrentItem(passed)
    assert window.certificate_button.isEnabled()
    qtbot.mouseClick(window.certificate_button, Qt.MouseButton.LeftButton)
    text = squash(" ".join(read_pdf(target)["pages"]))
    code = re.search(r"([A-Z2-9]{5}-[A-Z2-9]{5})", text).group(1)
    assert code in said[-1]
    found = certificate.verify(store, actor, question, code)
    assert (found.learner, found.grade) == (passed.text(0), float(passed.text(2)))
    assert squash(passed.text(0)) in text and "Trener" in text
    # the same code in Classroom › Verify certificate…
    dialog = VerifyCertificate(store, actor, question)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, code.lower().replace("-", " "))
    qtbot.mouseClick(dialog.check, Qt.MouseButton.LeftButton)
    assert dialog.answer.text() == f"Valid: {found.learner} passed “{found.title}” with {found.grade:g} % on {found.date}."
    dialog.code.setText("AAAAA-AAAAA")
    assert dialog.verify() is None and dialog.answer.text().startswith("Not valid.")
    proposed = certificate.default_path(found)
    assert proposed.suffix == ".pdf" and proposed.name.startswith("certificate-")


def test_a_learner_cannot_open_the_statistics_or_verify_certificates(qtbot, session, store, monkeypatch):
    from app.classroom import menu as classroom_menu
    from app.main_window import MainWindow

    said: list[str] = []
    monkeypatch.setattr(classroom_menu.ClassroomController, "inform", lambda self, title, text: said.append(text))
    profiles.add_trainer(store, "Trener", PASSPHRASE)  # the PC has a trainer; the learner is not logged in as one
    window = MainWindow(session)
    qtbot.addWidget(window)
    room = window.classroom_controller
    assert not room.act_statistics.isEnabled() and not room.act_verify.isEnabled()
    assert room.open_statistics() is None and room.open_verify() is None
    assert len(said) == 2 and all("Only a trainer" in text for text in said)
    # the trainer's window opens both
    actor = auth.trainer_login(store, profiles.find(store, "Trener"), PASSPHRASE)
    trainer_window = MainWindow(session.for_profile(actor.profile, actor))
    qtbot.addWidget(trainer_window)
    trainer_room = trainer_window.classroom_controller
    assert trainer_room.act_statistics.isEnabled() and trainer_room.act_verify.isEnabled()
    opened = trainer_room.open_statistics()
    qtbot.addWidget(opened)
    assert opened.objectName() == "statisticsWindow"
    check = trainer_room.open_verify()
    qtbot.addWidget(check)
    assert check.objectName() == "verifyCertificate" and check.result() != QDialog.DialogCode.Accepted


# --- the printable report --------------------------------------------------------------------------

def test_the_pdf_report_has_every_learner_grade_and_page_number(qtbot, tmp_path, store, library):
    from app.classroom.gradebook_window import GradebookWindow
    from app.classroom.report_pdf import report, write_report

    store, actor, question = make_class(tmp_path, store, library, learners=40, attempts=1, seed=5)
    cells = gradebook.gradebook(store, actor, question)
    path = tmp_path / "report.pdf"
    write_report(report(store, actor, question, "2027-01-15", "en", "Course"), path)
    pdf = read_pdf(path)
    pages = pdf["pages"]
    assert len(pages) >= 3 and pdf["fonts_embedded"]
    whole = squash(" ".join(pages))
    assert squash("Date: 2027-01-15") in whole and squash("Assessments: Demo: final test") in whole
    results = [p for p in pages if squash("Demo: final test") in squash(p)]
    for cell in cells:  # every learner with the grade that counts, on one line of the table
        assert any(squash(f"{cell.learner} Demo: final test {cell.grade:g}") in squash(p) for p in results), cell
    for number, page in enumerate(pages, start=1):  # Qt numbers each page at its foot
        assert page.split()[-1] == str(number)
    # the results table is longer than a page: its header is repeated on the next page
    header = squash("Learner Assessment Grade (%)")
    assert sum(header in squash(p) for p in pages) >= 2
    assert squash("Question statistics: Demo: final test") in whole and squash("Needs checking?") in whole
    [summary] = summaries(cells)
    assert summary.learners == 40 and summary.passed == sum(1 for c in cells if c.passed)
    assert squash(f"Demo: final test 40 {summary.passed} {round(summary.pass_rate, 1):g}") in whole
    # the same data and the same date: the same text
    again = tmp_path / "again.pdf"
    write_report(report(store, actor, question, "2027-01-15", "en", "Course"), again)
    assert read_pdf(again)["pages"] == pages
    # Export PDF… in the window writes the same report
    window = GradebookWindow(store, actor, question)
    qtbot.addWidget(window)
    out = tmp_path / "from-window.pdf"
    window.ask_save = lambda proposed: str(out) if proposed.name.startswith("gradebook-") else ""
    qtbot.mouseClick(window.export_pdf, Qt.MouseButton.LeftButton)
    assert len(read_pdf(out)["pages"]) == len(pages)


def test_gradebook_pdf_on_the_command_line(tmp_path):
    data = tmp_path / "trainer"
    pc = tmp_path / "pc"
    assert cli("demo", "--learners", "3", "--attempts", "1", data=pc).returncode == 0
    assert cli("results", "export", "--all", "-o", str(tmp_path / "stick"), data=pc).returncode == 0
    assert cli("profiles", "add", "Trener", "--trainer", stdin=PASSPHRASE + "\n", data=data).returncode == 0
    assert cli("results", "import", str(tmp_path / "stick"), stdin=PASSPHRASE + "\n", data=data).returncode == 0
    out = tmp_path / "report.pdf"
    done = cli("gradebook", "--pdf", str(out), "--language", "sl", "--date", "2027-01-15",
               stdin=PASSPHRASE + "\n", data=data, qt=True)
    assert done.returncode == 0 and done.stdout.strip() == str(out), done.stderr
    text = squash(" ".join(read_pdf(out)["pages"]))
    assert squash("2027-01-15") in text and squash("Udeleženec") in text  # the Slovenian header
    missing = cli("gradebook", "--pdf", str(tmp_path / "nowhere" / "r.pdf"), stdin=PASSPHRASE + "\n", data=data,
                  qt=True)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr
    bad_date = cli("gradebook", "--pdf", str(out), "--date", "15.1.2027", stdin=PASSPHRASE + "\n", data=data, qt=True)
    assert bad_date.returncode == 1 and "YYYY-MM-DD" in bad_date.stderr
    refused = cli("gradebook", "--pdf", str(out), stdin="wrong\n", data=data, qt=True)
    assert refused.returncode == 1 and refused.stderr.strip() == "coursebook gradebook: The passphrase is not right."


def test_the_gradebook_writes_numbers_and_dates_as_the_interface_language_does(qtbot, qapp, trainer_pc):
    """A Slovenian trainer reads 8,34 minutes and a local date, never 8.34 or 2027-01-15T08:08."""
    from app import language
    from app.classroom.gradebook_window import GradebookWindow

    store, actor, question = trainer_pc
    language.install(qapp, "sl")
    try:
        window = GradebookWindow(store, actor, question)
        qtbot.addWidget(window)
        window.show()
        minutes = [window.cells.topLevelItem(i).text(4) for i in range(window.cells.topLevelItemCount())]
        assert any("," in m for m in minutes) and not any("." in m for m in minutes), minutes
        window.cells.setCurrentItem(window.cells.topLevelItem(0))
        finished = window.attempts.topLevelItem(0).text(1)
        assert finished and "T" not in finished and "-" not in finished, finished
    finally:
        language.install(qapp, "en")


def test_a_true_or_false_answer_is_said_in_the_words_of_its_module(qtbot, qapp, trainer_pc):
    """An English trainer reading a Slovenian module's attempt sees "Drži"/"Ne drži", as the learner was
    offered them, never the raw "true"; the question statistics name wrong answers the same way."""
    from app import language
    from app.classroom.gradebook_window import GradebookWindow

    store, actor, question = trainer_pc
    window = GradebookWindow(store, actor, question)
    qtbot.addWidget(window)
    window.show()
    seen = set()
    for i in range(window.cells.topLevelItemCount()):
        window.cells.setCurrentItem(window.cells.topLevelItem(i))
        for j in range(window.attempts.topLevelItemCount()):
            window.attempts.setCurrentItem(window.attempts.topLevelItem(j))
            for k in range(window.answers.topLevelItemCount()):
                row = window.answers.topLevelItem(k)
                found = next((q for q in question_list(question) if " ".join(q.text.split()) == row.text(0)), None)
                if found is not None and found.type == "truefalse" and row.text(1) != "—":
                    seen.add((found.language, row.text(1)))
    assert seen, "the demo class answered no true/false question"
    for code, given in seen:
        assert given in language.truth_words(type("Q", (), {"language": code})()), given
        assert given not in ("true", "false")
    stats = statistics.question_statistics(store, actor, question, truth=language.truth_words)
    words = {w for s in stats for w, _count in s.wrong}
    assert not words & {"true", "false"}


def question_list(question):
    """Every question the gradebook's lookup knows (the library's banks)."""
    service = question.__self__
    return [q for module in service.library.modules for q in service.bank(module.id).questions]
