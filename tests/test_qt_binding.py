"""The Qt binding must survive long sessions: void calls must not leak or drop references.

PySide6 6.12.0 on CPython 3.11 dropped one reference to ``None`` on every Qt call that returns
nothing; after a few thousand calls the interpreter aborted with "none_dealloc". The check runs in a
subprocess so that a bad wheel fails this test instead of killing the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtCore import QTimer
app = QApplication([])
label = QLabel()
timer = QTimer()
before = sys.getrefcount(None)
for i in range(100_000):
    label.setText("x")           # void
    timer.setInterval(1000)      # void
    label.setVisible(False)      # void
after = sys.getrefcount(None)
print(json.dumps({"before": before, "after": after}))
"""


def test_100000_void_qt_calls_keep_none_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, f"the Qt binding aborted the process:\n{done.stderr[-2000:]}"
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    # 300,000 void calls: a binding that drops a reference per call loses ~300,000.
    assert counts["after"] >= counts["before"] - 100, counts


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_installed_qt_binding_is_the_pinned_one() -> None:
    from importlib.metadata import version

    pins = _pins()
    for dist in ("pyside6-essentials", "shiboken6"):
        assert dist in pins, f"{dist} is not pinned in constraints.txt"
        assert version(dist) == pins[dist], f"{dist} {version(dist)} installed, {pins[dist]} pinned"
