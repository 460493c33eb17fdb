"""Themes and text size for the whole interface.

Rules:
- Three themes: light (the app's colours), dark, and high contrast. Each theme is the same style sheet
  with its colours mapped (``theme_colours``), so a new rule needs one colour and gets all three themes;
  tests/test_appearance.py measures every text/background pair of every theme against WCAG AA (4.5:1).
- Text size from 100 % to 200 % scales every font of the interface — the application font and every
  ``pt`` size in the style sheet — not only the reader.
- A clearly visible focus: a 2-pixel outline colour on every focusable control.
"""

from __future__ import annotations

import colorsys
import re
from functools import lru_cache

from coursebook.resources import asset

THEMES = ("light", "dark", "contrast")
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
THEME_SETTING, SCALE_SETTING = "theme", "text_scale"
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_PT = re.compile(r"(\d+(?:\.\d+)?)pt\b")

#: Base colours of each theme: window and text, and the focus outline.
BASE = {
    "light": {"window": "#ffffff", "text": "#1a1a1a", "focus": "#0b57d0", "disabled": "#5f6b73"},
    "dark": {"window": "#1e2227", "text": "#e8eaed", "focus": "#8ab4f8", "disabled": "#aab4bd"},
    "contrast": {"window": "#000000", "text": "#ffffff", "focus": "#ffff00", "disabled": "#e0e0e0"},
}


def _lightness(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[1]


@lru_cache(maxsize=None)
def theme_colour(hex_colour: str, theme: str) -> str:
    """The colour the light ``hex_colour`` becomes in ``theme``."""
    colour = hex_colour.lower()
    if theme == "light":
        return colour
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if theme == "contrast":
        if lightness >= 0.5:
            return "#000000"  # every background is black
        warm = h < 0.2 or h > 0.9
        return "#ffff00" if s > 0.35 and warm else "#ffffff"  # red/orange signals in yellow
    # dark: mirror the lightness, keep the hue; backgrounds become dark, text light
    mirrored = 1.0 - lightness
    if lightness >= 0.5:
        mirrored = 0.08 + (1.0 - lightness) * 0.9  # light backgrounds -> 8–53 % dark
    else:
        mirrored = min(0.93, 0.64 + (0.5 - lightness) * 0.6)  # dark text -> light text
    r, g, b = colorsys.hls_to_rgb(h, mirrored, s * 0.85)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


def themed(text: str, theme: str) -> str:
    """A style sheet (Qt's or the reader's CSS) with its colours mapped to ``theme``."""
    if theme == "light":
        return text
    return _HEX.sub(lambda m: theme_colour(m.group(0), theme), text)


def scaled(text: str, scale: float) -> str:
    """Every ``pt`` size in a style sheet times ``scale``."""
    if abs(scale - 1.0) < 1e-6:
        return text
    return _PT.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", text)


def focus_rules(theme: str) -> str:
    colour = BASE[theme]["focus"]
    widgets = ("QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QComboBox", "QLineEdit",
               "QSpinBox", "QPlainTextEdit", "QTreeWidget", "QListWidget", "QTextBrowser", "QTabBar::tab")
    return "\n".join(f"{w}:focus {{ border: 2px solid {colour}; }}" for w in widgets)


def style_sheet(theme: str = "light", scale: float = 1.0) -> str:
    """The interface's style sheet for a theme and text size."""
    base = asset("styles", "coursebook.qss").read_text(encoding="utf-8")
    colours = BASE[theme]
    head = (f"QWidget {{ color: {colours['text']}; }}\n"
            f"QMainWindow, QDialog {{ background: {colours['window']}; }}\n"
            f"QWidget:disabled {{ color: {colours['disabled']}; }}\n")
    return scaled(head + themed(base, theme) + "\n" + focus_rules(theme), scale)


def reader_css(theme: str = "light") -> str:
    return themed(asset("styles", "reader.css").read_text(encoding="utf-8"), theme)


def palette(theme: str):  # noqa: ANN201 - QPalette
    """A palette whose every role meets the theme's contrast (disabled text included)."""
    from app.qt import QColor, QPalette

    colours = BASE[theme]
    pal = QPalette()
    window, text = QColor(colours["window"]), QColor(colours["text"])
    if theme == "light":
        base, alt, button = QColor("#ffffff"), QColor("#f4f6f8"), QColor("#eef1f4")
        highlight, highlighted = QColor("#0b57d0"), QColor("#ffffff")
    elif theme == "dark":
        base, alt, button = QColor("#15181c"), QColor("#23282e"), QColor("#2b3138")
        highlight, highlighted = QColor("#8ab4f8"), QColor("#0b0d10")
    else:
        base, alt, button = QColor("#000000"), QColor("#101010"), QColor("#000000")
        highlight, highlighted = QColor("#ffff00"), QColor("#000000")
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, role.Window, window)
        pal.setColor(group, role.WindowText, text)
        pal.setColor(group, role.Base, base)
        pal.setColor(group, role.AlternateBase, alt)
        pal.setColor(group, role.Text, text)
        pal.setColor(group, role.Button, button)
        pal.setColor(group, role.ButtonText, text)
        pal.setColor(group, role.ToolTipBase, base)
        pal.setColor(group, role.ToolTipText, text)
        pal.setColor(group, role.PlaceholderText, QColor(colours["disabled"]))
        pal.setColor(group, role.Highlight, highlight)
        pal.setColor(group, role.HighlightedText, highlighted)
        pal.setColor(group, role.Link, QColor(colours["focus"]))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, QColor(colours["disabled"]))
    pal.setColor(disabled, role.Window, window)
    pal.setColor(disabled, role.Base, base)
    pal.setColor(disabled, role.Button, button)
    return pal


def apply(app, theme: str = "light", scale: float = 1.0) -> None:  # noqa: ANN001 - QApplication
    """Make ``theme`` and ``scale`` the look of every window (open ones included)."""
    theme = theme if theme in THEMES else "light"
    scale = min(max(scale, SCALES[0]), SCALES[-1])
    base_size = app.property("coursebookBaseFont")
    if base_size is None:
        base_size = app.font().pointSizeF()
        app.setProperty("coursebookBaseFont", base_size)
    font = app.font()
    font.setPointSizeF(float(base_size) * scale)
    app.setFont(font)
    if theme != "light":
        app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme, scale))
    app.setProperty("coursebookTheme", theme)
    app.setProperty("coursebookScale", scale)


def current_theme() -> str:
    from app.qt import QCoreApplication

    app = QCoreApplication.instance()
    value = app.property("coursebookTheme") if app is not None else None
    return value if value in THEMES else "light"


def current_scale() -> float:
    from app.qt import QCoreApplication

    app = QCoreApplication.instance()
    value = app.property("coursebookScale") if app is not None else None
    return float(value) if value else 1.0
