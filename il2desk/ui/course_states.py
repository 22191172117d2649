"""Course and injection states in words, translated (rule R17): the same words in
Today, Courses, the past-course dialog and the outputs. The states themselves are
decided in one place, `domain.visit_report.course_state` (imported when first needed:
it is not needed before the first window is painted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from il2desk.domain.course import Course, Injection, InjectionStatus
from il2desk.domain.timeplan import from_utc
from il2desk.ui.dates import long_date
from il2desk.ui.i18n import translate_message


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def course_state_text(course: Course, injections: Sequence[Injection] | Mapping[
        InjectionStatus, int], today: dt.date, *, long: bool = False) -> str:
    """"Under way", "Stopped early (side effects) on 23 November 2026", … translated.
    `injections`: the course's injections, or how many are in each state."""
    from il2desk.domain.visit_report import (
        CourseState,
        course_state_of,
        state_message,
        status_counts,
    )

    counts = injections if isinstance(injections, Mapping) else status_counts(injections)
    state = course_state_of(course, counts, today)
    text = _capital(translate_message(state_message(state, course.stop_reason)))
    if long and state is CourseState.STOPPED and course.stopped_utc is not None:
        local = from_utc(course.stopped_utc, course.zone_name)
        text = QCoreApplication.translate("CourseStatus", "{state} on {date} at {time}").format(
            state=text, date=long_date(local.date()), time=local.strftime("%H:%M"))
    if long and course.plan.recorded_after:
        text += QCoreApplication.translate("CourseStatus", " (recorded afterwards)")
    if course.plan.hard_to_tolerate:
        text += QCoreApplication.translate("CourseStatus", ", hard to tolerate")
    return text


def injection_state_text(injection: Injection) -> str:
    """"Given", "Missed", "Not given (course stopped)", "Planned", translated."""
    from il2desk.domain.visit_report import INJECTION_STATE_LABELS

    return _capital(translate_message(INJECTION_STATE_LABELS[injection.status]))


def not_given_count(injections: Sequence[Injection]) -> int:
    return sum(1 for i in injections if i.status is InjectionStatus.NOT_GIVEN)
