"""Rule T1 on every zone this machine knows, over the next 5 years of transitions.

For each offset change between 2027 and 2031 we try wall times from 3 hours before to
3 hours after it: a time inside a spring-forward gap must move forward by exactly the
gap, a time that happens twice must take the first occurrence, and any other time must
come back unchanged.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from il2desk.domain.timeplan import TimeAdjustment, is_valid_zone
from il2desk.domain.wall_time import resolve_local

START = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
YEARS = 5


@cache
def transitions(zone_name: str) -> tuple[dt.datetime, ...]:
    """UTC instants where the zone's offset changes (found per 6 h, then bisected)."""
    tz = ZoneInfo(zone_name)
    found = []
    step = dt.timedelta(hours=6)
    t = START
    end = START + dt.timedelta(days=365 * YEARS)
    before = t.astimezone(tz).utcoffset()
    while t < end:
        nxt = t + step
        after = nxt.astimezone(tz).utcoffset()
        if after != before:
            lo, hi = t, nxt
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            found.append(hi.replace(second=0, microsecond=0))
        t, before = nxt, after
    return tuple(found)


def zones() -> list[str]:
    return sorted(z for z in available_timezones() if is_valid_zone(z))


def check_wall_time(zone_name: str, wall: dt.datetime) -> None:
    tz = ZoneInfo(zone_name)
    resolved = resolve_local(wall.date(), wall.time(), zone_name)
    back = resolved.utc.astimezone(tz).replace(tzinfo=None)
    assert resolved.utc.tzinfo is dt.UTC and resolved.zone_name == zone_name
    if resolved.adjustment is TimeAdjustment.MOVED_FORWARD:
        # In a gap: later on the clock by exactly the gap (offset after − offset before).
        before = (resolved.utc - dt.timedelta(days=1)).astimezone(tz).utcoffset()
        after = resolved.utc.astimezone(tz).utcoffset()
        assert back - wall == after - before, (zone_name, wall)
    else:
        assert back == wall, (zone_name, wall)
        if resolved.adjustment is TimeAdjustment.FIRST_OCCURRENCE:
            # The other reading of the same wall time is a later instant.
            other = wall.replace(tzinfo=tz, fold=1).astimezone(dt.UTC)
            assert other > resolved.utc


def wall_times_around(zone_name: str, instant: dt.datetime) -> list[dt.datetime]:
    tz = ZoneInfo(zone_name)
    local = instant.astimezone(tz).replace(tzinfo=None)
    return [local + dt.timedelta(minutes=m) for m in range(-180, 181, 15)]


@pytest.mark.slow
def test_every_zone_every_transition_rule_t1():
    checked = 0
    for zone_name in zones():
        for instant in transitions(zone_name):
            for wall in wall_times_around(zone_name, instant):
                check_wall_time(zone_name, wall)
                checked += 1
    assert checked > 10_000  # hundreds of zones with DST over five years


ALL_TRANSITIONS = [(z, t) for z in zones() for t in transitions(z)]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ALL_TRANSITIONS), st.integers(min_value=-240, max_value=240))
def test_property_any_minute_near_any_transition_rule_t1(zone_transition, minutes):
    zone_name, instant = zone_transition
    local = instant.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None)
    check_wall_time(zone_name, local + dt.timedelta(minutes=minutes))
