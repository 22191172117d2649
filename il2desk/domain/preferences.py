"""The user's settings: their defaults and the checks on each value.

Each `parse_*` turns what the user typed into a value or raises `SettingError` with a
plain sentence to show next to the field. Storage keeps the text form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from il2desk.domain.errors import FieldInputError
from il2desk.domain.sites import AREAS, SITE_CODES
from il2desk.domain.texts import QT_TRANSLATE_NOOP, message
from il2desk.domain.timeplan import is_valid_zone


class SettingError(FieldInputError):
    """A value the user typed that cannot be used: `message` says why (a message value
    or a sentence); str() is the English text."""


class CalendarPrivacy(StrEnum):
    """How much an exported calendar says: a shared calendar is not private."""

    FULL = "full"  # "IL-2 injection — morning (4.5 million units)" and the steps
    DISCREET = "discreet"  # "Medication", no dose, no health details


@dataclass(frozen=True, slots=True)
class Preferences:
    """Everything the user sets in Settings, with its defaults. Change a copy with
    `dataclasses.replace(preferences, field=value)`."""

    time_zone: str = "UTC"
    doctor_name: str = ""
    doctor_phone: str = ""
    morning_time: dt.time = dt.time(8, 0)
    evening_time: dt.time = dt.time(20, 0)
    pretreatment_lead_min: int = 30  # rule R8: lead time before each injection
    ice_before_min: int = 10  # rule R9
    ice_after_min: int = 10  # rule R9
    separate_ice_prompt: bool = False  # rule R9: its own reminder before the injection
    start_at_login: bool = False
    language: str = "system"  # "system", or a language code with a translation
    text_size: str = "normal"  # normal / large / xlarge
    calendar_privacy: CalendarPrivacy = CalendarPrivacy.FULL
    # rule R12: areas the user lets the rotation use, and how many recent sites rest
    enabled_areas: tuple[str, ...] = ("abdomen", "thigh", "arm")
    avoid_recent_sites: int = 4
    patient_name: str = ""  # optional: printed on the visit report (issue 24)

    def to_mapping(self) -> dict[str, str]:
        return {
            "time_zone": self.time_zone,
            "doctor_name": self.doctor_name,
            "doctor_phone": self.doctor_phone,
            "morning_time": self.morning_time.strftime("%H:%M"),
            "evening_time": self.evening_time.strftime("%H:%M"),
            "pretreatment_lead_min": str(self.pretreatment_lead_min),
            "ice_before_min": str(self.ice_before_min),
            "ice_after_min": str(self.ice_after_min),
            "separate_ice_prompt": format_bool(self.separate_ice_prompt),
            "start_at_login": format_bool(self.start_at_login),
            "language": self.language,
            "text_size": self.text_size,
            "calendar_privacy": self.calendar_privacy.value,
            "enabled_areas": ",".join(self.enabled_areas),
            "avoid_recent_sites": str(self.avoid_recent_sites),
            "patient_name": self.patient_name,
        }

    @classmethod
    def from_mapping(cls, values: Mapping[str, str], *, default_zone: str) -> Preferences:
        """Build from stored text; a stored value that no longer parses falls back to
        the default rather than stopping the app (it is shown, and can be fixed)."""
        base = cls(time_zone=default_zone)
        fields: dict[str, object] = {}
        for key, parser in PARSERS.items():
            if key in values:
                try:
                    fields[key] = parser(values[key])
                except SettingError:
                    continue
        return replace(base, **fields)


def parse_time_zone(text: str) -> str:
    name = text.strip()
    if not is_valid_zone(name):
        raise SettingError(
            message(QT_TRANSLATE_NOOP("domain", "“{name}” is not a time zone this computer "
                                      "knows. Pick one from the list, for example "
                                      "Europe/Paris."), name=name)
        )
    return name


def parse_doctor_name(text: str) -> str:
    name = text.strip()
    if len(name) > 120:
        raise SettingError(
            message(QT_TRANSLATE_NOOP("domain", "Please keep the name under 120 characters.")))
    return name


_PHONE_ALLOWED = re.compile(r"^[0-9+()\-./ ]*$")


def parse_phone(text: str) -> str:
    phone = text.strip()
    if not phone:
        return ""
    if not _PHONE_ALLOWED.match(phone):
        raise SettingError(
            message(QT_TRANSLATE_NOOP(
                "domain", "A phone number can only hold digits, spaces, and + ( ) - . /"))
        )
    if sum(ch.isdigit() for ch in phone) < 3:
        raise SettingError(message(QT_TRANSLATE_NOOP(
            "domain", "This number looks too short. Please type the whole number.")))
    if len(phone) > 40:
        raise SettingError(
            message(QT_TRANSLATE_NOOP("domain", "This number looks too long. Please check it.")))
    return phone


def parse_clock_time(text: str) -> dt.time:
    match = re.fullmatch(r"\s*(\d{1,2})[:.h](\d{2})\s*", text)
    if not match:
        raise SettingError(message(QT_TRANSLATE_NOOP(
            "domain", "Please type a time like 08:00 or 20:30.")))
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise SettingError(
            message(QT_TRANSLATE_NOOP(
                "domain", "Hours go from 00 to 23 and minutes from 00 to 59.")))
    return dt.time(hour, minute)


def _minutes_parser(low: int, high: int, what: str):
    def parse(text: str) -> int:
        stripped = str(text).strip()
        if not stripped.isdigit():
            raise SettingError(message(QT_TRANSLATE_NOOP(
                "domain", "Please type the {what} as a whole number of minutes."),
                what=message(what)))
        value = int(stripped)
        if not low <= value <= high:
            raise SettingError(message(QT_TRANSLATE_NOOP(
                "domain", "The {what} must be between {low} and {high} minutes."),
                what=message(what), low=low, high=high))
        return value

    return parse


parse_pretreatment_lead = _minutes_parser(
    5, 180, QT_TRANSLATE_NOOP("domain", "pre-treatment lead time"))
parse_ice_minutes = _minutes_parser(1, 30, QT_TRANSLATE_NOOP("domain", "ice-pack time"))

def format_bool(value: bool) -> str:
    return "true" if value else "false"


def parse_bool(text: str) -> bool:
    value = str(text).strip().lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off", ""):
        return False
    raise SettingError(message(QT_TRANSLATE_NOOP(
        "domain", "Please tick the box or leave it empty.")))


LANGUAGES = ("system", "en", "es")
TEXT_SIZES = ("normal", "large", "xlarge")


def _choice_parser(choices: tuple[str, ...], what: str):
    def parse(text: str) -> str:
        value = text.strip()
        if value not in choices:
            raise SettingError(message(QT_TRANSLATE_NOOP(
                "domain", "Please choose one of the {what} in the list."), what=message(what)))
        return value

    return parse


parse_language = _choice_parser(LANGUAGES, QT_TRANSLATE_NOOP("domain", "languages"))
parse_text_size = _choice_parser(TEXT_SIZES, QT_TRANSLATE_NOOP("domain", "text sizes"))

def parse_calendar_privacy(text: str) -> CalendarPrivacy:
    try:
        return CalendarPrivacy(text.strip().lower())
    except ValueError:
        raise SettingError(message(
            QT_TRANSLATE_NOOP("domain", "Please choose “full” or “discreet”."))) from None


def parse_enabled_areas(text: str) -> tuple[str, ...]:
    """Comma-separated area names (rule R12); at least one must stay switched on."""
    names = {part.strip() for part in str(text).split(",") if part.strip()}
    unknown = names - set(AREAS)
    if unknown:
        raise SettingError(message(QT_TRANSLATE_NOOP("domain", "Unknown injection area: {areas}."),
                                   areas=", ".join(sorted(unknown))))  # (as typed)
    if not names:
        raise SettingError(message(
            QT_TRANSLATE_NOOP("domain", "Keep at least one injection area switched on.")))
    return tuple(area for area in AREAS if area in names)


def parse_avoid_recent(text: str) -> int:
    stripped = str(text).strip()
    if not stripped.isdigit():
        raise SettingError(message(
            QT_TRANSLATE_NOOP("domain", "Please type a whole number of sites, for example 4.")))
    value = int(stripped)
    if not 0 <= value <= len(SITE_CODES) - 1:
        raise SettingError(message(QT_TRANSLATE_NOOP(
            "domain", "The number of recent sites to rest must be between 0 and {high}."),
            high=len(SITE_CODES) - 1))
    return value


PARSERS = {
    "time_zone": parse_time_zone,
    "doctor_name": parse_doctor_name,
    "doctor_phone": parse_phone,
    "morning_time": parse_clock_time,
    "evening_time": parse_clock_time,
    "pretreatment_lead_min": parse_pretreatment_lead,
    "ice_before_min": parse_ice_minutes,
    "ice_after_min": parse_ice_minutes,
    "separate_ice_prompt": parse_bool,
    "start_at_login": parse_bool,
    "language": parse_language,
    "text_size": parse_text_size,
    "calendar_privacy": parse_calendar_privacy,
    "enabled_areas": parse_enabled_areas,
    "avoid_recent_sites": parse_avoid_recent,
    "patient_name": parse_doctor_name,  # a name either way: the same check
}
