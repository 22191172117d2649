"""Translating at run time with QtCore only: the domain's sentences and dates.

The domain marks its English templates with `QT_TRANSLATE_NOOP("domain", …)` (Qt-free,
see domain/texts.py); `translate_message` turns a finished English sentence back into
its template and values and translates it. Lives in services so that documents built
without widgets (the printed checklist) speak the user's language too; the ui imports
it through `il2desk.ui.i18n`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
)

from il2desk.domain.texts import Joined, Message, Value, decimal_digits

# -- translating the domain's finished sentences -------------------------------------
_FIELD = re.compile(r"\{(\w+)\}")
_DECIMAL = re.compile(r"[+-]?\d+\.\d+")
_SENTENCE_END = (".", "?", "!", ":", ")")
_SENTENCE_BREAK = re.compile(r"[.?!] ")


@cache
def _template_pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = ""
    for index, part in enumerate(parts):
        regex += re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
    return re.compile(f"^{regex}$", re.DOTALL)


@cache
def _sentence_pattern(template: str) -> re.Pattern[str]:
    """The template at the start of a longer text, followed by a space (a sentence)."""
    return re.compile(_template_pattern(template).pattern[:-1] + r"(?= )", re.DOTALL)


@cache
def _marked_in_sources() -> frozenset[str]:
    """Every `QT_TRANSLATE_NOOP("domain", "…")` literal in the package's sources.

    The runtime registry only knows templates whose code has run; a sentence stored
    earlier (a lab result's reason) may come from one that has not run yet. Read once,
    only when a translation is loaded; a frozen bundle without sources falls back to
    the registry.
    """
    import ast  # (only when a translation is loaded: not part of every start)

    found: set[str] = set()
    root = Path(__file__).resolve().parents[1]
    for path in root.rglob("*.py"):
        try:
            source = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if '"domain"' not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in node.args)
                    and node.args[0].value == "domain"):
                found.add(node.args[1].value)
    return frozenset(found)


def _templates() -> tuple[list[str], frozenset[str]]:
    from il2desk.domain.texts import TEMPLATES

    return _sorted_templates(len(TEMPLATES))


@cache
def _sorted_templates(_count: int) -> tuple[list[str], frozenset[str]]:
    # Keyed by the count, so templates registered later (a module imported late) count.
    from il2desk.domain.texts import TEMPLATES

    unique = set(TEMPLATES) | _marked_in_sources()
    return sorted(unique, key=len, reverse=True), frozenset(unique)


def _domain_translation_loaded() -> bool:
    from il2desk.domain.texts import DOMAIN_CONTEXT

    probe = "{number} million units"
    return QCoreApplication.translate(DOMAIN_CONTEXT, probe) != probe


def _value(value: str, depth: int) -> str:
    """A filled-in value: a known phrase is translated too ("4.5 million units"), and a
    plain decimal number takes the locale's decimal mark (rule D4 keeps the digits)."""
    if _DECIMAL.fullmatch(value) and QLocale().decimalPoint() == ",":
        return value.replace(".", ",")
    as_date = _english_date(value)
    if as_date is not None:
        return as_date
    _ordered, known = _templates()
    parts = value.split(", ")
    if len(parts) > 1 and all(part in known for part in parts):  # "swelling, redness"
        return ", ".join(_translate(part, depth + 1) for part in parts)
    return _translate(value, depth + 1)


def _fill(template: str, match: re.Match[str], depth: int) -> str | None:
    from il2desk.domain.texts import DOMAIN_CONTEXT

    translated = QCoreApplication.translate(DOMAIN_CONTEXT, template)
    values = {name: _value(text, depth) for name, text in match.groupdict().items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return None


def _translate(message: str, depth: int) -> str:
    from il2desk.domain.texts import DOMAIN_CONTEXT

    if depth > 4 or not message:
        return message
    ordered, known = _templates()
    if message in known and "{" not in message:
        return QCoreApplication.translate(DOMAIN_CONTEXT, message)
    for template in ordered:
        match = _template_pattern(template).match(message)
        # A value never spans sentences; such a match is a short template ("{low} to
        # {high}") swallowing several sentences, which are split below instead.
        if match and not any(_SENTENCE_BREAK.search(value) for value in match.groupdict().values()):
            filled = _fill(template, match, depth)
            return message if filled is None else filled
    # Several sentences joined with spaces: translate the first known one, then the rest.
    for template in ordered:
        if not template.endswith(_SENTENCE_END):
            continue
        match = _sentence_pattern(template).match(message)
        if match:
            filled = _fill(template, match, depth)
            if filled is None:
                return message
            rest = message[match.end():]
            return filled + " " + _translate(rest.lstrip(" "), depth)
    # A sentence the domain ended with a full stop of its own ("…your doctor" + ".").
    if message.endswith(".") and message[:-1] in known:
        return QCoreApplication.translate(DOMAIN_CONTEXT, message[:-1]) + "."
    return message


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
        if value.count is not None:  # "{count}" in a plural template is the same number
            values.setdefault("count", QLocale().toString(value.count))
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


def translate_message(message: str | Message | Joined) -> str:
    """The domain's English sentence in the user's language (unchanged if unknown).

    A message value is rendered (`render`): the way everything will go. The rest is the
    old way, for sentences not yet turned into values: sentences joined with spaces are
    translated one by one; values that are themselves known phrases (a dose, "far
    above") are translated inside the sentence. In English (no translation loaded)
    the sentence is returned as it is, at no cost.
    """
    if isinstance(message, (Message, Joined)):
        return render(message)
    if not _domain_translation_loaded():
        return message
    return _translate(message, 0)


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


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_DATE = re.compile(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?"
                      r"(\d{1,2}) (" + "|".join(_EN_MONTHS) + r") (\d{4})")


def _english_date(value: str) -> str | None:
    """A date the domain wrote in English ("Wednesday 2 December 2026"), re-written in
    the user's language; None when `value` is not such a date."""
    match = _EN_DATE.fullmatch(value)
    if match is None:
        return None
    day = dt.date(int(match.group(3)), _EN_MONTHS.index(match.group(2)) + 1,
                  int(match.group(1)))
    return date_text(day, LONG_DAY)  # (with its weekday: the one style for a day in text)
