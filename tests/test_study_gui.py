"""Honest progress, resume per module and back after an in-page link, through real widgets."""

from __future__ import annotations

import pytest

from app.main import open_session
from app.main_window import MainWindow
from app.qt import Qt, QUrl


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(qtbot, data_home, clock=None, size=(760, 560)):
    session = open_session(str(data_home))
    if clock is not None:
        session.clock = clock
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    if size:
        win.resize(*size)
    qtbot.waitExposed(win)
    from app.qt import QApplication

    win.raise_()
    # asked again while waiting: the search index's progress bar may come and go (and take the focus with it)
    qtbot.waitUntil(lambda: win.activateWindow() or QApplication.activeWindow() is win)
    return win


def _close(win) -> None:
    win.close()
    win.session.store.close()


def _toc_state(view, section_id):
    return view._item_for(section_id).data(0, Qt.ItemDataRole.UserRole + 1)


def test_a_quick_flip_through_a_module_marks_nothing_read(qtbot, data_home):
    clock = FakeClock()
    win = _window(qtbot, data_home, clock)
    win.open_module("mednarodno-sodelovanje", "uvod")
    for _ in range(5):  # five Ctrl+PgDown in two seconds
        clock.now += 0.4
        win.act_next.trigger()
        bar = win.reader.reader.verticalScrollBar()
        bar.setValue(bar.maximum())  # even scrolled to each end
    win.reader.flush()
    assert win.reader.section.id == "razprava"
    win.act_library.trigger()
    assert win.library.progress("mednarodno-sodelovanje")[0] == 0
    win.open_module("mednarodno-sodelovanje", "uvod")
    assert {_toc_state(win.reader, s) for s in ("uvod", "ucni-cilji", "pojmi", "teorija")} == {"started"}
    _close(win)


def test_reading_long_enough_to_the_end_marks_a_section_read(qtbot, data_home):
    clock = FakeClock()
    win = _window(qtbot, data_home, clock)
    win.open_module("mednarodno-sodelovanje", "teorija")
    view = win.reader
    bar = view.reader.verticalScrollBar()
    assert bar.maximum() > 0 and view.needed_seconds > 30
    clock.now += view.needed_seconds  # long enough, but not at the end yet
    view.flush()
    assert _toc_state(view, "teorija") == "started"
    for _ in range(200):  # page down through the text
        if bar.value() >= bar.maximum():
            break
        qtbot.keyClick(view.reader, Qt.Key.Key_PageDown)
    clock.now += 1
    view.flush()
    assert _toc_state(view, "teorija") == "read"
    assert view._item_for("teorija").text(0).startswith("✓ ")
    assert _toc_state(view, "uvod") == "unread"
    win.act_library.trigger()
    assert win.library.progress("mednarodno-sodelovanje")[0] == 1
    _close(win)


def test_each_module_reopens_at_its_own_section_and_scroll(qtbot, data_home):
    win = _window(qtbot, data_home)
    win.open_module("medagencijsko-sodelovanje", "teorija")
    bar = win.reader.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    value = bar.value()
    win.open_module("mednarodno-sodelovanje", "pojmi")
    win.act_library.trigger()
    win.open_module("medagencijsko-sodelovanje")  # as the library opens a module
    assert win.reader.section.id == "teorija"
    assert win.reader.reader.verticalScrollBar().value() == value
    win.open_module("mednarodno-sodelovanje")
    assert win.reader.section.id == "pojmi"
    _close(win)


def test_scroll_is_restored_exactly_after_closing_and_recreating_the_window(qtbot, data_home):
    win = _window(qtbot, data_home)
    win.open_module("medagencijsko-sodelovanje", "teorija")  # 6.4
    reader = win.reader.reader
    qtbot.wait(400)  # the text laid out at the window's size, as after any real start
    reader.setFocus()
    for _ in range(4):
        qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    value = reader.verticalScrollBar().value()
    maximum = reader.verticalScrollBar().maximum()
    assert 0 < value < maximum
    _close(win)

    again = _window(qtbot, data_home, size=None)  # the saved geometry
    reader = again.reader.reader
    assert (again.reader.module.id, again.reader.section.id) == ("medagencijsko-sodelovanje", "teorija")
    qtbot.wait(400)  # past the reader's settle timer
    assert reader.verticalScrollBar().maximum() == maximum
    assert reader.verticalScrollBar().value() == value
    _close(again)


