"""Calendar files that cannot mislead or tell (issue 21).

- VTIMEZONE: read back by a parser that knows only the embedded definition (ours
  below, and icalendar with the TZID renamed so that its zone database cannot help),
  several zones, 5 years of changes, against Python's zone database.
- `export-ics --all` cancels the events of cancelled courses, with a raised SEQUENCE.
- Discreet mode: neither PRODID nor the UIDs name the program or the medicine, and
  switching mode raises every SEQUENCE.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from il2desk.domain.course import CourseStatus
from il2desk.domain.preferences import CalendarPrivacy
from il2desk.services.ics_export import build_calendar, export_calendar, planned_course_ids
from il2desk.services.ics_export import schedules_for as load_schedules
from il2desk.services.ics_timezones import vtimezone
from tests.services.outputs_support import course_maker

ZONES = ["America/New_York", "Europe/Paris", "Europe/London", "Australia/Sydney",
         "America/Santiago", "Pacific/Auckland", "Asia/Tokyo", "America/St_Johns"]
FIRST, LAST = dt.date(2027, 1, 1), dt.date(2032, 1, 1)  # 5 years of changes


def unfolded_lines(text: str) -> list[str]:
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def _offset(text: str) -> dt.timedelta:
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[3:5])
    seconds = int(text[5:7]) if len(text) > 5 else 0
    return sign * dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _local(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y%m%dT%H%M%S")


def embedded_onsets(ics: str) -> dict[str, list[tuple[dt.datetime, dt.timedelta]]]:
    """{TZID: [(onset in UTC, offset from then on)]}, from the VTIMEZONE text only.

    RFC 5545 3.8.2.4: DTSTART and RDATE are local times in the TZOFFSETFROM offset.
    """
    zones: dict[str, list[tuple[dt.datetime, dt.timedelta]]] = {}
    tzid, block = None, None
    for line in unfolded_lines(ics):
        name, _, value = line.partition(":")
        if line == "BEGIN:VTIMEZONE":
            tzid = None
        elif name == "TZID" and block is None:
            tzid = value
            zones[tzid] = []
        elif line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            block = {"RDATE": []}
        elif line in ("END:STANDARD", "END:DAYLIGHT"):
            assert "RRULE" not in block  # (our writer lists every change)
            offset_from = _offset(block["TZOFFSETFROM"])
            offset_to = _offset(block["TZOFFSETTO"])
            for local in [block["DTSTART"], *block["RDATE"]]:
                onset = (_local(local) - offset_from).replace(tzinfo=dt.UTC)
                zones[tzid].append((onset, offset_to))
            block = None
        elif block is not None:
            key = name.split(";")[0]
            if key == "RDATE":
                block["RDATE"] += value.split(",")
            else:
                block[key] = value
    return {z: sorted(onsets) for z, onsets in zones.items()}


def offset_at(onsets, moment: dt.datetime) -> dt.timedelta:
    current = None
    for onset, offset in onsets:
        if onset <= moment:
            current = offset
    assert current is not None, moment
    return current


@pytest.mark.parametrize("zone_name", ZONES)
def test_embedded_definition_matches_the_zone_database_for_five_years(zone_name):
    text = vtimezone(zone_name, FIRST, LAST).to_ical().decode()
    onsets = embedded_onsets(text)[zone_name]
    tz = ZoneInfo(zone_name)
    moment = dt.datetime.combine(FIRST, dt.time(), dt.UTC) + dt.timedelta(days=1)
    end = dt.datetime.combine(LAST, dt.time(), dt.UTC) - dt.timedelta(days=1)
    checked = 0
    while moment < end:
        # every hour, and the minutes either side of each hour
        for instant in (moment - dt.timedelta(minutes=1), moment):
            assert offset_at(onsets, instant) == instant.astimezone(tz).utcoffset(), (
                zone_name, instant)
            checked += 1
        moment += dt.timedelta(hours=1)
    assert checked > 2 * 24 * 365 * 4


def test_new_york_spring_forward_starts_at_two_in_the_morning():
    text = vtimezone("America/New_York", FIRST, LAST).to_ical().decode()
    lines = unfolded_lines(text)
    daylight = lines[lines.index("BEGIN:DAYLIGHT"):lines.index("END:DAYLIGHT")]
    assert "DTSTART:20270314T020000" in daylight  # not 03:00 (issue 21)
    assert "TZOFFSETFROM:-0500" in daylight and "TZOFFSETTO:-0400" in daylight
    standard_blocks = re.findall(r"BEGIN:STANDARD\r\n(.*?)END:STANDARD", text, re.S)
    assert any("DTSTART:20271107T020000" in b and "TZOFFSETFROM:-0400" in b
               for b in standard_blocks)


@pytest.fixture
def make_course(ctx):
    return course_maker(ctx)


@pytest.mark.parametrize("zone_name, start", [
    ("America/New_York", dt.date(2027, 3, 12)),  # spring forward on day 3
    ("America/New_York", dt.date(2027, 11, 5)),  # fall back on day 3
    ("Europe/Paris", dt.date(2027, 3, 26)),
    ("Australia/Sydney", dt.date(2027, 4, 2)),
    ("America/Santiago", dt.date(2027, 9, 3)),
])
def test_a_reader_of_only_the_embedded_definition_sees_each_dose_at_its_time(
        ctx, make_course, zone_name, start):
    course_id = make_course(start=start, zone=zone_name)
    raw = build_calendar(load_schedules(ctx.courses, [course_id]), ctx.settings.current,
                         ctx.clock.now_utc()).to_ical()
    # A TZID no zone database knows: icalendar must build the zone from the file.
    # (One per case: icalendar keeps the zones it built by TZID for the process.)
    tzid = f"X-Only-The-File-{zone_name.replace('/', '-')}-{start:%Y%m%d}"
    renamed = raw.replace(zone_name.encode(), tzid.encode())
    planned = {i.planned_utc for i in ctx.courses.injections(course_id)}
    seen = set()
    for event in Calendar.from_ical(renamed).walk("VEVENT"):
        start_value = event.decoded("DTSTART")
        if isinstance(start_value, dt.datetime):
            assert getattr(start_value.tzinfo, "key", None) != zone_name
            seen.add(start_value.astimezone(dt.UTC))
    assert seen == planned
    # and our own reader agrees for the events with the zone's TZID
    onsets = embedded_onsets(renamed.decode())[tzid]
    for match in re.finditer(rf"DTSTART;TZID={tzid}:(\d{{8}}T\d{{6}})", renamed.decode()):
        local = _local(match.group(1))
        # the instant that has this wall time (our events avoid the doubled hour)
        candidates = {(local - offset).replace(tzinfo=dt.UTC)
                      for _onset, offset in onsets}
        assert {c for c in candidates if (local - offset_at(onsets, c)).replace(
            tzinfo=dt.UTC) == c} & planned


# --- cancelled courses, discreet mode ---------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def il2desk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def events_by_uid(path: Path) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_export_all_cancels_the_events_of_a_cancelled_course(make_ctx, data_dir, tmp_path):
    ctx = make_ctx()
    make = course_maker(ctx)
    kept = make(start=dt.date(2027, 3, 12))
    dropped = make(start=dt.date(2027, 5, 7))
    ctx.db.close()
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    assert il2desk("--data-dir", str(data_dir), "export-ics", "--all",
                   str(before)).returncode == 0
    ctx = make_ctx()
    ctx.courses.set_status(dropped, CourseStatus.CANCELLED, ctx.clock.now_utc())
    assert planned_course_ids(ctx.courses, ctx.clock.now_utc()) == [kept, dropped]
    ctx.db.close()
    result = il2desk("--data-dir", str(data_dir), "export-ics", "--all", str(after))
    assert result.returncode == 0, result.stderr
    first, second = events_by_uid(before), events_by_uid(after)
    assert set(first) == set(second) and len(second) == 24
    cancelled = [uid for uid, e in second.items() if str(e["STATUS"]) == "CANCELLED"]
    assert len(cancelled) == 12
    for uid in cancelled:
        assert second[uid].decoded("SEQUENCE") > first[uid].decoded("SEQUENCE")
        # Said in the title too: calcurse ignores STATUS on a first import (seen).
        assert str(second[uid]["SUMMARY"]).startswith("Cancelled, not to do: ")
    assert not any(str(e["SUMMARY"]).startswith("Cancelled")
                   for uid, e in second.items() if uid not in cancelled)


MEDICINE_OR_PROGRAM = re.compile(rb"il2desk|il-?2|interleukin|aldesleukin|proleukin", re.I)


def test_discreet_calendar_names_neither_program_nor_medicine(ctx, make_course, tmp_path):
    course_id = make_course()
    prefs = dataclasses.replace(ctx.settings.current, calendar_privacy=CalendarPrivacy.DISCREET)
    path = tmp_path / "calendar.ics"
    export_calendar(ctx.courses, prefs, [course_id], path, ctx.clock.now_utc())
    raw = path.read_bytes()
    prodid = re.search(rb"PRODID:(.*)\r\n", raw).group(1)
    uids = re.findall(rb"UID:(.*)\r\n", raw)
    assert len(uids) == 12
    assert not MEDICINE_OR_PROGRAM.search(prodid)
    assert not any(MEDICINE_OR_PROGRAM.search(uid) for uid in uids)
    assert not MEDICINE_OR_PROGRAM.search(raw)  # nor anything else in the file


def test_switching_privacy_raises_every_sequence(ctx, make_course, tmp_path):
    course_id = make_course()
    sequences = []
    uids = []
    for number, privacy in enumerate(["full", "discreet", "discreet", "full"]):
        prefs = dataclasses.replace(ctx.settings.current, calendar_privacy=CalendarPrivacy(privacy))
        path = tmp_path / f"{number}.ics"
        export_calendar(ctx.courses, prefs, [course_id], path, ctx.clock.now_utc())
        events = events_by_uid(path)
        uids.append(set(events))
        sequences.append({uid: e.decoded("SEQUENCE") for uid, e in events.items()})
    assert uids[0] == uids[1] == uids[2] == uids[3]  # the same events, updated
    for uid in uids[0]:
        assert sequences[1][uid] == sequences[0][uid] + 1  # full -> discreet
        assert sequences[2][uid] == sequences[1][uid]  # no change: no raise
        assert sequences[3][uid] == sequences[2][uid] + 1  # discreet -> full


# --- libical's restriction check ---------------------------------------------------

LIBICAL_CHECK = r"""
import sys
import gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib
text = sys.stdin.read()
component = ICalGLib.Component.new_from_string(text)
print("parse-errors", component.count_errors())
ICalGLib.restriction_check(component)
for line in component.as_ical_string().replace("\r\n ", "").split("\r\n"):
    if line.startswith("X-LIC-ERROR"):
        print(line.split(":", 1)[1])
