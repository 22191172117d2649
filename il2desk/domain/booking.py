"""Which planned injection a dose belongs to, whether it was early or late, and
whether recording it needs the patient's explicit confirmation (rule S1).

A dose is booked to the injection that is due: the earliest one not yet given,
missed or marked not given whose window is still open. A window closes an hour
before the next planned injection (so an evening dose given at 00:30 is that
evening's dose, and a dose at 07:15 is the 08:00 one, a little early). A dose given
before every window is the first pending one, early (never "late").

Rule S1: the two injections of a day are at least 8 hours apart. A dose less than
8 hours from another one already given, or more than 2 hours before its planned
time, is recorded only after the patient confirms it, seeing both times; nothing is
ever booked silently to another slot (the ui says which injection it is).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

LATE_AFTER = dt.timedelta(hours=1)
# A dose given up to this long before a planned time counts for that planned dose,
# and this long before or after it is on time.
EARLY_ALLOWANCE = dt.timedelta(hours=1)
# Rule S1.
MIN_SPACING = dt.timedelta(hours=8)
EARLY_LIMIT = dt.timedelta(hours=2)


class Timing(StrEnum):
    ON_TIME = "on_time"
    EARLY = "early"
    LATE = "late"


@dataclasses.dataclass(frozen=True)
class Pending:
    injection_id: int
    planned_utc: dt.datetime


@dataclasses.dataclass(frozen=True)
class Booking:
    injection_id: int
    planned_utc: dt.datetime  # both times are kept
    given_utc: dt.datetime

    @property
    def difference(self) -> dt.timedelta:
        """Positive when given after the planned time."""
        return self.given_utc - self.planned_utc

    @property
    def timing(self) -> Timing:
        return timing_of(self.planned_utc, self.given_utc)

    @property
    def late(self) -> bool:
        return self.timing is Timing.LATE

    @property
    def early(self) -> bool:
        return self.timing is Timing.EARLY


def timing_of(planned_utc: dt.datetime, given_utc: dt.datetime) -> Timing:
    """More than an hour after the planned time is late, more than an hour before it
    is early; in between is on time."""
    if given_utc - planned_utc > LATE_AFTER:
        return Timing.LATE
    if planned_utc - given_utc > EARLY_ALLOWANCE:
        return Timing.EARLY
    return Timing.ON_TIME


def is_late(planned_utc: dt.datetime, given_utc: dt.datetime) -> bool:
    return timing_of(planned_utc, given_utc) is Timing.LATE


def book_dose(pending: Sequence[Pending], given_utc: dt.datetime) -> Booking:
    """Book a dose to the due injection: the earliest pending one whose window is
    still open at `given_utc` (see the module's docstring)."""
    if given_utc.tzinfo is None:
        raise ValueError("given_utc must be timezone-aware")
    if not pending:
        raise ValueError("no planned injection to book the dose to")
    ordered = sorted(pending, key=lambda p: (p.planned_utc, p.injection_id))
    # The windows of the earlier ones have closed once a later one has (nearly) begun.
    started = [p for p in ordered if p.planned_utc <= given_utc + EARLY_ALLOWANCE]
    chosen = started[-1] if started else ordered[0]
    return Booking(chosen.injection_id, chosen.planned_utc, given_utc)


class SpacingReason(StrEnum):
    TOO_SOON = "too_soon"  # less than 8 hours from a dose already given
    TOO_EARLY = "too_early"  # more than 2 hours before its planned time


@dataclasses.dataclass(frozen=True)
class SpacingConcern:
    """Why a dose needs the patient's confirmation before it is recorded (rule S1).

    A value with typed times: the ui and the command line put it in words, with both
    times (`nearest_given_utc` for TOO_SOON, `booking.planned_utc` always).
    """

    booking: Booking
    reasons: frozenset[SpacingReason]
    nearest_given_utc: dt.datetime | None  # the dose already given closest in time

    @property
    def too_soon(self) -> bool:
        return SpacingReason.TOO_SOON in self.reasons

    @property
    def too_early(self) -> bool:
        return SpacingReason.TOO_EARLY in self.reasons


def spacing_concern(booking: Booking,
                    given_before: Iterable[dt.datetime]) -> SpacingConcern | None:
    """Rule S1: None when the dose may be recorded as it is, else why it needs an
    explicit confirmation. `given_before` holds the times of the doses already given
    (any course); one less than 8 hours away on either side counts (a dose typed in
    afterwards, earlier than one already recorded, is as close as one after it)."""
    reasons: set[SpacingReason] = set()
    close = [t for t in given_before if abs(booking.given_utc - t) < MIN_SPACING]
    nearest = min(close, key=lambda t: abs(booking.given_utc - t)) if close else None
    if nearest is not None:
        reasons.add(SpacingReason.TOO_SOON)
    if booking.planned_utc - booking.given_utc > EARLY_LIMIT:
        reasons.add(SpacingReason.TOO_EARLY)
    if not reasons:
        return None
    return SpacingConcern(booking, frozenset(reasons), nearest)


# -- rule T2: injections past their window with no answer --------------------------------
# The last injection of a course has no next one to close its window: it stays open
# this long (as long as a morning one's, from 08:00 to an hour before 20:00).
LAST_WINDOW = dt.timedelta(hours=11)


@dataclasses.dataclass(frozen=True)
class Planned:
    """A course's injection as far as its window goes: when, and whether still pending."""

    injection_id: int
    planned_utc: dt.datetime
    pending: bool


def window_end(planned_utc: dt.datetime, next_planned_utc: dt.datetime | None) -> dt.datetime:
    """When an injection's window closes: an hour before the next injection of its
    course (a dose given after that is booked to the next one), or LAST_WINDOW after
    the last one."""
    if next_planned_utc is None:
        return planned_utc + LAST_WINDOW
    return next_planned_utc - EARLY_ALLOWANCE


def unrecorded(course: Sequence[Planned], now_utc: dt.datetime) -> list[int]:
    """Rule T2: the pending injections of a course whose window has closed by
    `now_utc`, oldest first. They are asked about in one question ("what happened to
    these injections?") and shown as "not recorded" until the patient answers."""
    ordered = sorted(course, key=lambda p: (p.planned_utc, p.injection_id))
    closed = []
    for index, item in enumerate(ordered):
        following = ordered[index + 1].planned_utc if index + 1 < len(ordered) else None
        if item.pending and window_end(item.planned_utc, following) <= now_utc:
            closed.append(item.injection_id)
    return closed
