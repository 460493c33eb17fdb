"""The library: every module with its language, study time and progress, and what was skipped."""

from __future__ import annotations

from app.qt import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget, Signal, USER_ROLE,
)
from app.session import Session

LANGUAGE_NAMES = {"sl": "Slovenščina", "en": "English", "cs": "Čeština", "sk": "Slovenčina"}


class LibraryView(QWidget):
    """Lists modules; Enter or a double click opens one, the cards button opens its cards."""

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
        self.tree = QTreeWidget()
        self.tree.setObjectName("library")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("Module"), self.tr("Language"), self.tr("Study time"),
                                   self.tr("Progress"), self.tr("Quick reference"), self.tr("From")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setAccessibleName(self.tr("Modules"))
        layout.addWidget(self.tree, 1)
        self.skipped = QLabel()
        self.skipped.setObjectName("skipped")
        self.skipped.setWordWrap(True)
        layout.addWidget(self.skipped)
        hint = QLabel(self.tr("Enter or double-click opens a module. Ctrl+L returns here."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild rows from the store (progress changes while reading)."""
        store, profile = self.session.store, self.session.profile
        self.subtitle.setText(", ".join(self.session.catalog["courses"]))
        from coursebook.study.progress import read_counts

        visited = read_counts(store.conn, profile.id)  # sections read by the reading rule, not opened
        self.place = store.last_place(profile.id)
        titles = {m["id"]: m["title"] for m in self.session.catalog["modules"]}
        if self.place and self.place[0] in titles:
            self.continue_button.setText(self.tr("Continue reading: %1").replace("%1", titles[self.place[0]]))
            self.continue_button.show()
        else:
            self.continue_button.hide()
        self.tree.clear()
        self.bars: dict[str, QProgressBar] = {}
        widest = 0
        for module in self.session.catalog["modules"]:
            item = QTreeWidgetItem([module["title"], LANGUAGE_NAMES.get(module["language"], module["language"]),
                                    self.tr("%n min", "", module["study_minutes"]), "", "",
                                    self.origin_text(module.get("origin") or {})])
            item.setData(0, USER_ROLE, module["id"])
            item.setToolTip(0, module["source"])
            self.tree.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setRange(0, module["sections"])
            bar.setValue(min(visited.get(module["id"], 0), module["sections"]))
            bar.setFormat(self.tr("%v of %m sections read"))
            bar.setMinimumWidth(170)
            bar.setAccessibleName(self.tr("Progress of %1").replace("%1", module["title"]))
            self.tree.setItemWidget(item, 3, bar)
            self.bars[module["id"]] = bar
            if module["has_cards"]:
                box = QWidget()
                row = QHBoxLayout(box)
                row.setContentsMargins(2, 0, 2, 0)
                button = QPushButton(self.tr("Indicator cards"))
                button.setObjectName(f"cards-{module['id']}")
                button.clicked.connect(lambda _=False, mid=module["id"]: self.open_cards.emit(mid))
                row.addWidget(button)
                self.tree.setItemWidget(item, 4, box)
                widest = max(widest, button.sizeHint().width() + 8)
        header = self.tree.header()
        if widest > header.sectionSizeHint(4):  # a cell widget is not measured by ResizeToContents
            header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(4, widest)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        skipped = self.session.catalog["skipped"]
        if skipped:
            lines = [self.tr("Skipped because of errors in the content (run 'coursebook validate' for all):")]
            lines += [f"• {error}" for error in skipped]
            from app.qt import Qt

            self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.skipped.setText("\n".join(lines))
            self.skipped.show()
        else:
            self.skipped.hide()

    def origin_text(self, origin: dict) -> str:
        """Where a module came from: shipped with the program, or a content pack and its version."""
        if origin.get("kind") == "pack":
            return self.tr("Pack %1, version %2").replace("%1", origin.get("title") or origin.get("id", "")).replace(
                "%2", origin.get("version", ""))
        return self.tr("Shipped")

    def _continue(self) -> None:
        if self.place:
            self.resume.emit(*self.place)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_module.emit(item.data(0, USER_ROLE))
