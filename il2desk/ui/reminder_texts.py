"""The words of each reminder (rules R8, R9, R16, T2), shared by banner, list and
desktop notifications so they always say the same thing."""

from __future__ import annotations

import dataclasses
import datetime as dt

from il2desk.domain.reminders import ReminderKind, StoredReminder
from il2desk.domain.timeplan import from_utc, is_valid_zone
from il2desk.services.context import AppContext
from il2desk.services.translation import COURSE_DAY, tr
from il2desk.ui.i18n import date_text


@dataclasses.dataclass(frozen=True)
class ReminderText:
    title: str
    body: str
    late_note: str  # '' when shown on time


def clock_text(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def day_text(moment: dt.datetime | dt.date) -> str:
    return date_text(moment, COURSE_DAY)


def describe(ctx: AppContext, reminder: StoredReminder, *, late: bool | None = None
             ) -> ReminderText:
    """Title, body and (rule T2) the late note with the time it was due."""
    zone_name = ctx.settings.current.time_zone
    injection = (ctx.courses.injection(reminder.injection_id)
                 if reminder.injection_id is not None else None)
    course = ctx.courses.get(reminder.course_id) if reminder.course_id is not None else None
    if injection is not None and is_valid_zone(injection.zone_name):
        zone_name = injection.zone_name
    elif course is not None:
        zone_name = course.zone_name
    due_local = from_utc(reminder.due_utc, zone_name)
    prefs = ctx.settings.current
    kind = reminder.kind
    if kind is ReminderKind.PRETREATMENT and injection is not None:
        title = tr("Time for your pre-treatment")
        body = tr("Take the antihistamine and the ibuprofen your doctor advised. "
                   "Your injection is at {time}.").format(
            time=clock_text(from_utc(injection.planned_utc, zone_name)))
    elif kind is ReminderKind.ICE_BEFORE and injection is not None:
        title = tr("Ice pack on")
        body = tr("Hold the ice pack on the injection site for {minutes} "
                   "before your {time} injection.").format(
            minutes=tr("%n minute(s)", "", prefs.ice_before_min),
            time=clock_text(from_utc(injection.planned_utc, zone_name)))
    elif kind is ReminderKind.INJECTION and injection is not None:
        title = tr("Time for your injection")
        body = tr("Injection {number} of 10 (day {day} of 5) is due at {time}. "
                   "Start the session when you are ready.").format(
            number=injection.seq, day=injection.day, time=clock_text(due_local))
    elif kind is ReminderKind.BLOOD_WORK and course is not None:
        title = tr("Blood work is due")
        body = tr("Your next course starts on {date}. Have your blood taken for the "
                   "CD4 count and viral load about now, two weeks before it.").format(
            date=day_text(course.start_date))
    elif kind is ReminderKind.COURSE_START and course is not None:
        title = tr("Your course starts tomorrow")
        body = tr("Your next course starts tomorrow, {date}. Check that your "
                   "medicine, syringes and ice packs are ready.").format(
            date=day_text(course.start_date))
    else:  # the course or injection is gone; still say what it was (rule T2)
        title = tr("Reminder")
        body = tr("A reminder was due at {time}.").format(time=clock_text(due_local))
    is_late = reminder.shown_late if late is None else late
    note = ""
    if is_late:
        note = tr("Late: this was due at {time} on {date}, while il2desk was closed "
                   "or the computer was asleep.").format(
            time=clock_text(due_local), date=day_text(due_local))
    return ReminderText(title, body, note)
