"""VTIMEZONE definitions written from the zone database, right to the minute.

A calendar program that reads the definition in the file (not its own zone
database) must find each change of offset at the right moment. RFC 5545 (3.8.2.4)
gives an observance's DTSTART (and RDATE) as the local time *before* the change,
in the offset it changes from: in New York the spring change is at 02:00 with
TZOFFSETFROM -0500. (icalendar's own generator writes 03:00, an hour late: issue 21.)

Each observance lists its changes as RDATEs, found by scanning the zone day by day
and narrowing each change down to the second: no recurrence rule to get wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from il2desk.domain.timeplan import zone

__all__ = ["Change", "offset_changes", "vtimezone"]

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Change:
    at_utc: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    daylight: bool  # summer time after the change
    name: str  # the abbreviation after the change, e.g. "EDT"

    @property
    def local_before(self) -> dt.datetime:
        """The wall time at the change, on the clock before it moves (naive)."""
        return (self.at_utc + self.offset_from).replace(tzinfo=None)


def _state(tz: dt.tzinfo, moment: dt.datetime) -> tuple[dt.timedelta, bool, str]:
    local = moment.astimezone(tz)
    return local.utcoffset(), bool(local.dst()), local.tzname() or ""


def offset_changes(zone_name: str, first_utc: dt.datetime, last_utc: dt.datetime
                   ) -> tuple[tuple[dt.timedelta, bool, str], list[Change]]:
    """The zone's state at `first_utc`, and every change until `last_utc`."""
    tz = zone(zone_name)
    start_state = state = _state(tz, first_utc)
    changes: list[Change] = []
    moment = first_utc
    while moment < last_utc:
        following = min(moment + _DAY, last_utc)
        after = _state(tz, following)
        if after != state:
            low, high = moment, following  # the change is in (low, high]
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    break
                if _state(tz, middle) == state:
                    low = middle
                else:
                    high = middle
            offset, daylight, name = _state(tz, high)
            changes.append(Change(high, state[0], offset, daylight, name))
            state = _state(tz, high)
            # (two changes within one day do not happen in the zone database's
            # current rules; the loop goes on from the change to find any such one)
            moment = high
            continue
        moment = following
    return start_state, changes


def vtimezone(zone_name: str, first_date: dt.date, last_date: dt.date) -> Timezone:
    """The VTIMEZONE for `zone_name`, exact from `first_date` to `last_date`."""
    first_utc = dt.datetime.combine(first_date, dt.time(), dt.UTC)
    last_utc = dt.datetime.combine(last_date, dt.time(), dt.UTC)
    (offset, daylight, name), changes = offset_changes(zone_name, first_utc, last_utc)
    component = Timezone()
    component.add("tzid", zone_name)
    # What holds from the start of the window (from = to: nothing changes there).
    opening = TimezoneDaylight() if daylight else TimezoneStandard()
    opening.add("dtstart", (first_utc + offset).replace(tzinfo=None))
    opening.add("tzoffsetfrom", offset)
    opening.add("tzoffsetto", offset)
    if name:
        opening.add("tzname", name)
    component.add_component(opening)
    groups: dict[tuple[bool, dt.timedelta, dt.timedelta, str], list[Change]] = {}
    for change in changes:
        key = (change.daylight, change.offset_from, change.offset_to, change.name)
        groups.setdefault(key, []).append(change)
    for (is_daylight, offset_from, offset_to, change_name), group in groups.items():
        observance = TimezoneDaylight() if is_daylight else TimezoneStandard()
        observance.add("dtstart", group[0].local_before)
        for change in group[1:]:
            observance.add("rdate", change.local_before)
        observance.add("tzoffsetfrom", offset_from)
        observance.add("tzoffsetto", offset_to)
        if change_name:
            observance.add("tzname", change_name)
        component.add_component(observance)
    return component
