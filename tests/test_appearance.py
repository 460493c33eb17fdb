"""Every text against its background meets WCAG AA (4.5:1) in every theme; text size scales everything."""

from __future__ import annotations

import re

import pytest

from app import appearance

RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6})")
BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{6})")


def luminance(hex_colour: str) -> float:
    channels = []
    for i in (1, 3, 5):
        c = int(hex_colour[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pairs(sheet: str, default_background: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule that sets a text colour."""
    found = []
    for selector, body in RULE.findall(sheet):
        colour = COLOUR.search(body)
        if not colour:
            continue
        background = BACKGROUND.search(body)
        found.append((selector.strip(), colour.group(1), background.group(1) if background else default_background))
    return found


def test_the_contrast_measure_is_wcags():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", appearance.THEMES)
def test_every_interface_text_meets_aa(theme):
    window = appearance.BASE[theme]["window"]
    sheet = appearance.style_sheet(theme)
    found = pairs(sheet, window)
    assert len(found) > 30
    low = [(s, c, b, round(contrast(c, b), 2)) for s, c, b in found if contrast(c, b) < 4.5]
    assert not low, low


@pytest.mark.parametrize("theme", appearance.THEMES)
def test_every_reader_text_meets_aa(theme):
    page = appearance.theme_colour("#ffffff", theme)
    found = pairs(appearance.reader_css(theme), page)
    assert len(found) > 10
    low = [(s, c, b, round(contrast(c, b), 2)) for s, c, b in found if contrast(c, b) < 4.5]
    assert not low, low


@pytest.mark.parametrize("theme", appearance.THEMES)
def test_palette_roles_meet_aa_including_disabled_text(qapp, theme):
    from app.qt import QPalette

    pal = appearance.palette(theme)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    checks = [(group.Active, role.WindowText, role.Window), (group.Active, role.Text, role.Base),
              (group.Active, role.ButtonText, role.Button), (group.Active, role.HighlightedText, role.Highlight),
              (group.Disabled, role.WindowText, role.Window), (group.Disabled, role.Text, role.Base),
              (group.Disabled, role.ButtonText, role.Button), (group.Active, role.PlaceholderText, role.Base)]
    for g, fg, bg in checks:
        ratio = contrast(pal.color(g, fg).name(), pal.color(g, bg).name())
        assert ratio >= 4.5, (theme, g, fg, bg, ratio)


def test_text_size_scales_every_font_of_the_style_sheet():
    normal, double = appearance.style_sheet("light", 1.0), appearance.style_sheet("light", 2.0)
    sizes = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)pt", normal)]
    doubled = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)pt", double)]
    assert sizes and doubled == pytest.approx([2 * s for s in sizes], abs=0.06)


def test_focus_is_marked_on_every_focusable_control():
    sheet = appearance.style_sheet("light")
    for widget in ("QPushButton", "QCheckBox", "QRadioButton", "QLineEdit", "QTreeWidget", "QTextBrowser"):
        assert re.search(rf"{widget}:focus {{ border: 2px solid #[0-9a-f]{{6}}", sheet), widget
