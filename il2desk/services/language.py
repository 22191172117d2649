"""The language il2desk speaks: Settings' choice, else the system's (QtCore only).

One place decides it for the window (ui/i18n.py re-exports these) and for the command
line (cli/words.py): the same locale, the same translators, so a checklist or a
calendar written from either is in the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from il2desk.resources import resource

TRANSLATED = ("en", "es")  # languages il2desk has text for ("en" is the source)

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """Settings' "system" follows the system (LC_ALL, LC_MESSAGES, LANG on Linux)."""
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
