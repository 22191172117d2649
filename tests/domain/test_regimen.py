"""Tests for il2desk.domain.regimen: rules R1, R2, R3, R4, R7, R16 (and T1 in plans)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.dose import DoseInputError
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
    DoseRangeCheck,
    DoseSuggestion,
    PlannedDose,
    Slot,
    blood_work_due,
    check_dose_range,
    course_end,
    course_total_miu,
    daily_total_miu,
    is_lab_unreliable,
    next_course_start,
    next_wednesday,
    plan_course,
    suggest_reduction,
    validate_times,
)
from il2desk.domain.timeplan import TimeAdjustment

D = Decimal
_BAD_ABBREVIATION = re.compile(r"\bIU\b|\bMIU\b|\bU\b(?!-100)")


def assert_plain(text: str) -> None:
    """rule D4: no error-prone abbreviations in patient-facing text."""
    assert _BAD_ABBREVIATION.search(text) is None, text


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


# ------------------------------------------------------------------- course plan


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
    with pytest.raises(ValueError):
        plan_course(date(2026, 6, 3), time(20, 0), time(8, 0), "Europe/Paris")
    with pytest.raises(ValueError):
        plan_course(date(2026, 6, 3), time(8, 0), time(8, 0), "Europe/Paris")


def test_plan_course_allows_short_spacing_times_are_the_doctors() -> None:
    # validate_times warns about < 8 hours, but the plan itself is still made.
    doses = plan_course(date(2026, 6, 3), time(8, 0), time(14, 0), "UTC")
    assert len(doses) == 10


def test_validate_times() -> None:
    assert validate_times(time(8, 0), time(20, 0)) == []
    assert validate_times(time(8, 0), time(16, 0)) == []  # exactly 8 hours is fine
    too_close = validate_times(time(8, 0), time(15, 59))
    assert len(too_close) == 1 and "8 hours" in too_close[0]
    backwards = validate_times(time(20, 0), time(8, 0))
    assert len(backwards) == 1 and "evening" in backwards[0].lower()
    assert len(validate_times(time(8, 0), time(8, 0))) == 1
    for message in too_close + backwards:
        assert_plain(message)


def test_totals_rule_r1() -> None:
    assert daily_total_miu(D("4.5")) == D(9)
    assert daily_total_miu(D("7.5")) == D(15)
    assert course_total_miu(D("4.5")) == D(45)
    assert str(daily_total_miu(D("7.5"))) == "15"  # no stray ".0" for storage


# ------------------------------------------------------------------- dose range


@pytest.mark.parametrize("dose", ["4.5", "6", "7.5"])
def test_check_dose_range_usual_rule_r2(dose: str) -> None:
    result = check_dose_range(D(dose))
    assert result == DoseRangeCheck(needs_confirmation=False, message=None, outside_usual=False)


@pytest.mark.parametrize("dose", ["0.5", "3", "4.4", "7.6", "10"])
def test_check_dose_range_unusual_but_plausible_rule_r2(dose: str) -> None:
    result = check_dose_range(D(dose))
    assert not result.needs_confirmation
    assert result.outside_usual
    assert result.message is not None
    assert "4.5 to 7.5 million units" in result.message
    assert_plain(result.message)


def test_check_dose_range_typo_brief_example_rule_r2() -> None:
    result = check_dose_range(D(45))
    assert result.needs_confirmation and result.outside_usual
    assert result.message == (
        "45 million units per injection is far above the usual range. Check the "
        "prescription: did you mean 4.5? If this really is what your doctor prescribed, "
        "tick the box to confirm."
    )


@pytest.mark.parametrize(
    ("dose", "guess"),
    [("75", "7.5"), ("450", "4.5"), ("0.45", "4.5"), ("0.06", "6"), ("60", "6")],
)
def test_check_dose_range_guesses_decimal_slip_rule_r2(dose: str, guess: str) -> None:
    result = check_dose_range(D(dose))
    assert result.needs_confirmation
    assert result.message is not None
    assert f"did you mean {guess}?" in result.message
    assert_plain(result.message)


def test_check_dose_range_daily_total_typed_rule_r2() -> None:
    # 12 a day is 6 per injection: say so, without a decimal-point guess (1.2).
    result = check_dose_range(D(12))
    assert result.needs_confirmation
    assert result.message is not None
    assert "did you mean" not in result.message
    assert "6 million units" in result.message
    assert "tick the box" in result.message


def test_check_dose_range_far_below_rule_r2() -> None:
    result = check_dose_range(D("0.2"))
    assert result.needs_confirmation
    assert result.message is not None and "far below" in result.message


def test_check_dose_range_decimal_comma_rule_d4() -> None:
    result = check_dose_range(D(45), decimal_mark=",")
    assert result.message is not None and "did you mean 4,5?" in result.message


def test_check_dose_range_refuses_non_positive() -> None:
    with pytest.raises(DoseInputError):
        check_dose_range(D(0))


@given(st.decimals(min_value=D("0.01"), max_value=D(1000), places=2))
def test_check_dose_range_property_rule_r2(dose: Decimal) -> None:
    result = check_dose_range(dose)
    assert result.needs_confirmation == (dose < D("0.5") or dose > D(10))
    assert result.outside_usual == (dose < D("4.5") or dose > D("7.5"))
    assert (result.message is None) == (not result.outside_usual)
    if result.message is not None:
        assert_plain(result.message)
        assert "million units" in result.message


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


# -------------------------------------------------------------- dose reduction


@pytest.mark.parametrize(
    ("current", "daily", "each", "below"),
    [
        ("7.5", "12", "6", False),  # 15 → 12 a day
        ("6", "9", "4.5", False),  # 12 → 9 a day
        ("4.5", "6", "3", True),  # 9 → 6 a day: below the usual lowest
        ("3", "3", "1.5", True),
        ("5", "7", "3.5", True),
    ],
)
def test_suggest_reduction_one_step_rule_r3(
    current: str, daily: str, each: str, below: bool
) -> None:
    suggestion = suggest_reduction(D(current))
    assert isinstance(suggestion, DoseSuggestion)
    assert suggestion.daily_miu == D(daily)
    assert suggestion.per_injection_miu == D(each)
    assert suggestion.below_usual is below
    assert suggestion.text.endswith("discuss with your doctor")
    assert "does not cause drug resistance" in suggestion.text
    assert f"{daily} million units a day" in suggestion.text
    assert f"{each} million units per injection" in suggestion.text
    assert ("below the usual lowest dose" in suggestion.text) is below
    assert_plain(suggestion.text)


def test_suggest_reduction_none_when_nothing_left_rule_r3() -> None:
    assert suggest_reduction(D("1.5")) is None  # 3 a day − 3 = 0
    assert suggest_reduction(D("1")) is None
    with pytest.raises(DoseInputError):
        suggest_reduction(D(0))


def test_suggest_reduction_is_exactly_one_step_rule_r3() -> None:
    first = suggest_reduction(D("7.5"))
    assert first is not None
    second = suggest_reduction(first.per_injection_miu)
    assert second is not None
    assert [first.daily_miu, second.daily_miu] == [D(12), D(9)]


def test_suggest_reduction_decimal_comma_rule_d4() -> None:
    suggestion = suggest_reduction(D("7.5"), decimal_mark=",")
    assert suggestion is not None and "7,5 million units per injection" in suggestion.text


@given(st.decimals(min_value=D("0.5"), max_value=D(10), places=2))
def test_suggest_reduction_property_rule_r3(current: Decimal) -> None:
    suggestion = suggest_reduction(current)
    if current * 2 - 3 <= 0:
        assert suggestion is None
        return
    assert suggestion is not None
    assert suggestion.daily_miu == current * 2 - REDUCTION_STEP_DAILY_MIU
    assert suggestion.per_injection_miu * 2 == suggestion.daily_miu
    assert suggestion.below_usual == (suggestion.daily_miu < LOWEST_USUAL_DAILY_MIU)
    assert type(suggestion.daily_miu) is Decimal  # rule D1
    assert type(suggestion.per_injection_miu) is Decimal
    assert "E" not in suggestion.text
