"""File › Import content pack…: choose a ``.coursepack`` file, install it with a progress bar. Where the PC
has a trainer, only a trainer sees the action and may install."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.qt import QCoreApplication, QObject

if TYPE_CHECKING:
    from app.main_window import MainWindow
    from coursebook.interop.packs import InstallReport


class PackImporter(QObject):
    """Installs a pack into the session's data folder and refreshes the library."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.progress = None

    def choose_file(self) -> Path | None:
        from app.qt import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Import content pack"), "",
                                                    self.tr("Content packs (*.coursepack);;All files (*)"))
        return Path(name) if name else None

    def inform(self, title: str, text: str, problem: bool = False) -> None:
        from app.qt import QMessageBox

        (QMessageBox.warning if problem else QMessageBox.information)(self.window, title, text)

    def run(self, path: Path | None = None) -> "InstallReport | None":
        """Install ``path`` (or a file the user chooses); the report, or None when nothing changed."""
        from coursebook.classroom.errors import NotAllowed
        from coursebook.classroom.gradebook import check_trainer
        from coursebook.interop.packs import PackError, install_as
        from coursebook.resources import content_dir

        from app.i18n import tr_core
        from app.qt import QProgressDialog, Qt

        session = self.window.session
        try:  # before any file is chosen: where the PC has a trainer, only a trainer installs packs
            check_trainer(session.store, session.actor)
        except NotAllowed as exc:
            self.inform(self.tr("Content pack not installed"), tr_core(exc), problem=True)
            return None
        path = path or self.choose_file()
        if path is None:
            return None
        data = session.data or session.store.folder
        dialog = QProgressDialog(self.tr("Checking and installing %1…").replace("%1", path.name), "", 0, 1000,
                                 self.window)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Import content pack"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # shown only when a large pack takes a while
        dialog.setObjectName("packProgress")
        self.progress = dialog

        def step(done: int, total: int) -> None:
            dialog.setValue(int(1000 * done / max(total, 1)))
            QCoreApplication.processEvents()

        try:
            report = install_as(session.store, session.actor, path,
                                session.content if session.content.is_dir() else content_dir(), step, data)
        except NotAllowed as exc:
            dialog.close()
            self.inform(self.tr("Content pack not installed"), tr_core(exc), problem=True)
            return None
        except PackError as exc:
            dialog.close()
            text = tr_core(exc)
            if exc.details:
                text += "\n\n" + "\n".join(exc.details[:20])
            self.inform(self.tr("Content pack not installed"), text, problem=True)
            return None
        except OSError as exc:
            dialog.close()
            self.inform(self.tr("Content pack not installed"),
                        self.tr("The pack could not be installed: %1").replace("%1", exc.strerror or tr_core(exc)), True)
            return None
        dialog.setValue(1000)
        dialog.close()
        session.reload()
        self.window.show_library()
        info = report.info
        if report.previous:
            text = self.tr("%1 version %2 replaces version %3. Learners' progress is kept.").replace(
                "%1", info.title).replace("%2", info.version).replace("%3", report.previous)
        else:
            text = self.tr("%1 version %2 is installed.").replace("%1", info.title).replace("%2", info.version)
        text += "\n" + self.tr("Modules: %1").replace("%1", ", ".join(report.modules))
        if report.removed:
            text += "\n\n" + self.tr("No longer in this version (progress in them is kept but not shown):")
            text += "\n" + "\n".join(f"• {gone}" for gone in report.removed)
        if report.changed:
            text += "\n\n" + self.tr("Changed on this PC since the last version and now replaced by the pack's files:")
            text += "\n" + "\n".join(f"• {name}" for name in report.changed)
        self.inform(self.tr("Content pack installed"), text)
        return report
