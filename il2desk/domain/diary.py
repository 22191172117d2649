"""The side-effect diary: which symptoms, how strong, fever readings, and where an
entry falls in a course.

Rules R15 (side effects worth noting) and R13 (signs that mean "call the doctor now",
kept in the same list so choosing one can open the emergency panel at once). Rule R7
is why the diary groups entries by course day: the last days are usually the hardest.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from il2desk.domain.course import Course, CourseStatus
from il2desk.domain.dose import DoseInputError, parse_decimal
from il2desk.domain.errors import FieldInputError
from il2desk.domain.regimen import DAYS_PER_COURSE, DEFAULT_INTERVAL_WEEKS
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Joined, Message, Value, message
from il2desk.domain.timeplan import from_utc

__all__ = [
    "AFTER",
    "EMERGENCY_SYMPTOMS",
    "HIGH_FEVER_C",
    "R21_SYMPTOMS",
    "SYMPTOMS",
    "CoursePeriod",
    "DiaryEntry",
    "DiaryInputError",
    "Placement",
    "Severity",
    "Symptom",
    "TemperatureUnit",
    "celsius_to_fahrenheit",
    "day_label",
    "fahrenheit_to_celsius",
    "format_temperature",
    "is_high_fever",
    "parse_other_text",
    "parse_temperature",
    "periods_from_courses",
    "place_entry",
    "symptom_by_code",
    "worst_by_day",
]


class DiaryInputError(FieldInputError):
    """Something typed in the diary form that cannot be used; str() is plain words."""


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> Message:
        return _SEVERITY_LABEL[self]


_SEVERITY_LABEL = {
    Severity.MILD: message(QT_TRANSLATE_NOOP("domain", "Mild")),
    Severity.MODERATE: message(QT_TRANSLATE_NOOP("domain", "Moderate")),
    Severity.SEVERE: message(QT_TRANSLATE_NOOP("domain", "Severe")),
}
_SEVERITY_RANK = {Severity.MILD: 1, Severity.MODERATE: 2, Severity.SEVERE: 3}


@dataclasses.dataclass(frozen=True)
class Symptom:
    code: str
    label: Value  # a message; a literal for a code this version does not know
    emergency: bool = False  # rule R13: open the emergency panel at once
    needs_temperature: bool = False
    needs_text: bool = False  # "other": the user says what it was
    see_doctor_soon: bool = False  # rule R21: tell the doctor soon (not an emergency)
    pauses_injections: bool = False  # rule R19: the next injection waits for the doctor


# rule R15, in plain words.
_R15 = (
    Symptom("fever", message(QT_TRANSLATE_NOOP("domain", "Fever")), needs_temperature=True),
    Symptom("chills", message(QT_TRANSLATE_NOOP("domain", "Chills"))),
    Symptom("aches", message(QT_TRANSLATE_NOOP("domain", "Aches"))),
    Symptom("fatigue", message(QT_TRANSLATE_NOOP("domain", "Tiredness"))),
    Symptom("sinus", message(QT_TRANSLATE_NOOP("domain", "Blocked or runny nose"))),
    Symptom("low_bp", message(QT_TRANSLATE_NOOP("domain", "Low blood pressure, feeling dizzy"))),
    Symptom("fluid", message(QT_TRANSLATE_NOOP("domain", "Fluid retention, puffiness"))),
    Symptom("nausea", message(QT_TRANSLATE_NOOP("domain", "Feeling sick (nausea)"))),
    Symptom("vomiting", message(QT_TRANSLATE_NOOP("domain", "Vomiting"))),
    Symptom("diarrhea", message(QT_TRANSLATE_NOOP("domain", "Diarrhea"))),
    Symptom("peeling", message(QT_TRANSLATE_NOOP("domain", "Peeling skin"))),
    Symptom("site_swelling", message(QT_TRANSLATE_NOOP("domain", "Injection site: swelling"))),
    Symptom("site_redness", message(QT_TRANSLATE_NOOP("domain", "Injection site: redness"))),
    Symptom("site_lump", message(QT_TRANSLATE_NOOP("domain", "Injection site: lump"))),
)

# rule R13: the same signs as the emergency panel, short enough for a list.
EMERGENCY_SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("little_urine", message(QT_TRANSLATE_NOOP("domain", "Less urine than normal")),
            emergency=True),
    Symptom("breathless", message(QT_TRANSLATE_NOOP("domain", "Short of breath")),
            emergency=True),
    Symptom("fever_not_down", message(QT_TRANSLATE_NOOP(
        "domain", "Fever of 38.9 °C (102 °F) or more, medicine not helping")),
            emergency=True, needs_temperature=True),
    Symptom("confusion", message(QT_TRANSLATE_NOOP(
        "domain", "Confused, or thinking changed a lot")), emergency=True),
    Symptom("fainting", message(QT_TRANSLATE_NOOP("domain", "Fainted")), emergency=True),
    Symptom("major_swelling", message(QT_TRANSLATE_NOOP(
        "domain", "Face, neck or feet swell a lot")), emergency=True),
)

# rule R21: rare serious effects. Low mood and changes in vision: contact the doctor
# soon; thoughts of suicide or a sudden loss of vision: the emergency panel at once.
R21_SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("low_mood", message(QT_TRANSLATE_NOOP("domain", "Low mood, feeling down")),
            see_doctor_soon=True),
    Symptom("vision_change", message(QT_TRANSLATE_NOOP("domain", "Changes in vision")),
            see_doctor_soon=True),
    Symptom("suicidal_thoughts", message(QT_TRANSLATE_NOOP("domain", "Thoughts of suicide")),
            emergency=True),
    Symptom("vision_loss", message(QT_TRANSLATE_NOOP("domain", "Sudden loss of vision")),
            emergency=True),
)

# rule R19: with an active infection the next injection waits until it has cleared
# and the doctor says to go on.
R19_SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("infection", message(QT_TRANSLATE_NOOP(
        "domain", "An infection (for example of the chest, the urine or the skin)")),
            pauses_injections=True),
)

_OTHER = Symptom("other", message(QT_TRANSLATE_NOOP("domain", "Something else")), needs_text=True)

SYMPTOMS: tuple[Symptom, ...] = (*_R15, *EMERGENCY_SYMPTOMS, *R21_SYMPTOMS,
                                 *R19_SYMPTOMS, _OTHER)
_BY_CODE = {s.code: s for s in SYMPTOMS}


def symptom_by_code(code: str) -> Symptom:
    """The symptom for a stored code; an unknown code (from a newer version) is shown
    as itself rather than lost."""
    return _BY_CODE.get(code) or Symptom(code, code.replace("_", " ").capitalize())


OTHER_TEXT_MAX = 200


def parse_other_text(text: str) -> str:
    words = text.strip()
    if not words:
        raise DiaryInputError(
            message(QT_TRANSLATE_NOOP("domain", "Please say in a few words what it was.")),
            field="other_text")
    if len(words) > OTHER_TEXT_MAX:
        raise DiaryInputError(
            message(QT_TRANSLATE_NOOP("domain", "Please keep this under {characters} "
                                      "characters."), characters=OTHER_TEXT_MAX),
            field="other_text")
    return words


# -- temperature --------------------------------------------------------------------


class TemperatureUnit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"

    @property
    def symbol(self) -> str:
        return "°C" if self is TemperatureUnit.CELSIUS else "°F"


# rule R13: a fever of 102 °F / 38.9 °C or more not brought down is an emergency sign
# (a reading of 38.9 °C counts: 102.1 °F is stored as 38.9 °C).
HIGH_FEVER_C = Decimal("38.9")


def is_high_fever(temperature_c: Decimal | None) -> bool:
    """Rule R13's fever: 38.9 °C (102 °F) or more."""
    return temperature_c is not None and temperature_c >= HIGH_FEVER_C
