"""The application icon (window, task bar, tray), built from the committed PNGs.

The PNGs are pre-rendered from the SVG (scripts/render-icons.py), so the icon needs no
SVG plugin at run time and looks the same in the pip install and in the bundle.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from il2desk import APP_ID
from il2desk.resources import resource

ICON_SIZES_PX: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon_png(size_px: int) -> Path:
    """The PNG of the app icon at one of ICON_SIZES_PX."""
    return resource("icons", "hicolor", f"{size_px}x{size_px}", "apps", f"{APP_ID}.png")


def app_icon_svg() -> Path:
    return resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")


def app_icon() -> QIcon:
    """The il2desk icon with every size, for setWindowIcon and QSystemTrayIcon.

    Always our own files, not QIcon.fromTheme: an older copy left in the user's icon
    theme must not replace the icon of the version that is running.
    """
    icon = QIcon()
    for size_px in ICON_SIZES_PX:
        path = app_icon_png(size_px)
        if path.is_file():
            icon.addFile(str(path), QSize(size_px, size_px))
    return icon
