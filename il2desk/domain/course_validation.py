"""Checks on a course plan before it is stored, shared by the wizard and the CLI.

`validate_plan` returns {field_key: plain message}; an empty dict means the plan can be
stored. Field keys are the CoursePlan attribute names, so the wizard can put each
message beside its own field (FieldError) and the CLI can print the first one.
Also holds the pre-course questions (rule R14) and the support checklist (rules R8,
R10, R11, R16) so every front end asks the same things.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from il2desk.domain.course import Course, CoursePlan, CourseStatus, Preparation
from il2desk.domain.dose import DoseInputError, format_dose_miu, plan_draw
from il2desk.domain.regimen import check_dose_range, validate_times
from il2desk.domain.texts import QT_TRANSLATE_NOOP
from il2desk.domain.timeplan import UnknownZoneError, is_valid_zone

__all__ = [
    "MAX_INTERVAL_WEEKS",
    "MIN_INTERVAL_WEEKS",
    "PRECHECKS",
    "SUPPORT_ITEMS",
    "CheckItem",
    "latest_finished_course",
    "open_support_items",
    "overlapping_course",
    "validate_plan",
]

# A 5-day course (rule R1) needs at least 2 weeks before the next can start without
# running into it; R5 lengthens 8 → 12 → 16 …, a year is far beyond any real plan.
MIN_INTERVAL_WEEKS = 2
MAX_INTERVAL_WEEKS = 52


@dataclasses.dataclass(frozen=True)
class CheckItem:
    key: str
    text: str
    advice: str = ""
    short: str = ""  # a few words for the printed checklist ("heart disease")


# rule R14: each "yes" is flagged with "discuss with your doctor before starting".
PRECHECKS: tuple[CheckItem, ...] = (
    CheckItem("infection", QT_TRANSLATE_NOOP(
        "domain", "Do you have an infection right now (for example a cold with "
        "fever, flu, or an infection being treated)?"),
        QT_TRANSLATE_NOOP(
            "domain", "With an active infection the course is usually delayed until it is over."),
        short=QT_TRANSLATE_NOOP("domain", "an infection now")),
    CheckItem("viral_load",
              QT_TRANSLATE_NOOP("domain", "Is your viral load high, or has it been going up?"),
              short=QT_TRANSLATE_NOOP("domain", "viral load high or rising")),
    CheckItem("blood_pressure",
              QT_TRANSLATE_NOOP("domain", "Do you take medicine for blood pressure?"),
              QT_TRANSLATE_NOOP(
                  "domain", "Interleukin-2 can lower blood pressure a lot during a course."),
              short=QT_TRANSLATE_NOOP("domain", "blood-pressure medicine")),
    CheckItem("heart", QT_TRANSLATE_NOOP("domain", "Do you have heart disease?"),
              short=QT_TRANSLATE_NOOP("domain", "heart disease")),
    CheckItem("lung", QT_TRANSLATE_NOOP("domain", "Do you have lung disease?"),
              short=QT_TRANSLATE_NOOP("domain", "lung disease")),
    CheckItem("autoimmune", QT_TRANSLATE_NOOP("domain", "Do you have an autoimmune disease?"),
              short=QT_TRANSLATE_NOOP("domain", "autoimmune disease")),
    CheckItem("thyroid", QT_TRANSLATE_NOOP("domain", "Do you have thyroid disease?"),
              short=QT_TRANSLATE_NOOP("domain", "thyroid disease")),
    CheckItem("diabetes", QT_TRANSLATE_NOOP("domain", "Do you have diabetes?"),
              short=QT_TRANSLATE_NOOP("domain", "diabetes")),
    CheckItem("pregnancy", QT_TRANSLATE_NOOP("domain", "Are you pregnant, or could you be?"),
              QT_TRANSLATE_NOOP("domain", "Interleukin-2 must be stopped during pregnancy."),
              short=QT_TRANSLATE_NOOP("domain", "pregnancy")),
)
PRECHECK_ADVICE = QT_TRANSLATE_NOOP(
    "domain", "Please discuss this with your doctor before starting.")

# rules R10 (support), R11 (sharps), R8 (pre-treatment), R16 (blood work).
SUPPORT_ITEMS: tuple[CheckItem, ...] = (
    CheckItem("company", QT_TRANSLATE_NOOP(
        "domain", "Someone stays overnight, or a friend checks in on me regularly")),
    CheckItem("childcare", QT_TRANSLATE_NOOP("domain", "Childcare is arranged (or not needed)")),
    CheckItem("doctor_number", QT_TRANSLATE_NOOP("domain", "I have my doctor's emergency number")),
    CheckItem("sharps",
              QT_TRANSLATE_NOOP("domain", "I have a sharps container for used syringes")),
    CheckItem("pretreatment",
              QT_TRANSLATE_NOOP("domain", "I have an antihistamine and ibuprofen at home")),
    CheckItem("blood_work", QT_TRANSLATE_NOOP("domain", "My blood test is booked")),
)

# rule R8: shown once, then remembered in the settings under this key.
PROTEASE_CAUTION = QT_TRANSLATE_NOOP(
    "domain",
    "Some antihistamines do not mix well with HIV protease inhibitors. Ask your doctor "
    "or pharmacist which antihistamine is right for you."
)
PROTEASE_CAUTION_SETTING = "r8_protease_caution_shown"


def _active(course: Course, ignore_id: int | None) -> bool:
    return course.status is not CourseStatus.CANCELLED and course.id != ignore_id


def overlapping_course(plan: CoursePlan, existing: Iterable[Course],
                       ignore_id: int | None = None) -> Course | None:
    """A non-cancelled course whose 5 days share a day with the plan's, if any."""
    for course in existing:
        if not _active(course, ignore_id):
            continue
        if plan.start_date <= course.end_date and course.start_date <= plan.end_date:
            return course
    return None


