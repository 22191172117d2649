"""Which planned injection a dose belongs to, and whether it was late.

A dose is booked to the planned injection it belongs to, not to the calendar day it
was given on: an evening dose given at 00:30 is that evening's dose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

LATE_AFTER = dt.timedelta(hours=1)
# A dose given up to this long before a planned time counts for that planned dose.
EARLY_ALLOWANCE = dt.timedelta(hours=1)


@dataclasses.dataclass(frozen=True)
class Pending:
    injection_id: int
    planned_utc: dt.datetime


@dataclasses.dataclass(frozen=True)
class Booking:
    injection_id: int
    planned_utc: dt.datetime  # both times are kept
    given_utc: dt.datetime
    late: bool  # more than an hour away from the planned time

    @property
    def difference(self) -> dt.timedelta:
        return self.given_utc - self.planned_utc


def is_late(planned_utc: dt.datetime, given_utc: dt.datetime) -> bool:
    return abs(given_utc - planned_utc) > LATE_AFTER


def book_dose(pending: Sequence[Pending], given_utc: dt.datetime) -> Booking:
    """Book a dose to a still-pending planned injection.

    It belongs to the latest pending injection planned no later than an hour after
    it was given (so a dose taken a little early counts for the coming one, and a
    late one for the dose it made up). Given before all of them, it is the first.
    """
    if given_utc.tzinfo is None:
        raise ValueError("given_utc must be timezone-aware")
    if not pending:
        raise ValueError("no planned injection to book the dose to")
    ordered = sorted(pending, key=lambda p: (p.planned_utc, p.injection_id))
    started = [p for p in ordered if p.planned_utc <= given_utc + EARLY_ALLOWANCE]
    chosen = started[-1] if started else ordered[0]
    return Booking(chosen.injection_id, chosen.planned_utc, given_utc,
                   is_late(chosen.planned_utc, given_utc))
