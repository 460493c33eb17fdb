"""The reader window driven through real widgets with pytest-qt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.main import open_session
from app.main_window import MainWindow
from app.qt import Qt, QUrl

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, data_home):
    session = open_session(str(data_home))
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    session.store.close()


def _row(win, module_id, column=0):
    return win.library.index_of(module_id, column)


def _open_by_double_click(qtbot, win, module_id):
    win.show_library()
    tree = win.library.tree
    item = _row(win, module_id)
    rect = tree.visualRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_library_lists_every_module_with_progress(window):
    assert window.stack.currentWidget() is window.home  # the first page on a first start
    window.act_library.trigger()
    tree = window.library.tree
    assert tree.model().rowCount() == 5
    assert window.stack.currentWidget() is window.library
    assert _row(window, "medagencijsko-sodelovanje").data() == "Medagencijsko sodelovanje"
    assert _row(window, "medagencijsko-sodelovanje", 1).data() == "Slovenščina"
    assert "min" in _row(window, "medagencijsko-sodelovanje", 2).data()
    assert window.library.progress("medagencijsko-sodelovanje")[0] == 0
    assert _row(window, "medagencijsko-sodelovanje", 3).data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Progress of Medagencijsko sodelovanje")


def test_click_module_move_through_sections_and_progress_is_stored(qtbot, window):
    _open_by_double_click(qtbot, window, "medagencijsko-sodelovanje")
    view = window.reader
    assert window.stack.currentWidget() is view
    assert view.section.id == "uvod"
    assert "Medagencijsko sodelovanje" in view.reader.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.section.id == "ucni-cilji"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.section.kind == "definitions"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.section.id == "ucni-cilji"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    assert view.section.kind == "definitions"
    store, profile = window.session.store, window.session.profile
    visited = store.section_progress(profile.id, "medagencijsko-sodelovanje")
    assert {"uvod", "ucni-cilji", "pojmi"} <= set(visited)
    assert store.last_place(profile.id)[:2] == ("medagencijsko-sodelovanje", view.section.id)
    window.act_library.trigger()
    assert window.library.progress("medagencijsko-sodelovanje")[0] == 0  # opened quickly: nothing read


def test_reopens_where_the_user_stopped_after_restart(qtbot, data_home):
    session = open_session(str(data_home))
    first = MainWindow(session)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 450)
    first.open_module("mednarodno-sodelovanje", "teorija")
    qtbot.waitExposed(first)
    bar = first.reader.reader.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    first.close()
    session.store.close()

    session2 = open_session(str(data_home))
    second = MainWindow(session2)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.stack.currentWidget() is second.reader
    assert (second.reader.module.id, second.reader.section.id) == ("mednarodno-sodelovanje", "teorija")
    assert second.size().width() == 700 and second.size().height() == 450
    qtbot.waitUntil(lambda: second.reader.reader.verticalScrollBar().maximum() > 0)
    assert second.reader.reader.scroll_fraction() == pytest.approx(0.5, abs=0.05)
    second.close()
    session2.store.close()


def test_time_spent_is_recorded(qtbot, window):
    window.open_module("mednarodno-sodelovanje", "uvod")
    qtbot.wait(120)
    window.reader.step(1)
    seconds = window.session.store.section_progress(window.session.profile.id, "mednarodno-sodelovanje")["uvod"]["seconds"]
    assert seconds >= 0.1


def test_objectives_checklist_toggles_and_persists(window):
    window.open_module("mednarodno-sodelovanje", "ucni-cilji")
    assert window.reader.reader.toPlainText().count("☐") == 5
    window.reader._link(QUrl("objective:1"))
    assert window.reader.reader.toPlainText().count("☑") == 1
    assert window.session.store.objectives_done(window.session.profile.id, "mednarodno-sodelovanje") == {1}


def test_glossary_term_link_shows_definition(window):
    window.open_module("mednarodno-sodelovanje", "teorija")
    html = window.reader.reader.toHtml()
    assert "glossary:" in html
    window.reader._link(QUrl("glossary:1"))
    assert window.reader.glossary_panel.isVisible()
    assert "Europol" in window.reader.glossary_panel.text()


def test_activity_is_shown_as_a_card_with_phases(window):
    window.open_module("medagencijsko-sodelovanje", "aktivnost")
    text = window.reader.reader.toPlainText()
    from app.language import content_labels

    labels = content_labels("sl")  # the labels around the content speak the module's language
    assert labels["tips"] != "Trainer tips"
    for expected in ("Predhodna faza", "Krizna faza", "15 min", "60 min", labels["online_variant"]):
        assert expected in text
    # the default profile is a learner: trainer tips, injects and instructions are not shown
    for hidden in (labels["tips"], "Vodenje vaje", "Logistične težave", "Uvodna navodila za udeležence"):
        assert hidden not in text


def test_a_trainer_sees_the_trainer_material_as_notes(window):
    from coursebook.classroom import auth, profiles

    session = window.session
    session.profile = profiles.add_trainer(session.store, "Trenerka", "correct horse battery")
    window.open_module("medagencijsko-sodelovanje", "aktivnost")
    assert "Vodenje vaje" not in window.reader.reader.toPlainText()  # a trainer profile, but no passphrase yet
    session.actor = auth.trainer_login(session.store, session.profile, "correct horse battery")
    window.open_module("medagencijsko-sodelovanje", "uvod")
    window.open_module("medagencijsko-sodelovanje", "aktivnost")
    text = window.reader.reader.toPlainText()
    from app.language import content_labels

    for expected in (content_labels("sl")["tips"], "Vodenje vaje", "Logistične težave", "Uvodna navodila za udeležence"):
        assert expected in text
    assert 'class="trainerfield"' in window.reader.page[1]


def test_answer_keys_are_hidden_from_learners(window):
    window.open_module("nacionalni-okvir", window.session.library.module("nacionalni-okvir").sections_of("activity")[0].id)
    text = window.reader.reader.toPlainText()
    assert "Gradivo 3: Opis primera" in text
    assert "Gradivo 2: Ključ rešitev za trenerja" not in text
    assert "1.1.1 MNZ SPBTL – kontinuirano" not in text


def test_zoom_changes_and_is_remembered(qtbot, window):
    window.open_module("medagencijsko-sodelovanje", "uvod")
    before = window.reader.reader.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.reader.font().pointSizeF() > before
    assert window.session.store.get_setting(window.session.profile.id, "zoom") == 2
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.reader.zoom == 0


def test_toc_click_opens_subsection(qtbot, window):
    window.open_module("mednarodno-sodelovanje", "uvod")
    toc = window.reader.toc
    theory = toc.topLevelItem(3)
    theory.setExpanded(True)
    child = theory.child(0)
    window.reader._toc_activated(child)
    assert window.reader.section.id == "teorija"


def test_external_link_is_not_opened_without_asking(window, monkeypatch):
    from app import module_view

    asked = []
    opened = []
    monkeypatch.setattr(module_view.QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or module_view.QMessageBox.StandardButton.No)
    monkeypatch.setattr(module_view.QDesktopServices, "openUrl", lambda url: opened.append(url))
    window.open_module("mednarodno-sodelovanje", "uvod")
    window.reader._link(QUrl("https://eur-lex.europa.eu/"))
    assert asked and not opened


def test_broken_module_is_skipped_and_shown(qtbot, tmp_path, monkeypatch, data_home):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    target = content / "thb" / "06-medagencijsko-sodelovanje" / "module.md"
    target.write_text(target.read_text(encoding="utf-8").replace(".theory}", ".history}", 1), encoding="utf-8")
    monkeypatch.setenv("COURSEBOOK_CONTENT", str(content))
    session = open_session(str(data_home))
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.act_library.trigger()
    assert win.library.tree.model().rowCount() == 4
    assert win.library.skipped.isVisible()
    assert "unknown section kind 'history'" in win.library.skipped.text()
    assert "06-medagencijsko-sodelovanje/module.md:" in win.library.skipped.text()
    win.close()
    session.store.close()


def test_cards_open_in_one_click_and_print_to_pdf(qtbot, window, tmp_path):
    window.show_library()
    tree = window.library.tree
    cell = _row(window, "identifikace-obeti", 4)
    assert cell.data() == "Indicator cards"
    assert _row(window, "medagencijsko-sodelovanje", 4).data() == ""  # no cards: no button
    tree.scrollTo(cell)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(cell).center())
    dialog = window.cards_dialog
    assert dialog.isVisible()
    assert "Jak s indikátory pracovat" in dialog.view.toPlainText()
    pdf = tmp_path / "cards.pdf"
    dialog.write_pdf(str(pdf))
    assert pdf.read_bytes()[:4] == b"%PDF" and pdf.stat().st_size > 5000
    dialog.close()


def test_cards_offer_their_translations(qtbot, window, tmp_path):
    window.open_cards("identifikace-obeti")
    dialog = window.cards_dialog
    box = dialog.language_box
    assert box.isVisibleTo(dialog)
    assert [box.itemData(i) for i in range(box.count())] == ["cs", "sl", "en", "sk"]
    assert "(translation)" in box.itemText(1) and "(translation)" not in box.itemText(0)
    dialog.choose_language("sl")
    text = dialog.view.toPlainText()
    assert "Kako delati s kazalniki" in text and "Prevod kartic" in text
    assert dialog.windowTitle().startswith("Kartice kazalnikov")
    dialog.choose_language("en")
    assert "How to work with indicators" in dialog.view.toPlainText()
    pdf = tmp_path / "cards-en.pdf"
    dialog.write_pdf(str(pdf))  # prints the language shown
    assert pdf.read_bytes()[:4] == b"%PDF"
    assert "Physical and psychological state" in dialog.document().toPlainText()
    dialog.resize(1024, 700)
    assert not dialog.grab().isNull()
    dialog.close()


def test_unwritable_data_folder_gives_clear_message(tmp_path):
    from coursebook.paths import DataDirError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="Cannot write to the data folder"):
        open_session(str(blocker / "sub"))


def test_start_with_unwritable_data_folder_shows_message_not_traceback(qapp, tmp_path, monkeypatch, capsys):
    import argparse

    from app import main as main_module
    from app.qt import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    args = argparse.Namespace(data_dir=str(blocker / "data"), portable=False, bench_startup=False)
    monkeypatch.setattr(main_module, "_window_system_ok", lambda folder: True)
    assert main_module.run_gui(args) == 3
    assert shown and "Cannot write to the data folder" in shown[0] and str(blocker / "data") in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_last_page_is_shown_again_without_rendering_and_never_stale(qtbot, data_home, monkeypatch):
    from coursebook import render

    session = open_session(str(data_home))
    first = MainWindow(session)
    qtbot.addWidget(first)
    first.show()
    first.open_module("mednarodno-sodelovanje", "ucni-cilji")
    shown = first.reader.reader.toPlainText()
    first.close()
    session.store.close()

    calls = []
    real = render.section_html
    monkeypatch.setattr(render, "section_html", lambda *a, **k: calls.append(a[1].id) or real(*a, **k))
    session2 = open_session(str(data_home))
    second = MainWindow(session2)
    qtbot.addWidget(second)
    assert second.reader.reader.toPlainText() == shown
    assert calls == []  # the saved page was used
    second.reader._link(QUrl("objective:0"))  # a tick changes the page: it is rendered anew
    assert calls == ["ucni-cilji"] and second.reader.reader.toPlainText().count("☑") == 1
    second.close()
    session2.store.close()

    session3 = open_session(str(data_home))
    third = MainWindow(session3)  # the saved page now carries the tick
    qtbot.addWidget(third)
    assert third.reader.reader.toPlainText().count("☑") == 1
    assert calls == ["ucni-cilji"]
    third.close()
    session3.store.close()


def test_time_is_not_counted_while_another_application_is_active(qtbot, window):
    from app.qt import Qt

    window.open_module("mednarodno-sodelovanje", "uvod")
    view = window.reader
    view._application_state(Qt.ApplicationState.ApplicationInactive)
    qtbot.wait(300)
    view._application_state(Qt.ApplicationState.ApplicationActive)
    view.flush()
    seconds = window.session.store.section_progress(window.session.profile.id, "mednarodno-sodelovanje")["uvod"]["seconds"]
    assert seconds < 0.25


def test_terms_defined_in_another_module_of_the_same_language_are_linked(window):
    library = window.session.library
    module6 = library.module("medagencijsko-sodelovanje")
    entries = library.glossary_for(module6)
    assert entries[:len(module6.glossary)] == module6.glossary
    labour = next(i for i, e in enumerate(entries) if e.term == "Organi nadzora nad delom")
    assert entries[labour].module_id == "mednarodno-sodelovanje"
    assert next(e for e in entries if e.term == "Europol").module_id == "medagencijsko-sodelovanje"  # own first
    assert all(e.language == "sl" for e in entries)
    window.open_module("medagencijsko-sodelovanje", "teorija")
    assert f'href="glossary:{labour}"' in window.reader.page[1]
    window.reader._link(QUrl(f"glossary:{labour}"))
    assert "Organi nadzora nad delom" in window.reader.glossary_panel.text()
    assert "Mednarodno sodelovanje" in window.reader.glossary_panel.text()


def test_library_offers_to_continue_where_the_learner_stopped(qtbot, window):
    assert not window.library.continue_button.isVisible()  # nothing read yet
    window.open_module("mednarodno-sodelovanje", "teorija")
    window.act_library.trigger()
    button = window.library.continue_button
    assert button.isVisible() and "Mednarodno sodelovanje" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reader
    assert window.reader.section.id == "teorija"


def test_saved_page_is_never_shown_after_a_content_edit(qtbot, data_home, tmp_path, monkeypatch):
    """Same size, same modification time, other bytes: the next start renders the page anew."""
    import os

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    monkeypatch.setenv("COURSEBOOK_CONTENT", str(content))
    session = open_session(str(data_home))
    first = MainWindow(session)
    qtbot.addWidget(first)
    first.open_module("medagencijsko-sodelovanje", "uvod")
    shown = first.reader.reader.toPlainText()
    first.close()
    session.store.close()

    module = content / "thb" / "06-medagencijsko-sodelovanje" / "module.md"
    stat = module.stat()
    text = module.read_text(encoding="utf-8")
    word = next(w for w in shown.split() if len(w) >= 8 and w.isalpha() and w.islower() and w in text)
    module.write_text(text.replace(word, word.upper(), 1), encoding="utf-8")
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    session2 = open_session(str(data_home))
    second = MainWindow(session2)
    qtbot.addWidget(second)
    assert word.upper() in second.reader.reader.toPlainText()
    second.close()
    session2.store.close()
