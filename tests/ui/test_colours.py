"""Contrast (WCAG AA, 4.5:1 for text) of every colour pair il2desk chooses, on light and
dark palettes, and text colours that follow a dark palette (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from il2desk.ui import colours
from il2desk.ui.colours import contrast_ratio

AA_TEXT = 4.5
UI = Path(colours.__file__).parent

OWN_PAIRS = {
    "emergency button": colours.EMERGENCY,
    "emergency button, hovered": colours.EMERGENCY_HOVER,
    "emergency button focus ring": ("#ffffff", colours.EMERGENCY[1]),
    "reminder banner": colours.BANNER,
    "reminder banner, late note": colours.BANNER_LATE,
    "suggestion and caution boxes": colours.NOTE_BOX,
    "syringe picture marks and words": colours.PICTURE,
    **{f"severity grid, {name}": (colours.INK, fill)
       for name, fill in colours.SEVERITY_FILLS.items()},
    "body map, suggested": colours.BODY_MAP_SUGGESTED,
    "body map, reaction badge": colours.BODY_MAP_REACTION,
    "body map, chosen tick": colours.BODY_MAP_CHOSEN,
    "body map, focus ring": colours.BODY_MAP_FOCUS,
    "body map, its drawing's words (body-map.svg) on its card": ("#333333",
                                                                 colours.PICTURE_CARD),
    **{f"body map, days since use on {name}": (colours.INK, fill)
       for name, fill in colours.SITE_USE_FILLS.items()},
}


def test_the_ratio_matches_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", sorted(OWN_PAIRS))
def test_text_on_our_own_backgrounds_reaches_aa(name):
    text, background = OWN_PAIRS[name]
    assert contrast_ratio(text, background) >= AA_TEXT, name


@pytest.mark.parametrize("kind", sorted(colours.KINDS))
def test_meaningful_colours_reach_aa_on_light_and_dark_palettes(kind):
    # field errors, warnings (rule R14 flags, late blood test, DST notes), chart lines
    # and their labels
    on_light, on_dark = colours.KINDS[kind]
    for background in colours.LIGHT_BACKGROUNDS:
        assert contrast_ratio(on_light, background) >= AA_TEXT, (kind, background)
    for background in colours.DARK_BACKGROUNDS:
        assert contrast_ratio(on_dark, background) >= AA_TEXT, (kind, background)


def test_no_other_hard_coded_text_colours_in_the_ui():
    """A new "#rrggbb" in ui/ must be declared in colours.py (and so tested above), or
    be listed here as a shape colour that carries no text."""
    declared = set(re.findall(r"#[0-9a-fA-F]{6}", (UI / "colours.py").read_text()))
    shapes_only = {
        "#c99a00",  # the reminder banner's border
        "#d8b25a",  # the note boxes' border
        "#8a8a8a", "#d0d0d0",  # grid lines of the severity grid and the lab chart
        "#d8d8d8", "#9cc9f0", "#3b78b5", "#444444", "#eeeeee",  # syringe parts, liquid
        "#a4000f",  # the syringe's fill line (the words under it are in INK)
        "#9a9a9a",  # hatching over body-map sites switched off in Settings
    }
    found = {}
    for path in UI.rglob("*.py"):
        if path.name == "colours.py":
            continue
        for colour in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text()):
            if colour.lower() not in {c.lower() for c in declared | shapes_only}:
                found.setdefault(str(path.relative_to(UI)), []).append(colour)
    assert found == {}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2a2a2a"),
                         (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#eeeeee")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp):
    light = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(light)


def test_field_errors_and_warnings_stay_readable_when_the_desktop_turns_dark(qtbot, dark):
    from il2desk.ui.widgets import FieldError

    error = FieldError()
    qtbot.addWidget(error)
    error.show_error("Type a number, for example 4.5.")
    shown = error.palette().color(QPalette.ColorRole.WindowText).name()
    assert shown == colours.ERROR[1]
    assert contrast_ratio(shown, "#2a2a2a") >= AA_TEXT
    assert error.text().startswith("⚠")  # a sign too, not colour alone


def test_field_errors_follow_a_switch_between_light_and_dark(qtbot):
    from il2desk.ui.widgets import FieldError

    error = FieldError()
    qtbot.addWidget(error)
    light = QApplication.palette()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == colours.ERROR[0]
    QApplication.setPalette(dark_palette())
    try:
        assert error.palette().color(QPalette.ColorRole.WindowText).name() == \
            colours.ERROR[1]
    finally:
        QApplication.setPalette(light)
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == colours.ERROR[0]
