"""The library's rows as a model: one row per module of the catalog, drawn by a view and a delegate,
so a course of a thousand modules costs no widget per row."""

from __future__ import annotations

from app.qt import (
    USER_ROLE, USER_ROLE_2, QAbstractTableModel, QApplication, QModelIndex, QStyle, QStyledItemDelegate,
    QStyleOptionButton, QStyleOptionProgressBar, Qt,
)

LANGUAGE_NAMES = {"sl": "Slovenščina", "en": "English", "cs": "Čeština", "sk": "Slovenčina"}

#: (sections read, sections) of a row
PROGRESS_ROLE = USER_ROLE_2
#: whether a row's module has indicator cards
CARDS_ROLE = USER_ROLE + 2
PROGRESS_COLUMN, CARDS_COLUMN = 3, 4


class LibraryModel(QAbstractTableModel):
    """Title, language, study time, progress, the cards button and origin of every module."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.modules: list[dict] = []
        self.read: dict[str, int] = {}
        self.origins: list[str] = []
        self.headers = [self.tr("Module"), self.tr("Language"), self.tr("Study time"), self.tr("Progress"),
                        self.tr("Quick reference"), self.tr("From")]
        self.cards_text = self.tr("Indicator cards")

    def set_rows(self, modules: list[dict], read: dict[str, int], origins: list[str]) -> None:
        """``modules`` from the catalog, ``read`` module id → sections read, ``origins`` a text a row."""
        self.beginResetModel()
        self.modules, self.read, self.origins = modules, read, origins
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.modules)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def progress(self, row: int) -> tuple[int, int]:
        module = self.modules[row]
        return min(self.read.get(module["id"], 0), module["sections"]), module["sections"]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        module, column = self.modules[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return module["title"]
            if column == 1:
                return LANGUAGE_NAMES.get(module["language"], module["language"])
            if column == 2:
                return self.tr("%n min", "", module["study_minutes"])
            if column == PROGRESS_COLUMN:
                read, total = self.progress(index.row())
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.tr("Progress of %1: %2 of %3 sections read").replace("%1", module["title"]).replace(
                        "%2", str(read)).replace("%3", str(total))
                return self.tr("%v of %m sections read").replace("%v", str(read)).replace("%m", str(total))
            if column == CARDS_COLUMN:
                return self.cards_text if module["has_cards"] else ""
            return self.origins[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return module["source"]
        if role == USER_ROLE:
            return module["id"]
        if role == PROGRESS_ROLE:
            return self.progress(index.row())
        if role == CARDS_ROLE:
            return bool(module["has_cards"])
        return None


class LibraryDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar and the cards column as a button, with the widget style."""

    def paint(self, painter, option, index) -> None:  # noqa: ANN001
        column = index.column()
        if column == PROGRESS_COLUMN:
            super().paint(painter, option, QModelIndex())  # the row's background and selection
            read, total = index.data(PROGRESS_ROLE)
            bar = QStyleOptionProgressBar()
            bar.rect = option.rect.adjusted(2, 2, -2, -2)
            bar.minimum, bar.maximum, bar.progress = 0, max(1, total), read
            bar.text = index.data()
            bar.textVisible = True
            bar.textAlignment = Qt.AlignmentFlag.AlignCenter
            bar.state = option.state | QStyle.StateFlag.State_Horizontal
            bar.palette = option.palette
            bar.fontMetrics = option.fontMetrics
            self._style(option).drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
            return
        if column == CARDS_COLUMN:
            super().paint(painter, option, QModelIndex())
            if index.data(CARDS_ROLE):
                button = QStyleOptionButton()
                button.rect = option.rect.adjusted(2, 1, -2, -1)
                button.text = index.data()
                button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
                button.palette = option.palette
                button.fontMetrics = option.fontMetrics
                self._style(option).drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)
            return
        super().paint(painter, option, index)

    def sizeHint(self, option, index):  # noqa: ANN001, ANN201, N802
        size = super().sizeHint(option, index)
        if index.column() == PROGRESS_COLUMN:
            size.setWidth(max(size.width() + 24, 170))
        elif index.column() == CARDS_COLUMN and index.data(CARDS_ROLE):
            size.setWidth(size.width() + 32)
            size.setHeight(max(size.height(), option.fontMetrics.height() + 10))
        return size

    @staticmethod
    def _style(option) -> QStyle:  # noqa: ANN001
        return option.widget.style() if option.widget is not None else QApplication.style()
