"""Tells, before Qt aborts, which Debian/Ubuntu packages its window system plugin is missing.

Qt's xcb plugin aborts with a terse "could not load the Qt platform plugin" when a system library
is absent; ``ldd`` on the plugin names the missing libraries, which map to packages below.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-randr0": "libxcb-randr0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _qt_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def missing_libraries(plugin: str = "libqxcb.so") -> list[str]:
    """Shared libraries the Qt plugin (and Qt's xcb integration) cannot find."""
    qt = _qt_dir()
    if qt is None or not shutil.which("ldd"):
        return []
    targets = [qt / "plugins" / "platforms" / plugin, *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1],
               *sorted((qt / "lib").glob("libQt6Gui.so*"))[:1]]
    missing: list[str] = []
    for target in targets:
        if not target.exists():
            continue
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "not found" in line:
                name = line.split("=>")[0].strip()
                if name not in missing and not name.startswith("libQt6"):
                    missing.append(name)
    return missing


def report(platform: str | None = None) -> str | None:
    """A message for the user when a real window cannot open, else None."""
    platform = platform if platform is not None else os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform.split(":")[0] not in ("", "xcb"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("No display found (DISPLAY is not set). Start Coursebook from a desktop session, "
                "or run 'coursebook --self-check' to test it without a screen.")
    libs = missing_libraries()
    if not libs:
        return None
    packages = sorted({PACKAGES.get(lib, lib) for lib in libs})
    return ("Qt cannot open a window: these system libraries are missing: " + ", ".join(libs) + ".\n"
            "On Debian/Ubuntu install them with:\n  sudo apt-get install " + " ".join(packages))


def main() -> int:
    message = report()
    if message:
        print(message, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
