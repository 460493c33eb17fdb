"""The one place the GUI imports Qt from (PySide6-Essentials: QtCore, QtGui, QtWidgets, QtPrintSupport).

Names are resolved on first use (PEP 562): PySide6 builds a class's Python enums the first time
the class is touched (the ``Qt`` namespace alone is ~100 enums, ~15 ms), so a name that start-up
does not need costs nothing until a window that needs it opens. Use ``from app.qt import X``.

The first Qt name also makes PySide6's import check cheaper (:func:`_lighter_feature_check`).
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

_WHERE = {
    "PySide6.QtCore": (
        "QAbstractTableModel QModelIndex QThread QByteArray QCoreApplication QDateTime QElapsedTimer QFileSystemWatcher QLibraryInfo QLocale QObject QPoint QRect QSize Qt QTimer QTranslator "
        "QUrl Signal Slot QMarginsF QRectF QSizeF QEvent QEventLoop QRunnable QThreadPool"),
    "PySide6.QtGui": (
        "QAction QCloseEvent QColor QDesktopServices QFont QGuiApplication QIcon QKeySequence QPalette QShortcut QTextCharFormat "
        "QTextCursor QTextDocument "
        "QImage QKeyEvent QPageLayout QPageSize QPainter QPdfWriter QScreen QAbstractTextDocumentLayout"),
    "PySide6.QtWidgets": (
        "QAbstractItemView QApplication QDialog QDialogButtonBox QFileDialog QFrame QHBoxLayout "
        "QHeaderView QLabel QMainWindow QMessageBox QProgressBar QPushButton QSizePolicy QSplitter "
        "QStackedWidget QStatusBar QTextBrowser QToolBar QTreeWidget QTreeWidgetItem QVBoxLayout QWidget "
        "QButtonGroup QCheckBox QComboBox QFormLayout QGridLayout QGroupBox QInputDialog QLineEdit "
        "QListWidget QListWidgetItem QPlainTextEdit QRadioButton QScrollArea QSpinBox QTabWidget "
        "QProgressDialog QTextEdit QTableView QTreeView QStyledItemDelegate QStyle QStyleOptionProgressBar "
        "QStyleOptionButton QStyleOptionViewItem QMenu"),
    "PySide6.QtPrintSupport": "QPrintDialog QPrinter QPrintPreviewDialog",
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names.split()}

#: ``Qt.ItemDataRole.UserRole`` and the next role, as plain numbers (see the module docstring).
USER_ROLE = 256
USER_ROLE_2 = 257


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"app.qt has no {name!r}; add it to _WHERE")
    value = getattr(importlib.import_module(module), name)
    _lighter_feature_check()
    globals()[name] = value
    return value


def _lighter_feature_check() -> None:
    """Once PySide6 is loaded it asks, after every import, whether the new module's source mentions
    "PySide6" (for its opt-in ``from __feature__ import ...``), through ``inspect.getsource``: ~0.1 ms
    a module, ~8 ms of start-up. The same question is answered here by reading the ``.py`` file's
    bytes (~0.03 ms); anything else (built-in, frozen, bundled) keeps PySide6's own check."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "coursebook", False):
        return

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.coursebook = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def __dir__() -> list[str]:
    return sorted(list(_MODULE_OF) + ["USER_ROLE", "USER_ROLE_2"])


if TYPE_CHECKING:  # for type checkers and editors
    from PySide6.QtCore import (  # noqa: F401
        QAbstractTableModel, QModelIndex, QThread, QByteArray, QCoreApplication, QDateTime, QElapsedTimer, QFileSystemWatcher, QLibraryInfo, QLocale, QObject, QPoint, QRect, QSize, Qt, QTimer,
        QTranslator, QUrl, Signal, Slot, QMarginsF, QRectF, QSizeF, QEvent, QEventLoop, QRunnable, QThreadPool,
    )
    from PySide6.QtGui import (  # noqa: F401
        QAction, QCloseEvent, QColor, QDesktopServices, QFont, QGuiApplication, QIcon, QKeySequence, QPalette, QShortcut,
        QTextCharFormat, QTextCursor, QTextDocument, QImage, QKeyEvent, QPageLayout, QPageSize, QPainter, QPdfWriter, QScreen,
        QAbstractTextDocumentLayout,
    )
    from PySide6.QtWidgets import (  # noqa: F401
        QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout,
        QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSizePolicy,
        QSplitter, QStackedWidget, QStatusBar, QTextBrowser, QToolBar, QTreeWidget, QTreeWidgetItem,
        QVBoxLayout, QWidget, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
        QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton,
        QScrollArea, QSpinBox, QTabWidget, QProgressDialog, QTextEdit, QTableView, QTreeView, QStyledItemDelegate,
        QStyle, QStyleOptionProgressBar, QStyleOptionButton, QStyleOptionViewItem, QMenu,
    )
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog  # noqa: F401
