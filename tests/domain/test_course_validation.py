"""validate_plan: the checks shared by the course wizard and `il2desk course new`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from il2desk.domain.checklists import open_support_items
from il2desk.domain.course import Course, CourseStatus, Preparation
from il2desk.domain.course_validation import latest_finished_course, validate_plan
from il2desk.domain.dose import SyringeKind
from tests.builders import a_plan, a_stored_course

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def course(cid: int, status=CourseStatus.PLANNED, **changes) -> Course:
    return a_stored_course(course_id=cid, status=status, at=NOW, **changes)


def test_a_good_plan_has_no_errors():
    assert validate_plan(a_plan(), TODAY, []) == {}


def test_start_in_the_past_is_refused():
    errors = validate_plan(a_plan(start=dt.date(2026, 11, 22)), TODAY)
    assert "past" in str(errors["start_date"])


def test_start_today_is_allowed():
    assert validate_plan(a_plan(start=TODAY), TODAY) == {}


def test_evening_before_morning_is_refused():
    errors = validate_plan(a_plan(morning=dt.time(20), evening=dt.time(8)), TODAY)
    assert "later in the day" in str(errors["evening"])


def test_less_than_eight_hours_apart_is_refused():
    errors = validate_plan(a_plan(morning=dt.time(8), evening=dt.time(15, 59)), TODAY)
    assert "8 hours" in str(errors["evening"])
    assert validate_plan(a_plan(morning=dt.time(8), evening=dt.time(16)), TODAY) == {}


def test_unknown_zone_is_refused():
    errors = validate_plan(a_plan(zone="Mars/Olympus"), TODAY)
    assert "Mars/Olympus" in str(errors["zone_name"])


def test_dose_typo_guard_needs_confirmation():  # rule R2
    errors = validate_plan(a_plan(dose_miu=Decimal("45")), TODAY)
    assert "did you mean 4.5" in str(errors["dose_miu"])
    assert validate_plan(a_plan(dose_miu=Decimal("45"), dose_confirmed=True), TODAY) == {}


def test_unusual_but_plausible_dose_needs_no_confirmation():  # rule R2
    assert validate_plan(a_plan(dose_miu=Decimal("3")), TODAY) == {}


def test_zero_dose_is_refused():
    assert "more than zero" in str(validate_plan(a_plan(dose_miu=Decimal(0)), TODAY)["dose_miu"])


def test_interval_must_be_sane():  # rule R4
    assert "interval_weeks" in validate_plan(a_plan(interval_weeks=1), TODAY)
    assert "interval_weeks" in validate_plan(a_plan(interval_weeks=53), TODAY)
    assert validate_plan(a_plan(interval_weeks=12), TODAY) == {}


def test_overlap_with_another_course_is_refused():
    other = course(1, start=dt.date(2026, 11, 28))
    errors = validate_plan(a_plan(), TODAY, [other])
    assert "overlap" in str(errors["start_date"])
    # A cancelled course does not count, nor the course being edited.
    cancelled = dataclasses.replace(other, status=CourseStatus.CANCELLED)
    assert validate_plan(a_plan(), TODAY, [cancelled]) == {}
    assert validate_plan(a_plan(), TODAY, [other], ignore_id=1) == {}


def test_adjacent_course_does_not_overlap():
    other = course(1, start=dt.date(2026, 11, 30))  # day after the plan's day 5
    assert validate_plan(a_plan(), TODAY, [other]) == {}


def test_vial_needs_a_syringe_and_a_drawable_dose():  # rules R11, D3
    errors = validate_plan(a_plan(preparation=Preparation.VIAL), TODAY)
    assert "syringe" in str(errors["syringe_kind"])
    fine = a_plan(preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_05,
                concentration_miu_per_ml=Decimal(18))
    assert validate_plan(fine, TODAY) == {}
    coarse = a_plan(preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_1,
                  dose_miu=Decimal("1"), concentration_miu_per_ml=Decimal(18))
    assert "syringe_kind" in validate_plan(coarse, TODAY)


def test_recorded_past_course_must_be_over():
    past = a_plan(start=dt.date(2026, 9, 2), recorded_after=True)
    assert validate_plan(past, TODAY) == {}
    running = a_plan(start=dt.date(2026, 11, 21), recorded_after=True)
    assert "already be over" in str(validate_plan(running, TODAY)["start_date"])


def test_latest_finished_course_feeds_rule_r3():
    old = course(1, CourseStatus.DONE, start=dt.date(2026, 7, 1))
    newer = course(2, CourseStatus.DONE, start=dt.date(2026, 9, 2), hard_to_tolerate=True)
    cancelled = course(3, CourseStatus.CANCELLED, start=dt.date(2026, 10, 1))
    future = course(4, start=dt.date(2026, 12, 2))
    assert latest_finished_course([old, newer, cancelled, future], TODAY).id == 2


def test_open_support_items_lists_unticked():  # rule R10
    c = course(1, support={"company": True, "sharps": False})
    keys = [item.key for item in open_support_items(c)]
    assert "company" not in keys and "sharps" in keys and "childcare" in keys
