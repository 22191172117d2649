"""Tests for il2desk.domain.schedule: the ten injections of a course (rules R1, T1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from il2desk.domain.errors import FieldInputError
from il2desk.domain.regimen import INJECTIONS_PER_COURSE, Slot, course_end
from il2desk.domain.schedule import PlannedDose, plan_course
from il2desk.domain.timeplan import TimeAdjustment


def test_plan_course_ten_injections_rule_r1() -> None:
    start = date(2026, 6, 3)  # a Wednesday
    doses = plan_course(start, time(8, 0), time(20, 0), "Europe/Paris")
    assert len(doses) == INJECTIONS_PER_COURSE
    assert all(isinstance(d, PlannedDose) for d in doses)
    assert [d.index for d in doses] == list(range(1, 11))
    assert [d.day for d in doses] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [d.slot for d in doses] == [Slot.MORNING, Slot.EVENING] * 5
    for dose in doses:
        expected_day = start + timedelta(days=dose.day - 1)
        assert dose.time.local.date() == expected_day
        expected_wall = time(8) if dose.slot is Slot.MORNING else time(20)
        assert dose.time.local.time() == expected_wall
        assert dose.time.adjustment is TimeAdjustment.NONE
        assert dose.time.zone_name == "Europe/Paris"
    instants = [d.time.utc for d in doses]
    assert instants == sorted(instants)
    assert doses[0].time.utc == datetime(2026, 6, 3, 6, 0, tzinfo=UTC)  # CEST is UTC+2
    assert doses[-1].time.local.date() == course_end(start)


def test_plan_course_across_spring_forward_rule_t1() -> None:
    # rule T1: a 02:30 injection on New York's spring-forward day moves to 03:30.
    doses = plan_course(date(2026, 3, 6), time(2, 30), time(14, 30), "America/New_York")
    moved = [d for d in doses if d.time.adjustment is TimeAdjustment.MOVED_FORWARD]
    assert len(moved) == 1
    assert moved[0].day == 3 and moved[0].slot is Slot.MORNING
    assert moved[0].time.local.time() == time(3, 30)
    assert moved[0].time.requested == datetime(2026, 3, 8, 2, 30)


def test_plan_course_across_fall_back_rule_t1() -> None:
    doses = plan_course(date(2026, 10, 30), time(1, 30), time(13, 30), "America/New_York")
    first = [d for d in doses if d.time.adjustment is TimeAdjustment.FIRST_OCCURRENCE]
    assert len(first) == 1
    assert first[0].time.utc == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # EDT, the first


def test_plan_course_refuses_evening_before_morning() -> None:
    # Said as a message value for the evening field: the window shows it translated.
    with pytest.raises(FieldInputError) as refused:
        plan_course(date(2026, 6, 3), time(20, 0), time(8, 0), "Europe/Paris")
    assert refused.value.field == "evening"
    assert refused.value.message.template == (
        "The evening injection must be later in the day than the morning one.")
    with pytest.raises(ValueError):
        plan_course(date(2026, 6, 3), time(8, 0), time(8, 0), "Europe/Paris")


def test_plan_course_allows_short_spacing_times_are_the_doctors() -> None:
    # validate_times warns about < 8 hours, but the plan itself is still made.
    doses = plan_course(date(2026, 6, 3), time(8, 0), time(14, 0), "UTC")
    assert len(doses) == 10