def test_alt_left_after_an_in_page_link_returns_to_where_the_link_was(qtbot, data_home):
    win = _window(qtbot, data_home)
    win.open_module("medagencijsko-sodelovanje", "teorija")
    reader = win.reader.reader
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 10)
    before = bar.value()
    win.reader._link(QUrl("#tozilstvo"))  # a link to a sub-heading further down the same section
    assert bar.value() > before
    win.act_back.trigger()  # Alt+Left
    assert win.stack.currentWidget() is win.reader and win.reader.section.id == "teorija"
    assert bar.value() == pytest.approx(before, abs=2)
    _close(win)


def test_course_search_finds_all_three_diacritic_cases_and_opens_a_hit_marked(qtbot, data_home):
    win = _window(qtbot, data_home)
    win.search_course()
    dialog = win.search_dialog
    for query, language, word in (("zrtev", "sl", "žrtev"), ("obet", "sk", "obetí"), ("obet", "cs", "obětí")):
        dialog.edit.setText(query)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        hits = dialog.run()
        assert hits and {h.language for h in hits} == {language}
        assert any(word in dialog.hits.item(i).text().lower() for i in range(dialog.hits.count())), (query, language)
    dialog.edit.setText("Eurojust")
    dialog.language.setCurrentIndex(0)
    dialog.run()
    target = next(i for i, h in enumerate(dialog.found) if h.anchor == "vloga-eurojusta")
    dialog.hits.setCurrentRow(target)
    dialog._activated(dialog.hits.currentItem())
    view = win.reader
    assert (view.module.id, view.section.id) == ("mednarodno-sodelovanje", "teorija")
    assert view.matches and view.find_bar.isVisible()
    cursor = view.reader.textCursor()
    assert cursor.selectedText().lower().startswith("eurojust")
    assert view.reader.cursorRect(cursor).top() >= 0  # on screen
    assert view.reader.cursorRect(cursor).bottom() <= view.reader.viewport().height()
    _close(win)


def test_ctrl_f_finds_in_the_open_section_without_accents(qtbot, data_home):
    win = _window(qtbot, data_home)
    win.open_module("medagencijsko-sodelovanje", "teorija")
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = win.reader
    assert view.find_bar.isVisible()
    qtbot.keyClicks(view.find_bar.edit, "zrtv")
    assert len(view.matches) > 3
    first = view.match_index
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return)
    assert view.match_index == first + 1
    assert view.reader.textCursor().selectedText().lower().startswith("žrtv")
    assert "of" in view.find_bar.count.text()
    _close(win)


