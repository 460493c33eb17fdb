"""Search the whole course (Ctrl+Shift+F): hits with module, section and a snippet, filtered by
language; Enter or a double click opens a hit, scrolled to and marked."""

from __future__ import annotations

import html

from app.qt import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QTimer,
    QVBoxLayout, QWidget, Signal, USER_ROLE,
)

LANGUAGE_NAMES = {"sl": "Slovenščina", "sk": "Slovenčina", "cs": "Čeština", "en": "English"}


class SearchDialog(QDialog):
    """Asks the core's index; shows its hits. ``open_hit(module, anchor, query)`` opens one."""

    open_hit = Signal(str, str, str)

    def __init__(self, index, languages: list[str], parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.index = index
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search the course"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setObjectName("courseSearch")
        self.edit.setPlaceholderText(self.tr("Words or beginnings of words; accents optional (zrtev finds žrtev)"))
        self.edit.setClearButtonEnabled(True)
        row.addWidget(self.edit, 1)
        self.language = QComboBox()
        self.language.setObjectName("searchLanguage")
        self.language.addItem(self.tr("All languages"), "")
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setAccessibleName(self.tr("Language"))
        row.addWidget(self.language)
        layout.addLayout(row)
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self.hits = QListWidget()
        self.hits.setObjectName("searchHits")
        self.hits.setWordWrap(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.setAccessibleName(self.tr("Search results"))
        self.hits.itemActivated.connect(self._activated)
        layout.addWidget(self.hits, 1)
        hint = QLabel(self.tr("Enter opens the selected hit; Esc closes."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(150)
        self.delay.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _text: self.delay.start())
        self.edit.returnPressed.connect(self._enter)
        self.language.currentIndexChanged.connect(lambda _i: self.run())
        self.found: list = []

    def run(self) -> list:
        query = self.edit.text()
        self.found = self.index.search(query, language=self.language.currentData() or None, mark=("\x02", "\x03"))
        self.hits.clear()
        for hit in self.found:
            snippet = " ".join(hit.snippet.split())
            if hit.kind == "glossary":
                where = self.tr("Glossary: %1").replace("%1", hit.title)
            elif hit.kind == "question":
                where = self.tr("Practice questions: %1").replace("%1", hit.title)
            else:
                where = hit.title
            item = QListWidgetItem(f"{hit.module_title} — {where}\n{snippet.replace(chr(2), '»').replace(chr(3), '«')}")
            item.setData(USER_ROLE, (hit.module_id, hit.anchor))
            item.setToolTip(html.escape(snippet).replace("\x02", "<b>").replace("\x03", "</b>"))
            self.hits.addItem(item)
        if not query.strip():
            self.count.setText("")
        else:
            self.count.setText(self.tr("%n hit(s)", "", len(self.found)))
        if self.found:
            self.hits.setCurrentRow(0)
        return self.found

    def _enter(self) -> None:
        if self.delay.isActive():
            self.delay.stop()
            self.run()
        item = self.hits.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        module_id, anchor = item.data(USER_ROLE)
        self.open_hit.emit(module_id, anchor, self.edit.text())
