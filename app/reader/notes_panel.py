"""Bookmarks and notes of this profile (Ctrl+B): search, open, delete, export as Markdown.

A highlight whose passage is no longer in the course text is listed as such, never dropped."""

from __future__ import annotations

from collections.abc import Callable

from app.qt import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget, Signal, USER_ROLE,
)
from app.session import Session


class NotesPanel(QDialog):
    """Lists :func:`coursebook.study.annotations.listing`; ``section_text(module, section)`` gives the
    text a section shows now, to tell which highlights lost their passage."""

    open_place = Signal(str, str)

    def __init__(self, session: Session, section_text: Callable[[str, str], str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.section_text = section_text
        self.setObjectName("notesPanel")
        self.setWindowTitle(self.tr("Bookmarks and notes"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("notesSearch")
        self.search.setPlaceholderText(self.tr("Search bookmarks, highlights and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Bookmarks and notes"))
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list, 1)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("notesDelete")
        delete.clicked.connect(self._delete)
        export = QPushButton(self.tr("Export as Markdown…"))
        export.setObjectName("notesExport")
        export.clicked.connect(self.export)
        for button in (open_button, delete, export):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.items: list = []
        self.orphaned: set[int] = set()
        self.refresh()

    def _titles(self) -> dict[tuple[str, str], str]:
        titles: dict[tuple[str, str], str] = {}
        for module in self.session.library.modules:
            titles[(module.id, "")] = module.meta.title
            for section in module.sections:
                titles[(module.id, section.id)] = section.title
        return titles

    def refresh(self) -> None:
        from coursebook.study import annotations

        session = self.session
        self.items = annotations.listing(session.store.conn, session.profile.id, self.search.text())
        titles = self._titles()
        self.orphaned = set()
        texts: dict[tuple[str, str], str | None] = {}
        self.list.clear()
        for item in self.items:
            place = f"{titles.get((item.module_id, ''), item.module_id)} — " \
                    f"{titles.get((item.module_id, item.section_id), item.section_id)}"
            if item.kind == annotations.BOOKMARK:
                text = self.tr("Bookmark: %1").replace("%1", place)
            else:
                key = (item.module_id, item.section_id)
                if key not in texts:
                    texts[key] = self.section_text(*key)
                gone = texts[key] is None or annotations.locate(item, texts[key]) is None
                if gone:
                    self.orphaned.add(item.id)
                quote = " ".join(item.quote.split())
                text = f"{place}\n“{quote[:200]}”"
                if gone:
                    text += "\n" + self.tr("This passage is no longer in the text (the course was updated).")
            if item.note:
                text += "\n" + self.tr("Note: %1").replace("%1", item.note)
            entry = QListWidgetItem(text)
            entry.setData(USER_ROLE, item.id)
            self.list.addItem(entry)
        summary = self.tr("Bookmarks and notes: %1").replace("%1", str(len(self.items)))
        if self.orphaned:
            summary += " — " + self.tr("passages no longer found: %1").replace("%1", str(len(self.orphaned)))
        self.summary.setText(summary)
        if self.items:
            self.list.setCurrentRow(0)

    def _current(self):  # noqa: ANN202
        entry = self.list.currentItem()
        if entry is None:
            return None
        return next((a for a in self.items if a.id == entry.data(USER_ROLE)), None)

    def _open(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        item = next((a for a in self.items if a.id == entry.data(USER_ROLE)), None)
        if item is not None:
            self.open_place.emit(item.module_id, item.section_id)

    def _delete(self) -> None:
        from coursebook.study import annotations

        item = self._current()
        if item is not None:
            annotations.delete(self.session.store.conn, item.id)
            self.refresh()

    def markdown(self) -> str:
        from coursebook.study import annotations

        return annotations.export_markdown(self.items, self._titles(), self.orphaned,
                                           self.tr("(no longer in the text)"))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bookmarks and notes"), "notes.md",
                                              "Markdown (*.md)")
        if path:
            from coursebook.atomic import write_atomic

            write_atomic(path, self.markdown())