def test_home_page_is_the_first_page_and_shows_progress_cards_and_objectives(qtbot, data_home):
    win = _window(qtbot, data_home)
    assert win.stack.currentWidget() is win.home
    qtbot.waitUntil(lambda: win.home.data is not None)
    home = win.home
    assert home.overall.value() == 0 and home.overall.maximum() == home.data.sections_total > 30
    assert "Flashcards due today" in home.cards_label.text()
    assert home.objectives.count() == home.data.objectives_total > 20
    assert not home.continue_button.isVisible() and home.next_button.isVisible()
    qtbot.mouseClick(home.next_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.reader and win.reader.section.id == "uvod"
    win.act_library.trigger()
    assert win.stack.currentWidget() is win.library  # the library stays on Ctrl+L
    win.act_home.trigger()
    qtbot.waitUntil(lambda: home.continue_button.isVisible())
    _close(win)


def test_flashcard_review_day_keyboard_only_with_a_fake_clock(qtbot, data_home):
    from datetime import datetime, timedelta, timezone

    from app.study.review_window import ReviewWindow

    win = _window(qtbot, data_home)
    day = [datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)]
    review = ReviewWindow(win.session, win, now=lambda: day[0])
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    first = review.queue[0]
    assert review.front.text() == first.front and review.back.text() == ""
    qtbot.keyClick(review, Qt.Key.Key_3)  # grading before the answer is shown does nothing
    assert review.reviewed == 0
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert review.back.text() == first.back
    qtbot.keyClick(review, Qt.Key.Key_4)  # Easy: not again today
    assert review.reviewed == 1 and all(c.key != first.key for c in review.queue)
    second = review.queue[0]
    qtbot.keyClick(review, Qt.Key.Key_Space)
    qtbot.keyClick(review, Qt.Key.Key_1)  # Again: back in today's queue
    assert review.queue[-1].key == second.key
    from coursebook.study import flashcards

    history = flashcards.history(win.session.store.conn, win.session.profile.id)
    assert [(k, r) for k, r, _when, _due in history] == [(first.key, 4), (second.key, 1)]
    day[0] += timedelta(days=1)
    review.load()
    assert first.key not in [c.key for c in review.queue]  # Easy is days away
    review.close()
    _close(win)


def test_section_and_module_save_as_pdf(qtbot, data_home, tmp_path):
    from app.reader.printing import printable, write_pdf

    win = _window(qtbot, data_home)
    win.open_module("mednarodno-sodelovanje", "teorija")
    assert "Europol" in printable(win.reader, False).toPlainText()
    whole = printable(win.reader, True).toPlainText()
    assert "Europol" in whole and "Razprava" in whole and len(whole) > len(printable(win.reader, False).toPlainText())
    section, module = tmp_path / "s.pdf", tmp_path / "m.pdf"
    write_pdf(win.reader, str(section), False)
    write_pdf(win.reader, str(module), True)
    assert section.read_bytes().startswith(b"%PDF") and module.stat().st_size > section.stat().st_size
    assert win.act_pdf.isEnabled() and "File" in win.menuBar().actions()[0].text()
    _close(win)


