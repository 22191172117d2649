"""Rules R4 and R7 (issue 19): the next course's default start, and a start sooner
than the doctor's interval asks for a confirmation naming both dates."""

from __future__ import annotations

import datetime as dt

import pytest

from il2desk.domain.course import Course, CoursePlan, CourseStatus
from il2desk.domain.course_validation import (
    default_start,
    interval_problem,
    nearest_wednesday,
    validate_plan,
)
from tests.builders import a_plan, a_stored_course

TODAY = dt.date(2026, 11, 23)  # a Monday
NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def course(start: dt.date, weeks: int = 8, status=CourseStatus.PLANNED, cid: int = 1) -> Course:
    return a_stored_course(course_id=cid, status=status, at=NOW, start=start, zone="UTC",
                           interval_weeks=weeks)


def plan(start: dt.date, **changes) -> CoursePlan:
    return a_plan(start=start, zone="UTC", **changes)


@pytest.mark.parametrize(("day", "wednesday"), [
    (dt.date(2026, 11, 25), dt.date(2026, 11, 25)),  # a Wednesday
    (dt.date(2026, 11, 28), dt.date(2026, 11, 25)),  # Saturday → 3 days back
    (dt.date(2026, 11, 29), dt.date(2026, 12, 2)),  # Sunday → 3 days on
    (dt.date(2026, 11, 23), dt.date(2026, 11, 25)),  # Monday
])
def test_nearest_wednesday(day, wednesday):
    assert nearest_wednesday(day) == wednesday


def test_default_start_follows_the_last_course_and_its_interval():
    last = course(dt.date(2026, 11, 20), weeks=8)  # a Friday; +8 weeks = Friday 15 Jan
    start, previous = default_start([last], TODAY)
    assert previous is last and start == dt.date(2027, 1, 13)  # the nearest Wednesday
    start, _ = default_start([course(dt.date(2026, 11, 20), weeks=12)], TODAY)
    assert start == dt.date(2027, 2, 10)
    # no course yet, or one so long ago that its due day has passed: next Wednesday
    assert default_start([], TODAY) == (dt.date(2026, 11, 25), None)
    assert default_start([course(dt.date(2026, 1, 7))], TODAY)[0] == dt.date(2026, 11, 25)
    # a cancelled course does not count
    cancelled = course(dt.date(2026, 11, 20), status=CourseStatus.CANCELLED)
    assert default_start([cancelled], TODAY) == (dt.date(2026, 11, 25), None)


def test_a_start_sooner_than_the_interval_needs_a_confirmation():
    last = course(dt.date(2026, 11, 20))
    message = interval_problem(plan(dt.date(2026, 12, 16)), [last])
    assert message is not None
    # The dates are dates (shown in the reader's language), not English words.
    assert message.value("start") == dt.date(2026, 12, 16)
    assert message.value("previous") == dt.date(2026, 11, 20)
    text = str(message)
    assert "Wednesday 16 December 2026" in text and "Friday 20 November 2026" in text
    assert "8 weeks" in text and "26 days" in text
    errors = validate_plan(plan(dt.date(2026, 12, 16)), TODAY, [last])
    assert errors == {"start_date": message}
    assert validate_plan(plan(dt.date(2026, 12, 16), interval_confirmed=True), TODAY,
                         [last]) == {}
    # the default (the nearest Wednesday, up to 3 days early) needs none
    assert interval_problem(plan(dt.date(2027, 1, 13)), [last]) is None
    assert interval_problem(plan(dt.date(2027, 1, 11)), [last]) is not None
    # a stopped course still counts for the interval (rule R18: the history stays right)
    stopped = course(dt.date(2026, 11, 20), status=CourseStatus.STOPPED)
    assert interval_problem(plan(dt.date(2026, 12, 16)), [stopped]) is not None


def test_two_courses_one_day_apart_overlap_and_are_refused_even_when_confirmed():
    last = course(dt.date(2026, 11, 25))
    errors = validate_plan(plan(dt.date(2026, 11, 26), interval_confirmed=True), TODAY, [last])
    assert "overlap" in str(errors["start_date"])
