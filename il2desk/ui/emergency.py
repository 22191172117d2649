"""Rule R13: the "call your doctor now" panel, one click or key away from every screen:
the red button and the shortcut (the panel itself is in emergency_panel.py, imported
when it first opens)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from il2desk.ui.colours import EMERGENCY, EMERGENCY_HOVER
from il2desk.ui.widgets import follow_app_font

EMERGENCY_SHORTCUT = "Ctrl+E"


def make_emergency_button(open_panel: Callable[[], None]) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("EmergencyButton", "⚠ Emergency signs"))
    button.setObjectName("emergencyButton")
    button.setToolTip(QCoreApplication.translate(
        "EmergencyButton", "When to call your doctor at once ({shortcut})").format(
            shortcut=EMERGENCY_SHORTCUT))
    button.setAccessibleName(QCoreApplication.translate("EmergencyButton", "Emergency signs"))
    button.setAccessibleDescription(QCoreApplication.translate(
        "EmergencyButton", "Shows when to call your doctor at once and the number"))
    # The focus frame is always there (transparent when not focused) so that gaining
    # focus never squeezes the text.
    button.setStyleSheet(
        f"QPushButton#emergencyButton {{ background: {EMERGENCY[1]}; color: {EMERGENCY[0]};"
        " padding: 4px 12px; border: 3px solid transparent; border-radius: 5px; }"
        # Focus: a white ring inside the red (8:1), seen on light and dark toolbars.
        "QPushButton#emergencyButton:focus { border-color: #ffffff; }"
        f"QPushButton#emergencyButton:hover {{ background: {EMERGENCY_HOVER[1]}; }}"
    )
    # Bold through the font, not the style sheet: a style-sheet font stays at the size
    # it had when first shown, so the button would not grow with Settings ▸ Text size.
    follow_app_font(button, 1.0, bold=True)
    button.clicked.connect(open_panel)
    return button


def install_emergency_shortcut(widget: QWidget, open_panel: Callable[[], None]) -> QShortcut:
    """Add the emergency shortcut to a window (main window, wizards, dialogs)."""
    shortcut = QShortcut(QKeySequence(EMERGENCY_SHORTCUT), widget)  # window-wide
    shortcut.activated.connect(open_panel)
    return shortcut
