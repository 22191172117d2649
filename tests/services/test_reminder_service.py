"""The reminder service on a fixed clock (rules R8, T1, T2): no sleeping, time is moved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from il2desk.domain.course import CoursePlan, CourseStatus
from il2desk.domain.reminders import ReminderKind, ReminderState

UTC = dt.UTC


def plan(start=dt.date(2026, 11, 25), zone="Europe/Paris", morning=dt.time(8, 0),
         evening=dt.time(20, 0)) -> CoursePlan:
    return CoursePlan(start_date=start, zone_name=zone, dose_miu=Decimal("4.5"),
                      morning=morning, evening=evening)


@pytest.fixture
def fired(ctx, qapp):
    seen = []
    ctx.reminders.fired.connect(lambda due: seen.extend(due))
    return seen


def first_injection_time(ctx, course_id):
    return ctx.courses.injections(course_id)[0].planned_utc


def test_reminder_due_during_three_hour_sleep_appears_once_marked_late(ctx, clock, fired):
    # rule T2: the machine sleeps across the pre-treatment time
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.sync()
    injection_at = first_injection_time(ctx, course_id)  # 25 Nov 07:00 UTC
    pre_due = injection_at - dt.timedelta(minutes=30)
    clock.set(pre_due - dt.timedelta(hours=1))
    ctx.reminders.heartbeat()
    fired.clear()
    clock.advance(dt.timedelta(hours=3), wall_only=True)  # asleep: monotonic stands still
    assert ctx.reminders.heartbeat() is True
    pre = [d for d in fired if d.reminder.kind is ReminderKind.PRETREATMENT]
    assert len(pre) == 1
    assert pre[0].late and pre[0].reminder.due_utc == pre_due
    # the injection reminder also came due while asleep: shown once, late
    assert [d.late for d in fired if d.reminder.kind is ReminderKind.INJECTION] == [True]
    stored = ctx.reminders.repo.get(pre[0].key)
    assert stored.state is ReminderState.SHOWN and stored.shown_late
    assert pre[0].key in {r.key for r in ctx.reminders.late()}
    # more heartbeats, checks and a timer tick: nothing is shown again
    fired.clear()
    for _ in range(5):
        clock.advance(dt.timedelta(seconds=20))
        ctx.reminders.heartbeat()
        ctx.reminders.check()
    assert [d for d in fired if d.key == pre[0].key] == []


def test_snoozed_twice_fires_twice_then_acknowledged(ctx, clock, fired):
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.sync()
    injection_at = first_injection_time(ctx, course_id)
    clock.set(injection_at)
    first = [d for d in ctx.reminders.check() if d.reminder.kind is ReminderKind.INJECTION]
    assert len(first) == 1 and not first[0].late
    key = first[0].key
    refires = []
    for minutes in (5, 10):
        ctx.reminders.snooze(key, minutes)
        assert ctx.reminders.next_fire_utc() == clock.now_utc() + dt.timedelta(minutes=minutes)
        clock.advance(dt.timedelta(minutes=minutes) - dt.timedelta(seconds=1))
        assert [d for d in ctx.reminders.check() if d.key == key] == []
        clock.advance(dt.timedelta(seconds=1))
        refires += [d for d in ctx.reminders.check() if d.key == key]
    assert len(refires) == 2 and not any(d.late for d in refires)
    ctx.reminders.acknowledge(key)
    clock.advance(dt.timedelta(hours=2))
    assert [d for d in ctx.reminders.check() if d.key == key] == []
    assert ctx.reminders.repo.get(key).state is ReminderState.ACKNOWLEDGED


def test_dst_night_injection_at_0230_reminds_once_at_0330(make_ctx, clock, qapp):
    # rule T1: 02:30 on 8 March 2026 does not exist in New York; 03:30 EDT is 07:30 UTC
    clock.set(dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    ctx = make_ctx()
    ctx.courses.create(plan(start=dt.date(2026, 3, 8), zone="America/New_York",
                            morning=dt.time(2, 30), evening=dt.time(14, 30)), clock.now_utc())
    ctx.reminders.sync()
    clock.set(dt.datetime(2026, 3, 8, 5, 0, tzinfo=UTC))  # 00:00 EST
    shown = []
    while clock.now_utc() < dt.datetime(2026, 3, 8, 10, 0, tzinfo=UTC):
        clock.advance(dt.timedelta(seconds=30))
        shown += [(clock.now_utc(), d) for d in ctx.reminders.check()
                  if d.reminder.kind is ReminderKind.INJECTION]
    assert len(shown) == 1
    at, due = shown[0]
    assert at == dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC) and not due.late
    local = at.astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))
    assert (local.hour, local.minute) == (3, 30)


def test_restart_does_not_repeat_acknowledged_or_shown(make_ctx, clock, qapp):
    ctx = make_ctx()
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.sync()
    clock.set(first_injection_time(ctx, course_id))
    shown = ctx.reminders.check()
    assert {d.reminder.kind for d in shown} == {
        ReminderKind.COURSE_START, ReminderKind.PRETREATMENT, ReminderKind.INJECTION}
    for d in shown:
        ctx.reminders.acknowledge(d.key)
    ctx.db.close()

    again = make_ctx()  # a new start over the same data folder
    again.reminders.start()
    try:
        clock.advance(dt.timedelta(minutes=1))
        assert again.reminders.check() == []
        assert all(again.reminders.repo.get(d.key).state is ReminderState.ACKNOWLEDGED
                   for d in shown)
        # the timer is armed for the evening pre-treatment, not for anything shown
        nxt = again.reminders.next_fire_utc()
        assert nxt == first_injection_time(again, course_id) + dt.timedelta(hours=11, minutes=30)
        assert again.reminders.timer_interval_ms is not None
    finally:
        again.reminders.stop()


def test_reminders_due_while_closed_show_late_on_next_start(make_ctx, clock, qapp):
    # rule T2: the program was not running at the due time
    ctx = make_ctx()
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.sync()
    injection_at = first_injection_time(ctx, course_id)
    ctx.db.close()
    clock.set(injection_at + dt.timedelta(hours=1))
    again = make_ctx()
    seen = []
    again.reminders.fired.connect(lambda due: seen.extend(due))
    again.reminders.start()
    again.reminders.stop()
    assert [(d.reminder.kind, d.late) for d in seen] == [
        (ReminderKind.COURSE_START, True), (ReminderKind.PRETREATMENT, True),
        (ReminderKind.INJECTION, True)]


def test_cancelled_course_and_changed_lead_update_reminders(ctx, clock, qapp):
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.sync()
    before = {r.key for r in ctx.reminders.repo.waiting()}
    assert len(before) == 21  # 10 pre-treatment, 10 injection, course start (blood work past)
    ctx.settings.update_field("pretreatment_lead_min", "60")  # listener re-syncs
    after = ctx.reminders.repo.waiting()
    pre = [r for r in after if r.kind is ReminderKind.PRETREATMENT]
    inj = ctx.courses.injections(course_id)
    assert sorted(r.due_utc for r in pre) == sorted(
        i.planned_utc - dt.timedelta(hours=1) for i in inj)
    ctx.courses.set_status(course_id, CourseStatus.CANCELLED, clock.now_utc())
    ctx.reminders.sync()
    assert ctx.reminders.repo.waiting() == []
    assert ctx.reminders.next_fire_utc() is None


def test_timer_is_armed_for_the_next_reminder(ctx, clock, qapp):
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.start()
    try:
        start_eve = ctx.reminders.next_fire_utc()
        assert start_eve is not None
        expected_ms = (start_eve - clock.now_utc()).total_seconds() * 1000
        assert ctx.reminders.timer_interval_ms == int(min(expected_ms, 10 * 60 * 1000))
        assert course_id
    finally:
        ctx.reminders.stop()


def test_travel_zone_change_is_asked_once_and_can_follow(make_ctx, clock, qapp):
    ctx = make_ctx()
    course_id = ctx.courses.create(plan(), clock.now_utc())
    system = ["Europe/Paris"]
    ctx.reminders._zone_source = lambda: system[0]
    asked = []
    ctx.reminders.zone_differs.connect(lambda home, new: asked.append((home, new)))
    ctx.reminders.heartbeat()
    assert asked == []
    system[0] = "America/New_York"
    ctx.reminders.heartbeat()
    ctx.reminders.heartbeat()
    assert asked == [("Europe/Paris", "America/New_York")]
    ctx.reminders.follow_zone("America/New_York")
    assert ctx.settings.current.time_zone == "America/New_York"
    first = ctx.courses.injections(course_id)[0]
    assert first.zone_name == "America/New_York"
    assert first.planned_utc == dt.datetime(2026, 11, 25, 13, 0, tzinfo=UTC)  # 08:00 EST
    assert ctx.reminders.zone_question() is None


def test_travel_keep_home_time_is_not_asked_again(ctx, clock, qapp):
    ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders._zone_source = lambda: "Asia/Tokyo"
    assert ctx.reminders.zone_question() == ("Europe/Paris", "Asia/Tokyo")
    ctx.reminders.keep_home_zone("Asia/Tokyo")
    assert ctx.reminders.zone_question() is None
    assert ctx.settings.current.time_zone == "Europe/Paris"


def test_fall_back_night_reminds_once_at_first_occurrence(make_ctx, clock, qapp):
    # rule T1: 01:30 happens twice on 1 November 2026 in New York; the first counts
    clock.set(dt.datetime(2026, 10, 25, 12, 0, tzinfo=UTC))
    ctx = make_ctx()
    ctx.courses.create(plan(start=dt.date(2026, 11, 1), zone="America/New_York",
                            morning=dt.time(1, 30), evening=dt.time(13, 30)), clock.now_utc())
    ctx.reminders.sync()
    clock.set(dt.datetime(2026, 11, 1, 4, 0, tzinfo=UTC))  # 00:00 EDT
    shown = []
    while clock.now_utc() < dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC):
        clock.advance(dt.timedelta(seconds=30))
        shown += [clock.now_utc() for d in ctx.reminders.check()
                  if d.reminder.kind is ReminderKind.INJECTION]
    assert shown == [dt.datetime(2026, 11, 1, 5, 30, tzinfo=UTC)]  # 01:30 EDT


def test_clock_set_back_does_not_show_again(ctx, clock, fired):
    # rule T2: never shown twice, even when the wall clock goes back past it
    course_id = ctx.courses.create(plan(), clock.now_utc())
    ctx.reminders.sync()
    clock.set(first_injection_time(ctx, course_id))
    ctx.reminders.heartbeat()
    count = len(fired)
    assert count == 3  # course start, pre-treatment, injection
    clock.advance(dt.timedelta(hours=-2), wall_only=True)
    assert ctx.reminders.heartbeat() is True
    clock.advance(dt.timedelta(hours=2, minutes=1))
    ctx.reminders.heartbeat()
    assert len(fired) == count
