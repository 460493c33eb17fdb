"""Table models of the reports: tens of thousands of rows, each cell's text made only when it is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.qt import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Report rows (core values) shown through ``text(row, column)``; sorted by ``key(row, column)``.

    The rows stay the core's data: the CSV export and the tests read them, never the cells."""

    def __init__(self, headers: list[str], text: Callable[[Any, int], str],
                 key: Callable[[Any, int], Any] | None = None, tooltip: Callable[[Any, int], str] | None = None):
        super().__init__()
        self.headers = headers
        self.rows: list[Any] = []
        self._text = text
        self._key = key or (lambda row, column: text(row, column).casefold())
        self._tooltip = tooltip

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row, index.column()) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda row: self._key(row, column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell (for tests and screen readers)."""
        return self._text(self.rows[row], column)
