"""The main window: the library and the module reader on one stack, menus and shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coursebook.classroom.closed_book import course_closed

from app.qt import (
    QAction, QByteArray, QMainWindow, QStackedWidget, QTimer, QToolBar, Signal,
)
from app.session import Session

if TYPE_CHECKING:
    from app.library_view import LibraryView
    from app.qt import QCloseEvent
    from app.module_view import ModuleView


PREPARE_SEARCH_MS = 2500


class _Standard:
    """A standard key by name (``QKeySequence.StandardKey``), looked up when the shortcut is set."""

    def __init__(self, name: str):
        self.name = name


class MainWindow(QMainWindow):
    #: Settings changed: the window is rebuilt in the new language and look (app/main.py).
    settings_changed = Signal()

    def __init__(self, session: Session, menus_after_first_frame: bool = False):
        """``menus_after_first_frame`` (the start of the app): the menus' entries are made once the
        first frame is on screen (:meth:`finish_setup`); otherwise here."""
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("Coursebook"))
        self.setObjectName("mainWindow")
        self.stack = QStackedWidget()
        self._library: LibraryView | None = None  # built when first shown: start-up opens the home page
        self._reader: ModuleView | None = None  # built when the first module opens
        self._saved_on_close = False
        #: Whether building the search index took long enough to show its progress bar.
        self.index_progress_shown = False
        self._index_building = False
        from app.study.home_page import HomePage

        self.home = HomePage(session)  # its data are read when it is shown, not at start-up
        self.home.open_place.connect(self.open_module)
        self.home.review_cards.connect(self.review_flashcards)
        self.home.show_library.connect(self.show_library)
        self.home.figures_shown.connect(self._home_focus)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        #: Closed book: no reader, glossary or cards while an assessment is open on this PC.
        self.course_closed = lambda: course_closed(self.session.store, self.session.actor)
        #: The menus' entries wait for the first frame (:meth:`finish_setup`).
        self._setup_pending = True
        self._first_frame_actions()
        self._restore()
        if not menus_after_first_frame or self.course_closed():  # closed book: the lock is on the first frame
            self.finish_setup()
        # The search index is checked (and built after a content update) once the window is up.
        QTimer.singleShot(PREPARE_SEARCH_MS, self._prepare_search)

    @property
    def library(self) -> LibraryView:
        """The library page, built the first time it is needed: with a course of a thousand modules
        its rows cost more than the whole home page."""
        if self._library is None:
            from app.library_view import LibraryView

            self._library = LibraryView(self.session)
            self._library.open_module.connect(self.open_module)
            self._library.open_cards.connect(self.open_cards)
            self._library.resume.connect(self.open_module)
            self.stack.addWidget(self._library)
        return self._library

    def selected_module(self) -> str | None:
        """The module selected in the library; before the page is built, the first module (the row
        it selects when it is built)."""
        if self._library is not None:
            return self._library.current_module()
        modules = self.session.catalog["modules"]
        return modules[0]["id"] if modules else None

    @property
    def reader(self) -> ModuleView:
        if self._reader is None:
            from app.module_view import ModuleView

            self._reader = ModuleView(self.session)
            self._reader.section_changed.connect(self._section_changed)
            self._reader.reader.extra_actions = [self.act_highlight, self.act_bookmark, self.act_find]
            self.stack.addWidget(self._reader)
        return self._reader

    def _reading(self) -> bool:
        return self._reader is not None and self.stack.currentWidget() is self._reader

    # --- set-up -----------------------------------------------------------------------------
    def _action(self, text: str, keys: list, slot, name: str, keys_later: bool = False) -> QAction:
        """An action of the window with its shortcuts (``keys_later``: set by :meth:`finish_setup`, after
        the first frame; the first key sequence read from text costs ~3 ms of start-up)."""
        action = QAction(text, self)
        action.setObjectName(name)
        if keys_later:
            self.__dict__.setdefault("_keys_later", []).append((action, keys))
        else:
            self._set_keys(action, keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _set_keys(action: QAction, keys: list) -> None:
        from app.qt import QKeySequence

        sequences: dict[str, QKeySequence] = {}
        for key in keys:  # a key listed twice (e.g. a standard key) would make the shortcut ambiguous
            if isinstance(key, str):
                found = [QKeySequence(key)]
            else:  # the name of a standard key: its bindings on this platform
                found = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key.name))
            for sequence in found:
                sequences.setdefault(sequence.toString(), sequence)
        action.setShortcuts(list(sequences.values()))

    def _first_frame_actions(self) -> None:
        """What the first frame shows: the toolbar's actions (with their keys) and the menu titles."""
        self.act_home = self._action(self.tr("&Home"), ["Alt+Home", "Ctrl+Shift+H"], self.show_home, "actHome", True)
        self.act_library = self._action(self.tr("&Library"), ["Ctrl+L"], self.show_library, "actLibrary", True)
        self.act_back = self._action(self.tr("&Back"), [_Standard("Back"), "Alt+Left"], self.go_back, "actBack", True)
        self.act_prev = self._action(self.tr("&Previous section"), ["Ctrl+PgUp", "Alt+Up"],
                                     lambda: self.reader.step(-1), "actPrev", True)
        self.act_next = self._action(self.tr("&Next section"), ["Ctrl+PgDown", "Alt+Down"],
                                     lambda: self.reader.step(1), "actNext", True)
        self.act_zoom_in = self._action(self.tr("Zoom &in"), [_Standard("ZoomIn"), "Ctrl+="],
                                        lambda: self.reader.zoom(1), "actZoomIn", True)
        self.act_zoom_out = self._action(self.tr("Zoom &out"), [_Standard("ZoomOut")],
                                         lambda: self.reader.zoom(-1), "actZoomOut", True)
        from app.qt import QCoreApplication

        bar = self.menuBar()
        translate = QCoreApplication.translate  # the titles keep the contexts of the menus they head
        self._menus = {name: bar.addMenu(title) for name, title in (
            ("file", self.tr("&File")), ("go", self.tr("&Go")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")),
            ("present", translate("TrainerController", "&Present")), ("quiz", translate("QuizController", "&Quiz")),
            ("classroom", translate("ClassroomController", "&Classroom")), ("help", self.tr("&Help")))}
        for name in ("present", "quiz", "classroom"):
            self._menus[name].setObjectName(f"{name}Menu")
        self.file_menu = self._menus["file"]
        self.toolbar = QToolBar(self.tr("Navigation"))
        self.toolbar.setObjectName("navigation")
        self.toolbar.setMovable(False)
        for action in (self.act_home, self.act_library, self.act_back, self.act_prev, self.act_next):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.act_zoom_out, self.act_zoom_in):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def finish_setup(self) -> None:
        """The menus' entries and the Present, Quiz and Classroom controllers, once the first frame is
        on screen (their titles are on it): ~8 ms of start-up a user never waits for. Run again, it does
        nothing; anything asking for an action or a controller before then runs it first."""
        if not self.__dict__.get("_setup_pending"):
            return
        self._setup_pending = False
        for action, keys in self.__dict__.pop("_keys_later", []):
            self._set_keys(action, keys)
        self._menu_actions()
        from app.trainer import menu as trainer_menu  # the Present menu; the presenter loads on first use

        trainer_menu.install(self, self._menus["present"])
        from app.quiz import menu as quiz_menu  # the Quiz menu; its windows load on first use

        quiz_menu.install(self, self._menus["quiz"])
        from app.classroom import menu as classroom_menu

        classroom_menu.install(self, self._menus["classroom"])
        self._update_actions()

    #: Attributes :meth:`finish_setup` makes.
    _MADE_AFTER_FIRST_FRAME = frozenset((
        "act_cards", "act_zoom_reset", "act_find", "act_search", "act_bookmark", "act_highlight", "act_notes",
        "act_quit", "act_settings", "act_import_pack", "act_print", "act_print_module", "act_pdf",
        "act_pdf_module", "act_full_screen", "trainer", "quiz_controller", "classroom_controller"))

    def __getattr__(self, name: str):  # noqa: ANN204 - any attribute
        if name in MainWindow._MADE_AFTER_FIRST_FRAME and self.__dict__.get("_setup_pending"):
            self.finish_setup()
            return getattr(self, name)
        raise AttributeError(f"'MainWindow' object has no attribute {name!r}")

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        if self.__dict__.get("_setup_pending") and "_first_frame" not in self.__dict__:
            from app.first_frame import after_first_frame

            self._first_frame = after_first_frame(self, self.finish_setup)

    def _menu_actions(self) -> None:
        self.act_cards = self._action(self.tr("&Review flashcards"), ["F8"], self.review_flashcards, "actCards")
        self.act_zoom_reset = self._action(self.tr("&Actual size"), ["Ctrl+0"], lambda: self.reader.zoom(None),
                                           "actZoomReset")
        self.act_find = self._action(self.tr("&Find in section…"), [_Standard("Find"), "Ctrl+F"],
                                     self.find_in_section, "actFind")
        self.act_search = self._action(self.tr("&Search the course…"), ["Ctrl+Shift+F"], self.search_course,
                                       "actSearch")
        self.act_bookmark = self._action(self.tr("&Bookmark this section"), ["Ctrl+D"], self.bookmark_section,
                                         "actBookmark")
        self.act_highlight = self._action(self.tr("&Highlight selection with a note…"), ["Ctrl+Shift+D"],
                                          self.highlight_selection, "actHighlight")
        self.act_notes = self._action(self.tr("Bookmarks and &notes…"), ["Ctrl+B"], self.show_notes, "actNotes")
        self.act_quit = self._action(self.tr("&Quit"), [_Standard("Quit"), "Ctrl+Q"], self.close, "actQuit")
        self.act_settings = self._action(self.tr("&Settings…"), [_Standard("Preferences"), "Ctrl+,"],
                                         self.open_settings, "actSettings")

        self.act_import_pack = self._action(self.tr("Import content &pack…"), [], self.import_pack, "actImportPack")

        file_menu = self._menus["file"]
        # asked when the menu opens, not at start-up: learners do not see it where the PC has a trainer
        file_menu.aboutToShow.connect(lambda: self.act_import_pack.setVisible(self._may_install_packs()))
        file_menu.addAction(self.act_import_pack)
        file_menu.addAction(self.act_settings)
        self.act_print = self._action(self.tr("&Print section…"), ["Ctrl+P"], lambda: self.print_text(False), "actPrint")
        self.act_print_module = self._action(self.tr("Print &module…"), [],  # Ctrl+Shift+P prints handouts
                                             lambda: self.print_text(True), "actPrintModule")
        self.act_pdf = self._action(self.tr("Save section as P&DF…"), [], lambda: self.save_pdf(False), "actPdf")
        self.act_pdf_module = self._action(self.tr("Save module as PD&F…"), [], lambda: self.save_pdf(True),
                                           "actPdfModule")
        for action in (self.act_print, self.act_print_module, self.act_pdf, self.act_pdf_module):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        go = self._menus["go"]
        for action in (self.act_home, self.act_library, self.act_back, self.act_prev, self.act_next):
            go.addAction(action)
        go.addSeparator()
        go.addAction(self.act_cards)
        edit = self._menus["edit"]
        edit.addAction(self.act_find)
        edit.addAction(self.act_search)
        edit.addSeparator()
        for action in (self.act_bookmark, self.act_highlight, self.act_notes):
            edit.addAction(action)
        self.act_full_screen = self._action(self.tr("&Full screen"), ["F11"], self.toggle_full_screen,
                                            "actFullScreen")
        self.act_full_screen.setCheckable(True)
        view = self._menus["view"]
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_full_screen)
        self._menus["help"].addAction(self.tr("&About Coursebook"), self.about)

    def _restore(self) -> None:
        store, profile = self.session.store, self.session.profile
        geometry = store.get_setting(profile.id, "geometry")
        from app import screen

        if geometry and self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            screen.clamp(self)  # saved on a larger screen: keep it on this one
        else:
            screen.fit(self, 1200, 800)
        place = store.last_place(profile.id)
        if place and self.session.has_module(place[0]):
            self.open_module(place[0], place[1], place[2])
            if not self._reading():  # the book is closed while an assessment is open: the library
                self.show_library()
        else:
            self.show_home()
        notes = []
        if store.recovery_note:
            from app.i18n import tr_core

            notes.append(tr_core(store.recovery_note))
        if notes:
            from app.qt import QMessageBox

            QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("Learner data recovered"), "\n\n".join(notes)))
        skipped = len(self.session.catalog["skipped"])
        if skipped:
            self.statusBar().showMessage(self.tr("%n module(s) skipped because of content errors — see the library.",
                                                 "", skipped))

    # --- navigation -------------------------------------------------------------------------
    def open_module(self, module_id: str, section_id: str | None = None, scroll: float = 0.0) -> None:
        """Show the reader first, then the text: laid out at the reader's real width, a saved scroll
        position lands exactly where it was."""
        if self.course_closed():  # closed book: no reader while an assessment is open
            return
        if not self.session.has_module(module_id):
            return
        remember = self._reading()
        previous = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.reader)
        if self.reader.open(module_id, section_id, scroll, remember=remember):
            self._update_actions()
        else:
            self.stack.setCurrentWidget(previous)

    def show_library(self) -> None:
        if self._reader is not None:
            self._reader.leave()
        built = self._library is not None
        library = self.library
        if built:  # a new page has just read its rows
            library.refresh()
        self.stack.setCurrentWidget(library)
        library.tree.setFocus()
        self.setWindowTitle(self.tr("Coursebook"))
        self._update_actions()

    def show_home(self) -> None:
        """The first page: its figures are read once the window is on screen."""
        if self._reader is not None:
            self._reader.leave()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(self.tr("Coursebook"))
        self._update_actions()
        QTimer.singleShot(30, self._refresh_home)

    def _refresh_home(self) -> None:
        if self.stack.currentWidget() is self.home and not self._saved_on_close:
            self.home.refresh()  # the figures are read on a worker thread: the window stays live

    def _home_focus(self) -> None:
        """Once the figures are in, the focus goes to the first button that leads somewhere."""
        from app.qt import QApplication

        focus = QApplication.focusWidget()
        if self.stack.currentWidget() is self.home and (focus is None or not self.home.isAncestorOf(focus)):
            home = self.home
            (home.continue_button if home.continue_button.isVisible() else home.next_button).setFocus()

    def review_flashcards(self) -> None:
        from app.study.review_window import ReviewWindow

        if self._reader is not None:
            self._reader.flush()
        self.review_window = ReviewWindow(self.session, self)
        self.review_window.finished.connect(lambda _code: self._refresh_home())
        self.review_window.show()

    def go_back(self) -> None:
        if self._reading() and not self.reader.back():
            self.show_library()

    def open_cards(self, module_id: str) -> None:
        if self.course_closed():
            return
        module = self.session.library.module(module_id)
        if module is None:
            return
        from coursebook.loader import load_cards  # parses YAML: loaded only when cards are opened

        from app.cards_dialog import CardsDialog

        cards, errors = load_cards(module.cards_path)
        if cards is None:
            from app.qt import QMessageBox

            QMessageBox.warning(self, self.tr("Cards cannot be shown"), "\n".join(str(e) for e in errors))
            return
        translations = {}
        for language, path in module.cards_paths().items():
            if path != module.cards_path:
                translated, _problems = load_cards(path)  # a broken translation is left out; validate names it
                if translated is not None:
                    translations[language] = translated
        if not cards.language:
            cards.language = module.meta.language
        self.cards_dialog = CardsDialog(cards, self, translations)
        self.cards_dialog.show()

    def _section_changed(self, module_id: str, _section_id: str) -> None:
        module = self.session.library.module(module_id)
        if module is not None:
            self.setWindowTitle(f"{module.meta.title} — {self.tr('Coursebook')}")
        self._update_actions()

    def _update_actions(self) -> None:
        reading = self._reading()
        made = self.__dict__  # before :meth:`finish_setup`, only the toolbar's actions exist
        for name in ("act_prev", "act_next", "act_zoom_in", "act_zoom_out", "act_zoom_reset", "act_find",
                     "act_bookmark", "act_highlight", "act_print", "act_print_module", "act_pdf", "act_pdf_module"):
            action = made.get(name)
            if action is not None:
                action.setEnabled(reading)

    def open_settings(self) -> bool:
        """Settings dialog; True when something changed (the window is then rebuilt)."""
        from app.main import preferences, save_preferences
        from app.settings_dialog import SettingsDialog

        current = preferences(self.session)
        dialog = SettingsDialog(current, self)
        if not dialog.exec():
            return False
        chosen = dialog.chosen()
        if chosen == current:
            return False
        save_preferences(self.session, chosen)
        QTimer.singleShot(0, self.settings_changed.emit)
        return True

    # --- bookmarks and notes ---------------------------------------------------------------------
    def bookmark_section(self) -> None:
        if self._reading() and self.reader.bookmark() is not None:
            self.statusBar().showMessage(self.tr("Section bookmarked. Ctrl+B lists bookmarks and notes."), 4000)

    def highlight_selection(self) -> None:
        if not self._reading():
            return
        if not self.reader.reader.textCursor().hasSelection():
            self.statusBar().showMessage(self.tr("Select a passage of the text first."), 4000)
            return
        from app.qt import QInputDialog

        note, ok = QInputDialog.getMultiLineText(self, self.tr("Highlight"), self.tr("Note (optional):"))
        if ok:
            self.reader.highlight(note.strip())

    def show_notes(self) -> None:
        from app.reader.notes_panel import NotesPanel

        self.notes_panel = NotesPanel(self.session, self.reader.section_text, self)
        self.notes_panel.open_place.connect(lambda module_id, section_id: self.open_module(module_id, section_id))
        self.notes_panel.show()

    # --- printing ---------------------------------------------------------------------------
    def print_text(self, whole_module: bool) -> None:
        if self._reading():
            from app.reader.printing import print_dialog

            print_dialog(self.reader, whole_module)

    def save_pdf(self, whole_module: bool) -> None:
        if not self._reading():
            return
        from app.qt import QFileDialog
        from app.reader.printing import write_pdf

        name = self.reader.module.id if whole_module else f"{self.reader.module.id}-{self.reader.section.id}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{name}.pdf", "PDF (*.pdf)")
        if path:
            write_pdf(self.reader, path, whole_module)

    # --- search -----------------------------------------------------------------------------
    def find_in_section(self) -> None:
        if self._reading():
            self.reader.show_find_bar()

    def search_index(self, quiet: bool = False):  # noqa: ANN201 - coursebook.search.SearchIndex
        """The course's search index, built when the content changed since it was last built: with a
        progress bar after half a second when the user asked for it, or ``quiet``ly (a count in the
        status bar, no dialog to take the focus from what the user is doing) when prepared in advance.
        None while it is being built (the build lets events through, and a second build would find the
        first one's file locked)."""
        if self._index_building:
            return None
        if getattr(self, "_index", None) is None:
            from coursebook.search.command import open_index

            from app.qt import QApplication, QProgressDialog

            progress = None
            if not quiet:
                progress = QProgressDialog(self.tr("Building the search index…"), "", 0, 0, self)
                progress.setCancelButton(None)
                progress.setMinimumDuration(500)
                progress.setValue(0)  # starts its timer: shown once building has taken half a second
                progress.setWindowTitle(self.tr("Search"))

            def step(count: int) -> None:
                text = self.tr("Building the search index… %1 passages").replace("%1", str(count))
                if progress is None:
                    self.statusBar().showMessage(text, 2000)
                else:
                    progress.setLabelText(text)
                QApplication.processEvents()
                self.index_progress_shown = self.index_progress_shown or bool(progress and progress.isVisible())

            cache = self.session.cache or self.session.store.folder / "cache"
            self._index_building = True
            try:
                # the key the worker computed, when known: not hashed again on the window's thread
                self._index = open_index(self.session.content, cache, lambda: self.session.library, step,
                                         self.session.data, key=getattr(self, "_index_key", None))
            finally:
                self._index_building = False
                if progress is not None:
                    progress.close()
                else:
                    self.statusBar().clearMessage()
            if getattr(self, "_search_wanted", False):  # asked for while it was being built
                self._search_wanted = False
                from app.qt import QTimer

                QTimer.singleShot(0, self.search_course)
        return self._index

    def _prepare_search(self) -> None:
        """Check the index a moment after start: the content is hashed on a worker thread (tens of
        megabytes for a large course), then a current index is opened, or a stale one built quietly."""
        if self._saved_on_close or not self.isVisible() or getattr(self, "_index", None) is not None:
            return
        from coursebook.search.command import index_key

        from app.background import Background

        content, data, cache = self.session.content, self.session.data, self.session.cache
        self._index_check = Background(self)
        self._index_check.ready.connect(self._index_key_known)
        self._index_check.failed.connect(lambda _ticket, exc: self._search_unavailable(exc))
        self._index_check.start(lambda: (index_key(content, data, cache), None))

    def _index_key_known(self, _ticket: int, key: str, _unused: object) -> None:
        if self._saved_on_close or getattr(self, "_index", None) is not None or self._index_building:
            return
        from coursebook.search.command import open_current

        try:
            cache = self.session.cache or self.session.store.folder / "cache"
            self._index_key = key
            self._index = open_current(cache, key)
            if self._index is None:  # the content changed since it was built: build it now, quietly
                self.search_index(quiet=True)
        except Exception as exc:  # noqa: BLE001 - search stays unavailable; reading goes on
            self._search_unavailable(exc)

    def _search_unavailable(self, exc: BaseException) -> None:
        from app.i18n import tr_core

        self.statusBar().showMessage(self.tr("Search is not available: %1").replace("%1", tr_core(exc)), 8000)

    def search_course(self) -> None:
        from app.reader.search_dialog import SearchDialog

        if getattr(self, "search_dialog", None) is None:
            index = self.search_index()
            if index is None:  # being built in advance: the dialog opens when it is ready
                self._search_wanted = True
                return
            if getattr(self, "search_dialog", None) is not None:
                return  # made meanwhile, by a call that came through the build's events
            languages = sorted({m["language"] for m in self.session.catalog["modules"]})
            self.search_dialog = SearchDialog(index, languages, self)
            self.search_dialog.open_hit.connect(self.open_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.edit.setFocus()
        self.search_dialog.edit.selectAll()

    def open_hit(self, module_id: str, anchor: str, query: str) -> None:
        """Open a search hit: its section, scrolled to the passage, the words marked."""
        self.open_module(module_id, anchor)
        if self._reading():
            self.reader.find_bar.open_bar()
            self.reader.find_bar.edit.blockSignals(True)
            self.reader.find_bar.edit.setText(query)
            self.reader.find_bar.edit.blockSignals(False)
            self.reader.find_in_page(query, 0)
    def _may_install_packs(self) -> bool:
        """Where the PC has a trainer, installing content packs is a trainer's: learners do not see it."""
        from coursebook.classroom.errors import NotAllowed
        from coursebook.classroom.gradebook import check_trainer

        try:
            check_trainer(self.session.store, self.session.actor)
        except NotAllowed:
            return False
        return True

    def import_pack(self, path=None):  # noqa: ANN001, ANN201 - a Path, or None to ask for a file
        """Install a content pack from a file (a USB stick) into the learner data folder."""
        from app.interop.pack_import import PackImporter

        self.pack_importer = PackImporter(self)
        report = self.pack_importer.run(path or None)
        if report is not None:  # new content: the search index is checked (and rebuilt) at the next search
            self.drop_search_index()
        return report

    def drop_search_index(self) -> None:
        self._index_key = None  # the content changed: its key is computed again
        if getattr(self, "_index", None) is not None:
            self._index.close()
            self._index = None
        if getattr(self, "search_dialog", None) is not None:
            self.search_dialog.close()
            self.search_dialog = None

    def toggle_full_screen(self) -> None:
        """F11: the window fills the screen (e.g. reading to a class from the module itself)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_full_screen.setChecked(self.isFullScreen())

    def about(self) -> None:
        from app.qt import QMessageBox

        QMessageBox.about(self, self.tr("About Coursebook"), self.tr(
            "Coursebook — an offline training course on combating trafficking in human beings.\n"
            "Learner data: %1").replace("%1", str(self.session.store.folder)))

    # --- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the place, the page and the geometry once; a second close only closes."""
        if self._saved_on_close:
            super().closeEvent(event)
            return
        self._saved_on_close = True
        self.home.wait()  # figures being read use the store: they finish before it closes
        if getattr(self, "_index_check", None) is not None:
            self._index_check.wait()
        if self._reader is not None:
            if self._reading():
                self._reader.save_snapshot()
            self._reader.leave()  # writes time and place, stops the reader's timer
            self._reader.save_layout()
        store, profile = self.session.store, self.session.profile
        store.set_setting(profile.id, "geometry", bytes(self.saveGeometry().toBase64()).decode())
        super().closeEvent(event)
