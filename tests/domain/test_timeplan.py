"""Tests for il2desk.domain.timeplan: rule T1 on real time zone transitions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from il2desk.domain.timeplan import (
    TimeAdjustment,
    UnknownZoneError,
    format_utc_iso,
    from_utc,
    is_valid_zone,
    parse_utc_iso,
    system_zone_name,
    to_utc,
    zone,
)
from il2desk.domain.wall_time import ResolvedTime, resolve_local


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


# (zone, day, wall, expected local wall, expected UTC, adjustment) — rule T1
_CASES = [
    # America/New_York spring forward 2026-03-08 02:00 EST → 03:00 EDT.
    (
        "America/New_York",
        date(2026, 3, 8),
        time(2, 30),
        datetime(2026, 3, 8, 3, 30),
        utc(2026, 3, 8, 7, 30),
        TimeAdjustment.MOVED_FORWARD,
    ),
    (
        "America/New_York",
        date(2026, 3, 8),
        time(2, 0),
        datetime(2026, 3, 8, 3, 0),
        utc(2026, 3, 8, 7, 0),
        TimeAdjustment.MOVED_FORWARD,
    ),
    (
        "America/New_York",
        date(2026, 3, 8),
        time(1, 59),
        datetime(2026, 3, 8, 1, 59),
        utc(2026, 3, 8, 6, 59),
        TimeAdjustment.NONE,
    ),
    (
        "America/New_York",
        date(2026, 3, 8),
        time(3, 0),
        datetime(2026, 3, 8, 3, 0),
        utc(2026, 3, 8, 7, 0),
        TimeAdjustment.NONE,
    ),
    # America/New_York fall back 2026-11-01 02:00 EDT → 01:00 EST: 01:xx happens twice.
    (
        "America/New_York",
        date(2026, 11, 1),
        time(1, 30),
        datetime(2026, 11, 1, 1, 30),
        utc(2026, 11, 1, 5, 30),
        TimeAdjustment.FIRST_OCCURRENCE,
    ),
    (
        "America/New_York",
        date(2026, 11, 1),
        time(1, 0),
        datetime(2026, 11, 1, 1, 0),
        utc(2026, 11, 1, 5, 0),
        TimeAdjustment.FIRST_OCCURRENCE,
    ),
    (
        "America/New_York",
        date(2026, 11, 1),
        time(2, 0),
        datetime(2026, 11, 1, 2, 0),
        utc(2026, 11, 1, 7, 0),
        TimeAdjustment.NONE,
    ),
    (
        "America/New_York",
        date(2026, 11, 1),
        time(0, 59),
        datetime(2026, 11, 1, 0, 59),
        utc(2026, 11, 1, 4, 59),
        TimeAdjustment.NONE,
    ),
    # Europe/Paris spring forward 2026-03-29 02:00 CET → 03:00 CEST.
    (
        "Europe/Paris",
        date(2026, 3, 29),
        time(2, 30),
        datetime(2026, 3, 29, 3, 30),
        utc(2026, 3, 29, 1, 30),
        TimeAdjustment.MOVED_FORWARD,
    ),
    (
        "Europe/Paris",
        date(2026, 3, 29),
        time(8, 0),
        datetime(2026, 3, 29, 8, 0),
        utc(2026, 3, 29, 6, 0),
        TimeAdjustment.NONE,
    ),
    # Europe/Paris fall back 2026-10-25 03:00 CEST → 02:00 CET.
    (
        "Europe/Paris",
        date(2026, 10, 25),
        time(2, 30),
        datetime(2026, 10, 25, 2, 30),
        utc(2026, 10, 25, 0, 30),
        TimeAdjustment.FIRST_OCCURRENCE,
    ),
    (
        "Europe/Paris",
        date(2026, 10, 25),
        time(20, 0),
        datetime(2026, 10, 25, 20, 0),
        utc(2026, 10, 25, 19, 0),
        TimeAdjustment.NONE,
    ),
    # Australia/Sydney fall back 2026-04-05 03:00 AEDT → 02:00 AEST.
    (
        "Australia/Sydney",
        date(2026, 4, 5),
        time(2, 30),
        datetime(2026, 4, 5, 2, 30),
        utc(2026, 4, 4, 15, 30),
        TimeAdjustment.FIRST_OCCURRENCE,
    ),
    # Australia/Sydney spring forward 2026-10-04 02:00 AEST → 03:00 AEDT.
    (
        "Australia/Sydney",
        date(2026, 10, 4),
        time(2, 30),
        datetime(2026, 10, 4, 3, 30),
        utc(2026, 10, 3, 16, 30),
        TimeAdjustment.MOVED_FORWARD,
    ),
    (
        "Australia/Sydney",
        date(2026, 10, 4),
        time(8, 0),
        datetime(2026, 10, 4, 8, 0),
        utc(2026, 10, 3, 21, 0),
        TimeAdjustment.NONE,
    ),
    # Australia/Lord_Howe moves by 30 minutes: 02:00 → 02:30 on 2026-10-04.
    (
        "Australia/Lord_Howe",
        date(2026, 10, 4),
        time(2, 15),
        datetime(2026, 10, 4, 2, 45),
        utc(2026, 10, 3, 15, 45),
        TimeAdjustment.MOVED_FORWARD,
    ),
    (
        "Australia/Lord_Howe",
        date(2026, 4, 5),
        time(1, 45),
        datetime(2026, 4, 5, 1, 45),
        utc(2026, 4, 4, 14, 45),
        TimeAdjustment.FIRST_OCCURRENCE,
    ),
    # Pacific/Apia skipped 2011-12-30 entirely: a 24-hour gap moves to the next day.
    (
        "Pacific/Apia",
        date(2011, 12, 30),
        time(8, 0),
        datetime(2011, 12, 31, 8, 0),
        utc(2011, 12, 30, 18, 0),
        TimeAdjustment.MOVED_FORWARD,
    ),
    # A zone without daylight saving time.
    (
        "UTC",
        date(2026, 3, 8),
        time(2, 30),
        datetime(2026, 3, 8, 2, 30),
        utc(2026, 3, 8, 2, 30),
        TimeAdjustment.NONE,
    ),
]


@pytest.mark.parametrize(("zone_name", "day", "wall", "local", "instant", "adjustment"), _CASES)
def test_resolve_local_real_transitions_rule_t1(
    zone_name: str,
    day: date,
    wall: time,
    local: datetime,
    instant: datetime,
    adjustment: TimeAdjustment,
) -> None:
    resolved = resolve_local(day, wall, zone_name)
    assert isinstance(resolved, ResolvedTime)
    assert resolved.local.replace(tzinfo=None, fold=0) == local
    assert resolved.utc == instant
    assert resolved.utc.tzinfo is UTC
    assert resolved.local.tzinfo == ZoneInfo(zone_name)
    # Same instant. (Compared in UTC: Python never calls an ambiguous wall time equal
    # to a datetime in another zone, by PEP 495's design.)
    assert resolved.local.astimezone(UTC) == resolved.utc
    assert resolved.adjustment is adjustment
    assert resolved.zone_name == zone_name
    assert resolved.requested == datetime.combine(day, wall)
    assert resolved.requested.tzinfo is None


def test_resolve_local_first_occurrence_is_earlier_rule_t1() -> None:
    # rule T1: the first of the two 01:30s on fall-back day is the EDT one (UTC−4).
    resolved = resolve_local(date(2026, 11, 1), time(1, 30), "America/New_York")
    assert resolved.local.utcoffset() == timedelta(hours=-4)
    second = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York"))
    assert resolved.utc < second.astimezone(UTC)


def test_resolve_local_ignores_fold_on_input_rule_t1() -> None:
    a = resolve_local(date(2026, 11, 1), time(1, 30, fold=1), "America/New_York")
    b = resolve_local(date(2026, 11, 1), time(1, 30), "America/New_York")
    assert a.utc == b.utc
    assert a.requested.fold == 0


def test_resolve_local_refuses_aware_time_and_unknown_zone() -> None:
    with pytest.raises(ValueError):
        resolve_local(date(2026, 1, 1), time(8, tzinfo=UTC), "UTC")
    with pytest.raises(UnknownZoneError):
        resolve_local(date(2026, 1, 1), time(8), "Mars/Olympus_Mons")


# ------------------------------------------------------------------- property (T1)

_SAMPLE_ZONES = [
    "America/New_York",
    "America/Santiago",  # changes at midnight
    "America/Havana",  # changes at midnight / 01:00
    "America/St_Johns",  # half-hour offset
    "Europe/Paris",
    "Europe/London",
    "Europe/Dublin",  # "negative" daylight saving time in the data
    "Africa/Casablanca",  # clocks change around Ramadan
    "Asia/Kolkata",  # no changes
    "Australia/Sydney",
    "Australia/Lord_Howe",  # 30-minute change
    "Pacific/Chatham",  # 45-minute offset
    "Pacific/Auckland",
    "UTC",
]


@cache
def _transition_days(zone_name: str, first_year: int, last_year: int) -> tuple[date, ...]:
    """Local days around each change of the zone's UTC offset, scanning day by day."""
    tz = ZoneInfo(zone_name)
    days: set[date] = set()
    instant = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    previous = instant.astimezone(tz).utcoffset()
    while instant < end:
        instant += timedelta(days=1)
        local = instant.astimezone(tz)
        if local.utcoffset() != previous:
            previous = local.utcoffset()
            # The change happened in the last 24 hours: keep every local day it can be on.
            days.update(local.date() - timedelta(days=n) for n in range(3))
    return tuple(sorted(days))


