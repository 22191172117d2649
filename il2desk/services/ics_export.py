"""The injection schedule as an iCalendar (.ics) file, written with `icalendar`.

One VEVENT per planned injection at its local wall time with its TZID (rule T1) — or
in UTC when that wall time happens twice (fall-back night), so no client can pick the
wrong one — the
zone's VTIMEZONE in the file so any calendar program gets DST days right, two alarms
(the pre-treatment lead of rule R8 and the ice-before time of rule R9), and all-day
events for the blood work (rule R16) and the course start.

Events keep the UID stored with each injection, and carry its SEQUENCE, so importing
again after a change updates the events a calendar already has instead of adding
copies; a cancelled course exports its events as STATUS:CANCELLED (`--all` includes
cancelled courses whose events were still ahead, so a calendar drops them).

The user's calendar privacy setting decides how much the file says: "full" (dose and
steps) or "discreet" ("Medication", no dose, no health details) — a shared calendar
is not private. The UIDs are bare random UUIDs and, in discreet mode, PRODID names
no program either; switching mode raises every SEQUENCE so calendars update the
events (issue 21). The VTIMEZONE comes from services/ics_timezones.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from icalendar import Alarm, Calendar, Event
from PySide6.QtCore import QT_TRANSLATE_NOOP

from il2desk import __version__
from il2desk.domain.course import Course, CourseStatus, Injection, InjectionStatus
from il2desk.domain.dose import format_dose_miu
from il2desk.domain.preferences import CalendarPrivacy, Preferences
from il2desk.domain.regimen import Slot
from il2desk.domain.timeplan import zone
from il2desk.services.atomic_write import ExportProblem, write_bytes_atomic
from il2desk.services.ics_timezones import vtimezone
from il2desk.services.translation import LONG_DAY, date_text, tr, translate_message
from il2desk.storage.calendar_export_repo import CalendarExportState
from il2desk.storage.course_repo import CourseRepository

__all__ = [
    "DISCREET_PRODID",
    "INJECTION_MINUTES",
    "PRODID",
    "CourseSchedule",
    "NothingToExport",
    "build_calendar",
    "calendar_bytes",
    "event_uid",
    "export_calendar",
    "planned_course_ids",
    "schedules_for",
]

PRODID = f"-//il2desk//il2desk {__version__}//EN"
# Discreet calendars name no program: who made the file says what it is about.
DISCREET_PRODID = "-//Personal//Calendar//EN"
# How long an injection event lasts in the calendar: long enough to be seen.
INJECTION_MINUTES = 15
# Fixed namespace so the blood-work and course-start UIDs come out the same every time.
_UID_NAMESPACE = uuid.UUID("6d1c1f9e-3c1b-4a53-9a55-2f6f1c0a9e11")
# VTIMEZONE rules are written for this margin around the exported dates only.
_ZONE_MARGIN = dt.timedelta(days=400)

_SLOT_WORDS = {Slot.MORNING: QT_TRANSLATE_NOOP("", "morning"),
               Slot.EVENING: QT_TRANSLATE_NOOP("", "evening")}


class NothingToExport(ExportProblem):
    """No planned injection to put in a calendar."""


@dataclasses.dataclass(frozen=True)
class CourseSchedule:
    """A course and the injections of it that go into the calendar."""

    course: Course
    injections: tuple[Injection, ...]


def _exportable(injections: Iterable[Injection], course: Course | None = None
                ) -> tuple[Injection, ...]:
    # Injections already given or missed are history, not appointments. Those not
    # given because the course was stopped or cancelled (rule R17) go out as
    # STATUS:CANCELLED, so a calendar that imported them drops them.
    withdrawn = course is not None and course.status in (CourseStatus.STOPPED,
                                                          CourseStatus.CANCELLED)
    return tuple(i for i in injections if i.status is InjectionStatus.PLANNED
                 or (withdrawn and i.status is InjectionStatus.NOT_GIVEN))


def _day(day: dt.date) -> str:
    """ "Wednesday 2 December 2026", in the user's language."""
    return date_text(day, LONG_DAY)


def schedules_for(repo: CourseRepository, course_ids: Sequence[int]) -> list[CourseSchedule]:
    """Load courses to export; NothingToExport (plain words) when there is nothing."""
    schedules: list[CourseSchedule] = []
    for course_id in course_ids:
        course = repo.get(course_id)
        if course is None:
            raise ExportProblem(tr("There is no course number {number}.").format(
                number=course_id))
        planned = _exportable(repo.injections(course_id), course)
        if not planned:
            raise NothingToExport(
                tr("The course starting {date} has no planned injections left, so there is "
                   "nothing to put in a calendar.").format(date=_day(course.start_date)))
        schedules.append(CourseSchedule(course, planned))
    if not schedules:
        raise NothingToExport(tr("There is no planned course to put in a calendar yet."))
    return schedules


