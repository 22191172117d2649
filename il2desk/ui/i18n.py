"""Language and text size: translators for il2desk and Qt, and the app-wide font.

The language follows the system unless Settings says otherwise; a change applies when
the window is rebuilt. Text size scales the system's own font size, so a user who
already chose large fonts on their desktop gets larger still.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

if TYPE_CHECKING:  # (QtCore only at run time: the command line imports this module)
    from PySide6.QtWidgets import QSpinBox

from il2desk.resources import resource

# The run-time translation helpers live in services (QtCore only); re-exported here.
from il2desk.services.translation import DATE_FORMATS, date_text, translate_message

TEXT_SIZE_FACTORS = {"normal": 1.0, "large": 1.25, "xlarge": 1.5}
TRANSLATED = ("en", "es")  # languages il2desk has text for ("en" is the source)

_installed: list[QTranslator] = []
_system_font: QFont | None = None


def locale_for(language: str) -> QLocale:
    if language == "system":
        return QLocale.system()
    return QLocale(language)


def install_translators(app: QCoreApplication, language: str) -> QLocale:
    """Load il2desk's and Qt's own translations for `language`; returns the locale used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    code = locale.name().split("_")[0]
    # English is the source language, but its plural forms ("%n hour(s)" → "1 hour",
    # "2 hours") come from a small translation too (il2desk_en.qm: plurals only); it is
    # also what a language il2desk has no text for falls back to (a "C" locale too).
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"il2desk_{code}.qm"))) \
            or ours.load(str(resource("i18n", "il2desk_en.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if code != "en":
        from PySide6.QtCore import QLibraryInfo  # (not needed in English: start-up speed)

        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return locale


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
