"""Quiz › Export questions…: a module's bank as a GIFT or Moodle XML file for Moodle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.qt import QObject

if TYPE_CHECKING:
    from app.main_window import MainWindow


class BankExporter(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def target(self, module_id: str) -> tuple[Path, str] | None:
        from app.qt import QFileDialog

        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export questions"), f"{module_id}.gift",
            self.tr("Moodle GIFT (*.gift);;Moodle XML (*.xml)"))
        if not name:
            return None
        fmt = "moodlexml" if name.lower().endswith(".xml") or "xml" in chosen.lower() else "gift"
        return Path(name), fmt

    def run(self, module_id: str, path: Path | None = None, fmt: str = "gift") -> bool:
        from coursebook.atomic import write_atomic
        from coursebook.interop.banks import BankError, export_module

        from app.qt import QMessageBox

        module = self.window.session.library.module(module_id)
        if module is None:
            return False
        if path is None:
            chosen = self.target(module_id)
            if chosen is None:
                return False
            path, fmt = chosen
        try:
            text, warnings = export_module(module, fmt)
            write_atomic(path, text)
        except (BankError, OSError) as exc:
            from app.i18n import tr_core

            QMessageBox.warning(self.window, self.tr("Questions not exported"), tr_core(exc))
            return False
        message = self.tr("The questions of %1 were saved to %2.").replace("%1", module.meta.title).replace("%2", str(path))
        if warnings:
            from app.i18n import tr_core

            message += "\n\n" + "\n".join(tr_core(w) for w in warnings[:10])
        QMessageBox.information(self.window, self.tr("Questions exported"), message)
        return True
