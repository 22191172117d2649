"""Translating at run time with QtCore only: the domain's messages and dates.

The domain says things as message values (domain/texts.py: a template marked with
`QT_TRANSLATE_NOOP("domain", …)` and typed values); `render` translates the template and
formats each value for the user's locale. Nothing reads source files or takes a
sentence apart. Lives in services so that documents built without widgets (the printed
checklist, the visit report) and the command line speak the user's language too; the ui
imports it through `il2desk.ui.i18n`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
)

from il2desk.domain.texts import Joined, Message, Value, decimal_digits


def render(value: Value) -> str:
    """A domain message (or one of its values) in the user's language.

    The template is translated as it is (with Qt's plural forms for `count`), then each
    value is formatted for the locale: numbers with the locale's decimal mark and the
    digits rule D4 keeps, dates in the one long style, times as HH:mm, inner messages
    rendered the same way. Literal strings are shown as they are.
    """
    from il2desk.domain.texts import DOMAIN_CONTEXT

    if isinstance(value, Message):
        if value.count is None:
            template = QCoreApplication.translate(DOMAIN_CONTEXT, value.template)
        else:
            template = QCoreApplication.translate(DOMAIN_CONTEXT, value.template, None,
                                                  value.count)
            if "(s)" in template:  # no plural forms loaded (il2desk_en.qm): English's
                template = Message(value.template, (), value.count).english()
        values = {name: render(inner) for name, inner in value.values}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that names a value the template does not have: show the
            # English rather than nothing (tests check every translation's fields).
            return value.english()
    if isinstance(value, Joined):
        return value.separator.join(render(part) for part in value.parts)
    if isinstance(value, Decimal):
        return decimal_digits(value, "," if QLocale().decimalPoint() == "," else ".")
    if isinstance(value, dt.datetime):
        return date_text(value, MESSAGE_DATE_TIME)
    if isinstance(value, dt.date):
        return date_text(value, MESSAGE_DATE)
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return str(value)


def plural_text(translated: str, count: int) -> str:
    """Qt's text for a "%n …(s)" message; where no plural forms are loaded (a command
    run without il2desk_en.qm) Qt leaves "(s)", and English's own rule applies."""
    if count >= 0 and "(s)" in translated:
        return translated.replace("(s)", "" if count == 1 else "s")
    return translated


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A module-level `tr("…")` (modules without a class import this one):
    pyside6-lupdate files it under the empty context, so the lookup uses that context
    too; with a count n, a "%n" text takes the language's plural form ("1 minute")."""
    return plural_text(QCoreApplication.translate("", text, disambiguation, n), n)


def translate_message(message: str | Message | Joined) -> str:
    """What the domain says, in the user's language: a message value is rendered
    (`render`); a plain marked phrase (a constant such as a site's name) is translated
    as it is. Nothing is taken apart: a sentence with values is a Message."""
    if isinstance(message, (Message, Joined)):
        return render(message)
    from il2desk.domain.texts import DOMAIN_CONTEXT

    return QCoreApplication.translate(DOMAIN_CONTEXT, message) if message else message


# -- dates in the user's language ----------------------------------------------------
# The date styles, one per purpose; nothing else names a date pattern (the ui, the
# documents and the domain's messages all use these; tests/ui/test_date_styles.py).
# Each is translatable so a language can reorder it or add words ("d 'de' MMMM");
# the names of days and months come from the locale. Times alone are "HH:mm".
#
# A day in a sentence, a heading or a document's text: "Saturday 5 December 2026".
LONG_DAY = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy")
# A moment in a sentence: "Saturday 5 December 2026, 08:00".
LONG_DAY_AND_TIME = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy, HH:mm")
# A day of a course's schedule, a reminder or a session (the year goes without
# saying): "Saturday 5 December".
COURSE_DAY = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM")
# A moment of a course's days (a session, a vial mixed): "Saturday 5 December, 08:00".
COURSE_DAY_AND_TIME = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM, HH:mm")
# A day in a table cell, a list row or beside a chart: "Sat 5 Dec 2026".
SHORT_DAY = QT_TRANSLATE_NOOP("Dates", "ddd d MMM yyyy")
# A moment in a table cell or a list row: "Sat 5 Dec 2026, 08:00".
SHORT_DAY_AND_TIME = QT_TRANSLATE_NOOP("Dates", "ddd d MMM yyyy, HH:mm")
# A month on a chart's axis: "Dec 2026".
MONTH = QT_TRANSLATE_NOOP("Dates", "MMM yyyy")
# A date typed in a field (QDateEdit's display format, not translated): the short day.
INPUT_DAY = "ddd d MMM yyyy"
INPUT_DAY_AND_TIME = "ddd d MMM yyyy  HH:mm"
DATE_FORMATS = (LONG_DAY, LONG_DAY_AND_TIME, COURSE_DAY, COURSE_DAY_AND_TIME, SHORT_DAY,
                SHORT_DAY_AND_TIME, MONTH)
# The one style for a date or a moment inside a sentence the domain says.
MESSAGE_DATE = LONG_DAY
MESSAGE_DATE_TIME = LONG_DAY_AND_TIME


def date_text(value: dt.date | dt.datetime, qt_format: str) -> str:
    """`value` written with a pattern from DATE_FORMATS, in the user's language."""
    pattern = QCoreApplication.translate("Dates", qt_format)
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, dt.datetime):
        moment = QDateTime(day, QTime(value.hour, value.minute, value.second))
        return QLocale().toString(moment, pattern)
    return QLocale().toString(day, pattern)