def planned_course_ids(repo: CourseRepository, now_utc: dt.datetime | None = None
                       ) -> list[int]:
    """For `--all`: every planned course that still has a planned injection, and
    (given `now_utc`) every cancelled course that still had one ahead, whose events
    go out as STATUS:CANCELLED so a calendar that imported them drops them."""
    statuses = (CourseStatus.PLANNED,) if now_utc is None else (
        CourseStatus.PLANNED, CourseStatus.CANCELLED, CourseStatus.STOPPED)
    ids = []
    for course in reversed(repo.list(statuses=statuses)):
        planned = _exportable(repo.injections(course.id), course)
        if course.status is not CourseStatus.PLANNED:
            planned = tuple(i for i in planned if now_utc is not None
                            and i.planned_utc > now_utc)
        if planned:
            ids.append(course.id)
    return ids


def event_uid(stored_uid: str) -> str:
    """The UID an injection's event carries: the random UUID alone, which names no
    program (the stored UIDs end in "@il2desk.local"; issue 21)."""
    return stored_uid.partition("@")[0]


def _derived_uid(schedule: CourseSchedule, what: str) -> str:
    # Derived from the first injection's UID, which is random and kept for the
    # course's life, so the day events stay the same across exports and databases.
    anchor = min(schedule.injections, key=lambda i: i.seq).ics_uid
    return str(uuid.uuid5(_UID_NAMESPACE, f"{anchor}/{what}"))


def _ambiguous(local: dt.datetime) -> bool:
    """True when this wall time happens twice in its zone (a fall-back night)."""
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()


def _hhmm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def _injection_event(schedule: CourseSchedule, injection: Injection, prefs: Preferences,
                     now_utc: dt.datetime, sequence_offset: int) -> Event:
    tz = zone(injection.zone_name)
    # The resolved instant, shown in its zone: on a spring-forward day this is the
    # moved-forward wall time (rule T1), not the one that does not exist.
    start = injection.planned_utc.astimezone(tz)
    end = (injection.planned_utc + dt.timedelta(minutes=INJECTION_MINUTES)).astimezone(tz)
    if _ambiguous(start) or _ambiguous(end):
        # RFC 5545 says a wall time that happens twice means the first one, as rule T1
        # does, but real clients differ (khal 0.10 takes the second). Written in UTC
        # the instant cannot be misread; calendars still show it in local time.
        start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    full = prefs.calendar_privacy is CalendarPrivacy.FULL
    slot = tr(_SLOT_WORDS[injection.slot])
    dose = translate_message(format_dose_miu(schedule.course.dose_miu))

    # Not given (course stopped or cancelled, rule R17): STATUS:CANCELLED, and said in
    # the title too: a calendar that ignores the status (calcurse, seen) on a first
    # import would otherwise show a dose that must not be given as an appointment.
    cancelled = (schedule.course.status is CourseStatus.CANCELLED
                 or injection.status is InjectionStatus.NOT_GIVEN)
    event = Event()
    event.add("uid", event_uid(injection.ics_uid))
    event.add("dtstamp", now_utc.astimezone(dt.UTC))
    event.add("sequence", injection.ics_sequence + sequence_offset)
    event.add("dtstart", start)
    event.add("dtend", end)
    if full:
        summary = tr("IL-2 injection — {slot} ({dose})").format(slot=slot, dose=dose)
        pre_at = injection.planned_utc - dt.timedelta(minutes=prefs.pretreatment_lead_min)
        ice_at = injection.planned_utc - dt.timedelta(minutes=prefs.ice_before_min)
        lines = [
            tr("Injection {n} of {total}, day {day} of {days}: {dose}.").format(
                n=injection.seq, total=schedule.course.plan.injection_count,
                day=injection.day, days=schedule.course.plan.days, dose=dose),
            tr("{time} — pre-treatment: take the antihistamine and ibuprofen your doctor "
               "advised.").format(time=_hhmm(pre_at.astimezone(tz))),
            tr("{time} — ice pack on the injection site for {minutes}.").format(
                time=_hhmm(ice_at.astimezone(tz)),
                minutes=tr("%n minute(s)", "", prefs.ice_before_min)),
            tr("{time} — injection.").format(time=_hhmm(start.astimezone(tz))),
            tr("After it: ice pack on the site for {minutes}, and the used syringe "
               "into the sharps container.").format(
                minutes=tr("%n minute(s)", "", prefs.ice_after_min)),
        ]
        event.add("description", "\n".join(lines))
        pre_text = tr("Pre-treatment: antihistamine and ibuprofen")
        ice_text = tr("Ice pack on the injection site")
    else:
        summary = tr("Medication")
        pre_text = ice_text = tr("Medication")
    event.add("summary", _cancelled_title(summary) if cancelled else summary)
    status = "CANCELLED" if cancelled else "CONFIRMED"
    event.add("status", status)
    if status == "CONFIRMED":
        # rule R8 and rule R9: one alarm at each lead time, relative to the start.
        for minutes, text in ((prefs.pretreatment_lead_min, pre_text),
                              (prefs.ice_before_min, ice_text)):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", dt.timedelta(minutes=-minutes))
            alarm.add("description", text)
            event.add_component(alarm)
    return event


