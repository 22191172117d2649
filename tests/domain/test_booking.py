"""A dose is booked to the planned injection it belongs to; late is > 1 hour."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.booking import (
    Pending,
    SpacingReason,
    Timing,
    book_dose,
    is_late,
    spacing_concern,
)

UTC = dt.UTC
# Monday 08:00 / 20:00 and Tuesday 08:00 (UTC for simplicity)
MON_AM = Pending(1, dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
MON_PM = Pending(2, dt.datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
TUE_AM = Pending(3, dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
PENDING = [MON_AM, MON_PM, TUE_AM]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def test_evening_dose_given_after_midnight_is_that_evenings_dose():
    booking = book_dose([MON_PM, TUE_AM], at(24, 0, 30))
    assert booking.injection_id == MON_PM.injection_id
    assert booking.late
    assert booking.planned_utc == MON_PM.planned_utc
    assert booking.given_utc == at(24, 0, 30)  # both times kept


def test_on_time_and_a_little_early_are_not_late():
    assert not book_dose(PENDING, at(23, 8, 45)).late
    early = book_dose([MON_PM, TUE_AM], at(24, 7, 15))
    assert early.injection_id == TUE_AM.injection_id and not early.late


def test_exactly_one_hour_is_not_late_but_more_is():
    assert not is_late(MON_AM.planned_utc, at(23, 9, 0))
    assert is_late(MON_AM.planned_utc, at(23, 9, 1))


def test_afternoon_dose_makes_up_the_missed_morning():
    booking = book_dose(PENDING, at(23, 15))
    assert booking.injection_id == MON_AM.injection_id and booking.late


def test_before_everything_goes_to_the_first_and_is_early_not_late():
    booking = book_dose(PENDING, at(22, 12))
    assert booking.injection_id == MON_AM.injection_id
    assert booking.timing is Timing.EARLY and not booking.late


def test_needs_aware_time_and_something_to_book():
    with pytest.raises(ValueError):
        book_dose(PENDING, dt.datetime(2026, 11, 23, 8))
    with pytest.raises(ValueError):
        book_dose([], at(23, 8))


@given(minutes=st.integers(-24 * 60, 48 * 60))
def test_booking_is_always_a_pending_injection_and_late_matches(minutes):
    given_utc = MON_AM.planned_utc + dt.timedelta(minutes=minutes)
    booking = book_dose(PENDING, given_utc)
    planned = {p.injection_id: p.planned_utc for p in PENDING}
    assert booking.planned_utc == planned[booking.injection_id]
    assert booking.late == (given_utc - booking.planned_utc > dt.timedelta(hours=1))
    assert booking.early == (booking.planned_utc - given_utc > dt.timedelta(hours=1))
    assert not (booking.late and booking.early)
    # never booked to a dose planned more than an hour after it was given
    assert booking.planned_utc <= given_utc + dt.timedelta(hours=1) or \
        booking.injection_id == MON_AM.injection_id


# -- rule S1: spacing -----------------------------------------------------------------

def test_evening_dose_one_minute_after_the_morning_needs_confirmation():
    # rule S1: the morning dose was given at 08:10; the evening one is due next
    morning_given = at(23, 8, 10)
    booking = book_dose([MON_PM, TUE_AM], at(23, 8, 11))
    assert booking.injection_id == MON_PM.injection_id
    assert booking.timing is Timing.EARLY  # early, not "late"
    concern = spacing_concern(booking, [morning_given])
    assert concern is not None
    assert concern.reasons == {SpacingReason.TOO_SOON, SpacingReason.TOO_EARLY}
    assert concern.nearest_given_utc == morning_given
    assert concern.booking.planned_utc == MON_PM.planned_utc  # both times to show


def test_eight_hours_apart_and_on_time_needs_nothing():
    booking = book_dose([MON_PM, TUE_AM], at(23, 20, 0))
    assert spacing_concern(booking, [at(23, 8, 0)]) is None
    assert spacing_concern(booking, [at(23, 12, 1)]).too_soon  # 7 h 59 is not enough
    assert spacing_concern(book_dose([MON_PM], at(23, 18, 1)), [at(23, 10, 1)]) is None


def test_more_than_two_hours_early_needs_confirmation_even_with_no_dose_before():
    concern = spacing_concern(book_dose([MON_PM], at(23, 17, 59)), [])
    assert concern is not None and concern.reasons == {SpacingReason.TOO_EARLY}
    assert concern.nearest_given_utc is None
    assert spacing_concern(book_dose([MON_PM], at(23, 18, 0)), []) is None


def test_a_dose_typed_in_before_one_already_recorded_counts_as_close():
    booking = book_dose([MON_AM], at(23, 8, 0))
    concern = spacing_concern(booking, [at(23, 10, 0), at(22, 20, 0)])
    assert concern is not None and concern.nearest_given_utc == at(23, 10, 0)


@given(gap_minutes=st.integers(0, 24 * 60))
def test_spacing_is_asked_exactly_under_eight_hours(gap_minutes):
    previous = at(23, 8, 0)
    given_utc = previous + dt.timedelta(minutes=gap_minutes)
    booking = book_dose([Pending(9, given_utc)], given_utc)  # on time: only spacing
    concern = spacing_concern(booking, [previous])
    assert (concern is not None) == (gap_minutes < 8 * 60)


# -- rule T2: past their window ---------------------------------------------------------
from il2desk.domain.booking import Planned, unrecorded, window_end  # noqa: E402


def test_window_closes_an_hour_before_the_next_injection():
    assert window_end(at(23, 8), at(23, 20)) == at(23, 19)
    assert window_end(at(27, 20), None) == at(28, 7)  # the last one


def test_unrecorded_lists_pending_injections_past_their_window():
    course = [Planned(1, at(23, 8), pending=False), Planned(2, at(23, 20), pending=True),
              Planned(3, at(24, 8), pending=True), Planned(4, at(24, 20), pending=True)]
    assert unrecorded(course, at(24, 6, 59)) == []  # the evening's window is still open
    assert unrecorded(course, at(24, 7)) == [2]
    assert unrecorded(course, at(26, 12)) == [2, 3, 4]  # three days away
    # consistent with booking: a dose given in a closed window goes to the next one
    assert book_dose([MON_PM, TUE_AM], at(24, 7)).injection_id == TUE_AM.injection_id