# A reading outside these is a typo (or a thermometer problem), not a body temperature.
LOWEST_C = Decimal(34)
HIGHEST_C = Decimal(43)
_TENTH = Decimal("0.1")


def fahrenheit_to_celsius(value_f: Decimal) -> Decimal:
    """Exact conversion rounded to a tenth of a degree, half up (102 °F → 38.9 °C)."""
    return ((Decimal(value_f) - 32) * 5 / 9).quantize(_TENTH, rounding=ROUND_HALF_UP)


def celsius_to_fahrenheit(value_c: Decimal) -> Decimal:
    return (Decimal(value_c) * 9 / 5 + 32).quantize(_TENTH, rounding=ROUND_HALF_UP)


def parse_temperature(text: str, unit: TemperatureUnit, *, decimal_mark: str = ".") -> Decimal:
    """What the user typed, in their unit, as °C to a tenth (stored in °C)."""
    try:
        value = parse_decimal(text, decimal_mark=decimal_mark, field="temperature")
    except DoseInputError as problem:
        raise DiaryInputError(problem.message, field="temperature") from problem
    celsius = (fahrenheit_to_celsius(value) if unit is TemperatureUnit.FAHRENHEIT
               else value.quantize(_TENTH, rounding=ROUND_HALF_UP))
    if not LOWEST_C <= celsius <= HIGHEST_C:
        other = TemperatureUnit.CELSIUS if unit is TemperatureUnit.FAHRENHEIT \
            else TemperatureUnit.FAHRENHEIT
        raise DiaryInputError(
            message(QT_TRANSLATE_NOOP(
                "domain", "That is not a body temperature. Please check the number, and "
                "whether it is in {unit} or {other}."), unit=unit.symbol, other=other.symbol),
            field="temperature",
        )
    return celsius


