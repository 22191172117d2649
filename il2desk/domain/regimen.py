"""The interleukin-2 course: schedule, dose range, start day, labs, dose steps.

Rules R1, R2, R3, R4, R7 and R16. The program is a companion, not a prescriber: every
dose and interval here is the doctor's; suggestions only ever say "discuss with your
doctor" and change nothing by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from il2desk.domain.dose import DoseInputError, format_dose_miu, format_number
from il2desk.domain.texts import QT_TRANSLATE_NOOP
from il2desk.domain.timeplan import ResolvedTime, resolve_local

__all__ = [
    "BLOOD_WORK_DAYS_BEFORE",
    "DAYS_PER_COURSE",
    "DEFAULT_INTERVAL_WEEKS",
    "INJECTIONS_PER_COURSE",
    "INJECTIONS_PER_DAY",
    "LOWEST_USUAL_DAILY_MIU",
    "MIN_HOURS_BETWEEN_DOSES",
    "REDUCTION_STEP_DAILY_MIU",
    "TYPO_GUARD_MAX_MIU",
    "TYPO_GUARD_MIN_MIU",
    "UNRELIABLE_LAB_DAYS_AFTER",
    "USUAL_MAX_MIU",
    "USUAL_MIN_MIU",
    "WEDNESDAY_REASON",
    "DoseRangeCheck",
    "DoseSuggestion",
    "PlannedDose",
    "Slot",
    "blood_work_due",
    "check_dose_range",
    "course_end",
    "course_total_miu",
    "daily_total_miu",
    "is_lab_unreliable",
    "next_course_start",
    "next_wednesday",
    "plan_course",
    "suggest_reduction",
    "validate_times",
]

# rule R1: 5 consecutive days, morning and evening.
DAYS_PER_COURSE = 5
INJECTIONS_PER_DAY = 2
INJECTIONS_PER_COURSE = DAYS_PER_COURSE * INJECTIONS_PER_DAY  # 10

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


@dataclass(frozen=True)
class PlannedDose:
    """One of the 10 injections of a course (rule R1) at its resolved time (rule T1)."""

    index: int  # 1..10
    day: int  # 1..5
    slot: Slot
    time: ResolvedTime


def _gap(morning: time, evening: time) -> timedelta:
    # Wall-clock difference on a plain day; a DST change only shifts it for one day.
    anchor = date(2000, 1, 3)
    plain_evening = evening.replace(tzinfo=None)
    plain_morning = morning.replace(tzinfo=None)
    return datetime.combine(anchor, plain_evening) - datetime.combine(anchor, plain_morning)


def validate_times(morning: time, evening: time) -> list[str]:
    """Plain messages about the chosen injection times; empty when they are fine."""
    gap = _gap(morning, evening)
    if gap <= timedelta(0):
        return [QT_TRANSLATE_NOOP(
            "domain", "The evening injection must be later in the day than the morning one.")]
    if gap < timedelta(hours=MIN_HOURS_BETWEEN_DOSES):
        return [
            QT_TRANSLATE_NOOP(
                "domain", "Please leave at least {hours} hours between the morning and the "
                "evening injection.").format(hours=MIN_HOURS_BETWEEN_DOSES)
        ]
    return []


def plan_course(start: date, morning: time, evening: time, zone_name: str) -> list[PlannedDose]:
    """The 10 injections of a course starting on `start` (rules R1 and T1).

    Raises ValueError when the evening is not after the morning, because the order of
    the injections would no longer be morning-then-evening. The 8-hour spacing is
    reported by validate_times but not enforced here: the times are the doctor's.
    """
    if _gap(morning, evening) <= timedelta(0):
        raise ValueError(validate_times(morning, evening)[0])
    doses: list[PlannedDose] = []
    for day_number in range(1, DAYS_PER_COURSE + 1):
        day = start + timedelta(days=day_number - 1)
        for slot, wall in ((Slot.MORNING, morning), (Slot.EVENING, evening)):
            doses.append(
                PlannedDose(
                    index=len(doses) + 1,
                    day=day_number,
                    slot=slot,
                    time=resolve_local(day, wall, zone_name),
                )
            )
    return doses


def _plain(value: Decimal) -> Decimal:
    # 7.5 × 2 − 3 is Decimal("12.0"); store and show it as 12 (rule D4 spirit).
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def daily_total_miu(dose_miu: Decimal) -> Decimal:
    """Per-injection dose × 2 (rule R1)."""
    return _plain(Decimal(dose_miu) * INJECTIONS_PER_DAY)


def course_total_miu(dose_miu: Decimal) -> Decimal:
    """Per-injection dose × 10 (rule R1)."""
    return _plain(Decimal(dose_miu) * INJECTIONS_PER_COURSE)


@dataclass(frozen=True)
class DoseRangeCheck:
    """Result of the rule R2 check on a per-injection dose."""

    needs_confirmation: bool  # outside 0.5–10: refuse unless the user confirms
    message: str | None
    outside_usual: bool  # outside 4.5–7.5


def _decimal_slip_guess(dose: Decimal) -> Decimal | None:
    """The dose with its decimal point moved so it lands in the usual range, if any.

    A slipped decimal point (45 for 4.5, 0.06 for 6) is the typo rule R2 guards against.
    """
    for places in (1, -1, 2, -2, 3, -3):
        guess = dose.scaleb(-places)
        if USUAL_MIN_MIU <= guess <= USUAL_MAX_MIU:
            return _plain(guess)
    return None


def check_dose_range(dose_miu: Decimal, *, decimal_mark: str = ".") -> DoseRangeCheck:
    """Rule R2: a likely typo needs confirmation; an unusual dose gets a note."""
    dose = Decimal(dose_miu)
    if not dose.is_finite() or dose <= 0:
        raise DoseInputError(QT_TRANSLATE_NOOP("domain", "The dose must be more than zero."),
                             field="dose_miu")
    shown = format_dose_miu(dose, decimal_mark=decimal_mark)
    usual = QT_TRANSLATE_NOOP("domain", "{low} to {high}").format(
        low=format_number(USUAL_MIN_MIU, decimal_mark=decimal_mark),
        high=format_dose_miu(USUAL_MAX_MIU, decimal_mark=decimal_mark))
    confirm = QT_TRANSLATE_NOOP(
        "domain", "If this really is what your doctor prescribed, tick the box to confirm.")
    if dose > TYPO_GUARD_MAX_MIU or dose < TYPO_GUARD_MIN_MIU:
        if dose > TYPO_GUARD_MAX_MIU:
            far = QT_TRANSLATE_NOOP("domain", "{dose} per injection is far above the usual range.")
        else:
            far = QT_TRANSLATE_NOOP("domain", "{dose} per injection is far below the usual range.")
        parts = [far.format(dose=shown)]
        guess = _decimal_slip_guess(dose)
        if guess is not None:
            parts.append(
                QT_TRANSLATE_NOOP("domain", "Check the prescription: did you mean {number}?")
                .format(number=format_number(guess, decimal_mark=decimal_mark))
            )
        else:
            parts.append(QT_TRANSLATE_NOOP("domain", "Check the prescription."))
        half = dose / INJECTIONS_PER_DAY
        if dose > TYPO_GUARD_MAX_MIU and USUAL_MIN_MIU <= half <= USUAL_MAX_MIU:
            # A daily total typed where the per-injection dose belongs is a likely slip.
            parts.append(
                QT_TRANSLATE_NOOP(
                    "domain", "If that is the amount for the whole day, each injection is half "
                    "of it: {dose}.").format(dose=format_dose_miu(half, decimal_mark=decimal_mark))
            )
        parts.append(confirm)
        return DoseRangeCheck(needs_confirmation=True, message=" ".join(parts), outside_usual=True)
    if dose < USUAL_MIN_MIU or dose > USUAL_MAX_MIU:
        message = QT_TRANSLATE_NOOP(
            "domain", "{dose} per injection is outside the usual range of {usual}. That can be "
            "right, for example after the dose was lowered. Please check it against your "
            "prescription.").format(dose=shown, usual=usual)
        return DoseRangeCheck(needs_confirmation=False, message=message, outside_usual=True)
    return DoseRangeCheck(needs_confirmation=False, message=None, outside_usual=False)


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


def course_end(start: date) -> date:
    """Day of the last injection: day 5 of the course (rule R1)."""
    return start + timedelta(days=DAYS_PER_COURSE - 1)


def is_lab_unreliable(drawn: date, last_injection_day: date) -> bool:
    """Rule R16: drawn after the last injection day and at most 28 days after it.

    Day 28 itself still counts as unreliable (within 4 weeks). A draw on the last
    injection day or earlier is not judged here, as the brief specifies.
    """
    days_after = (drawn - last_injection_day).days
    return 0 < days_after <= UNRELIABLE_LAB_DAYS_AFTER


@dataclass(frozen=True)
class DoseSuggestion:
    """One step down after a course that was hard to tolerate (rule R3)."""

    daily_miu: Decimal
    per_injection_miu: Decimal
    text: str  # ends with "discuss with your doctor"
    below_usual: bool  # below 9 million units a day


def suggest_reduction(
    current_per_injection_miu: Decimal, *, decimal_mark: str = "."
) -> DoseSuggestion | None:
    """Rule R3: exactly one step of 3 million units a day down, as a suggestion.

    15 → 12 → 9 a day (7.5 → 6 → 4.5 per injection). A step below 9 a day is still
    offered, with the text saying plainly that it goes below the usual lowest dose.
    None when the step would leave nothing (≤ 0).
    """
    current = Decimal(current_per_injection_miu)
    if not current.is_finite() or current <= 0:
        raise DoseInputError(QT_TRANSLATE_NOOP("domain", "The dose must be more than zero."),
                             field="dose_miu")
    current_daily = daily_total_miu(current)
    daily = _plain(current_daily - REDUCTION_STEP_DAILY_MIU)
    if daily <= 0:
        return None
    per_injection = _plain(daily / INJECTIONS_PER_DAY)
    below_usual = daily < LOWEST_USUAL_DAILY_MIU

    def amounts(day_total: Decimal, each: Decimal) -> str:
        return QT_TRANSLATE_NOOP("domain", "{daily} a day ({each} per injection)").format(
            daily=format_dose_miu(day_total, decimal_mark=decimal_mark),
            each=format_dose_miu(each, decimal_mark=decimal_mark))

    sentences = [
        QT_TRANSLATE_NOOP(
            "domain", "The last course was hard to tolerate. You could ask about lowering the "
            "dose by one step, from {current} to {lower}.").format(
                current=amounts(current_daily, current), lower=amounts(daily, per_injection)),
    ]
    if below_usual:
        lowest_each = LOWEST_USUAL_DAILY_MIU / INJECTIONS_PER_DAY
        sentences.append(
            QT_TRANSLATE_NOOP("domain", "This would go below the usual lowest dose of {dose}.")
            .format(dose=amounts(LOWEST_USUAL_DAILY_MIU, lowest_each))
        )
    sentences.append(
        QT_TRANSLATE_NOOP("domain", "Lowering the dose does not cause drug resistance."))
    sentences.append(
        QT_TRANSLATE_NOOP("domain", "Nothing changes until you discuss with your doctor"))
    return DoseSuggestion(
        daily_miu=daily,
        per_injection_miu=per_injection,
        text=" ".join(sentences),
        below_usual=below_usual,
    )
