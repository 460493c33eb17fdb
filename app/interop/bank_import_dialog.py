"""Quiz › Import questions…: a GIFT, Aiken or Moodle XML file into a module's bank, with a preview.

The dialog only shows what the core read (``coursebook.interop.banks``): every question it would add,
and every problem as ``file:line: reason``. Nothing is written until *Import*; a file with errors
imports nothing unless the trainer ticks *Skip the questions with errors*.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.qt import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

if TYPE_CHECKING:
    from coursebook.interop.common import ImportResult, Problem
    from coursebook.model import Module

FORMATS = ("gift", "aiken", "moodlexml")


def shown(problem: "Problem") -> str:
    """``FILE:LINE: reason`` with the reason in the interface language."""
    from app.i18n import tr_core

    return f"{problem.path}:{problem.line}: {tr_core(problem.msg)}"


def guess_format(path: Path) -> str:
    """By the file's name: ``.xml`` Moodle XML, ``.gift`` GIFT; a ``.txt`` with ``ANSWER:`` lines is Aiken."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "moodlexml"
    if suffix == ".txt":
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:20000]
        except OSError:
            return "gift"
        if any(line.startswith("ANSWER:") for line in head.splitlines()) and "{" not in head:
            return "aiken"
    return "gift"


class BankImportDialog(QDialog):
    def __init__(self, modules: list["Module"], parent: QWidget | None = None, module_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("bankImportDialog")
        self.setWindowTitle(self.tr("Import questions"))
        self.modules = modules
        self.found: ImportResult | None = None
        self.imported = 0
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.module = QComboBox()
        self.module.setObjectName("module")
        for module in modules:
            self.module.addItem(module.meta.title, module.id)
        if module_id:
            index = self.module.findData(module_id)
            if index >= 0:
                self.module.setCurrentIndex(index)
        form.addRow(self.tr("Into the question bank of"), self.module)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setObjectName("file")
        self.file.setPlaceholderText(self.tr("A .gift, Aiken .txt or Moodle XML file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for key, label in zip(FORMATS, (self.tr("Moodle GIFT"), self.tr("Aiken"), self.tr("Moodle XML"))):
            self.format.addItem(label, key)
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTreeWidget()
        self.preview.setObjectName("preview")
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([self.tr("Line"), self.tr("Id"), self.tr("Type"), self.tr("Question"),
                                      self.tr("Section")])
        self.preview.setAccessibleName(self.tr("Questions to import"))
        header = self.preview.header()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.preview, 3)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems found"))
        layout.addWidget(self.problems, 1)
        self.skip_bad = QCheckBox(self.tr("Import the good questions and skip those with errors"))
        self.skip_bad.setObjectName("skipBad")
        self.skip_bad.toggled.connect(self._update_buttons)
        layout.addWidget(self.skip_bad)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file.editingFinished.connect(self.refresh)
        self.module.currentIndexChanged.connect(self.refresh)
        self.format.currentIndexChanged.connect(self.refresh)
        self.resize(900, 600)
        self.refresh()

    # --- reading --------------------------------------------------------------------------------
    def current_module(self) -> "Module | None":
        module_id = self.module.currentData()
        return next((m for m in self.modules if m.id == module_id), None)

    def browse(self) -> None:
        from app.qt import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Question file"), "",
            self.tr("Question files (*.gift *.txt *.xml);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.file.setText(str(path))
        self.format.blockSignals(True)
        self.format.setCurrentIndex(FORMATS.index(guess_format(path)))
        self.format.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the file again and show what would be imported."""
        from coursebook.interop.banks import BankError, read_import

        self.preview.clear()
        self.problems.clear()
        self.found = None
        module, name = self.current_module(), self.file.text().strip()
        if module is None or not name:
            self.summary.setText(self.tr("Choose a module and a file."))
            self._update_buttons()
            return
        try:
            self.found = read_import(Path(name), module, self.format.currentData())
        except BankError as exc:
            from app.i18n import tr_core

            self.summary.setText(tr_core(exc))
            self._update_buttons()
            return
        result = self.found
        from app.language import content_labels, current

        names = content_labels(current())  # question types in the interface's language

        def kind_name(kind: str) -> str:
            return names.get(f"type_{kind}", kind)

        for question in result.questions:
            text = question.text if len(question.text) < 160 else question.text[:157] + "…"
            item = QTreeWidgetItem([str(question.line), question.id, kind_name(question.type), text.replace("\n", " "),
                                    question.section or self.tr("(none)")])
            item.setToolTip(3, question.text)
            self.preview.addTopLevelItem(item)
        counts = ", ".join(f"{kind_name(kind)}: {n}" for kind, n in result.by_type().items())
        summary = self.tr("%n question(s) can be imported", "", len(result.questions))
        if counts:
            summary += f" ({counts})"
        summary += ". " + self.tr("%n error(s), %1 warning(s).", "", len(result.errors)).replace(
            "%1", str(len(result.warnings)))
        if module.origin.get("kind") == "pack":
            summary += " " + self.tr("This module comes from a content pack: a newer version of the pack replaces "
                                     "its question bank, so keep this file to import it again.")
        if any(not q.section for q in result.questions):
            summary += " " + self.tr("Questions without a section are imported, and 'coursebook validate' lists "
                                     "them until a section is added.")
        self.summary.setText(summary)
        lines = [shown(e) for e in result.errors] + [self.tr("warning: %1").replace("%1", shown(w))
                                                     for w in result.warnings]
        self.problems.setPlainText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        result = self.found
        has_errors = bool(result and result.errors)
        self.skip_bad.setEnabled(has_errors)
        self.import_button.setEnabled(bool(result and result.questions) and (not has_errors or self.skip_bad.isChecked()))

    # --- writing --------------------------------------------------------------------------------
    def do_import(self) -> bool:
        from coursebook.interop.banks import BankError, write_import

        from app.qt import QMessageBox

        module, result = self.current_module(), self.found
        if module is None or result is None:
            return False
        try:
            written = write_import(result, module, self.skip_bad.isChecked())
        except BankError as exc:
            from app.i18n import tr_core

            QMessageBox.warning(self, self.tr("Questions not imported"), tr_core(exc))
            return False
        if not written:
            QMessageBox.warning(self, self.tr("Questions not imported"), "\n".join(shown(e) for e in result.errors[-3:]))
            return False
        self.imported = len(result.questions)
        self.summary.setText(self.tr("%n question(s) imported into %1.", "", self.imported).replace(
            "%1", str(module.quiz_path)))
        self.import_button.setEnabled(False)
        self.accept()
        return True
