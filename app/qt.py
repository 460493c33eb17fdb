"""The one place the GUI imports Qt from (PySide6-Essentials: QtCore, QtGui, QtWidgets)."""

from PySide6.QtCore import (  # noqa: F401
    QByteArray, QCoreApplication, QElapsedTimer, QLocale, QObject, QPoint, QSize, Qt, QTimer,
    QTranslator, QUrl, Signal, Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QCloseEvent, QDesktopServices, QFont, QIcon, QKeySequence, QPalette, QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSizePolicy, QSplitter,
    QStackedWidget, QStatusBar, QTextBrowser, QToolBar, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)
