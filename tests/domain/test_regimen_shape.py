"""Rule R18 without Qt: the doctor's regimen — days per course, injections per day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from il2desk.domain.course import CoursePlan
from il2desk.domain.course_validation import validate_plan
from il2desk.domain.regimen import Slot
from tests.builders import a_plan

TODAY = dt.date(2026, 11, 23)


def plan(**changes) -> CoursePlan:
    return a_plan(start=dt.date(2026, 12, 2), **changes)


def test_standard_course_is_unchanged():
    doses = plan().doses()
    assert len(doses) == 10 and plan().end_date == dt.date(2026, 12, 6)


def test_shortened_once_daily_course():
    shortened = plan(days=3, per_day=1, morning=dt.time(21), evening=dt.time(8))
    doses = shortened.doses()
    assert [d.day for d in doses] == [1, 2, 3]
    assert {d.slot for d in doses} == {Slot.MORNING}
    assert {d.time.local.time() for d in doses} == {dt.time(21)}
    assert shortened.end_date == dt.date(2026, 12, 4) and shortened.injection_count == 3
    # the evening time does not matter once a day (no "evening before morning" error)
    assert validate_plan(shortened, TODAY) == {}


def test_low_daily_dose_for_up_to_28_days():
    low = plan(days=28, per_day=1, dose_miu=Decimal("1"))
    assert len(low.doses()) == 28 and low.end_date == dt.date(2026, 12, 29)
    assert validate_plan(low, TODAY) == {}


@pytest.mark.parametrize(("changes", "words"), [
    (dict(days=6), "only for a low daily dose"),  # 9 million units a day
    (dict(days=29, dose_miu=Decimal("1"), per_day=1), "from 1 to 28 days"),
    (dict(days=0), "from 1 to 28 days"),
    (dict(per_day=3), "2 (morning and evening) or 1"),
])
def test_a_shape_outside_the_rules_is_refused(changes, words):
    errors = validate_plan(plan(**changes), TODAY)
    assert any(words in str(message) for message in errors.values()), errors
