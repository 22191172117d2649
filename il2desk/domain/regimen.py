"""The interleukin-2 course: its fixed numbers, its days, its start day and labs.

Rules R1, R2 and R3 (their numbers), R4, R7 and R16. The injections' times are in
schedule.py; the dose check and the dose step are in dose_advice.py. The program is a
companion, not a prescriber: every dose and interval here is the doctor's;
suggestions only ever say "discuss with your doctor" and change nothing by themselves.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message

__all__ = [
    "BLOOD_WORK_DAYS_BEFORE",
    "DAYS_PER_COURSE",
    "DEFAULT_INTERVAL_WEEKS",
    "INJECTIONS_PER_COURSE",
    "INJECTIONS_PER_DAY",
    "LOWEST_USUAL_DAILY_MIU",
    "LOW_DAILY_DOSE_MAX_MIU",
    "MAX_DAYS_LOW_DOSE",
    "MAX_DAYS_STANDARD",
    "MIN_HOURS_BETWEEN_DOSES",
    "REDUCTION_STEP_DAILY_MIU",
    "TYPO_GUARD_MAX_MIU",
    "TYPO_GUARD_MIN_MIU",
    "UNRELIABLE_LAB_DAYS_AFTER",
    "USUAL_MAX_MIU",
    "USUAL_MIN_MIU",
    "WEDNESDAY_REASON",
    "Slot",
    "blood_work_due",
    "course_end",
    "course_total_miu",
    "daily_total_miu",
    "is_lab_unreliable",
    "next_course_start",
    "next_wednesday",
    "plain_miu",
    "validate_times",
    "wall_gap",
]

# rule R1: 5 consecutive days, morning and evening.
DAYS_PER_COURSE = 5
INJECTIONS_PER_DAY = 2
INJECTIONS_PER_COURSE = DAYS_PER_COURSE * INJECTIONS_PER_DAY  # 10

# rule R18: the doctor may set a shortened course (1 to 5 days), once-daily
# injections, or a low daily dose given for longer (the guide mentions 1 million units
# a day); "low" here means at most this many million units a day.
MAX_DAYS_STANDARD = 5
MAX_DAYS_LOW_DOSE = 28
LOW_DAILY_DOSE_MAX_MIU = Decimal(3)

# rule R4
DEFAULT_INTERVAL_WEEKS = 8

# rule R2: outside the typo guard a dose needs explicit confirmation; the usual range
# only earns a note.
TYPO_GUARD_MIN_MIU = Decimal("0.5")
TYPO_GUARD_MAX_MIU = Decimal("10")
USUAL_MIN_MIU = Decimal("4.5")
USUAL_MAX_MIU = Decimal("7.5")

# Program rule: morning and evening doses at least this far apart.
MIN_HOURS_BETWEEN_DOSES = 8

# rule R16
BLOOD_WORK_DAYS_BEFORE = 14
UNRELIABLE_LAB_DAYS_AFTER = 28

# rule R3: 15 → 12 → 9 million units a day.
REDUCTION_STEP_DAILY_MIU = Decimal(3)
LOWEST_USUAL_DAILY_MIU = Decimal(9)

_WEDNESDAY = 2  # date.weekday()

# rule R7
WEDNESDAY_REASON = QT_TRANSLATE_NOOP(
    "domain",
    "Side effects, if you get any, are usually worst on the last two or three days of a "
    "course, and starting on a Wednesday puts those days on the weekend."
)


class Slot(StrEnum):
    MORNING = "morning"
    EVENING = "evening"


def wall_gap(morning: time, evening: time) -> timedelta:
    """How far the evening time is after the morning one, on the clock.

    Measured on a plain day: a change of daylight saving time only shifts it for one day.
    """
    anchor = date(2000, 1, 3)
    plain_evening = evening.replace(tzinfo=None)
    plain_morning = morning.replace(tzinfo=None)
    return datetime.combine(anchor, plain_evening) - datetime.combine(anchor, plain_morning)


def validate_times(morning: time, evening: time) -> list[Message]:
    """Plain messages about the chosen injection times; empty when they are fine."""
    gap = wall_gap(morning, evening)
    if gap <= timedelta(0):
        return [message(QT_TRANSLATE_NOOP(
            "domain", "The evening injection must be later in the day than the morning one."))]
    if gap < timedelta(hours=MIN_HOURS_BETWEEN_DOSES):
        return [message(QT_TRANSLATE_NOOP(
            "domain", "Please leave at least %n hour(s) between the morning and the evening "
            "injection."), count=MIN_HOURS_BETWEEN_DOSES)]
    return []


def plain_miu(value: Decimal) -> Decimal:
    """An amount without a trailing ".0": 7.5 × 2 − 3 is Decimal("12.0"), stored and
    shown as 12 (in the spirit of rule D4)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def daily_total_miu(dose_miu: Decimal) -> Decimal:
    """Per-injection dose × 2 (rule R1)."""
    return plain_miu(Decimal(dose_miu) * INJECTIONS_PER_DAY)


def course_total_miu(dose_miu: Decimal) -> Decimal:
    """Per-injection dose × 10 (rule R1)."""
    return plain_miu(Decimal(dose_miu) * INJECTIONS_PER_COURSE)


def next_wednesday(today: date) -> date:
    """Default course start (rule R7): the first Wednesday strictly after today.

    If today is a Wednesday this gives next week's: a course needs preparation
    (pre-course checklist, blood work, someone to stay over), so starting today is
    not offered as the default.
    """
    days_ahead = (_WEDNESDAY - today.weekday()) % 7 or 7
    return today + timedelta(days=days_ahead)


def next_course_start(start: date, interval_weeks: int = DEFAULT_INTERVAL_WEEKS) -> date:
    """Start of the following course, `interval_weeks` after this one's start (rule R4)."""
    if interval_weeks < 1:
        raise ValueError("interval_weeks must be at least 1")
    return start + timedelta(weeks=interval_weeks)


def blood_work_due(start: date) -> date:
    """Blood work is due 2 weeks before a course starts (rule R16)."""
    return start - timedelta(days=BLOOD_WORK_DAYS_BEFORE)


def course_end(start: date, days: int = DAYS_PER_COURSE) -> date:
    """Day of the last injection: day 5 of a standard course (rule R1), or the last of
    the days the doctor set (rule R18)."""
    return start + timedelta(days=days - 1)


def is_lab_unreliable(drawn: date, last_injection_day: date) -> bool:
    """Rule R16: drawn after the last injection day and at most 28 days after it.

    Day 28 itself still counts as unreliable (within 4 weeks). A draw on the last
    injection day or earlier is not judged here, as the brief specifies.
    """
    days_after = (drawn - last_injection_day).days
    return 0 < days_after <= UNRELIABLE_LAB_DAYS_AFTER
