"""The few colours il2desk chooses itself, for light and dark palettes, and their
contrast (issue 12: WCAG AA, at least 4.5:1 for text).

Most text uses the system palette, so it follows a dark or light desktop by itself.
Where il2desk adds meaning with colour (an error, a warning, a chart line) it picks the
variant that reads on the current palette's background; where it paints its own
background (the emergency button, the reminder banner, notes in boxes, severity cells)
it also fixes the text colour, so a dark palette's light text never lands on a light
box. Colour is never the only signal: each use also has words or a shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QWidget

# QPalette is imported where it is used: the first window does not need it, and PySide
# builds a Qt type and its enums on first use (start-up speed, issue 11).
if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

INK = "#1d1d1d"  # text on il2desk's own light boxes
WHITE = "#ffffff"

# Own backgrounds with their fixed text colour: (text, background).
EMERGENCY = (WHITE, "#a4000f")
EMERGENCY_HOVER = (WHITE, "#8a000d")
BANNER = (INK, "#fff4c2")
BANNER_LATE = ("#8a3b00", "#fff4c2")
NOTE_BOX = (INK, "#fff4d6")
PICTURE_CARD = "#fbfbfb"  # the syringe picture's own background, under INK marks
PICTURE = (INK, PICTURE_CARD)
# The body map (ui/body_map.py, views/sites_view.py) paints on its own light drawing.
BODY_MAP_SUGGESTED = ("#0b6e2f", WHITE)  # "★ Suggested" and the star
BODY_MAP_REACTION = ("#a4000f", WHITE)  # the "!" badge
BODY_MAP_CHOSEN = (WHITE, "#1f5fa8")  # the tick on the chosen site
BODY_MAP_FOCUS = ("#111111", "#f4efe9")  # dotted focus ring on the body outline
SITE_USE_FILLS = {"recent": "#f3b37a", "week": "#f8e3a0", "rested": "#dbe7f3"}
SEVERITY_FILLS = {"mild": "#fff4c2", "moderate": "#ffd08a", "severe": "#f4a09a"}
NOTE_BOX_STYLE = (f"background: {NOTE_BOX[1]}; color: {NOTE_BOX[0]}; "
                  "border: 1px solid #d8b25a; padding: 8px;")

# Meaningful text colours on the palette's own background: (on light, on dark).
ERROR = ("#a4000f", "#ff9a9a")
WARNING = ("#8a4b00", "#ffc46b")
CD4_LINE = ("#1f5fa8", "#8cc4ff")
VIRAL_LOAD_LINE = ("#8a3b00", "#ffab70")
KINDS = {"error": ERROR, "warning": WARNING, "cd4": CD4_LINE, "viral_load": VIRAL_LOAD_LINE}

# Backgrounds the palette-following colours are checked against (light: Fusion, GNOME,
# KDE Breeze window and base; dark: the same desktops' dark themes).
LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f6f5f4", "#eff0f1")
DARK_BACKGROUNDS = ("#1e1e1e", "#2a2a2a", "#353535", "#202326", "#141618", "#242424")


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a "#rrggbb" colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio (1 to 21); text needs at least 4.5 (AA)."""
    lighter, darker = sorted((relative_luminance(foreground),
                              relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    from PySide6.QtGui import QPalette

    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colour_for(kind: str, palette: QPalette | None = None) -> QColor:
    """The `kind` colour ("error", "warning", "cd4", "viral_load") readable on
    `palette` (the application's when None)."""
    light, dark = KINDS[kind]
    palette = palette if palette is not None else QGuiApplication.palette()
    return QColor(dark if is_dark(palette) else light)


class _TextColourFollower(QObject):
    def __init__(self, widget: QWidget, kind: str) -> None:
        super().__init__(widget)
        self._widget, self._kind = widget, kind
        self.apply()
        app = QGuiApplication.instance()
        if app is not None:  # the desktop switched between light and dark
            app.paletteChanged.connect(self._palette_changed)

    def _palette_changed(self, _palette: QPalette) -> None:
        self.apply()

    def apply(self) -> None:
        from PySide6.QtGui import QPalette

        palette = self._widget.palette()
        colour = colour_for(self._kind, QGuiApplication.palette())
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            palette.setColor(QPalette.ColorRole.Text, colour)
            self._widget.setPalette(palette)


def use_text_colour(widget: QWidget, kind: str) -> None:
    """Show `widget`'s text in the `kind` colour, light or dark as the palette needs."""
    _TextColourFollower(widget, kind)
