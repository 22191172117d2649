"""Courses are stored with their 10 injections in one transaction (rules R1, T1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from il2desk.domain.course import CoursePlan, CourseStatus, InjectionStatus
from il2desk.domain.timeplan import TimeAdjustment
from il2desk.storage.course_repo import CourseRepository
from tests.builders import a_plan

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def plan(**changes) -> CoursePlan:
    return a_plan(**{"start": dt.date(2026, 3, 4), "zone": "America/New_York", **changes})


@pytest.fixture
def repo(ctx) -> CourseRepository:
    return CourseRepository(ctx.db)


def test_create_stores_course_and_ten_injections(repo):
    course_id = repo.create(plan(prechecks={"infection": False}, support={"sharps": True}), NOW)
    course = repo.get(course_id)
    assert course.dose_miu == Decimal("4.5")
    assert course.status is CourseStatus.PLANNED
    assert course.plan.prechecks == {"infection": False}
    assert course.plan.support == {"sharps": True}
    assert course.plan.blood_work_date == dt.date(2026, 2, 18)  # rule R16: 2 weeks before
    injections = repo.injections(course_id)
    assert [i.seq for i in injections] == list(range(1, 11))  # rule R1
    assert len({i.ics_uid for i in injections}) == 10
    assert all(i.status is InjectionStatus.PLANNED for i in injections)


def test_dst_crossing_course_is_stored_in_utc_with_zone(repo):
    # rule T1: 2026-03-08 is spring-forward day in New York; 02:30 does not exist.
    course_id = repo.create(plan(start=dt.date(2026, 3, 6), morning=dt.time(2, 30),
                                 evening=dt.time(14, 30)), NOW)
    by_day = {(i.day, i.slot.value): i for i in repo.injections(course_id)}
    moved = by_day[(3, "morning")]
    assert moved.adjustment is TimeAdjustment.MOVED_FORWARD
    assert moved.planned_utc == dt.datetime(2026, 3, 8, 7, 30, tzinfo=dt.UTC)  # 03:30 EDT
    before = by_day[(1, "morning")]
    assert before.planned_utc == dt.datetime(2026, 3, 6, 7, 30, tzinfo=dt.UTC)  # 02:30 EST
    assert moved.zone_name == "America/New_York"


def test_replan_keeps_uids_and_bumps_sequence(repo):
    course_id = repo.create(plan(), NOW)
    before = repo.injections(course_id)
    repo.replan(course_id, plan(morning=dt.time(9, 0), evening=dt.time(21, 0)), NOW)
    after = repo.injections(course_id)
    assert [i.ics_uid for i in after] == [i.ics_uid for i in before]
    assert all(i.ics_sequence == 1 for i in after)
    assert after[0].planned_local.time() == dt.time(9, 0)


def test_cancel_keeps_history(repo):
    course_id = repo.create(plan(), NOW)
    repo.set_status(course_id, CourseStatus.CANCELLED, NOW)
    assert repo.get(course_id).status is CourseStatus.CANCELLED
    assert len(repo.injections(course_id)) == 10


def test_next_planned_injection(repo):
    course_id = repo.create(plan(), NOW)
    first = repo.next_planned_injection(NOW)
    assert first.course_id == course_id and first.seq == 1
    later = repo.next_planned_injection(dt.datetime(2026, 3, 4, 14, 0, tzinfo=dt.UTC))
    assert later.seq == 2


def test_recorded_past_course_is_done(repo):
    course_id = repo.create(plan(recorded_after=True, hard_to_tolerate=True), NOW)
    course = repo.get(course_id)
    assert course.status is CourseStatus.DONE and course.plan.hard_to_tolerate
    assert all(i.status is InjectionStatus.DONE for i in repo.injections(course_id))