def test_bookmark_and_highlight_survive_a_content_edit_and_a_lost_passage_is_reported(qtbot, data_home, tmp_path,
                                                                                      monkeypatch):
    import shutil
    from pathlib import Path

    from app.qt import QTextCursor

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parent.parent / "content", content)
    monkeypatch.setenv("COURSEBOOK_CONTENT", str(content))
    win = _window(qtbot, data_home)
    win.open_module("mednarodno-sodelovanje", "teorija")
    view = win.reader
    win.act_bookmark.trigger()
    text = view.reader.document().toRawText()
    for phrase, note in (("Agencija Evropske unije za sodelovanje organov pregona", "Europol"),
                         ("Agencija Evropske unije za mejno in obalno stražo", "Frontex")):
        start = text.index(phrase)
        cursor = QTextCursor(view.reader.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
        view.reader.setTextCursor(cursor)
        assert view.highlight(note) is not None
    assert len(view.marks) == 2
    assert win.act_highlight in view.reader.extra_actions  # also on the text's context menu
    _close(win)

    module = next(content.glob("thb/07-*/module.md"))  # the course is updated: text moved and one passage gone
    source = module.read_text(encoding="utf-8")
    edited = source.replace("## 7.4 Teoretični del {#teorija .theory}\n",
                            "## 7.4 Teoretični del {#teorija .theory}\n\nNov uvodni odstavek po posodobitvi.\n")
    edited = edited.replace("Agencija Evropske unije za mejno in obalno stražo", "Evropska agencija za meje")
    assert edited != source
    module.write_text(edited, encoding="utf-8")

    again = _window(qtbot, data_home, size=None)
    view = again.reader
    assert view.section.id == "teorija"
    assert view.paint_highlights() == 1  # Europol's passage found again, Frontex's is gone
    marked = view.marks[0].cursor.selectedText()
    assert marked == "Agencija Evropske unije za sodelovanje organov pregona"
    again.act_notes.trigger()
    panel = again.notes_panel
    assert panel.list.count() == 3 and len(panel.orphaned) == 1
    assert "no longer found: 1" in panel.summary.text()
    assert any("no longer in the text" in panel.list.item(i).text() for i in range(3))
    panel.search.setText("frontex")
    assert panel.list.count() == 1
    panel.search.setText("")
    markdown = panel.markdown()
    assert "# Mednarodno sodelovanje" in markdown and "> Agencija Evropske unije za sodelovanje" in markdown
    assert "(no longer in the text)" in markdown
    again.show_library()
    panel._open(panel.list.item(0))
    assert again.stack.currentWidget() is again.reader
    _close(again)


def test_search_index_is_built_at_first_start_and_not_again(qtbot, data_home, monkeypatch):
    from app import main_window

    monkeypatch.setattr(main_window, "PREPARE_SEARCH_MS", 10)
    win = _window(qtbot, data_home)
    qtbot.waitUntil(lambda: getattr(win, "_index", None) is not None, timeout=5000)
    assert win._index.count() > 300
    key = win._index.key
    _close(win)
    built = []
    from coursebook.search import index as index_module

    original = index_module.SearchIndex.build
    monkeypatch.setattr(index_module.SearchIndex, "build", lambda self, *a, **k: built.append(1) or original(self, *a, **k))
    again = _window(qtbot, data_home, size=None)
    qtbot.waitUntil(lambda: getattr(again, "_index", None) is not None, timeout=5000)
    assert built == [] and again._index.key == key
    _close(again)


def test_an_index_build_longer_than_half_a_second_shows_a_progress_bar(qtbot, data_home, monkeypatch):
    import time

    from coursebook.search import documents

    win = _window(qtbot, data_home)
    real = documents.course_documents

    def slow(library):
        for number, doc in enumerate(real(library)):
            if number < 120:
                time.sleep(0.006)  # 0.7 s in all
            yield doc

    monkeypatch.setattr(documents, "course_documents", slow)
    assert not win.index_progress_shown
    win.search_index()
    assert win.index_progress_shown
    assert win._index.count() > 300
    _close(win)


def test_the_timed_index_preparation_during_a_build_from_the_search_dialog_starts_no_second_build(
        qtbot, data_home, monkeypatch):
    """The progress bar lets events through; the start-up timer firing then must not open a second index
    on the locked file ("Search is not available: database is locked")."""
    import time

    from app import main_window
    from coursebook.search import documents

    monkeypatch.setattr(main_window, "PREPARE_SEARCH_MS", 50)
    win = _window(qtbot, data_home)
    real = documents.course_documents

    def slow(library):
        for number, doc in enumerate(real(library)):
            if number < 100:
                time.sleep(0.006)  # the 50 ms timer comes due while this runs
            yield doc

    monkeypatch.setattr(documents, "course_documents", slow)
    messages = []
    win.statusBar().messageChanged.connect(messages.append)
    win.search_course()
    qtbot.wait(200)
    assert win.search_dialog.isVisible() and win._index.count() > 300
    assert not [m for m in messages if m], messages
    _close(win)


def test_the_index_prepared_in_advance_takes_no_focus_and_a_search_asked_meanwhile_opens_after(
        qtbot, data_home, monkeypatch):
    """A learner at work when the index is prepared keeps their window; a search asked for during the
    build opens when the index is ready."""
    import time

    from app import main_window
    from app.qt import QApplication
    from coursebook.search import documents

    monkeypatch.setattr(main_window, "PREPARE_SEARCH_MS", 10)
    real = documents.course_documents
    asked = []

    def slow(library):
        for number, doc in enumerate(real(library)):
            if number < 120:
                time.sleep(0.006)  # 0.7 s: a dialog would have been shown after half a second
            if number == 60 and not asked:
                window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
                asked.append(window)
                window.search_course()  # the learner presses the search key meanwhile
            yield doc

    monkeypatch.setattr(documents, "course_documents", slow)
    win = _window(qtbot, data_home)
    qtbot.waitUntil(lambda: getattr(win, "_index", None) is not None, timeout=10000)
    assert asked == [win] and not win.index_progress_shown
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QProgressDialog")]
    qtbot.waitUntil(lambda: getattr(win, "search_dialog", None) is not None and win.search_dialog.isVisible())
    _close(win)


def test_the_content_is_hashed_for_the_index_check_off_the_windows_thread(qtbot, data_home, monkeypatch):
    """With a large course the hash reads tens of megabytes: the window keeps answering meanwhile."""
    import threading
    import time

    from app import main_window
    from app.qt import QTimer
    from coursebook.search import command

    monkeypatch.setattr(main_window, "PREPARE_SEARCH_MS", 10)
    real, threads = command.index_key, []

    def slow(content, data=None, cache=None):
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.5)
        return real(content, data, cache)

    monkeypatch.setattr(command, "index_key", slow)
    win = _window(qtbot, data_home)
    beats = []
    timer = QTimer()
    timer.timeout.connect(lambda: beats.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: getattr(win, "_index", None) is not None, timeout=10000)
    timer.stop()
    assert threads == [False] and len(beats) >= 20  # hashed once, on a worker; 0.5 s of 10 ms beats
    assert win._index.count() > 300
    _close(win)