def _day_event(schedule: CourseSchedule, what: str, day: dt.date, summary: str,
               description: str | None, now_utc: dt.datetime, sequence_offset: int) -> Event:
    event = Event()
    event.add("uid", _derived_uid(schedule, what))
    event.add("dtstamp", now_utc.astimezone(dt.UTC))
    # Replan and cancel bump every injection's sequence; the day events follow.
    event.add("sequence", max(i.ics_sequence for i in schedule.injections) + sequence_offset)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    cancelled = schedule.course.status is CourseStatus.CANCELLED
    event.add("summary", _cancelled_title(summary) if cancelled else summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a reminder for the day, not a busy block
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def _cancelled_title(summary: str) -> str:
    return tr("Cancelled, not to do: {title}").format(title=summary)


def build_calendar(schedules: Sequence[CourseSchedule], prefs: Preferences,
                   now_utc: dt.datetime, sequence_offset: int = 0) -> Calendar:
    """The calendar for these courses (at least one injection among them).

    `sequence_offset` is added to every SEQUENCE (raised when the privacy changed).
    """
    if not any(s.injections for s in schedules):
        raise NothingToExport(tr("There are no planned injections to put in a calendar."))
    full = prefs.calendar_privacy is CalendarPrivacy.FULL
    offset = sequence_offset
    calendar = Calendar()
    calendar.add("prodid", PRODID if full else DISCREET_PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    dates: list[dt.date] = []
    zone_names: list[str] = []
    events: list[Event] = []
    for schedule in schedules:
        course = schedule.course
        blood_day = course.plan.effective_blood_work_date  # rule R16
        if full:
            events.append(_day_event(
                schedule, "blood-work", blood_day,
                tr("Blood work before the IL-2 course (CD4 count and viral load)"),
                tr("Blood work is due two weeks before the course that starts on {date}.")
                .format(date=_day(course.start_date)), now_utc, offset))
            events.append(_day_event(
                schedule, "course-start", course.start_date,
                tr("IL-2 course starts — {dose} per injection").format(
                    dose=translate_message(format_dose_miu(course.dose_miu))),
                (tr("Day 1 of {days}: a morning and an evening injection each day until "
                    "{date}.") if course.plan.per_day == 2 else
                 tr("Day 1 of {days}: one injection each day until {date}.")).format(
                    days=course.plan.days, date=_day(course.end_date)),
                now_utc, offset))
        else:
            events.append(_day_event(schedule, "blood-work", blood_day,
                                     tr("Appointment"), None, now_utc, offset))
            events.append(_day_event(schedule, "course-start", course.start_date,
                                     tr("Medication starts"), None, now_utc, offset))
        for injection in sorted(schedule.injections, key=lambda i: i.planned_utc):
            event = _injection_event(schedule, injection, prefs, now_utc, offset)
            events.append(event)
            start = event.decoded("DTSTART")
            if start.tzinfo is not dt.UTC and injection.zone_name not in zone_names:
                zone_names.append(injection.zone_name)
        dates += [blood_day, course.end_date]
    # Each zone's definition, right for the margin around the exported dates
    # (before the events: RFC 5545 puts VTIMEZONE first for readers that stream).
    for name in zone_names:
        calendar.add_component(vtimezone(name, min(dates) - _ZONE_MARGIN,
                                         max(dates) + _ZONE_MARGIN))
    for event in events:
        calendar.add_component(event)
    return calendar


def calendar_bytes(schedules: Sequence[CourseSchedule], prefs: Preferences,
                   now_utc: dt.datetime, sequence_offset: int = 0) -> bytes:
    """RFC 5545 text: CRLF line ends and folded lines come from icalendar."""
    return build_calendar(schedules, prefs, now_utc, sequence_offset).to_ical()


def export_calendar(repo: CourseRepository, prefs: Preferences, course_ids: Sequence[int],
                    path: Path, now_utc: dt.datetime) -> int:
    """Write the .ics for these courses whole or not at all; returns the event count.

    Raises ExportProblem (plain words) for nothing to export or an unwritable place.
    """
    schedules = schedules_for(repo, course_ids)
    offset = CalendarExportState(repo.database).sequence_offset(prefs.calendar_privacy.value)
    data = calendar_bytes(schedules, prefs, now_utc, offset)
    write_bytes_atomic(path, data)
    return sum(len(s.injections) + 2 for s in schedules)
