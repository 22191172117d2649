"""Stopping a course early and cancelling one before it began (rule R17), for the
window and the command line alike: the domain decides, the repository stores it in
one transaction. The caller then re-syncs the reminders (the window at once; the
command line leaves it to the program's next heartbeat or start, which withdraws
reminders of injections no longer planned before any could fire)."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.course import StopReason
from il2desk.domain.course_stop import StopPlan, check_cancel, plan_stop
from il2desk.domain.errors import FieldInputError
from il2desk.domain.texts import QT_TRANSLATE_NOOP, message
from il2desk.storage.course_repo import CourseRepository


def _load(courses: CourseRepository, course_id: int):
    course = courses.get(course_id)
    if course is None:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "There is no course number {number}."), number=course_id), field="course")
    return course, courses.injections(course_id)


def preview_stop(courses: CourseRepository, course_id: int, reason: StopReason,
                 at_utc: dt.datetime, now_utc: dt.datetime) -> StopPlan:
    """What stopping would do (FieldInputError in plain words when it cannot)."""
    course, injections = _load(courses, course_id)
    return plan_stop(course, injections, reason, at_utc, now_utc)


def stop_course(courses: CourseRepository, course_id: int, reason: StopReason,
                at_utc: dt.datetime, now_utc: dt.datetime) -> StopPlan:
    plan = preview_stop(courses, course_id, reason, at_utc, now_utc)
    courses.stop(course_id, reason, at_utc, plan.hard_to_tolerate, now_utc)
    return plan


def cancel_course(courses: CourseRepository, course_id: int, now_utc: dt.datetime) -> None:
    course, injections = _load(courses, course_id)
    check_cancel(course, injections, now_utc)
    courses.cancel(course_id, now_utc)
