"""The plain, always-visible line above the views when the record is read-only (issue 21).

The record's file, its folder or its disk cannot be written, and il2desk never changes
that by itself: the record is opened so that nothing is written, and this banner says
so on every screen. Actions that would save are refused with the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from il2desk.ui.colours import NOTE_BOX_STYLE
from il2desk.ui.widgets import follow_app_font


def read_only_text() -> str:
    return QCoreApplication.translate(
        "ReadOnlyBanner", "⚠ Your record is read-only here: you can look at it, back it up "
        "and export it, but nothing can be saved in it. Its file, its folder or its disk "
        "cannot be written, and il2desk does not change that by itself. Reminders are "
        "off until it can be saved again.")


def refusal_text() -> str:
    """What an action that would save says instead (nothing was tried)."""
    return QCoreApplication.translate(
        "ReadOnlyBanner", "Your record is read-only here, so this cannot be saved. Nothing "
        "was changed. To save again, make its folder writable (or start il2desk with "
        "--data-dir and a folder you can write to).")


class ReadOnlyBanner(QLabel):
    def __init__(self) -> None:
        super().__init__(read_only_text())
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        # A note box of its own colours (text fixed on it, issue 12); the ⚠ says it too.
        self.setStyleSheet(NOTE_BOX_STYLE)
        follow_app_font(self, 1.0, bold=True)
        self.setAccessibleName(read_only_text())
