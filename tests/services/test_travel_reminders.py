"""Rule T2 (issue 20): a course moved mid-course from Europe/Paris to America/New_York
shows each reminder at most once."""

from __future__ import annotations

import collections
import datetime as dt

from tests.builders import a_plan


def test_moving_mid_course_shows_each_reminder_at_most_once(ctx, clock):
    course_id = ctx.course_service.create_course(a_plan(start=dt.date(2026, 11, 23)))
    reminders = ctx.reminders
    reminders.sync()
    shown: collections.Counter[tuple[str, int | None]] = collections.Counter()

    def run_until(moment):
        while clock.now_utc() < moment:
            clock.advance(dt.timedelta(minutes=10))
            for due in reminders.check():
                shown[(due.reminder.kind.value, due.reminder.injection_id)] += 1

    clock.set(dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC))
    run_until(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))  # day 2 morning, Paris
    reminders.follow_zone("America/New_York")  # the flight lands
    run_until(dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC))
    assert shown, "no reminder came at all"
    twice = {key: n for key, n in shown.items() if n > 1}
    assert twice == {}
    injections = ctx.courses.injections(course_id)
    assert injections[-1].zone_name == "America/New_York"
