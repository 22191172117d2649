"""What the domain says to the user: message values, never finished sentences.

A `Message` is a template marked for translation plus typed values (doses as Decimal,
dates, times, other messages). The domain builds it; the ui (or a document built by a
service) translates the template and formats each value for the user's language
(`il2desk.services.translation.render`). Nothing ever takes a sentence apart again.

`QT_TRANSLATE_NOOP("domain", "…{name}…")` returns the English template unchanged; its
name is what Qt's `lupdate` looks for, so every marked template lands in the `.ts` files.
A template with `%n` is a plural: Qt picks the form for `count` ("%n hour(s)" →
"1 hour", "2 hours"; the English forms come from `il2desk_en.qm`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Union

DOMAIN_CONTEXT = "domain"
# Every template marked so far, once each (a dict keeps the order and is cheap to test).
TEMPLATES: dict[str, None] = {}


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:
    """Mark `template` for translation; return it unchanged."""
    if context == DOMAIN_CONTEXT and template not in TEMPLATES:
        TEMPLATES[template] = None
    return template


# A value inside a message. `str` is a literal the user or the system wrote (a zone
# name, a note typed by the patient): shown as it is, never translated.
Value = Union["Message", "Joined", Decimal, int, dt.datetime, dt.date, dt.time, str]


@dataclass(frozen=True, slots=True)
class Message:
    """A template marked with QT_TRANSLATE_NOOP("domain", …) and its typed values.

    Values are kept as a tuple of (name, value) pairs so a message is hashable and can
    be compared in tests; `message("…{dose}…", dose=…)` is the short way to make one.
    """

    template: str
    values: tuple[tuple[str, Value], ...] = ()
    count: int | None = None  # for a plural template ("%n"): which form

    def value(self, name: str) -> Value:
        return dict(self.values)[name]

    def english(self) -> str:
        """The message in English, without Qt: for logs, exceptions and tests."""
        text = self.template
        if self.count is not None:
            text = text.replace("(s)", "" if self.count == 1 else "s")
            text = text.replace("%n", str(self.count))
        return text.format(**{name: english_value(v) for name, v in self.values})

    def __str__(self) -> str:
        return self.english()


@dataclass(frozen=True, slots=True)
class Joined:
    """Several values shown one after the other ("swelling, redness"; two sentences)."""

    parts: tuple[Value, ...]
    separator: str = " "

    def english(self) -> str:
        return self.separator.join(english_value(part) for part in self.parts)

    def __str__(self) -> str:
        return self.english()


def message(template: str, count: int | None = None, **values: Value) -> Message:
    """`Message(template, values)` with the values as keyword arguments.

    The template must already be marked (`QT_TRANSLATE_NOOP("domain", "…")`) at the call
    site, so that `lupdate` finds it.
    """
    return Message(template, tuple(values.items()), count)


def sentences(*parts: Value) -> Joined:
    """Sentences (or messages) shown one after the other, separated by a space."""
    return Joined(tuple(parts), " ")


def listing(parts: tuple[Value, ...] | list[Value]) -> Joined:
    """Items shown as a list in running text: "swelling, redness"."""
    return Joined(tuple(parts), ", ")


def english_value(value: Value) -> str:
    """One value as the English text shows it (rule D4 for numbers; long dates)."""
    if isinstance(value, (Message, Joined)):
        return value.english()
    if isinstance(value, Decimal):
        return decimal_digits(value)
    if isinstance(value, dt.datetime):
        return f"{value:%A} {value.day} {value:%B %Y, %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%A} {value.day} {value:%B %Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return str(value)


def decimal_digits(number: Decimal, decimal_mark: str = ".") -> str:
    """A Decimal's digits as rule D4 writes them (`dose.format_number` checks first).

    Leading zero ("0.25"), no trailing zeros ("5", never "5.0"), never an exponent,
    no thousands separators.
    """
    if number == 0:
        return "0"  # also covers -0
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark)
