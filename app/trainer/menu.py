"""The Present menu of the main window: present the open module (F5, Shift+F5), print handouts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import QAction, QKeySequence, QObject

if TYPE_CHECKING:
    from app.qt import QMenu
    from app.main_window import MainWindow
    from app.trainer.presenter import Presenter


class TrainerController(QObject):
    def __init__(self, window: "MainWindow", menu: "QMenu | None" = None):
        """``menu``: the Present menu, already on the menu bar (else it is added before Help)."""
        super().__init__(window)
        self.setObjectName("trainerController")
        self.window = window
        self.presenter: Presenter | None = None
        self.dialog = None
        self.act_present = self._action(self.tr("&Present from the beginning"), lambda: self.present(False),
                                        "actPresent", "F5")
        self.act_present_here = self._action(self.tr("Present from this &section"), lambda: self.present(True),
                                             "actPresentHere", "Shift+F5")
        self.act_handouts = self._action(self.tr("Print &handouts…"), self.open_handouts, "actHandouts",
                                         "Ctrl+Shift+P")
        bar = window.menuBar()
        self.menu = menu if menu is not None else bar.addMenu(self.tr("&Present"))
        self.menu.setObjectName("presentMenu")
        for action in (self.act_present, self.act_present_here, self.act_handouts):
            self.menu.addAction(action)
        actions = bar.actions()
        if menu is None and len(actions) >= 2:  # before Help, which stays last
            bar.insertAction(actions[-2], self.menu.menuAction())

    def _action(self, text: str, slot, name: str, keys: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(keys)])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def current(self) -> tuple[str | None, str | None]:
        """(module id, section id) open in the reader, else the module selected in the library."""
        window = self.window
        reader = getattr(window, "_reader", None)
        if reader is not None and window.stack.currentWidget() is reader and reader.module is not None:
            return reader.module.id, reader.section.id if reader.section else None
        return window.selected_module(), None

    def _closed(self) -> bool:
        """Closed book: no slides and no handouts while an assessment is open on this PC."""
        if self.window.course_closed():
            self.window.statusBar().showMessage(self.tr("The course is closed while an assessment is open."), 5000)
            return True
        return False

    def present(self, from_here: bool = False) -> "Presenter | None":
        if self._closed():
            return None
        module_id, section_id = self.current()
        module = self.window.session.library.module(module_id) if module_id else None
        if module is None:
            self.window.statusBar().showMessage(self.tr("Open a module to present it."), 5000)
            return None
        from app.trainer.presenter import Presenter

        if self.presenter is not None:
            self.presenter.end()
        self.presenter = Presenter(self.window.session, module, section_id if from_here else None, parent=self)
        self.presenter.ended.connect(self._ended)
        self.presenter.start(self.window.screen())
        return self.presenter

    def _ended(self) -> None:
        self.presenter = None
        self.window.activateWindow()

    def open_handouts(self):  # noqa: ANN201
        if self._closed():
            return None
        module_id, _ = self.current()
        module = self.window.session.library.module(module_id) if module_id else None
        if module is None:
            self.window.statusBar().showMessage(self.tr("Open a module to print its handouts."), 5000)
            return None
        from app.trainer.handout_dialog import HandoutDialog

        self.dialog = HandoutDialog(self.window.session, module, self.window)
        self.dialog.open()
        return self.dialog


def install(window: "MainWindow", menu: "QMenu | None" = None) -> TrainerController:
    window.trainer = TrainerController(window, menu)
    return window.trainer