"""
SYSTEM_PYTHON = "/usr/bin/python3"


def libical_notes(raw: bytes) -> list[str]:
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version("
                            "'ICalGLib', '3.0'); from gi.repository import ICalGLib"],
                           capture_output=True) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        pytest.skip("Debian's libical (gir1.2-ical-3.0, python3-gi) is not installed")
    result = subprocess.run([SYSTEM_PYTHON, "-c", LIBICAL_CHECK], input=raw,
                            capture_output=True, check=True, timeout=60)
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "parse-errors 0"
    return lines[1:]


@pytest.mark.parametrize("privacy", ["full", "discreet"])
def test_libical_restriction_check_notes_only_the_missing_organizer(ctx, make_course, privacy):
    first = make_course()
    cancelled = make_course(start=dt.date(2027, 5, 7), zone="Europe/Paris")
    ctx.courses.set_status(cancelled, CourseStatus.CANCELLED, ctx.clock.now_utc())
    prefs = dataclasses.replace(ctx.settings.current, calendar_privacy=CalendarPrivacy(privacy))
    raw = build_calendar(load_schedules(ctx.courses, [first, cancelled]), prefs,
                         ctx.clock.now_utc()).to_ical()
    # The one note: METHOD:PUBLISH (RFC 5546) wants an ORGANIZER, which a personal
    # schedule does not have; inventing one makes calendars show an invitation.
    assert libical_notes(raw) == ["Failed iTIP restrictions for ORGANIZER property. "
                                  "Expected 1 instances of the property and got 0"]
    # ...and it is the only one: with an organizer, libical has nothing to say.
    with_organizer = raw.replace(b"BEGIN:VEVENT\r\n",
                                 b"BEGIN:VEVENT\r\nORGANIZER:mailto:me@example.invalid\r\n")
    assert libical_notes(with_organizer) == []
