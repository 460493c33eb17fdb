"""The core must stay free of Qt: importing it loads no PySide6 module."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_coursebook_loads_no_pyside6():
    code = (
        "import sys, pkgutil, importlib, coursebook\n"
        "for m in pkgutil.walk_packages(coursebook.__path__, 'coursebook.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [name for name in sys.modules if name.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_import_statement_in_core():
    offenders = [str(p) for p in (ROOT / "coursebook").rglob("*.py")
                 if any(line.lstrip().startswith(("import PySide6", "from PySide6"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []


def test_validate_command_runs_without_qt():
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "rc = main(['validate'])\n"
        "bad = [n for n in sys.modules if n.startswith('PySide6')]\n"
        "raise SystemExit(10 if bad else rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
