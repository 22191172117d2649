"""Checks on a course plan before it is stored, shared by the wizard and the CLI.

`validate_plan` returns {field_key: plain message}; an empty dict means the plan can be
stored. Field keys are the CoursePlan attribute names, so the wizard can put each
message beside its own field (FieldError) and the CLI can print the first one.
The questions asked before a course and the support checklist are in checklists.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from il2desk.domain.course import Course, CoursePlan, CourseStatus, Preparation, Route
from il2desk.domain.dose import DoseInputError, format_dose_miu
from il2desk.domain.dose_advice import TICK_TO_CONFIRM, check_dose_range
from il2desk.domain.draw_plan import plan_draw
from il2desk.domain.regimen import (
    LOW_DAILY_DOSE_MAX_MIU,
    MAX_DAYS_LOW_DOSE,
    MAX_DAYS_STANDARD,
    plain_miu,
    validate_times,
)
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Joined, Message, Value, message
from il2desk.domain.timeplan import UnknownZoneError, is_valid_zone

__all__ = [
    "MAX_INTERVAL_WEEKS",
    "MIN_INTERVAL_WEEKS",
    "default_start",
    "interval_problem",
    "latest_finished_course",
    "nearest_wednesday",
    "overlapping_course",
    "previous_course",
    "validate_plan",
]

# How the user confirms a start sooner than the interval (rule R4), said at the end of
# the check's sentence: the wizard's tick box by default; the command line passes its
# option instead ("add --confirm-interval to confirm").
TICK_TO_CONFIRM_INTERVAL = message(QT_TRANSLATE_NOOP(
    "domain", "tick the box to confirm the interval"))

# A 5-day course (rule R1) needs at least 2 weeks before the next can start without
# running into it; R5 lengthens 8 → 12 → 16 …, a year is far beyond any real plan.
MIN_INTERVAL_WEEKS = 2
MAX_INTERVAL_WEEKS = 52
WEDNESDAY_SLACK_DAYS = 3  # the nearest Wednesday is at most 3 days from any day


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
                if c.status in (CourseStatus.DONE, CourseStatus.STOPPED)  # rule R17
                or (c.status is CourseStatus.PLANNED and c.end_date < today)]
    return max(finished, key=lambda c: c.start_date, default=None)


def _regimen_errors(plan: CoursePlan) -> dict[str, Message]:
    """Rule R18: 1 to 5 days (up to 28 for a low daily dose), 1 or 2 injections a day."""
    if plan.per_day not in (1, 2):
        return {"per_day": message(QT_TRANSLATE_NOOP(
            "domain", "Injections per day: 2 (morning and evening) or 1."))}
    if not 1 <= plan.days <= MAX_DAYS_LOW_DOSE:
        return {"days": message(QT_TRANSLATE_NOOP(
            "domain", "A course lasts from 1 to {most} days."), most=MAX_DAYS_LOW_DOSE)}
    daily = plan.dose_miu * plan.per_day
    if plan.route is Route.HOME and plan.days > MAX_DAYS_STANDARD \
            and daily > LOW_DAILY_DOSE_MAX_MIU:
        return {"days": message(QT_TRANSLATE_NOOP(
            "domain", "More than {days} days is only for a low daily dose (at most {low} "
            "million units a day); this plan gives {daily} million units a day. Please "
            "check the days and the dose with your doctor's instructions."),
            days=MAX_DAYS_STANDARD, low=LOW_DAILY_DOSE_MAX_MIU, daily=plain_miu(daily))}
    return {}


# -- rule R4: the interval between courses (issue 19) -----------------------------------

def nearest_wednesday(day: dt.date) -> dt.date:
    """The Wednesday closest to `day` (rule R7), `day` itself when it is one."""
    return day + dt.timedelta(days=(2 - day.weekday() + 3) % 7 - 3)


def previous_course(existing: Iterable[Course], before: dt.date,
                    ignore_id: int | None = None) -> Course | None:
    """The latest course (not cancelled) that began before `before`."""
    earlier = [c for c in existing if _active(c, ignore_id) and c.start_date < before]
    return max(earlier, key=lambda c: (c.start_date, c.id), default=None)


def default_start(existing: Iterable[Course], today: dt.date,
                  ignore_id: int | None = None) -> tuple[dt.date, Course | None]:
    """The next course's default first day, and the course it follows (if any): the
    Wednesday nearest the last course's start plus its interval (rules R4, R7); when
    that day has passed, or there is no earlier course, the next Wednesday."""
    from il2desk.domain.regimen import next_wednesday

    last = previous_course(existing, dt.date.max, ignore_id)
    if last is None:
        return next_wednesday(today), None
    due = nearest_wednesday(last.start_date + dt.timedelta(weeks=last.plan.interval_weeks))
    return (due if due > today else next_wednesday(today)), last


def interval_problem(plan: CoursePlan, existing: Iterable[Course],
                     ignore_id: int | None = None,
                     confirm: Value = TICK_TO_CONFIRM_INTERVAL) -> Message | None:
    """Rule R4: a start closer than the doctor's interval to the course before asks for
    a confirmation naming both dates and the interval; None when it is far enough.
    `confirm` says how to confirm (the window's tick box, the command line's option)."""
    last = previous_course(existing, plan.start_date, ignore_id)
    if last is None:
        return None
    weeks = last.plan.interval_weeks
    # The default start is the Wednesday nearest the due day (rule R7), up to 3 days
    # before it: that much sooner is the program's own suggestion, not a shorter interval.
    due = last.start_date + dt.timedelta(weeks=weeks)
    if plan.start_date >= due - dt.timedelta(days=WEDNESDAY_SLACK_DAYS):
        return None
    days = (plan.start_date - last.start_date).days
    return message(QT_TRANSLATE_NOOP(
        "domain", "This course would start on {start}, {days} after the course that "
        "began on {previous}; the interval your doctor set is {weeks}. If your "
        "doctor wants it this soon, {confirm}."),
        confirm=confirm, start=plan.start_date, previous=last.start_date,
        days=message(QT_TRANSLATE_NOOP("domain", "%n day(s)"), count=days),
        weeks=message(QT_TRANSLATE_NOOP("domain", "%n week(s)"), count=weeks))


def validate_plan(plan: CoursePlan, today: dt.date, existing: Iterable[Course] = (),
                  *, ignore_id: int | None = None, confirm_dose: Value = TICK_TO_CONFIRM,
                  confirm_interval: Value = TICK_TO_CONFIRM_INTERVAL,
                  ) -> dict[str, Message | Joined | str]:
    """Everything wrong with a plan, field by field; {} when it may be stored.

    `today` is the user's local date (from ctx.clock, never the wall clock);
    `ignore_id` is the course being edited, so it does not overlap itself;
    `confirm_dose` and `confirm_interval` say how rules R2 and R4 are confirmed (the
    wizard's tick boxes by default; the command line's options).
    """
    # Each a message value; a few still come as sentences from modules not moved yet.
    errors: dict[str, Message | Joined | str] = {}

    if not is_valid_zone(plan.zone_name):
        errors["zone_name"] = UnknownZoneError(plan.zone_name).message

    if plan.route is Route.HOSPITAL:
        # Rule R18: a course by infusion in hospital is recorded (past or planned) with
        # its dates and daily dose; no home times, no per-injection dose check.
        pass
    elif plan.recorded_after:
        # A past course entered afterwards must really be over.
        if plan.end_date > today:
            errors["start_date"] = message(QT_TRANSLATE_NOOP(
                "domain", "A course you record afterwards must already be over: "
                "its last day is after today."))
    elif plan.start_date < today:
        errors["start_date"] = message(QT_TRANSLATE_NOOP(
            "domain", "The start date is in the past. Please choose today or a later day."))

    home = plan.route is Route.HOME
    problems = validate_times(plan.morning, plan.evening) if plan.per_day == 2 and home \
        else []
    if problems:
        errors["evening"] = problems[0]
    errors.update(_regimen_errors(plan))  # rule R18

    try:
        check = check_dose_range(plan.dose_miu, confirm_dose)  # rule R2
    except DoseInputError as problem:
        errors["dose_miu"] = problem.message
    else:
        if home and check.needs_confirmation and not plan.dose_confirmed and check.message:
            errors["dose_miu"] = check.message

    if not MIN_INTERVAL_WEEKS <= plan.interval_weeks <= MAX_INTERVAL_WEEKS:
        errors["interval_weeks"] = message(QT_TRANSLATE_NOOP(
            "domain", "The time to the next course must be between {low} and {high} weeks "
            "(usually 8)."), low=MIN_INTERVAL_WEEKS, high=MAX_INTERVAL_WEEKS)

    if plan.preparation is Preparation.VIAL:  # rules R11, D3
        if plan.syringe_kind is None:
            errors["syringe_kind"] = message(QT_TRANSLATE_NOOP(
                "domain", "Please choose the kind of syringe you draw with."))
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
            errors["start_date"] = message(QT_TRANSLATE_NOOP(
                "domain", "These days overlap another course ({first} to {last}, {dose} per "
                "injection). Please choose a start after that course, or cancel it first."),
                first=other.start_date, last=other.end_date,
                dose=format_dose_miu(other.dose_miu))
        elif not plan.recorded_after and not plan.interval_confirmed:  # rule R4
            too_soon = interval_problem(plan, existing, ignore_id, confirm_interval)
            if too_soon is not None:
                errors["start_date"] = too_soon
    return errors
