"""The library: every module with its language, study time and progress, and what was skipped.

The rows come from :class:`app.library_model.LibraryModel` through a view and a delegate (a progress
bar and a cards button drawn, not built), so a thousand modules open as fast as five."""

from __future__ import annotations

from app.library_model import CARDS_COLUMN, CARDS_ROLE, PROGRESS_ROLE, LibraryDelegate, LibraryModel
from app.qt import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QModelIndex, QPushButton, QTreeView, QVBoxLayout,
    QWidget, Qt, Signal, USER_ROLE,
)
from app.session import Session

__all__ = ["LibraryView", "ModuleList"]


class ModuleList(QTreeView):
    """The list of modules: Enter opens the current one, Ctrl+Enter its indicator cards."""

    open_cards = Signal(QModelIndex)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.currentIndex().isValid()):
            self.open_cards.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryView(QWidget):
    """Lists modules; Enter or a double click opens one, a click on its cards button opens its cards."""

    open_module = Signal(str)
    open_cards = Signal(str)
    #: module id, section id, scroll fraction of the place where the learner stopped
    resume = Signal(str, str, float)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel(self.tr("Library"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        layout.addWidget(self.subtitle)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueReading")
        self.continue_button.clicked.connect(self._continue)
        row = QHBoxLayout()
        row.addWidget(self.continue_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = LibraryModel(self)
        self.tree = ModuleList()
        self.tree.setObjectName("library")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(LibraryDelegate(self.tree))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4, 5):  # widths from the distinct texts (_fit_columns), not every row
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._clicked)
        self.tree.open_cards.connect(self._cards)
        self.tree.setAccessibleName(self.tr("Modules"))
        layout.addWidget(self.tree, 1)
        self.skipped = QLabel()
        self.skipped.setObjectName("skipped")
        self.skipped.setWordWrap(True)
        layout.addWidget(self.skipped)
        hint = QLabel(self.tr("Enter or double-click opens a module, Ctrl+Enter its indicator cards. "
                              "Ctrl+L returns here."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        """Read the rows anew from the catalog and the store (progress changes while reading); the
        selected module stays selected."""
        store, profile = self.session.store, self.session.profile
        self.subtitle.setText(", ".join(self.session.catalog["courses"]))
        from coursebook.study.progress import read_counts

        visited = read_counts(store.conn, profile.id)  # sections read by the reading rule, not opened
        self.place = store.last_place(profile.id)
        modules = self.session.catalog["modules"]
        titles = {m["id"]: m["title"] for m in modules}
        if self.place and self.place[0] in titles:
            self.continue_button.setText(self.tr("Continue reading: %1").replace("%1", titles[self.place[0]]))
            self.continue_button.show()
        else:
            self.continue_button.hide()
        selected = self.current_module()
        self.model.set_rows(modules, visited, [self.origin_text(m.get("origin") or {}) for m in modules])
        self._fit_columns()
        ids = self.module_ids()
        if ids:
            self.select(selected if selected in ids else ids[0])
        skipped = self.session.catalog["skipped"]
        if skipped:
            lines = [self.tr("Skipped because of errors in the content (run 'coursebook validate' for all):")]
            lines += [f"• {error}" for error in skipped]
            self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.skipped.setText("\n".join(lines))
            self.skipped.show()
        else:
            self.skipped.hide()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest distinct text (and its title): a thousand rows share a
        handful of languages, study times and origins, so no row is measured one by one."""
        model, header = self.model, self.tree.header()
        metrics = self.tree.fontMetrics()
        pad = 2 * self.tree.style().pixelMetric(self.tree.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column in (1, 2, 3, 4, 5):
            texts = {model.headers[column]}
            if column == 3:
                texts |= {model.index(row, 3).data() for row in range(min(model.rowCount(), 1))}
            else:
                texts |= {model.index(row, column).data() or "" for row in self._distinct_rows(column)}
            width = max(metrics.horizontalAdvance(text) for text in texts) + pad
            if column == 3:
                width = max(width + 24, 170)  # the bar
            elif column == 4 and any(m["has_cards"] for m in model.modules):
                width += 32  # the button's frame
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def _distinct_rows(self, column: int) -> list[int]:
        """One row for each distinct value of what the column shows."""
        key = {1: lambda m: m["language"], 2: lambda m: m["study_minutes"], 4: lambda m: bool(m["has_cards"]),
               5: lambda m: repr(sorted((m.get("origin") or {}).items()))}[column]
        rows: dict = {}
        for row, module in enumerate(self.model.modules):
            rows.setdefault(key(module), row)
        return list(rows.values())

    # --- what the list shows -------------------------------------------------------------------
    def module_ids(self) -> list[str]:
        """The modules listed, in order."""
        return [m["id"] for m in self.model.modules]

    def index_of(self, module_id: str, column: int = 0) -> QModelIndex:
        row = self.module_ids().index(module_id)
        return self.model.index(row, column)

    def current_module(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(USER_ROLE) if index.isValid() else None

    def select(self, module_id: str | None) -> None:
        """Make ``module_id`` the current row (None: no row)."""
        if module_id is None:
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
            return
        index = self.index_of(module_id)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def progress(self, module_id: str) -> tuple[int, int]:
        """(sections read, sections) as the row shows it."""
        return self.index_of(module_id).data(PROGRESS_ROLE)

    def origin_text(self, origin: dict) -> str:
        """Where a module came from: shipped with the program, or a content pack and its version."""
        if origin.get("kind") == "pack":
            return self.tr("Pack %1, version %2").replace("%1", origin.get("title") or origin.get("id", "")).replace(
                "%2", origin.get("version", ""))
        return self.tr("Shipped")

    def _continue(self) -> None:
        if self.place:
            self.resume.emit(*self.place)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_module.emit(index.data(USER_ROLE))

    def _clicked(self, index: QModelIndex) -> None:
        """One click on the cards button opens the cards."""
        if index.isValid() and index.column() == CARDS_COLUMN:
            self._cards(index)

    def _cards(self, index: QModelIndex) -> None:
        if index.data(CARDS_ROLE):
            self.open_cards.emit(index.data(USER_ROLE))
