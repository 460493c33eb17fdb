"""A module: table of contents beside a reader, with progress kept per section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import (
    QDesktopServices, QFrame, QLabel, QMessageBox, QSplitter, QTextBrowser, QTimer,
    QTreeWidget, QTreeWidgetItem, QUrl, QVBoxLayout, QWidget, Signal, USER_ROLE, USER_ROLE_2,
)
from app.session import Session

if TYPE_CHECKING:  # the content model is loaded with the first module opened, not at start-up
    from coursebook.model import Module, Section

FLUSH_MS = 15000
SNAPSHOT_NAME = "last-page"
SNAPSHOT_FORMAT = 1
ZOOM_RANGE = (-4, 12)


class Reader(QTextBrowser):
    """Qt's rich-text browser; links are handled by the module view, never fetched."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        from app import appearance

        self.document().setDefaultStyleSheet(appearance.reader_css(appearance.current_theme()))
        self.document().setDocumentMargin(24)
        font = self.font()
        # a comfortable base size for long reading, times the interface's text size
        font.setPointSizeF(max(font.pointSizeF(), 11.5 * appearance.current_scale()))
        self.setFont(font)
        self.zoom = 0
        self.pending_scroll: float | None = None
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(300)
        self.settle.timeout.connect(self._settled)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        #: Actions the main window adds to the text's context menu (bookmark, highlight, find).
        self.extra_actions: list = []

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_zoom(self, level: int) -> None:
        level = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], level))
        if level > self.zoom:
            self.zoomIn(level - self.zoom)
        elif level < self.zoom:
            self.zoomOut(self.zoom - level)
        self.zoom = level

    def finish_layout(self) -> None:
        """Lay the whole text out now (Qt does it lazily), so the scroll range is the final one."""
        self.document().documentLayout().documentSize()

    def scroll_fraction(self) -> float:
        if self.pending_scroll is not None:
            return self.pending_scroll
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def at_end(self) -> bool:
        """The last lines are on screen (a text shorter than the window is at its end at once)."""
        bar = self.verticalScrollBar()
        return self.pending_scroll is None and bar.value() >= bar.maximum() - 4

    def set_scroll_fraction(self, fraction: float) -> None:
        """Scroll to a fraction of the text, also while Qt is still laying the text out.

        QTextEdit lays long documents out lazily, so the scroll range grows after setHtml; the
        fraction is re-applied on each range change until the layout settles."""
        bar = self.verticalScrollBar()
        self.finish_layout()
        self.pending_scroll = fraction if fraction > 0 else None
        bar.setValue(round(fraction * bar.maximum()))
        if self.pending_scroll is not None:
            self.settle.start()

    def _range_changed(self, _low: int, high: int) -> None:
        if self.pending_scroll is not None and high > 0:
            self.verticalScrollBar().setValue(round(self.pending_scroll * high))
            self.settle.start()

    def _settled(self) -> None:
        if self.verticalScrollBar().maximum() > 0:
            self.pending_scroll = None


