"""Rule R18 through the record: the course's shape is stored and reminders, the
calendar, the checklist and a replan follow it."""

from __future__ import annotations

import datetime as dt
import unicodedata

from icalendar import Calendar

from il2desk.domain.course import CoursePlan, InjectionStatus
from il2desk.domain.reminders import ReminderKind
from il2desk.services.ics_export import export_calendar
from tests.builders import a_plan
from tests.services.pdf_text import pdftotext, write_pdf


def plan(**changes) -> CoursePlan:
    return a_plan(start=dt.date(2026, 12, 2), zone="UTC", **changes)


def test_once_daily_three_days_everywhere(qapp, ctx, tmp_path):
    course_id = ctx.courses.create(plan(days=3, per_day=1, morning=dt.time(21)),
                                   ctx.clock.now_utc())
    course = ctx.courses.get(course_id)
    assert (course.plan.days, course.plan.per_day) == (3, 1)
    injections = ctx.courses.injections(course_id)
    assert [i.planned_utc.hour for i in injections] == [21, 21, 21]
    ctx.reminders.sync()
    due = [r for r in ctx.reminders.repo.waiting() if r.kind is ReminderKind.INJECTION]
    assert len(due) == 3
    path = tmp_path / "c.ics"
    export_calendar(ctx.courses, ctx.settings.current, [course_id], path, ctx.clock.now_utc())
    calendar = Calendar.from_ical(path.read_bytes())
    events = [e for e in calendar.walk("VEVENT") if isinstance(e.decoded("DTSTART"), dt.datetime)]
    assert len(events) == 3
    assert "Injection 1 of 3, day 1 of 3" in str(events[0]["DESCRIPTION"])
    starts = [e for e in calendar.walk("VEVENT") if "starts" in str(e["SUMMARY"])]
    assert "one injection each day" in str(starts[0]["DESCRIPTION"])
    text = unicodedata.normalize("NFKC", pdftotext(write_pdf(ctx, course_id,
                                                             tmp_path / "c.pdf")))
    assert "The 3 injections" in text and text.count("21:00") == 3


def test_a_28_day_low_dose_checklist_may_take_two_pages(qapp, ctx, tmp_path):
    course_id = ctx.courses.create(plan(days=28, per_day=1, dose_miu="1"),
                                   ctx.clock.now_utc())
    text = pdftotext(write_pdf(ctx, course_id, tmp_path / "long.pdf"))
    assert "The 28 injections" in text
    assert text.count("\f") <= 2  # at most two pages


def test_replanning_shorter_marks_the_dropped_injections_not_given(ctx):
    course_id = ctx.courses.create(plan(), ctx.clock.now_utc())
    uids = [i.ics_uid for i in ctx.courses.injections(course_id)]
    ctx.courses.replan(course_id, plan(days=3), ctx.clock.now_utc())
    injections = ctx.courses.injections(course_id)
    assert [i.status for i in injections] == [InjectionStatus.PLANNED] * 6 + [
        InjectionStatus.NOT_GIVEN] * 4
    assert [i.ics_uid for i in injections] == uids  # calendars update, not duplicate
    assert ctx.courses.get(course_id).end_date == dt.date(2026, 12, 4)
    ctx.courses.replan(course_id, plan(days=4, per_day=1), ctx.clock.now_utc())
    planned = [i for i in ctx.courses.injections(course_id)
               if i.status is InjectionStatus.PLANNED]
    assert len(planned) == 4
