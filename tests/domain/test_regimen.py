"""Tests for il2desk.domain.regimen: the numbers of rules R1-R4, and R4, R7, R16."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.regimen import (
    BLOOD_WORK_DAYS_BEFORE,
    DAYS_PER_COURSE,
    DEFAULT_INTERVAL_WEEKS,
    INJECTIONS_PER_COURSE,
    INJECTIONS_PER_DAY,
    LOWEST_USUAL_DAILY_MIU,
    MIN_HOURS_BETWEEN_DOSES,
    REDUCTION_STEP_DAILY_MIU,
    TYPO_GUARD_MAX_MIU,
    TYPO_GUARD_MIN_MIU,
    UNRELIABLE_LAB_DAYS_AFTER,
    USUAL_MAX_MIU,
    USUAL_MIN_MIU,
    WEDNESDAY_REASON,
    Slot,
    blood_work_due,
    course_end,
    course_total_miu,
    daily_total_miu,
    is_lab_unreliable,
    next_course_start,
    next_wednesday,
    validate_times,
)
from tests.domain.plain_text import assert_plain

D = Decimal


def test_constants() -> None:
    # rule R1
    assert (DAYS_PER_COURSE, INJECTIONS_PER_DAY, INJECTIONS_PER_COURSE) == (5, 2, 10)
    # rule R4
    assert DEFAULT_INTERVAL_WEEKS == 8
    # rule R2
    assert str(TYPO_GUARD_MIN_MIU) == "0.5"
    assert str(TYPO_GUARD_MAX_MIU) == "10"
    assert str(USUAL_MIN_MIU) == "4.5"
    assert str(USUAL_MAX_MIU) == "7.5"
    assert MIN_HOURS_BETWEEN_DOSES == 8
    # rule R16
    assert BLOOD_WORK_DAYS_BEFORE == 14
    assert UNRELIABLE_LAB_DAYS_AFTER == 28
    # rule R3
    assert str(REDUCTION_STEP_DAILY_MIU) == "3"
    assert str(LOWEST_USUAL_DAILY_MIU) == "9"
    for value in (TYPO_GUARD_MIN_MIU, USUAL_MAX_MIU, REDUCTION_STEP_DAILY_MIU):
        assert isinstance(value, Decimal)  # rule D1
    assert [s.value for s in Slot] == ["morning", "evening"]


def test_validate_times() -> None:
    assert validate_times(time(8, 0), time(20, 0)) == []
    assert validate_times(time(8, 0), time(16, 0)) == []  # exactly 8 hours is fine
    too_close = validate_times(time(8, 0), time(15, 59))
    assert len(too_close) == 1 and too_close[0].count == MIN_HOURS_BETWEEN_DOSES
    assert "at least 8 hours between" in str(too_close[0])
    backwards = validate_times(time(20, 0), time(8, 0))
    assert len(backwards) == 1 and "evening" in str(backwards[0]).lower()
    assert len(validate_times(time(8, 0), time(8, 0))) == 1
    for message in too_close + backwards:
        assert_plain(str(message))


def test_totals_rule_r1() -> None:
    assert daily_total_miu(D("4.5")) == D(9)
    assert daily_total_miu(D("7.5")) == D(15)
    assert course_total_miu(D("4.5")) == D(45)
    assert str(daily_total_miu(D("7.5"))) == "15"  # no stray ".0" for storage


# --------------------------------------------------------------- start day, dates


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 6, 1), date(2026, 6, 3)),  # Monday
        (date(2026, 6, 2), date(2026, 6, 3)),  # Tuesday
        (date(2026, 6, 3), date(2026, 6, 10)),  # Wednesday: next week's, strictly after
        (date(2026, 6, 4), date(2026, 6, 10)),  # Thursday
        (date(2026, 6, 7), date(2026, 6, 10)),  # Sunday
        (date(2026, 12, 31), date(2027, 1, 6)),  # across the year
    ],
)
def test_next_wednesday_rule_r7(today: date, expected: date) -> None:
    assert next_wednesday(today) == expected


@given(st.dates())
def test_next_wednesday_property_rule_r7(today: date) -> None:
    if today >= date(9999, 12, 24):
        return  # no Wednesday left in the calendar
    result = next_wednesday(today)
    assert result.weekday() == 2
    assert timedelta(days=1) <= result - today <= timedelta(days=7)


def test_wednesday_start_puts_last_days_on_weekend_rule_r7() -> None:
    start = next_wednesday(date(2026, 6, 1))
    last_three = [course_end(start) - timedelta(days=n) for n in (2, 1, 0)]
    assert [d.strftime("%A") for d in last_three] == ["Friday", "Saturday", "Sunday"]
    assert "Wednesday" in WEDNESDAY_REASON and "weekend" in WEDNESDAY_REASON
    assert WEDNESDAY_REASON.count(".") == 1 and WEDNESDAY_REASON.endswith(".")
    assert_plain(WEDNESDAY_REASON)


def test_next_course_start_rule_r4() -> None:
    assert next_course_start(date(2026, 6, 3), 8) == date(2026, 7, 29)
    assert next_course_start(date(2026, 6, 3)) == date(2026, 7, 29)  # default 8 weeks
    assert next_course_start(date(2026, 6, 3), 12) == date(2026, 8, 26)
    assert next_course_start(date(2026, 6, 3), 8).weekday() == 2  # stays a Wednesday
    with pytest.raises(ValueError):
        next_course_start(date(2026, 6, 3), 0)


def test_course_end_rule_r1() -> None:
    assert course_end(date(2026, 6, 3)) == date(2026, 6, 7)


def test_blood_work_due_rule_r16() -> None:
    assert blood_work_due(date(2026, 6, 3)) == date(2026, 5, 20)


@pytest.mark.parametrize(
    ("drawn", "unreliable"),
    [
        (date(2026, 6, 1), False),  # before the course
        (date(2026, 6, 7), False),  # the last injection day itself: not "after"
        (date(2026, 6, 8), True),  # the day after
        (date(2026, 7, 5), True),  # 28 days after: still within 4 weeks
        (date(2026, 7, 6), False),  # 29 days after
        (date(2026, 7, 15), False),  # 2 weeks before the next course (R16 due date)
    ],
)
def test_is_lab_unreliable_rule_r16(drawn: date, unreliable: bool) -> None:
    last = course_end(date(2026, 6, 3))
    assert is_lab_unreliable(drawn, last) is unreliable


def test_blood_work_due_date_is_reliable_rules_r4_r16() -> None:
    # With the default 8-week interval the due date is well clear of the 4-week window.
    start = date(2026, 6, 3)
    due = blood_work_due(next_course_start(start, DEFAULT_INTERVAL_WEEKS))
    assert not is_lab_unreliable(due, course_end(start))
