"""The trainer's question import with its preview, and content packs from the File menu, on real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.interop.bank_import_dialog import BankImportDialog, guess_format
from app.qt import Qt
from app.session import Session
from coursebook.quiz.bank import load_bank

from conftest import CONTENT
from test_interop_packs import make_source

EXAMPLES = Path(__file__).parent / "data" / "moodle_examples.gift"
CZ = "identifikace-obeti"


@pytest.fixture
def copy_session(tmp_path, store):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    return Session(store, store.default_profile(), content, None)


def open_dialog(qtbot, session) -> BankImportDialog:
    dialog = BankImportDialog(session.library.modules, None, CZ)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_then_import(qtbot, copy_session):
    dialog = open_dialog(qtbot, copy_session)
    assert not dialog.import_button.isEnabled()
    dialog.set_file(EXAMPLES)
    assert dialog.preview.topLevelItemCount() == 18
    assert dialog.preview.topLevelItem(0).text(1) == "Q1"
    assert "moodle_examples.gift:32: a description" in dialog.problems.toPlainText()
    assert dialog.import_button.isEnabled() and not dialog.skip_bad.isEnabled()
    module = copy_session.library.module(CZ)
    before = len(load_bank(module.quiz_path, module).errors)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 18 and dialog.result() == BankImportDialog.DialogCode.Accepted
    # Moodle's examples carry no section: written, and reported by the bank loader (and validate)
    assert len(load_bank(module.quiz_path, module).errors) == before + 18


def test_a_file_with_errors_needs_skip_bad(qtbot, copy_session, tmp_path):
    source = tmp_path / "mixed.gift"
    source.write_text("// [tag:cb-section-uvod]\n::g1:: Good {T####Why.}\n\n::b1:: Bad {#x}\n", encoding="utf-8")
    dialog = open_dialog(qtbot, copy_session)
    dialog.set_file(source)
    assert "mixed.gift:4: 'x' is not a number" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled() and dialog.skip_bad.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    module = copy_session.library.module(CZ)
    assert "g1" in {q.id for q in load_bank(module.quiz_path, module).questions}
    dialog.resize(1366, 768)
    dialog.grab().save(str(tmp_path / "import.png"))


def test_format_is_guessed_from_the_file(tmp_path):
    aiken = tmp_path / "a.txt"
    aiken.write_text("Q?\nA. x\nB. y\nANSWER: A\n", encoding="utf-8")
    gift_txt = tmp_path / "g.txt"
    gift_txt.write_text("Q? {T}\n", encoding="utf-8")
    assert [guess_format(p) for p in (aiken, gift_txt, tmp_path / "b.xml", tmp_path / "c.gift")] == [
        "aiken", "gift", "moodlexml", "gift"]


def test_quiz_menu_has_the_import_next_to_new_assessment(qtbot, session):
    from app.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "quizMenu")
    names = [a.objectName() for a in menu.actions()]
    assert names.index("actQuizImport") > names.index("actQuizNew")
    assert "actQuizExport" in names


def test_import_content_pack_from_the_file_menu(qtbot, tmp_path, store, monkeypatch):
    from app.interop.pack_import import PackImporter
    from app.main_window import MainWindow
    from coursebook.interop.packs import build

    pack = build(make_source(tmp_path / "src"), tmp_path / "karty.coursepack").path
    data = store.folder
    session = Session(store, store.default_profile(), CONTENT, data / "cache", data=data)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    told: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(PackImporter, "inform", lambda self, title, text, problem=False: told.append((title, text, problem)))
    report = window.import_pack(pack)
    assert report is not None and told[-1][0] == "Content pack installed" and "pack-karty" in told[-1][1]
    assert window.pack_importer.progress.value() in (-1, 1000)  # ran to the end (reset once closed)
    library = window.library
    assert library.index_of("pack-karty", 5).data() == "Pack Karty, version 1"
    assert library.index_of(CZ, 5).data() == "Shipped"
    window.grab().save(str(tmp_path / "library.png"))
    assert window.import_pack(pack) is None  # the same version again: refused, nothing changed
    assert told[-1][2] is True and "not newer" in told[-1][1]
    window.open_module("pack-karty")
    assert window.reader.module.id == "pack-karty"
    window.close()


def test_export_questions_from_the_quiz_menu(qtbot, session, tmp_path, monkeypatch):
    from app.interop.bank_export import BankExporter
    from app.main_window import MainWindow
    from app.qt import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(session)
    qtbot.addWidget(window)
    target = tmp_path / "out.xml"
    assert BankExporter(window).run(CZ, target, "moodlexml")
    assert target.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    assert str(target) in shown[-1]
    from coursebook.interop import moodlexml

    module = session.library.module(CZ)
    expected = len(load_bank(module.quiz_path, module).questions)
    assert len(moodlexml.parse(target.read_text(encoding="utf-8"), "out.xml").questions) == expected >= 12


def test_the_preview_names_question_types_in_the_interface_language(qtbot, qapp, copy_session):
    from app import language

    language.install(qapp, "sl")
    try:
        dialog = open_dialog(qtbot, copy_session)
        dialog.set_file(EXAMPLES)
        names = language.content_labels("sl")
        summary = dialog.summary.text()
        assert f"{names['type_essay']}: 1" in summary and "essay:" not in summary
        assert {dialog.preview.topLevelItem(i).text(2) for i in range(dialog.preview.topLevelItemCount())} \
            <= {names[f"type_{kind}"] for kind in ("single", "multiple", "truefalse", "short", "matching",
                                                    "numerical", "essay", "ordering")}
    finally:
        language.install(qapp, "en")


def test_a_learner_cannot_install_a_pack_where_the_pc_has_a_trainer(qtbot, store, tmp_path, monkeypatch):
    from app.interop.pack_import import PackImporter
    from app.main_window import MainWindow
    from coursebook.classroom import auth, profiles
    from coursebook.interop.packs import build, installed

    pack = build(make_source(tmp_path / "src"), tmp_path / "karty.coursepack").path
    learner = store.default_profile()
    trainer = profiles.add_trainer(store, "Trener", "correct horse battery")
    told: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(PackImporter, "inform", lambda self, title, text, problem=False: told.append((title, text, problem)))
    chosen: list[bool] = []
    monkeypatch.setattr(PackImporter, "choose_file", lambda self: chosen.append(True) or pack)
    window = MainWindow(Session(store, learner, CONTENT, None, data=store.folder))
    qtbot.addWidget(window)
    window.file_menu.aboutToShow.emit()
    assert not window.act_import_pack.isVisible()
    assert window.import_pack() is None and chosen == []  # refused before a file is even chosen
    assert told[-1][2] is True and "Only a trainer" in told[-1][1]
    assert installed(store.folder) == []
    actor = auth.trainer_login(store, trainer, "correct horse battery")
    desk = MainWindow(Session(store, trainer, CONTENT, None, data=store.folder, actor=actor))
    qtbot.addWidget(desk)
    desk.file_menu.aboutToShow.emit()
    assert desk.act_import_pack.isVisible()
    assert desk.import_pack() is not None and [p.id for p in installed(store.folder)] == ["cz-karty"]
