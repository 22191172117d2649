"""The command line's words, in the user's language (issue 18 §2).

The language is decided as the window decides it (services/language.py): Settings'
language, else the system's (LC_ALL, LC_MESSAGES, LANG, LANGUAGE). It is read from the
record's file before the options are (`start_language`), so the help, a refused value
and the result all speak it; once a command has opened the record, `use_language`
checks it again through the settings service.

Every sentence for the user is written `translate("cli", "…")` at its call site, where
lupdate finds it (context "cli"); a plural is `translate("cli", "… %n …(s)…", None, n)`.
Domain values (doses, dates, reasons) go through `words`, which renders them as the
window does ("4,5 millones de unidades"). Days are written `day`/`moment`: the weekday
in the user's language and the date as YYYY-MM-DD, the form the options take back.

In English (Settings "en", or "system" on an English or C system) Qt is not even
imported: the words are the source text, so a command starts as fast as before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Value

# Commands that draw a page (fonts): their translator is installed on a
# QGuiApplication, never a plain QCoreApplication (there can be only one).
GUI_COMMANDS = frozenset({"checklist", "report"})

# argparse's own words that a user meets (its gettext messages, translated here in the
# context "argparse"); any other stays English.
ARGPARSE_WORDS = frozenset({
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
})

_language: str | None = None  # the Settings value in use ("system", "en", "es")
_translated = False  # True when Qt translates (any language but surely-English)
_gui = False  # the command draws a page: its application must be a QGuiApplication


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`QCoreApplication.translate`, without Qt in English. An untranslated plural gets
    the English form: "(s)" dropped for one, "s" otherwise."""
    if _translated:
        from PySide6.QtCore import QCoreApplication

        result = QCoreApplication.translate(context, text, disambiguation, n)
        if n < 0 or result != text.replace("%n", str(n)):
            return result
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def words(value: Value) -> str:
    """A domain value (a Message, a dose, a date, a phrase the domain marked) in the
    user's language, as the window shows it."""
    if not _translated:
        return value if isinstance(value, str) else _english(value)
    from il2desk.services.translation import render, translate_message

    return translate_message(value) if isinstance(value, str) else render(value)


def dose_words(miu: Decimal) -> str:
    """ "4.5 million units", "4,5 millones de unidades" (rule D4)."""
    from il2desk.domain.dose import format_dose_miu

    return words(format_dose_miu(miu))


def _english(value: Value) -> str:
    from il2desk.domain.texts import english_value

    return english_value(value)


def day(value: dt.date) -> str:
    """ "Wed 2027-01-06" ("mié 2027-01-06"): the weekday in the user's language, the
    date as the options take it."""
    if not _translated:
        return f"{value:%a %Y-%m-%d}"
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd yyyy-MM-dd")


def moment(value: dt.datetime) -> str:
    """ "Wed 2027-01-06 08:00", a local time as `--at` takes it."""
    return f"{day(value.date())} {value:%H:%M}"


# -- choosing the language ------------------------------------------------------------
def _surely_english(language: str) -> bool:
    """True when Qt would choose English (or C) too: no need to load it to know. When
    in doubt False, and Qt decides (the same decision as the window's)."""
    if language == "en":
        return True
    if language != "system":
        return False
    env = os.environ
    first_language = (env.get("LANGUAGE") or "").split(":")[0]
    if first_language and not first_language.startswith(("en", "C")):
        return False
    name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or "C"
    return name in ("C", "POSIX") or name.startswith(("C.", "POSIX.", "en_", "en."))


def use_language(language: str) -> None:
    """Speak `language` (a Settings value) from now on: nothing to load in English;
    otherwise il2desk's and Qt's translators, on a QCoreApplication (a QGuiApplication,
    offscreen, for a command that draws a page)."""
    global _language, _translated
    if language == _language:
        return
    _language = language
    if _surely_english(language) and not _translated:
        return
    from PySide6.QtCore import QCoreApplication

    from il2desk.services.language import install_translators

    app = QCoreApplication.instance()
    if app is None:
        if _gui:
            from PySide6.QtGui import QGuiApplication

            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed
            app = QGuiApplication(["il2desk"])
        else:
            app = QCoreApplication(["il2desk"])
    install_translators(app, language)
    _translated = True
    argparse._ = _argparse_words  # type: ignore[attr-defined]  (argparse's gettext)


def _argparse_words(text: str) -> str:
    return translate("argparse", text) if text in ARGPARSE_WORDS else text


def start_language(argv: list[str], data_dir: Path | None) -> None:
    """Before the options are read: the language of the record in `data_dir` (the
    --data-dir the arguments name, None for the usual folder)."""
    global _gui
    from il2desk.services.settings_service import stored_language

    _gui = bool(GUI_COMMANDS & set(argv))
    use_language(stored_language(data_dir))