def _offset_change_at(tz: ZoneInfo, low: datetime, high: datetime) -> tuple[datetime, timedelta]:
    """Bisect to the second where the offset changes between low and high (UTC)."""
    before = low.astimezone(tz).utcoffset()
    assert before is not None
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == before:
            low = middle
        else:
            high = middle
    after = high.astimezone(tz).utcoffset()
    assert after is not None
    return high, after - before


def _check_resolution(day: date, wall: time, zone_name: str) -> TimeAdjustment:
    tz = ZoneInfo(zone_name)
    requested = datetime.combine(day, wall)
    resolved = resolve_local(day, wall, zone_name)
    wall_back = from_utc(resolved.utc, zone_name).replace(tzinfo=None, fold=0)
    assert wall_back == resolved.local.replace(tzinfo=None, fold=0)
    if wall_back == requested:
        assert resolved.adjustment in {TimeAdjustment.NONE, TimeAdjustment.FIRST_OCCURRENCE}
        # No earlier instant shows the same wall time (first occurrence wins).
        other = requested.replace(tzinfo=tz, fold=1).astimezone(UTC)
        if resolved.adjustment is TimeAdjustment.FIRST_OCCURRENCE:
            assert other > resolved.utc
            assert from_utc(other, zone_name).replace(tzinfo=None, fold=0) == requested
        else:
            assert other == resolved.utc
    else:
        # The wall time did not exist: moved later by exactly the gap the clocks jumped.
        assert resolved.adjustment is TimeAdjustment.MOVED_FORWARD
        moved_by = wall_back - requested
        assert moved_by > timedelta(0)
        change, gap = _offset_change_at(
            tz, resolved.utc - moved_by - timedelta(minutes=1), resolved.utc
        )
        assert gap == moved_by
        offset_before = change.astimezone(tz).utcoffset() - gap  # type: ignore[operator]
        gap_start = change.replace(tzinfo=None) + offset_before
        assert gap_start <= requested < gap_start + gap
    return resolved.adjustment


