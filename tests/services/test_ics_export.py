"""The calendar export, read back with icalendar: local times, alarms, UIDs, privacy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from il2desk.domain.course import CourseStatus
from il2desk.domain.preferences import CalendarPrivacy
from il2desk.services.atomic_write import ExportProblem
from il2desk.services.ics_export import (
    NothingToExport,
    event_uid,
    export_calendar,
    planned_course_ids,
)
from tests.services.outputs_support import course_maker


@pytest.fixture
def make_course(ctx):
    return course_maker(ctx)

UTC = dt.UTC


def export(ctx, course_ids, tmp_path, name="schedule.ics", **pref_changes):
    prefs = dataclasses.replace(ctx.settings.current, **pref_changes)
    path = tmp_path / name
    export_calendar(ctx.courses, prefs, course_ids, path, ctx.clock.now_utc())
    return path


def read(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def injection_events(calendar: Calendar):
    return [e for e in calendar.walk("VEVENT")
            if isinstance(e.decoded("DTSTART"), dt.datetime)]


def day_events(calendar: Calendar):
    return [e for e in calendar.walk("VEVENT")
            if not isinstance(e.decoded("DTSTART"), dt.datetime)]


def alarm_offsets(event) -> list[dt.timedelta]:
    return sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))


def test_new_york_course_across_spring_forward(ctx, make_course, tmp_path):
    # rule T1: 2027-03-14 is the spring-forward day in New York; the course spans it.
    course_id = make_course(start=dt.date(2027, 3, 12), zone="America/New_York")
    calendar = read(export(ctx, [course_id], tmp_path))
    events = injection_events(calendar)
    injections = {event_uid(i.ics_uid): i for i in ctx.courses.injections(course_id)}
    assert len(events) == 10  # rule R1
    ny = ZoneInfo("America/New_York")
    # The VTIMEZONE in the file on its own (not the system's zoneinfo) gives the
    # same instants, so calendar programs without the zone get DST right too.
    [vtimezone] = calendar.timezones
    assert vtimezone["TZID"] == "America/New_York"
    file_zone = vtimezone.to_tz()
    seen_days = set()
    for event in events:
        injection = injections[str(event["UID"])]
        start = event.decoded("DTSTART")
        assert event["DTSTART"].params["TZID"] == "America/New_York"
        assert start.astimezone(UTC) == injection.planned_utc
        wall = start.replace(tzinfo=None)
        assert wall.time() == (dt.time(8, 0) if injection.slot == "morning" else dt.time(20, 0))
        assert wall.replace(tzinfo=file_zone).astimezone(UTC) == injection.planned_utc
        # rule R8 and rule R9: pre-treatment 30 min and ice 10 min before, on every day.
        assert alarm_offsets(event) == [dt.timedelta(minutes=-30), dt.timedelta(minutes=-10)]
        for offset in alarm_offsets(event):
            alarm_wall = (start.astimezone(UTC) + offset).astimezone(ny)
            assert alarm_wall.date() == wall.date()
            assert alarm_wall.time() == (dt.datetime.combine(wall.date(), wall.time())
                                         + offset).time()
        seen_days.add(wall.date())
    assert dt.date(2027, 3, 14) in seen_days
    # Offsets really differ either side of the change.
    by_day = {e.decoded("DTSTART").date(): e.decoded("DTSTART") for e in events}
    assert by_day[dt.date(2027, 3, 13)].utcoffset() == dt.timedelta(hours=-5)
    assert by_day[dt.date(2027, 3, 14)].utcoffset() == dt.timedelta(hours=-4)


def test_moved_forward_time_is_exported_as_the_real_clock_time(ctx, make_course, tmp_path):
    # rule T1: 02:30 does not exist on 2027-03-14 in New York; it moves to 03:30.
    course_id = make_course(morning=dt.time(2, 30), evening=dt.time(14, 30))
    events = injection_events(read(export(ctx, [course_id], tmp_path)))
    starts = sorted(e.decoded("DTSTART") for e in events)
    dst_morning = next(s for s in starts if s.date() == dt.date(2027, 3, 14))
    assert dst_morning.replace(tzinfo=None) == dt.datetime(2027, 3, 14, 3, 30)
    assert dst_morning.astimezone(UTC) == dt.datetime(2027, 3, 14, 7, 30, tzinfo=UTC)


def test_paris_course_across_fall_back(ctx, make_course, tmp_path):
    # rule T1: 2027-10-31 02:30 happens twice in Paris; the first one (CEST) is taken.
    course_id = make_course(start=dt.date(2027, 10, 29), zone="Europe/Paris",
                            morning=dt.time(2, 30), evening=dt.time(19, 0))
    calendar = read(export(ctx, [course_id], tmp_path))
    file_zone = calendar.timezones[0].to_tz()
    injections = {event_uid(i.ics_uid): i for i in ctx.courses.injections(course_id)}
    paris = ZoneInfo("Europe/Paris")
    for event in injection_events(calendar):
        injection = injections[str(event["UID"])]
        start = event.decoded("DTSTART")
        assert start.astimezone(UTC) == injection.planned_utc
        if start.astimezone(paris).date() == dt.date(2027, 10, 31) \
                and start.astimezone(paris).hour == 2:
            # The ambiguous wall time is written in UTC (clients disagree on which
            # 02:30 a TZID time means): the first one, 00:30 UTC.
            assert "TZID" not in event["DTSTART"].params
            assert start == dt.datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
        else:
            assert event["DTSTART"].params["TZID"] == "Europe/Paris"
            assert start.replace(tzinfo=None).replace(tzinfo=file_zone).astimezone(UTC) \
                == injection.planned_utc
        pre, ice = (start.astimezone(UTC) + o for o in alarm_offsets(event))
        assert injection.planned_utc - pre == dt.timedelta(minutes=30)
        assert injection.planned_utc - ice == dt.timedelta(minutes=10)
    # The evening of the fall-back day is at 19:00 CET (+01:00), the day before CEST.
    evenings = {e.decoded("DTSTART").date(): e.decoded("DTSTART")
                for e in injection_events(calendar) if e.decoded("DTSTART").hour == 19}
    assert evenings[dt.date(2027, 10, 30)].utcoffset() == dt.timedelta(hours=2)
    assert evenings[dt.date(2027, 10, 31)].utcoffset() == dt.timedelta(hours=1)


def test_alarms_follow_the_settings(ctx, make_course, tmp_path):
    course_id = make_course()
    path = export(ctx, [course_id], tmp_path, pretreatment_lead_min=45, ice_before_min=15)
    for event in injection_events(read(path)):
        assert alarm_offsets(event) == [dt.timedelta(minutes=-45), dt.timedelta(minutes=-15)]
        assert all(a["ACTION"] == "DISPLAY" for a in event.walk("VALARM"))


def test_the_ice_minutes_take_their_plural_form(ctx, make_course, tmp_path):
    """Issue 18 §2: "for 1 minute", never "1 minutes" (nor Qt's "1 minute(s)")."""
    course_id = make_course()
    path = export(ctx, [course_id], tmp_path, ice_before_min=1, ice_after_min=10)
    description = " ".join(str(injection_events(read(path))[0]["DESCRIPTION"]).split())
    assert "ice pack on the injection site for 1 minute." in description
    assert "ice pack on the site for 10 minutes," in description


def test_full_summary_description_and_day_events(ctx, make_course, tmp_path):
    course_id = make_course()
    calendar = read(export(ctx, [course_id], tmp_path))
    summaries = sorted(str(e["SUMMARY"]) for e in injection_events(calendar))
    assert summaries[0] == "IL-2 injection — evening (4.5 million units)"
    assert summaries[-1] == "IL-2 injection — morning (4.5 million units)"
    description = str(injection_events(calendar)[0]["DESCRIPTION"])
    assert "antihistamine and ibuprofen" in description
    assert "ice pack" in description
    assert "07:30" in description and "07:50" in description
    days = {e.decoded("DTSTART"): str(e["SUMMARY"]) for e in day_events(calendar)}
    assert dt.date(2027, 2, 26) in days  # rule R16: blood work two weeks before
    assert "Blood work" in days[dt.date(2027, 2, 26)]
    assert dt.date(2027, 3, 12) in days
    for event in day_events(calendar):
        assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(days=1)


def test_discreet_calendar_says_medication_only(ctx, make_course, tmp_path):
    course_id = make_course()
    text = export(ctx, [course_id], tmp_path,
                  calendar_privacy=CalendarPrivacy.DISCREET).read_text(encoding="utf-8")
    calendar = Calendar.from_ical(text)
    assert {str(e["SUMMARY"]) for e in injection_events(calendar)} == {"Medication"}
    for word in ("million", "IL-2", "ibuprofen", "injection", "Blood", "CD4", "4.5"):
        assert word not in text
    assert len(list(calendar.walk("VALARM"))) == 20  # the reminders are still there


def test_reexport_after_replan_keeps_uids_and_bumps_sequence(ctx, clock, make_course,
                                                             tmp_path):
    course_id = make_course()
    first = read(export(ctx, [course_id], tmp_path, "first.ics"))
    course = ctx.courses.get(course_id)
    clock.advance(dt.timedelta(days=2))
    ctx.courses.replan(course_id, dataclasses.replace(course.plan, morning=dt.time(9, 0)),
                       clock.now_utc())
    second = read(export(ctx, [course_id], tmp_path, "second.ics"))
    uids_first = {str(e["UID"]): e for e in first.walk("VEVENT")}
    uids_second = {str(e["UID"]): e for e in second.walk("VEVENT")}
    assert set(uids_first) == set(uids_second)
    assert len(uids_second) == 12
    for uid, event in uids_second.items():
        assert event.decoded("SEQUENCE") == uids_first[uid].decoded("SEQUENCE") + 1
        assert event.decoded("DTSTAMP") == clock.now_utc()
    mornings = [e.decoded("DTSTART") for e in injection_events(second)
                if e.decoded("DTSTART").hour < 12]
    assert {m.time() for m in mornings} == {dt.time(9, 0)}


def test_cancelled_course_exports_cancelled_events(ctx, clock, make_course, tmp_path):
    course_id = make_course()
    ctx.courses.set_status(course_id, CourseStatus.CANCELLED, clock.now_utc())
    calendar = read(export(ctx, [course_id], tmp_path))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 12
    assert {str(e["STATUS"]) for e in events} == {"CANCELLED"}
    assert {e.decoded("SEQUENCE") for e in injection_events(calendar)} == {1}
    assert list(calendar.walk("VALARM")) == []  # no reminders for what will not happen


def test_file_is_valid_rfc5545_text(ctx, make_course, tmp_path):
    course_id = make_course()
    raw = export(ctx, [course_id], tmp_path).read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert b"\n" not in b"".join(lines)  # no bare LF anywhere
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets
    assert b"VERSION:2.0" in lines
    assert any(line.startswith(b"PRODID:-//il2desk//") for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long lines were folded
    for event in Calendar.from_ical(raw).walk("VEVENT"):
        for field in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE"):
            assert field in event
    # DTSTAMP is UTC (RFC 5545 3.8.7.2)
    assert re.search(rb"DTSTAMP:\d{8}T\d{6}Z", raw)


def test_day_event_uids_are_stable(ctx, make_course, tmp_path):
    course_id = make_course()
    first = {str(e["UID"]) for e in day_events(read(export(ctx, [course_id], tmp_path, "a.ics")))}
    again = {str(e["UID"]) for e in day_events(read(export(ctx, [course_id], tmp_path, "b.ics")))}
    assert first == again and len(first) == 2


def test_nothing_planned_is_refused_and_nothing_written(ctx, make_course, tmp_path):
    course_id = make_course(recorded_after=True)  # a past course: injections are done
    path = tmp_path / "x.ics"
    with pytest.raises(NothingToExport, match="no planned injections"):
        export_calendar(ctx.courses, ctx.settings.current, [course_id], path,
                        ctx.clock.now_utc())
    assert not path.exists()
    assert planned_course_ids(ctx.courses) == []


def test_all_planned_courses(ctx, make_course, tmp_path):
    first = make_course()
    second = make_course(start=dt.date(2027, 5, 7))
    make_course(start=dt.date(2026, 1, 7), recorded_after=True)
    assert planned_course_ids(ctx.courses) == [first, second]
    calendar = read(export(ctx, [first, second], tmp_path))
    assert len(injection_events(calendar)) == 20


def test_unwritable_place_gives_a_message_and_keeps_the_old_file(ctx, make_course, tmp_path,
                                                                 monkeypatch):
    course_id = make_course()
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(ExportProblem, match=r"does not exist|cannot save"):
        export(ctx, [course_id], not_a_folder)
    out = tmp_path / "out"
    out.mkdir()
    old = out / "schedule.ics"
    old.write_bytes(b"old calendar")

    def broken_replace(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExportProblem, match="full"):
        export(ctx, [course_id], out)
    assert old.read_bytes() == b"old calendar"
    assert [p.name for p in out.iterdir()] == ["schedule.ics"]  # no temporary file left