def format_temperature(value_c: Decimal,
                       unit: TemperatureUnit = TemperatureUnit.CELSIUS) -> Joined:
    """A reading in `unit`: the number (with the user's decimal mark when shown) and the
    unit's symbol, which needs no translation."""
    shown = value_c if unit is TemperatureUnit.CELSIUS else celsius_to_fahrenheit(value_c)
    return Joined((shown, unit.symbol), " ")


# -- entries and where they fall -------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DiaryEntry:
    id: int | None
    symptom: str
    severity: Severity
    occurred_utc: dt.datetime
    zone_name: str
    other_text: str = ""
    temperature_c: Decimal | None = None
    note: str = ""
    course_id: int | None = None
    is_emergency: bool = False

    @property
    def asks_for_the_doctor(self) -> bool:
        """Whether injections wait for "has your doctor said to go on?": after a sign to
        call the doctor now (rules R13, R21) or an active infection (rule R19)."""
        return self.is_emergency or symptom_by_code(self.symptom).pauses_injections

    @property
    def label(self) -> Value:
        """What it was: the symptom's name, or the patient's own words for "other"."""
        if self.symptom == "other" and self.other_text:
            return self.other_text
        return symptom_by_code(self.symptom).label

    @property
    def local_date(self) -> dt.date:
        return from_utc(self.occurred_utc, self.zone_name).date()


AFTER = 0  # the day key for "after the course" (days 1–5 are the course days)


@dataclasses.dataclass(frozen=True)
class CoursePeriod:
    """The dates a course covers in the diary: its 5 days, then "after" until the next
    course starts (or its interval runs out)."""

    course_id: int
    start: dt.date
    interval_weeks: int = DEFAULT_INTERVAL_WEEKS

    @property
    def last_day(self) -> dt.date:
        return self.start + dt.timedelta(days=DAYS_PER_COURSE - 1)


@dataclasses.dataclass(frozen=True)
class Placement:
    course_id: int
    day: int  # 1..5, or AFTER


def place_entry(local_date: dt.date, periods: Sequence[CoursePeriod]) -> Placement | None:
    """The course and day an entry belongs to (rule R7 groups by course day).

    The latest course started on or before the date owns it: days 1–5 are the course
    days, later dates are "after" until the next course starts or the course's
    interval has passed. Before any course (or long after): None.
    """
    ordered = sorted(periods, key=lambda p: p.start)
    for index in range(len(ordered) - 1, -1, -1):
        period = ordered[index]
        if period.start > local_date:
            continue
        offset = (local_date - period.start).days
        if offset < DAYS_PER_COURSE:
            return Placement(period.course_id, offset + 1)
        following = ordered[index + 1].start if index + 1 < len(ordered) else None
        window_end = following or period.start + dt.timedelta(weeks=period.interval_weeks)
        if local_date < window_end:
            return Placement(period.course_id, AFTER)
        return None
    return None


def day_label(day: int) -> Message:
    if day == AFTER:
        return message(QT_TRANSLATE_NOOP("domain", "after"))
    return message(QT_TRANSLATE_NOOP("domain", "day {number}"), number=day)


def worst_by_day(placed: Iterable[tuple[int, Severity]]) -> dict[int, Severity]:
    """The worst severity per course day (keys 1–5 and AFTER), for the diary grid."""
    worst: dict[int, Severity] = {}
    for day, severity in placed:
        if day not in worst or severity.rank > worst[day].rank:
            worst[day] = severity
    return worst


def periods_from_courses(courses: Iterable[Course]) -> list[CoursePeriod]:
    """The diary periods of every course that was not cancelled, oldest first."""
    return sorted(
        (CoursePeriod(c.id, c.start_date, c.plan.interval_weeks) for c in courses
         if c.status is not CourseStatus.CANCELLED),
        key=lambda p: p.start,
    )
