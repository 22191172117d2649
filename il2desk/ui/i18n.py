"""Language and text size: translators for il2desk and Qt, and the app-wide font.

The language follows the system unless Settings says otherwise; a change applies when
the window is rebuilt. Text size scales the system's own font size, so a user who
already chose large fonts on their desktop gets larger still.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QGuiApplication

if TYPE_CHECKING:  # (QtCore only at run time: the command line imports this module)
    from PySide6.QtWidgets import QSpinBox

# Choosing the language and installing its translators is QtCore only (services), so
# the command line uses the very same code; re-exported here for the ui.
from il2desk.services.language import TRANSLATED, install_translators, locale_for

# The run-time translation helpers live in services (QtCore only); re-exported here.
from il2desk.services.translation import DATE_FORMATS, date_text, translate_message

TEXT_SIZE_FACTORS = {"normal": 1.0, "large": 1.25, "xlarge": 1.5}

_system_font: QFont | None = None


def plural_suffix(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """A spin box whose unit follows its value in the user's language: "1 hour",
    "2 hours". `words(n)` is a `self.tr(" hour(s)", "", n)` at the caller (lupdate marks
    a message as a plural only where it sees `tr` called with a count)."""
    spin.setSuffix(words(spin.value()))
    spin.valueChanged.connect(lambda value: spin.setSuffix(words(value)))


def apply_text_size(app: QGuiApplication, size: str) -> None:
    """Scale the whole app's font from the system's size (remembered at first call)."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(app.font())
    font = QFont(_system_font)
    base = _system_font.pointSizeF() if _system_font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(base * TEXT_SIZE_FACTORS.get(size, 1.0))
    app.setFont(font)


__all__ = [
    "DATE_FORMATS",
    "TEXT_SIZE_FACTORS",
    "TRANSLATED",
    "apply_text_size",
    "date_text",
    "install_translators",
    "locale_for",
    "plural_suffix",
    "translate_message",
]
