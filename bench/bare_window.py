"""The baseline for the bundle's size and start-up: a bare PySide6 window (a QMainWindow with a QLabel).

``bench/bare_window.spec`` freezes it by the same rules as ``build.spec`` (same excludes, same Qt plugin
and translation selection), so the two bundles differ only by what Coursebook itself adds.
With ``--bench-startup`` it behaves like ``coursebook --bench-startup``: prints "shown" once the window
is shown, then quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("A bare PySide6 window"))
    window.show()
    if "--bench-startup" in argv:
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
