"""Stopping a course early, or cancelling one before it began (rule R17).

What stopping does: the injections already given stay as they are (and missed ones
stay missed); every injection still planned becomes "not given" — a state of its own,
not "missed" — so its reminders and calendar events are withdrawn. A course stopped
for side effects counts as hard to tolerate, so the rule R3 step-down suggestion
appears for the next course. A course that has not begun is cancelled instead.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from il2desk.domain.course import (
    Course,
    CourseStatus,
    Injection,
    InjectionStatus,
    Route,
    StopReason,
)
from il2desk.domain.errors import FieldInputError
from il2desk.domain.texts import QT_TRANSLATE_NOOP, message

# The words the command line takes for each reason (`--reason side-effects`).
REASON_WORDS: dict[str, StopReason] = {
    "side-effects": StopReason.SIDE_EFFECTS,
    "infection": StopReason.INFECTION,
    "doctor": StopReason.DOCTOR,
    "other": StopReason.OTHER,
}


@dataclass(frozen=True, slots=True)
class StopPlan:
    """What stopping a course at a moment does, before anything is stored."""

    reason: StopReason
    at_utc: dt.datetime
    given: int  # injections given, which stay
    not_given_ids: tuple[int, ...]  # still planned: they become "not given"
    hard_to_tolerate: bool  # the course counts as hard to tolerate afterwards (R3)


def has_begun(course: Course, injections: Sequence[Injection], now_utc: dt.datetime) -> bool:
    """A course has begun once its first injection's time has come or any injection
    was recorded (given or missed); a stopped or completed course has begun too."""
    if course.status in (CourseStatus.DONE, CourseStatus.STOPPED):
        return True
    if course.status is CourseStatus.CANCELLED:
        return False
    if any(i.status in (InjectionStatus.DONE, InjectionStatus.MISSED) for i in injections):
        return True
    if course.plan.route is Route.HOSPITAL:  # rule R18: no injections, its first day
        return course.start_date <= now_utc.date()
    first = min((i.planned_utc for i in injections), default=None)
    return first is not None and first <= now_utc


def can_stop(course: Course, injections: Sequence[Injection], now_utc: dt.datetime) -> bool:
    """Stopping is for a planned course that has begun and still has injections ahead."""
    return (course.status is CourseStatus.PLANNED and has_begun(course, injections, now_utc)
            and any(i.status is InjectionStatus.PLANNED for i in injections))


def can_cancel(course: Course, injections: Sequence[Injection], now_utc: dt.datetime) -> bool:
    """Cancelling is for a planned course that has not begun."""
    return course.status is CourseStatus.PLANNED and not has_begun(course, injections, now_utc)


def can_mark_hard(course: Course, injections: Sequence[Injection], now_utc: dt.datetime) -> bool:
    """"Hard to tolerate" can be set on any course that has begun (rule R3, issue 19)."""
    return course.status is not CourseStatus.CANCELLED and has_begun(course, injections,
                                                                      now_utc)


def plan_stop(course: Course, injections: Sequence[Injection], reason: StopReason,
              at_utc: dt.datetime, now_utc: dt.datetime) -> StopPlan:
    """What stopping does; FieldInputError (plain words) when it cannot be stopped."""
    if course.status is CourseStatus.STOPPED:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "This course was already stopped.")),
                              field="course")
    if course.status is CourseStatus.CANCELLED:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "This course was cancelled.")),
                              field="course")
    if course.status is CourseStatus.DONE or not any(
            i.status is InjectionStatus.PLANNED for i in injections):
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "This course has no injections left to stop.")), field="course")
    if not has_begun(course, injections, now_utc):
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "This course has not begun: cancel it instead.")), field="course")
    if at_utc > now_utc:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "The time the course stopped cannot be in the future.")), field="at")
    first = min(i.planned_utc for i in injections)
    if at_utc.date() < first.date() - dt.timedelta(days=1):
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "The time the course stopped is before the course began.")), field="at")
    last_given = max((i.given_utc for i in injections
                      if i.status is InjectionStatus.DONE and i.given_utc), default=None)
    if last_given is not None and at_utc < last_given:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "An injection was given after that time: the course stopped after "
            "it.")), field="at")
    return StopPlan(
        reason=reason, at_utc=at_utc,
        given=sum(1 for i in injections if i.status is InjectionStatus.DONE),
        not_given_ids=tuple(i.id for i in injections if i.status is InjectionStatus.PLANNED),
        hard_to_tolerate=course.plan.hard_to_tolerate or reason is StopReason.SIDE_EFFECTS,
    )


def check_cancel(course: Course, injections: Sequence[Injection], now_utc: dt.datetime) -> None:
    """FieldInputError (plain words) unless the course can be cancelled."""
    if course.status is CourseStatus.CANCELLED:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "This course was already cancelled.")),
                              field="course")
    if not can_cancel(course, injections, now_utc):
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "This course has begun: stop it instead.")),
            field="course")