_days_and_zones = st.sampled_from(_SAMPLE_ZONES).flatmap(
    lambda name: st.tuples(
        st.just(name),
        st.one_of(
            st.sampled_from(_transition_days(name, 2000, 2037) or (date(2026, 1, 1),)),
            st.dates(min_value=date(2000, 1, 1), max_value=date(2037, 12, 31)),
        ),
    )
)
_walls = st.one_of(
    st.times(),
    # Most changes happen in the small hours; search there harder.
    st.builds(time, st.integers(0, 3), st.sampled_from([0, 1, 15, 29, 30, 31, 45, 59])),
)


@settings(max_examples=400, deadline=None)
@given(_days_and_zones, _walls)
def test_resolve_local_property_rule_t1(zone_and_day: tuple[str, date], wall: time) -> None:
    zone_name, day = zone_and_day
    _check_resolution(day, wall, zone_name)


@pytest.mark.parametrize("zone_name", _SAMPLE_ZONES)
def test_resolve_local_every_minute_of_2026_transition_days_rule_t1(zone_name: str) -> None:
    seen = {
        _check_resolution(day, time(minute // 60, minute % 60), zone_name)
        for day in _transition_days(zone_name, 2026, 2026)
        for minute in range(24 * 60)
    }
    if zone_name not in {"Asia/Kolkata", "UTC"}:
        # Every other sample zone changes its clocks in 2026: both cases must be hit.
        assert seen == set(TimeAdjustment)


def test_transition_scan_finds_the_known_days() -> None:
    days = _transition_days("America/New_York", 2026, 2026)
    assert date(2026, 3, 8) in days and date(2026, 11, 1) in days


# -------------------------------------------------------------------- zones, UTC


def test_zone_validation() -> None:
    assert is_valid_zone("Europe/Paris")
    assert is_valid_zone("UTC")
    for bad in [
        "",
        "Mars/Olympus_Mons",
        "America",
        "../etc/passwd",
        "/etc/localtime",
        "localtime",
        " Europe/Paris",
        "europe/paris",
    ]:
        assert not is_valid_zone(bad), bad
    assert not is_valid_zone(None)  # type: ignore[arg-type]
    assert zone("Europe/Paris") == ZoneInfo("Europe/Paris")
    with pytest.raises(UnknownZoneError) as excinfo:
        zone("Mars/Olympus_Mons")
    assert isinstance(excinfo.value, ValueError)
    message = str(excinfo.value)
    assert "Mars/Olympus_Mons" in message and "time zone" in message


def test_to_utc_and_from_utc_rule_t1() -> None:
    paris = datetime(2026, 7, 1, 8, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert to_utc(paris) == utc(2026, 7, 1, 6, 0)
    assert to_utc(paris).tzinfo is UTC
    back = from_utc(utc(2026, 7, 1, 6, 0), "Europe/Paris")
    assert back.replace(tzinfo=None) == datetime(2026, 7, 1, 8, 0)
    assert back.tzinfo == ZoneInfo("Europe/Paris")
    with pytest.raises(ValueError):
        to_utc(datetime(2026, 7, 1, 8, 0))
    with pytest.raises(ValueError):
        from_utc(datetime(2026, 7, 1, 8, 0), "Europe/Paris")
    with pytest.raises(UnknownZoneError):
        from_utc(utc(2026, 7, 1), "Nowhere/Special")


def test_utc_iso_round_trip_rule_t1() -> None:
    instant = utc(2026, 3, 8, 7, 30)
    text = format_utc_iso(instant)
    assert text == "2026-03-08T07:30:00+00:00"
    assert parse_utc_iso(text) == instant
    assert parse_utc_iso("2026-03-08T07:30:00Z") == instant
    assert parse_utc_iso("2026-03-08T03:30:00-04:00") == instant
    assert parse_utc_iso(text).tzinfo is UTC
    # An aware local time is stored as its UTC instant.
    local = datetime(2026, 3, 8, 3, 30, tzinfo=ZoneInfo("America/New_York"))
    assert format_utc_iso(local) == text
    assert format_utc_iso(datetime(2026, 1, 1, 0, 0, 0, 5, tzinfo=UTC)).endswith("+00:00")
    with pytest.raises(ValueError):
        format_utc_iso(datetime(2026, 3, 8, 7, 30))
    with pytest.raises(ValueError):
        parse_utc_iso("2026-03-08T07:30:00")
    with pytest.raises(ValueError):
        parse_utc_iso("not a time")


@given(
    st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(2100, 1, 1),
        timezones=st.just(timezone(timedelta(hours=5, minutes=30))),
    )
)
def test_utc_iso_property(instant: datetime) -> None:
    assert parse_utc_iso(format_utc_iso(instant)) == instant


# ------------------------------------------------------------------ system zone


def test_system_zone_from_tz_env(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    kw = {"etc_timezone": missing, "etc_localtime": missing}
    assert system_zone_name(environ={"TZ": "Europe/Paris"}, **kw) == "Europe/Paris"
    assert system_zone_name(environ={"TZ": ":Asia/Tokyo"}, **kw) == "Asia/Tokyo"
    assert (
        system_zone_name(environ={"TZ": "/usr/share/zoneinfo/America/Chicago"}, **kw)
        == "America/Chicago"
    )
    assert system_zone_name(environ={"TZ": "EST5EDT,M3.2.0,M11.1.0x"}, **kw) == "UTC"
    assert system_zone_name(environ={}, **kw) == "UTC"


def test_system_zone_from_etc_files(tmp_path: Path) -> None:
    etc_timezone = tmp_path / "timezone"
    etc_timezone.write_text("Australia/Sydney\n", encoding="utf-8")
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/America/Denver")
    missing = tmp_path / "missing"
    # An invalid TZ falls through to the files.
    assert (
        system_zone_name(
            environ={"TZ": "Bogus/Zone"}, etc_timezone=etc_timezone, etc_localtime=link
        )
        == "Australia/Sydney"
    )
    assert (
        system_zone_name(environ={}, etc_timezone=missing, etc_localtime=link) == "America/Denver"
    )
    etc_timezone.write_text("garbage\n", encoding="utf-8")
    assert (
        system_zone_name(environ={}, etc_timezone=etc_timezone, etc_localtime=link)
        == "America/Denver"
    )
    plain_file = tmp_path / "plain"
    plain_file.write_text("not a link", encoding="utf-8")
    assert system_zone_name(environ={}, etc_timezone=missing, etc_localtime=plain_file) == "UTC"


def test_system_zone_on_this_machine_is_valid() -> None:
    assert is_valid_zone(system_zone_name())


def test_same_clock_ignores_another_name_for_the_same_zone():  # rule T1, travel note
    from il2desk.domain.timeplan import same_clock

    now = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
    assert same_clock("UTC", "Etc/UTC", now)
    assert same_clock("Europe/Paris", "Europe/Paris", now)
    assert not same_clock("Europe/Paris", "Europe/London", now)
    # Same offset in winter, not in summer: not the same clock.
    assert not same_clock("Europe/Paris", "Africa/Lagos", now)
    assert not same_clock("Europe/Paris", "not/a zone", now)
