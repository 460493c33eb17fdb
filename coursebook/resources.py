"""Finds bundled files (content, assets) the same way from source and from a PyInstaller bundle.

From source the folders sit beside the ``coursebook`` package in the repository; in a bundle,
``build.spec`` places them beside the package inside the bundle folder. One code path serves both.
"""

from __future__ import annotations

import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def app_root() -> Path:
    return _ROOT


def content_dir() -> Path:
    """The course content; ``COURSEBOOK_CONTENT`` points elsewhere (tests, trainers' drafts)."""
    override = os.environ.get("COURSEBOOK_CONTENT")
    return Path(override) if override else _ROOT / "content"


def assets_dir() -> Path:
    return _ROOT / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