class ModuleView(QWidget):
    """Shows one module. Keeps the place, the time spent and the visited sections in the store."""

    section_changed = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.module: Module | None = None
        self.section: Section | None = None
        self.history: list[tuple[str, str, float]] = []
        self.page: tuple[list, str] | None = None  # key and HTML of the page on screen
        self.glossary: list = []  # the entries the open module's links point to, by index
        self._snapshot_read = False
        from coursebook.study.reading import SectionClock

        self.clock = SectionClock(session.clock)  # time on screen of the open section
        self.needed_seconds = 0.0  # what the open section needs to count as read
        self.seen_end = False
        self.labels: dict[str, str] = {}  # content labels in the open module's language

        splitter = QSplitter(self)  # horizontal
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        self.title = QLabel()
        self.title.setObjectName("moduleTitle")
        self.title.setWordWrap(True)
        left_layout.addWidget(self.title)
        self.toc = QTreeWidget()
        self.toc.setObjectName("toc")
        self.toc.setHeaderHidden(True)
        self.toc.setAccessibleName(self.tr("Table of contents"))
        self.toc.itemActivated.connect(self._toc_activated)
        self.toc.itemClicked.connect(self._toc_activated)
        left_layout.addWidget(self.toc, 1)
        self.about = QLabel()
        self.about.setObjectName("about")
        self.about.setWordWrap(True)
        left_layout.addWidget(self.about)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        from app.reader.find_bar import FindBar

        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.find.connect(self.find_in_page)
        self.find_bar.closed.connect(lambda: (self.find_in_page("", 0), self.reader.setFocus()))
        right_layout.addWidget(self.find_bar)
        self.matches: list[tuple[int, int]] = []
        self.match_index = -1
        self.marks: list = []  # extra selections of highlights (bookmarks and notes)
        self.reader = Reader()
        self.reader.anchorClicked.connect(self._link)
        self.reader.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.reader.setAccessibleName(self.tr("Section text"))
        right_layout.addWidget(self.reader, 1)
        self.glossary_panel = QLabel()
        self.glossary_panel.setObjectName("glossaryPanel")
        self.glossary_panel.setWordWrap(True)
        self.glossary_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.glossary_panel.hide()
        right_layout.addWidget(self.glossary_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.flush_timer = QTimer(self)
        self.flush_timer.setInterval(FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush)
        profile = session.profile
        self.reader.set_zoom(int(session.store.get_setting(profile.id, "zoom", 0)))
        state = session.store.get_setting(profile.id, "reader_splitter")
        if state:  # the same text width as before a restart, so the same scroll position
            from app.qt import QByteArray

            splitter.restoreState(QByteArray.fromBase64(state.encode()))
        from app.qt import QApplication

        QApplication.instance().applicationStateChanged.connect(self._application_state)

    def _application_state(self, state) -> None:  # noqa: ANN001 - Qt.ApplicationState
        """Time spent counts only while Coursebook is the active application."""
        from app.qt import Qt

        if not self.isVisible():  # a closed window, or the library page: nothing is being read
            return
        if state == Qt.ApplicationState.ApplicationActive:
            if self.section is not None and not self.clock.running:
                self.clock.start()
        else:
            self.flush()
            self.clock.pause()

    # --- opening ----------------------------------------------------------------------------
    def open(self, module_id: str, section_id: str | None = None, scroll: float = 0.0,
             remember: bool = True) -> bool:
        module = self.session.library.module(module_id)
        if module is None:
            return False
        if section_id is None and module is not self.module:  # each module reopens at its own place
            from coursebook.study.progress import module_place

            place = module_place(self.session.store.conn, self.session.profile.id, module_id)
            if place is not None and module.section(place[0]) is not None:
                section_id, scroll = place
        if remember and self.module is not None and self.section is not None:
            self.history.append((self.module.id, self.section.id, self.reader.scroll_fraction()))
        self.flush()
        if module is not self.module:
            from app.language import content_labels

            self.module = module
            self.labels = content_labels(module.meta.language)
            self.glossary = self.session.library.glossary_for(module)
            self._build_toc()
            self.title.setText(module.meta.title)
            about = f"<b>{self.labels['source']}:</b> {module.meta.source}"
            if module.meta.disclaimer:
                about += f"<br/><i>{module.meta.disclaimer}</i>"
            self.about.setText(about)
        target = module.anchors().get(section_id or "", module.sections[0].id)
        self._show(module.section(target), scroll, anchor=section_id if section_id != target else None)
        return True

    def _build_toc(self) -> None:
        assert self.module is not None
        self.toc.clear()
        from coursebook.study.progress import states

        done = states(self.session.store.conn, self.session.profile.id, self.module.id)
        for section in self.module.sections:
            item = QTreeWidgetItem([section.title])
            item.setData(0, USER_ROLE, section.id)
            item.setData(0, USER_ROLE + 2, f"{section.title} — {self.labels.get(section.kind, section.kind)}")
            self._mark(item, done.get(section.id, "unread"))
            for heading in section.subheadings:
                child = QTreeWidgetItem([heading.title])
                child.setData(0, USER_ROLE, heading.id)
                child.setToolTip(0, heading.title)
                item.addChild(child)
            self.toc.addTopLevelItem(item)

    def _mark(self, item: QTreeWidgetItem, state: str) -> None:
        """TOC state of a section: unread (plain), started (◐) or read (✓), also in the tooltip."""
        if state == "unread" and item.data(0, USER_ROLE_2) in ("started", "read"):
            return
        if state == "started" and item.data(0, USER_ROLE_2) == "read":
            return
        item.setData(0, USER_ROLE_2, state)
        title = item.text(0).removeprefix("✓ ").removeprefix("◐ ")
        item.setText(0, {"read": "✓ ", "started": "◐ "}.get(state, "") + title)
        words = {"read": self.tr("read"), "started": self.tr("started, not yet read"),
                 "unread": self.tr("not yet opened")}[state]
        item.setToolTip(0, f"{item.data(0, USER_ROLE + 2)} ({words})")

    def _item_for(self, section_id: str) -> QTreeWidgetItem | None:
        for index in range(self.toc.topLevelItemCount()):
            item = self.toc.topLevelItem(index)
            if item.data(0, USER_ROLE) == section_id:
                return item
        return None

    def _show(self, section: Section | None, scroll: float = 0.0, anchor: str | None = None) -> None:
        assert self.module is not None and section is not None
        self.section = section
        from coursebook.study.reading import required_seconds, section_words

        self.needed_seconds = required_seconds(section_words(section))
        self._render()
        if anchor:
            self.reader.finish_layout()
            self.reader.scrollToAnchor(anchor)
        else:
            self.reader.set_scroll_fraction(scroll)
        self.seen_end = False  # only what is on screen from now on counts
        item = self._item_for(section.id)
        if item is not None:
            self.toc.setCurrentItem(item)
            self._mark(item, "started")
        self.clock.start()
        self._scrolled()
        self._save_place(section.id, self.reader.scroll_fraction(), 0.0)
        self.flush_timer.start()
        self.glossary_panel.hide()
        self.section_changed.emit(self.module.id, section.id)

    def _render(self) -> None:
        assert self.module is not None and self.section is not None
        done = self.session.store.objectives_done(self.session.profile.id, self.module.id)
        key = self._page_key(done)
        snapshot = self._take_snapshot()
        if snapshot is not None and snapshot.get("key") == key:
            html = snapshot["html"]  # the page shown when the app was closed: no Markdown at start-up
        else:
            from coursebook.render import section_html

            html = section_html(self.module, self.section, self.labels, done, self.glossary,
                                audience=self.session.audience)
        self.page = (key, html)
        self.reader.setHtml(html)
        self.matches, self.match_index = [], -1
        self.paint_highlights()

    # --- the last page, kept for the next start ---------------------------------------------
    def _page_key(self, done: set[int]) -> list:
        """Everything the rendered page depends on: the content's bytes, the section, ticks, labels and
        the audience (a trainer's page, with trainer notes, is never shown to a learner)."""
        assert self.module is not None and self.section is not None
        from coursebook.cache import file_hash

        content = self.session.content_key or file_hash(self.module.path)
        terms = [f"{entry.module_id}:{entry.term}" for entry in self.glossary]  # link targets
        return [SNAPSHOT_FORMAT, content, str(self.module.path), self.module.meta.version, self.section.id,
                sorted(done), terms, [list(item) for item in sorted(self.labels.items())], self.session.audience]

    def _take_snapshot(self) -> dict | None:
        """The saved last page, read once: only the first page after a start can use it."""
        if self._snapshot_read or self.session.cache is None:
            return None
        self._snapshot_read = True
        from coursebook.cache import JsonCache

        data = JsonCache(self.session.cache).get(SNAPSHOT_NAME, "last-page")
        return data if isinstance(data, dict) else None

    def save_snapshot(self) -> None:
        """Keep the page on screen so that the next start can show it without rendering."""
        if self.page is None or self.session.cache is None:
            return
        from coursebook.cache import JsonCache

        key, html = self.page
        JsonCache(self.session.cache).put(SNAPSHOT_NAME, "last-page", {"key": key, "html": html})

    # --- navigation -------------------------------------------------------------------------
    def _toc_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, USER_ROLE)
        if self.module is not None and target != (self.section.id if self.section else None):
            self.open(self.module.id, target)

    def step(self, delta: int) -> bool:
        """Go to the next (+1) or previous (-1) section; False at either end."""
        if self.module is None or self.section is None:
            return False
        index = self.module.sections.index(self.section) + delta
        if not 0 <= index < len(self.module.sections):
            return False
        return self.open(self.module.id, self.module.sections[index].id)

    def back(self) -> bool:
        """Back to where the learner was: the previous section, or the place an in-page link left."""
        if not self.history:
            return False
        module_id, section_id, scroll = self.history.pop()
        if self.module is not None and self.section is not None and (module_id, section_id) == (
                self.module.id, self.section.id):
            self.reader.set_scroll_fraction(scroll)
            return True
        return self.open(module_id, section_id, scroll, remember=False)

    def zoom(self, delta: int | None) -> None:
        level = 0 if delta is None else self.reader.zoom + delta
        self.reader.set_zoom(level)
        self.session.store.set_setting(self.session.profile.id, "zoom", self.reader.zoom)

    # --- links ------------------------------------------------------------------------------
    def _link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "objective" and self.module is not None:
            index = int(url.path() or url.toString().split(":", 1)[1])
            store, profile = self.session.store, self.session.profile
            done = store.objectives_done(profile.id, self.module.id)
            store.set_objective(profile.id, self.module.id, index, index not in done)
            scroll = self.reader.scroll_fraction()
            self._render()
            self.reader.set_scroll_fraction(scroll)
        elif scheme == "glossary" and self.module is not None:
            entry = self.glossary[int(url.toString().split(":", 1)[1])]
            from app.qt import Qt

            self.glossary_panel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = f"<b>{entry.term}</b><br/>{entry.definition}"
            if entry.module_id != self.module.id:
                source = self.session.library.module(entry.module_id)
                origin = self.tr("From the module %1").replace("%1", source.meta.title if source else entry.module_id)
                text += f"<br/><i>{origin}</i>"
            self.glossary_panel.setText(text)
            self.glossary_panel.show()
        elif scheme in ("http", "https", "mailto"):
            answer = QMessageBox.question(
                self, self.tr("Open in browser?"),
                self.tr("This address is outside Coursebook:\n%1\n\nOpen it in your web browser?").replace(
                    "%1", url.toString()))
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(url)
        elif (url.hasFragment() or url.toString().startswith("#")) and self.module is not None:
            target = url.fragment()
            section_id = self.module.anchors().get(target)
            if section_id is not None and self.section is not None and section_id != self.section.id:
                self.open(self.module.id, target)
                return
            if self.section is not None:  # Alt+Left comes back here
                self.history.append((self.module.id, self.section.id, self.reader.scroll_fraction()))
            self.reader.scrollToAnchor(target)

    # --- find in the section ------------------------------------------------------------------
    def find_in_page(self, query: str, step: int = 0) -> int:
        """Mark every match of ``query`` (accents and case optional, word prefixes) and scroll to
        the current one; ``step`` 0 = first match at or after the top, ±1 = next / previous."""
        from coursebook.search.fold import find_all

        text = self.reader.document().toRawText()
        matches = find_all(text, query) if query.strip() else []
        if matches != self.matches:
            self.matches, self.match_index = matches, -1
        if matches:
            if step == 0 and self.match_index < 0:  # the first match on screen or below it
                from app.qt import QPoint

                self.reader.finish_layout()
                top = self.reader.cursorForPosition(QPoint(0, 0)).position()
                self.match_index = next((i for i, (start, _end) in enumerate(matches) if start >= top), 0)
            else:
                self.match_index = (self.match_index + step) % len(matches)
            start, end = matches[self.match_index]
            from app.qt import QTextCursor

            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.reader.finish_layout()
            self.reader.pending_scroll = None
            self.reader.setTextCursor(cursor)
            self.reader.ensureCursorVisible()
        self._paint_marks()
        self.find_bar.show_count(self.match_index, len(matches))
        return len(matches)

    def _paint_marks(self) -> None:
        from app.qt import QColor, QTextCursor, QTextEdit

        selections = list(self.marks)
        for index, (start, end) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(QColor("#f5b700" if index == self.match_index else "#ffe680"))
            selection.format.setForeground(QColor("#000000"))  # dark text on the light mark in every theme
            selections.append(selection)
        self.reader.setExtraSelections(selections)

    # --- bookmarks, highlights and notes ----------------------------------------------------------
    def bookmark(self, note: str = "") -> int | None:
        """Bookmark the open section."""
        if self.module is None or self.section is None:
            return None
        from coursebook.study import annotations

        return annotations.add_bookmark(self.session.store.conn, self.session.profile.id, self.module.id,
                                        self.section.id, note)

    def highlight(self, note: str = "") -> int | None:
        """Highlight the selected passage (with its note); None when nothing is selected."""
        cursor = self.reader.textCursor()
        if self.module is None or self.section is None or not cursor.hasSelection():
            return None
        from coursebook.study import annotations

        ident = annotations.add_highlight(self.session.store.conn, self.session.profile.id, self.module.id,
                                          self.section.id, self.reader.document().toRawText(),
                                          cursor.selectionStart(), cursor.selectionEnd(), note)
        self.paint_highlights()
        return ident

    def paint_highlights(self) -> int:
        """Mark the open section's highlights; returns how many could not be found in its text."""
        if self.module is None or self.section is None:
            return 0
        from coursebook.study import annotations

        from app.qt import QColor, QTextCursor, QTextEdit

        text = self.reader.document().toRawText()
        self.marks, missing = [], 0
        for item in annotations.listing(self.session.store.conn, self.session.profile.id,
                                        module_id=self.module.id, section_id=self.section.id):
            if item.kind != annotations.HIGHLIGHT:
                continue
            span = annotations.locate(item, text)
            if span is None:
                missing += 1
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(QColor("#c8ecc8"))
            selection.format.setForeground(QColor("#000000"))
            if item.note:
                selection.format.setToolTip(item.note)
            self.marks.append(selection)
        self._paint_marks()
        return missing

    def section_text(self, module_id: str, section_id: str) -> str | None:
        """The text a section shows now (as the reader lays it out), or None when it is gone."""
        module = self.session.library.module(module_id)
        section = module.section(section_id) if module else None
        if section is None:
            return None
        from coursebook.render import section_html

        from app.language import content_labels
        from app.qt import QTextDocument

        document = QTextDocument()
        done = self.session.store.objectives_done(self.session.profile.id, module_id)
        document.setHtml(section_html(module, section, content_labels(module.meta.language), done,
                                      self.session.library.glossary_for(module)))
        return document.toRawText()

    def show_find_bar(self) -> None:
        selected = self.reader.textCursor().selectedText()
        self.find_bar.open_bar(selected if 0 < len(selected) < 60 else "")

    # --- progress ---------------------------------------------------------------------------
    def _scrolled(self, _value: int = 0) -> None:
        """Remember that the end of the section was on screen; reaching it by scrolling writes the
        progress at once, so a section read long enough turns ✓ then."""
        if self.section is not None and self.isVisible() and self.reader.at_end() and not self.seen_end:
            self.seen_end = True
            if _value and self.clock.running:  # a scroll, not the check at opening or in flush
                self.flush()

    def flush(self) -> None:
        """Write time on screen and the scroll position of the open section."""
        if self.module is None or self.section is None or not self.clock.running:
            return
        self._scrolled()
        self._save_place(self.section.id, self.reader.scroll_fraction(), self.clock.take())

    def _save_place(self, section_id: str, scroll: float, seconds: float) -> None:
        """Progress of the section, the module's place and the last place, in one transaction
        (one disk sync). The section turns read by the rule in :mod:`coursebook.study.reading`."""
        assert self.module is not None
        from coursebook.study import progress

        store, profile = self.session.store, self.session.profile
        with store.transaction():
            now_read = progress.record(store.conn, profile.id, self.module.id, section_id, scroll, seconds,
                                       self.needed_seconds, self.seen_end)
            progress.set_module_place(store.conn, profile.id, self.module.id, section_id, scroll)
            store.set_last_place(profile.id, self.module.id, section_id, scroll)
        if now_read:
            item = self._item_for(section_id)
            if item is not None:
                self._mark(item, "read")

    def save_layout(self) -> None:
        """Keep the split between the table of contents and the text for the next start."""
        self.session.store.set_setting(self.session.profile.id, "reader_splitter",
                                       bytes(self.splitter.saveState().toBase64()).decode())

    def leave(self) -> None:
        self.flush()
        self.flush_timer.stop()
        self.clock.pause()
