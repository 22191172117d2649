"""Rule R17 through the real record: stopping withdraws reminders at once, the calendar
shows what will not happen as cancelled, and a course stopped for side effects brings
the rule R3 step-down suggestion for the next course."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from il2desk.domain.course import CourseStatus, InjectionStatus, StopReason
from il2desk.domain.errors import FieldInputError
from il2desk.domain.suggestions import suggest_dose
from il2desk.services.course_stop import cancel_course, stop_course
from il2desk.services.ics_export import export_calendar, planned_course_ids
from il2desk.storage.injection_log_repo import InjectionNotPending
from tests.builders import a_course, a_session_record, given

UTC = dt.UTC




@pytest.fixture
def begun(ctx, clock):
    # Monday 23 November 09:00: day 4 of a course that began on Friday; 6 given.
    course_id = a_course(ctx, start=dt.date(2026, 11, 20), zone="UTC", dose_miu="6",
                         created_utc=clock.now_utc() - dt.timedelta(days=5))
    given(ctx, course_id, 6)
    return course_id


def test_stopping_keeps_given_and_marks_the_rest_not_given(ctx, clock, begun):
    ctx.reminders.sync()
    assert ctx.reminders.repo.waiting()  # reminders for injections 7 to 10
    at = clock.now_utc() - dt.timedelta(hours=1)
    result = stop_course(ctx.courses, begun, StopReason.SIDE_EFFECTS, at, clock.now_utc())
    assert result.given == 6 and len(result.not_given_ids) == 4
    course = ctx.courses.get(begun)
    assert course.status is CourseStatus.STOPPED
    assert course.stop_reason is StopReason.SIDE_EFFECTS and course.stopped_utc == at
    assert course.plan.hard_to_tolerate
    states = [i.status for i in ctx.courses.injections(begun)]
    assert states == [InjectionStatus.DONE] * 6 + [InjectionStatus.NOT_GIVEN] * 4
    # Reminders go at once: nothing waits, nothing can fire.
    ctx.reminders.sync()
    assert ctx.reminders.repo.waiting() == [] and ctx.reminders.next_fire_utc() is None
    clock.set(clock.now_utc() + dt.timedelta(days=2))
    assert ctx.reminders.check() == []
    # A not-given injection cannot be booked afterwards.
    left = ctx.courses.injections(begun)[7]
    with pytest.raises(InjectionNotPending):
        ctx.injection_log.record_session(a_session_record(left, given_utc=clock.now_utc()))
    assert ctx.courses.injection(left.id).status is InjectionStatus.NOT_GIVEN


def test_side_effects_bring_the_step_down_suggestion(ctx, clock, begun):
    assert suggest_dose(ctx.courses.list(), clock.now_utc().date()) is None
    stop_course(ctx.courses, begun, StopReason.SIDE_EFFECTS, clock.now_utc(), clock.now_utc())
    suggestion = suggest_dose(ctx.courses.list(), clock.now_utc().date())
    assert suggestion is not None and "discuss with your doctor" in str(suggestion.text)


def test_calendar_shows_the_stopped_injections_cancelled(ctx, clock, begun, tmp_path):
    stop_course(ctx.courses, begun, StopReason.INFECTION, clock.now_utc(), clock.now_utc())
    assert planned_course_ids(ctx.courses, clock.now_utc()) == [begun]
    path = tmp_path / "c.ics"
    export_calendar(ctx.courses, ctx.settings.current, [begun], path, clock.now_utc())
    events = [e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")
              if isinstance(e.decoded("DTSTART"), dt.datetime)]
    assert len(events) == 4
    assert {str(e["STATUS"]) for e in events} == {"CANCELLED"}
    assert {e.decoded("SEQUENCE") for e in events} == {1}
    assert all(not e.walk("VALARM") for e in events)


def test_cancel_only_before_it_began(ctx, clock, begun):
    with pytest.raises(FieldInputError, match="stop it instead"):
        cancel_course(ctx.courses, begun, clock.now_utc())
    later = a_course(ctx, start=dt.date(2027, 1, 20), zone="UTC", dose_miu="6")
    cancel_course(ctx.courses, later, clock.now_utc())
    assert ctx.courses.get(later).status is CourseStatus.CANCELLED
    assert {i.status for i in ctx.courses.injections(later)} == {InjectionStatus.NOT_GIVEN}
    with pytest.raises(FieldInputError, match="already cancelled"):
        cancel_course(ctx.courses, later, clock.now_utc())
    with pytest.raises(FieldInputError, match="no course number 99"):
        cancel_course(ctx.courses, 99, clock.now_utc())