def latest_finished_course(existing: Iterable[Course], today: dt.date) -> Course | None:
    """The most recent course that is over (done, or planned and past): rule R3 input."""
    finished = [c for c in existing
                if c.status is CourseStatus.DONE
                or (c.status is CourseStatus.PLANNED and c.end_date < today)]
    return max(finished, key=lambda c: c.start_date, default=None)


def open_support_items(course: Course) -> list[CheckItem]:
    """Support checklist items the user has not ticked yet (rule R10)."""
    return [item for item in SUPPORT_ITEMS if not course.plan.support.get(item.key, False)]


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def validate_plan(plan: CoursePlan, today: dt.date, existing: Iterable[Course] = (),
                  *, ignore_id: int | None = None) -> dict[str, str]:
    """Everything wrong with a plan, field by field; {} when it may be stored.

    `today` is the user's local date (from ctx.clock, never the wall clock);
    `ignore_id` is the course being edited, so it does not overlap itself.
    """
    errors: dict[str, str] = {}

    if not is_valid_zone(plan.zone_name):
        errors["zone_name"] = str(UnknownZoneError(plan.zone_name))

    if plan.recorded_after:
        # A past course entered afterwards must really be over.
        if plan.end_date > today:
            errors["start_date"] = QT_TRANSLATE_NOOP(
                "domain", "A course you record afterwards must already be over: "
                "its last day is after today.")
    elif plan.start_date < today:
        errors["start_date"] = QT_TRANSLATE_NOOP(
            "domain", "The start date is in the past. Please choose today or a later day.")

    problems = validate_times(plan.morning, plan.evening)
    if problems:
        errors["evening"] = problems[0]

    try:
        check = check_dose_range(plan.dose_miu)  # rule R2
    except DoseInputError as problem:
        errors["dose_miu"] = problem.message
    else:
        if check.needs_confirmation and not plan.dose_confirmed and check.message:
            errors["dose_miu"] = check.message

    if not MIN_INTERVAL_WEEKS <= plan.interval_weeks <= MAX_INTERVAL_WEEKS:
        errors["interval_weeks"] = QT_TRANSLATE_NOOP(
            "domain", "The time to the next course must be between {low} and {high} weeks "
            "(usually 8).").format(low=MIN_INTERVAL_WEEKS, high=MAX_INTERVAL_WEEKS)

    if plan.preparation is Preparation.VIAL:  # rules R11, D3
        if plan.syringe_kind is None:
            errors["syringe_kind"] = QT_TRANSLATE_NOOP(
                "domain", "Please choose the kind of syringe you draw with.")
        elif plan.concentration_miu_per_ml is not None and "dose_miu" not in errors:
            try:
                draw = plan_draw(plan.dose_miu, plan.concentration_miu_per_ml,
                                 plan.syringe_kind)
            except DoseInputError as problem:
                errors["concentration_miu_per_ml"] = problem.message
            else:
                if not draw.acceptable and draw.problem:
                    errors["syringe_kind"] = draw.problem

    if "start_date" not in errors:
        other = overlapping_course(plan, existing, ignore_id)
        if other is not None:
            errors["start_date"] = QT_TRANSLATE_NOOP(
                "domain", "These days overlap another course ({first} to {last}, {dose} per "
                "injection). Please choose a start after that course, or cancel it first."
            ).format(first=_long_date(other.start_date), last=_long_date(other.end_date),
                     dose=format_dose_miu(other.dose_miu))
    return errors
