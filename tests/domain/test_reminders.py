"""Which reminders exist and when they are due (rules R8, R9, R16, T1, T2)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from il2desk.domain.course import Course, CourseStatus, Injection, InjectionStatus
from il2desk.domain.preferences import Preferences
from il2desk.domain.regimen import Slot
from il2desk.domain.reminders import (
    LATE_AFTER,
    ReminderKind,
    ReminderState,
    StoredReminder,
    clock_jumped,
    due_now,
    next_fire,
    plan_for_course,
    snooze_until,
)
from il2desk.domain.timeplan import TimeAdjustment
from tests.builders import a_plan, a_stored_course, stored_injections

UTC = dt.UTC
CREATED = dt.datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def make_course(status=CourseStatus.PLANNED, start=dt.date(2026, 12, 2),
                zone="Europe/Paris") -> tuple[Course, list[Injection]]:
    course = a_stored_course(course_id=7, status=status, at=CREATED, start=start, zone=zone)
    return course, stored_injections(course, first_id=101)


def by_kind(planned, kind):
    return [r for r in planned if r.kind is kind]


def test_each_injection_gets_pretreatment_at_lead_and_injection_reminder():
    # rules R8 and T1
    course, injections = make_course()
    planned = plan_for_course(course, injections, Preferences(pretreatment_lead_min=45))
    pre = by_kind(planned, ReminderKind.PRETREATMENT)
    inj = by_kind(planned, ReminderKind.INJECTION)
    assert len(pre) == len(inj) == 10
    first = injections[0]
    assert first.slot is Slot.MORNING
    assert inj[0].due_utc == first.planned_utc == dt.datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
    assert pre[0].due_utc == first.planned_utc - dt.timedelta(minutes=45)
    assert pre[0].injection_id == inj[0].injection_id == first.id
    assert by_kind(planned, ReminderKind.ICE_BEFORE) == []


def test_ice_before_prompt_only_when_wanted_and_within_lead():
    # rule R9
    course, injections = make_course()
    prefs = Preferences(pretreatment_lead_min=30, ice_before_min=10, separate_ice_prompt=True)
    ice = by_kind(plan_for_course(course, injections, prefs), ReminderKind.ICE_BEFORE)
    assert len(ice) == 10
    assert ice[0].due_utc == injections[0].planned_utc - dt.timedelta(minutes=10)
    # an ice time longer than the lead is prompted with the pre-treatment, not before
    long_ice = Preferences(pretreatment_lead_min=5, ice_before_min=20, separate_ice_prompt=True)
    ice = by_kind(plan_for_course(course, injections, long_ice), ReminderKind.ICE_BEFORE)
    assert ice[0].due_utc == injections[0].planned_utc - dt.timedelta(minutes=5)


def test_blood_work_two_weeks_before_and_course_start_the_day_before():
    # rule R16; local 09:00 in the course's zone (rule T1)
    course, injections = make_course()
    planned = plan_for_course(course, injections, Preferences())
    (blood,) = by_kind(planned, ReminderKind.BLOOD_WORK)
    (start,) = by_kind(planned, ReminderKind.COURSE_START)
    assert blood.due_utc == dt.datetime(2026, 11, 18, 8, 0, tzinfo=UTC)  # 09:00 Paris
    assert start.due_utc == dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    assert blood.injection_id is None and blood.course_id == 7


def test_keys_are_stable_and_change_with_the_time():
    course, injections = make_course()
    a = plan_for_course(course, injections, Preferences())
    b = plan_for_course(course, injections, Preferences())
    assert [r.key for r in a] == [r.key for r in b]
    assert len({r.key for r in a}) == len(a)
    c = plan_for_course(course, injections, Preferences(pretreatment_lead_min=60))
    assert {r.key for r in by_kind(a, ReminderKind.PRETREATMENT)}.isdisjoint(
        r.key for r in by_kind(c, ReminderKind.PRETREATMENT))
    assert {r.key for r in by_kind(a, ReminderKind.INJECTION)} == {
        r.key for r in by_kind(c, ReminderKind.INJECTION)}


def test_no_reminders_for_cancelled_or_done_courses_or_given_injections():
    for status in (CourseStatus.CANCELLED, CourseStatus.DONE):
        course, injections = make_course(status=status)
        assert plan_for_course(course, injections, Preferences()) == []
    course, injections = make_course()
    injections[0] = dataclasses.replace(injections[0], status=InjectionStatus.DONE)
    planned = plan_for_course(course, injections, Preferences())
    assert all(r.injection_id != injections[0].id for r in planned)


def test_reminders_due_before_the_course_was_entered_are_not_planned():
    # rule T2 is about reminders the program missed, not ones before it knew
    course, injections = make_course(start=dt.date(2026, 11, 5))  # blood work 22 Oct
    kinds = {r.kind for r in plan_for_course(course, injections, Preferences())}
    assert ReminderKind.BLOOD_WORK not in kinds
    assert ReminderKind.COURSE_START in kinds


def test_dst_gap_injection_reminds_at_moved_time():
    # rule T1: 02:30 does not exist on 8 March 2026 in New York; it moves to 03:30
    plan = a_plan(start=dt.date(2026, 3, 8), zone="America/New_York", morning=dt.time(2, 30),
                  evening=dt.time(14, 30))
    dose = plan.doses()[0]
    assert dose.time.adjustment is TimeAdjustment.MOVED_FORWARD
    assert dose.time.utc == dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


def stored(key="k", due=dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
           state=ReminderState.PENDING, snoozed=None) -> StoredReminder:
    return StoredReminder(key=key, kind=ReminderKind.INJECTION, course_id=1, injection_id=1,
                          due_utc=due, state=state, snoozed_until_utc=snoozed)


def test_due_now_marks_late_only_after_the_grace():
    # rule T2
    due = dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert due_now([stored()], due - dt.timedelta(seconds=1)) == []
    (on_time,) = due_now([stored()], due + dt.timedelta(seconds=5))
    assert not on_time.late
    (late,) = due_now([stored()], due + LATE_AFTER + dt.timedelta(seconds=1))
    assert late.late and late.reminder.due_utc == due


def test_shown_and_acknowledged_are_never_due_again():
    # rule T2: never shown twice
    later = dt.datetime(2026, 11, 24, tzinfo=UTC)
    assert due_now([stored(state=ReminderState.SHOWN),
                    stored(state=ReminderState.ACKNOWLEDGED)], later) == []
    assert next_fire([stored(state=ReminderState.ACKNOWLEDGED)]) is None


def test_snoozed_fires_at_snooze_end():
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    until = snooze_until(now, 10)
    r = stored(state=ReminderState.SNOOZED, snoozed=until)
    assert next_fire([r]) == until
    assert due_now([r], now + dt.timedelta(minutes=9)) == []
    assert due_now([r], until)[0].late is False
    with pytest.raises(ValueError):
        snooze_until(now, 7)


def test_clock_jump_compares_wall_and_monotonic():
    # rule T2: sleep moves the wall clock but not the monotonic one
    assert not clock_jumped(dt.timedelta(seconds=20), 20.0)
    assert clock_jumped(dt.timedelta(hours=3), 20.0)
    assert clock_jumped(dt.timedelta(hours=-1), 20.0)
