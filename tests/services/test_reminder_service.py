"""The reminder service on a fixed clock (rules R8, T1, T2): no sleeping, time is moved."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from il2desk.domain.course import CourseStatus
from il2desk.domain.reminders import ReminderKind, ReminderState
from il2desk.services import reminder_service
from tests.builders import a_course

UTC = dt.UTC


@pytest.fixture
def fired(ctx, qapp):
    seen = []
    ctx.reminders.fired.connect(lambda due: seen.extend(due))
    return seen


def first_injection_time(ctx, course_id):
    return ctx.courses.injections(course_id)[0].planned_utc


def test_reminder_due_during_three_hour_sleep_appears_once_marked_late(ctx, clock, fired):
    # rule T2: the machine sleeps across the pre-treatment time
    course_id = a_course(ctx)
    ctx.reminders.sync()
    injection_at = first_injection_time(ctx, course_id)  # 25 Nov 07:00 UTC
    pre_due = injection_at - dt.timedelta(minutes=30)
    clock.set(pre_due - dt.timedelta(hours=1))
    ctx.reminders.recheck()
    fired.clear()
    clock.advance(dt.timedelta(hours=3), wall_only=True)  # asleep: monotonic stands still
    assert ctx.reminders.recheck() is True
    pre = [d for d in fired if d.reminder.kind is ReminderKind.PRETREATMENT]
    assert len(pre) == 1
    assert pre[0].late and pre[0].reminder.due_utc == pre_due
    # the injection reminder also came due while asleep: shown once, late
    assert [d.late for d in fired if d.reminder.kind is ReminderKind.INJECTION] == [True]
    stored = ctx.reminders.repo.get(pre[0].key)
    assert stored.state is ReminderState.SHOWN and stored.shown_late
    assert pre[0].key in {r.key for r in ctx.reminders.late()}
    # more looks, checks and a timer tick: nothing is shown again
    fired.clear()
    for _ in range(5):
        clock.advance(dt.timedelta(seconds=20))
        ctx.reminders.recheck()
        ctx.reminders.check()
    assert [d for d in fired if d.key == pre[0].key] == []


def test_snoozed_twice_fires_twice_then_acknowledged(ctx, clock, fired):
    course_id = a_course(ctx)
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
    a_course(ctx, start=dt.date(2026, 3, 8), zone="America/New_York", morning=dt.time(2, 30),
             evening=dt.time(14, 30))
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
    course_id = a_course(ctx)
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
    course_id = a_course(ctx)
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
    course_id = a_course(ctx)
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
    course_id = a_course(ctx)
    ctx.reminders.start()
    try:
        start_eve = ctx.reminders.next_fire_utc()
        assert start_eve is not None
        expected_ms = (start_eve - clock.now_utc()).total_seconds() * 1000
        # One timer to the next due instant: no poll in between (issue 18).
        assert ctx.reminders.timer_interval_ms == int(expected_ms)
        assert course_id
    finally:
        ctx.reminders.stop()


def test_travel_zone_change_is_asked_once_and_can_follow(travelling_ctx, clock, qapp,
                                                          monkeypatch):
    ctx = travelling_ctx
    course_id = a_course(ctx)
    asked = []
    ctx.reminders.zone_differs.connect(lambda home, new: asked.append((home, new)))
    ctx.reminders.recheck()
    assert asked == []
    monkeypatch.setenv("TZ", "America/New_York")
    ctx.reminders.recheck()
    ctx.reminders.recheck()
    assert asked == [("Europe/Paris", "America/New_York")]
    ctx.reminders.follow_zone("America/New_York")
    assert ctx.settings.current.time_zone == "America/New_York"
    first = ctx.courses.injections(course_id)[0]
    assert first.zone_name == "America/New_York"
    assert first.planned_utc == dt.datetime(2026, 11, 25, 13, 0, tzinfo=UTC)  # 08:00 EST
    assert ctx.reminders.zone_question() is None


def test_travel_keep_home_time_is_not_asked_again(travelling_ctx, clock, qapp, monkeypatch):
    ctx = travelling_ctx
    a_course(ctx)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert ctx.reminders.zone_question() == ("Europe/Paris", "Asia/Tokyo")
    ctx.reminders.keep_home_zone("Asia/Tokyo")
    assert ctx.reminders.zone_question() is None
    assert ctx.settings.current.time_zone == "Europe/Paris"


def test_fall_back_night_reminds_once_at_first_occurrence(make_ctx, clock, qapp):
    # rule T1: 01:30 happens twice on 1 November 2026 in New York; the first counts
    clock.set(dt.datetime(2026, 10, 25, 12, 0, tzinfo=UTC))
    ctx = make_ctx()
    a_course(ctx, start=dt.date(2026, 11, 1), zone="America/New_York", morning=dt.time(1, 30),
             evening=dt.time(13, 30))
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
    course_id = a_course(ctx)
    ctx.reminders.sync()
    clock.set(first_injection_time(ctx, course_id))
    ctx.reminders.recheck()
    count = len(fired)
    assert count == 3  # course start, pre-treatment, injection
    clock.advance(dt.timedelta(hours=-2), wall_only=True)
    assert ctx.reminders.recheck() is True
    clock.advance(dt.timedelta(hours=2, minutes=1))
    ctx.reminders.recheck()
    assert len(fired) == count


# -- the program sleeps when nothing is due (issue 18) ----------------------------------
class FakeCourseService(QObject):
    """Stands for the course service: it says `changed` after each committed write."""

    changed = Signal()


@pytest.fixture
def running(ctx, qapp):
    source = FakeCourseService()
    ctx.reminders.watch(source.changed)
    ctx.reminders.start()
    yield source
    ctx.reminders.stop()


def test_cancelled_course_pending_reminder_never_shows(ctx, clock, fired, running):
    course_id = a_course(ctx)
    running.changed.emit()
    assert ctx.reminders.timer_interval_ms is not None  # armed for the course
    ctx.courses.set_status(course_id, CourseStatus.CANCELLED, clock.now_utc())
    running.changed.emit()
    assert ctx.reminders.timer_interval_ms is None  # disarmed at once: nothing waits
    clock.set(first_injection_time(ctx, course_id) + dt.timedelta(minutes=1))
    ctx.reminders.check()
    ctx.reminders.recheck()
    assert fired == []


def test_cancelled_course_is_not_shown_even_when_nobody_announced_it(ctx, clock, fired,
                                                                      running):
    course_id = a_course(ctx)
    running.changed.emit()
    ctx.courses.set_status(course_id, CourseStatus.CANCELLED, clock.now_utc())  # silent
    clock.set(first_injection_time(ctx, course_id))
    ctx.reminders.check()  # what the armed timer does: the plan is read again first
    assert fired == []


def test_replanned_course_shows_the_new_time_once(ctx, clock, fired, running, qtbot):
    course_id = a_course(ctx)
    running.changed.emit()
    old_time = first_injection_time(ctx, course_id)
    course = ctx.courses.get(course_id)
    ctx.courses.replan(course_id, dataclasses.replace(course.plan, morning=dt.time(9, 30)),
                       clock.now_utc())
    running.changed.emit()
    new_time = first_injection_time(ctx, course_id)
    assert new_time == old_time + dt.timedelta(hours=1, minutes=30)
    injection = [r for r in ctx.reminders.repo.waiting()
                 if r.kind is ReminderKind.INJECTION and r.due_utc == new_time]
    assert len(injection) == 1
    clock.set(new_time - dt.timedelta(minutes=1))
    ctx.reminders.check()  # the course start and pre-treatment reminders before it
    # 40 ms before the new time, then let the real timer fire on its own.
    clock.set(new_time - dt.timedelta(milliseconds=40))
    running.changed.emit()
    assert ctx.reminders.timer_interval_ms == 40
    clock.set(new_time)
    with qtbot.waitSignal(ctx.reminders.fired, timeout=2000):
        pass
    shown = [d for d in fired if d.reminder.kind is ReminderKind.INJECTION]
    assert [(d.reminder.due_utc, d.late) for d in shown] == [(new_time, False)]
    for _ in range(3):  # more looks and checks: shown once only
        clock.advance(dt.timedelta(minutes=1))
        ctx.reminders.check()
        ctx.reminders.recheck()
    assert len([d for d in fired if d.reminder.kind is ReminderKind.INJECTION]) == 1
    assert not any(d.reminder.due_utc == old_time for d in fired)


def test_clock_jump_three_hours_forward_shows_the_missed_reminder_once_late(
        ctx, clock, fired, running):
    # rule T2: the clock is set 3 hours on (not a sleep: a change of the clock)
    course_id = a_course(ctx)
    running.changed.emit()
    injection_at = first_injection_time(ctx, course_id)
    clock.set(injection_at - dt.timedelta(hours=2))
    ctx.reminders.recheck()
    fired.clear()
    clock.advance(dt.timedelta(hours=3), wall_only=True)
    # The armed timer still waits (Qt counts monotonic time); the safety tick, at most
    # 2 minutes away, gives the jump away.
    assert ctx.reminders.safety_tick_ms <= 2 * 60 * 1000
    assert ctx.reminders.recheck() is True
    missed = [d for d in fired if d.reminder.kind is ReminderKind.INJECTION]
    assert [(d.reminder.due_utc, d.late) for d in missed] == [(injection_at, True)]
    for _ in range(3):
        clock.advance(dt.timedelta(minutes=2))
        ctx.reminders.recheck()
    assert len([d for d in fired if d.reminder.kind is ReminderKind.INJECTION]) == 1


def test_a_changed_setting_rearms_at_once(ctx, clock, running):
    course_id = a_course(ctx)
    running.changed.emit()
    first = min(r.due_utc for r in ctx.reminders.repo.waiting()
                if r.kind is ReminderKind.PRETREATMENT)
    ctx.settings.update_field("pretreatment_lead_min", "90")  # `changed` → re-planned
    now_first = min(r.due_utc for r in ctx.reminders.repo.waiting()
                    if r.kind is ReminderKind.PRETREATMENT)
    assert now_first == first - dt.timedelta(hours=1)
    assert course_id


def test_time_zone_file_change_is_noticed_without_polling(travelling_ctx, clock, qapp, qtbot,
                                                          tmp_path, monkeypatch):
    ctx = travelling_ctx
    zones = tmp_path / "zones"
    zones.mkdir()
    (zones / "Paris").write_text("paris")
    (zones / "New_York").write_text("new york")
    link = tmp_path / "localtime"
    link.symlink_to(zones / "Paris")
    monkeypatch.setattr(reminder_service, "LOCALTIME", link)
    a_course(ctx)
    ctx.reminders.start()
    try:
        monkeypatch.setenv("TZ", "America/New_York")
        with qtbot.waitSignal(ctx.reminders.zone_differs, timeout=3000) as asked:
            # what timedatectl does: a new link put in place of the old one
            new_link = tmp_path / "localtime.new"
            new_link.symlink_to(zones / "New_York")
            new_link.replace(link)
        assert asked.args == ["Europe/Paris", "America/New_York"]
    finally:
        ctx.reminders.stop()


@pytest.mark.skipif(not shutil.which("dbus-run-session"), reason="needs dbus-run-session")
def test_wake_from_suspend_told_over_dbus_shows_what_came_due(tmp_path):
    # logind's PrepareForSleep(false), sent on a private bus, makes the service look
    # again at once: the reminder that came due while asleep shows, late (rule T2).
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-m", "tests.services.sleep_probe",
         str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip().splitlines()[-1] == "listening=True fired=late", result.stderr