def test_home_page_shows_the_last_practice_and_a_card_for_a_wrong_answer(qtbot, data_home):
    from coursebook.quiz.service import QuizService

    win = _window(qtbot, data_home)
    qtbot.waitUntil(lambda: win.home.data is not None)
    before = win.home.data.cards_due
    assert "No practice yet" in win.home.practice_label.text()
    service = QuizService(win.session.store, win.session.library)
    attempt = service.start_practice(win.session.profile.id, "mednarodno-sodelovanje")
    slot = next(s for s in attempt.slots if service.question(s.key).type == "truefalse")
    question = service.question(slot.key)
    service.save_response(attempt, slot.number, not question.answer)  # a wrong answer
    with qtbot.waitSignal(win.home.figures_shown, timeout=10000):  # read on a worker thread
        win.home.refresh()
    assert "Mednarodno sodelovanje: 0 of 1 right" in win.home.practice_label.text()
    assert win.home.data.cards_due == before  # the daily allowance of new cards is the same ...
    from datetime import datetime, timezone

    from coursebook.study import flashcards

    keys = [c.key for c in flashcards.queue(win.session.store.conn, win.session.profile.id, datetime.now(timezone.utc))]
    assert keys[0] == f"q:{question.key}"  # ... and the wrong answer comes first
    _close(win)


def test_course_search_covers_an_installed_content_pack(qtbot, tmp_path, store, monkeypatch):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_interop_packs import make_source

    from app.interop.pack_import import PackImporter
    from app.main_window import MainWindow
    from app.session import Session
    from coursebook.interop.packs import build

    from conftest import CONTENT

    pack = build(make_source(tmp_path / "src"), tmp_path / "karty.coursepack").path
    data = store.folder
    window = MainWindow(Session(store, store.default_profile(), CONTENT, data / "cache", data=data))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert {h.module_id for h in window.search_index().search("obet", language="cs", limit=200)} == {"identifikace-obeti"}
    monkeypatch.setattr(PackImporter, "inform", lambda self, *args, **kwargs: None)
    assert window.import_pack(pack) is not None
    hits = window.search_index().search("obet", language="cs", limit=200)  # rebuilt for the new content
    assert {"identifikace-obeti", "pack-karty"} <= {h.module_id for h in hits}
    window.close()


def test_scrolling_to_the_end_after_long_enough_marks_read_at_once(qtbot, data_home):
    clock = FakeClock()
    win = _window(qtbot, data_home, clock)
    win.open_module("mednarodno-sodelovanje", "teorija")
    view = win.reader
    clock.now += view.needed_seconds + 1  # read for long enough, then scroll to the end: no flush needed
    bar = view.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert _toc_state(view, "teorija") == "read"
    _close(win)
