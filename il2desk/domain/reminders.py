"""Which reminders should exist, and which are due now (rules R8, R9, R16, T1, T2).

Pure functions over courses, injections and preferences: no clock is read here, "now"
is always passed in. Each planned reminder carries a key built from what it is about
*and* the instant it is due, so recomputing the same plan gives the same keys (the
stored state — shown, snoozed, acknowledged — stays attached), while a changed plan
(new time, new lead) gives a new key: the old reminder is cancelled, the new one armed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

from il2desk.domain.course import Course, CourseStatus, Injection, InjectionStatus, Route
from il2desk.domain.preferences import Preferences
from il2desk.domain.timeplan import format_utc_iso
from il2desk.domain.wall_time import resolve_local

# Day reminders (blood work, course start) come at this local time (rule T1).
DAY_REMINDER_TIME = dt.time(9, 0)
# A reminder shown more than this after it came due was missed by the program
# (closed, asleep, clock changed): it is shown as late with its due time (rule T2).
LATE_AFTER = dt.timedelta(minutes=2)
SNOOZE_CHOICES_MIN = (5, 10, 15)


class ReminderKind(StrEnum):
    PRETREATMENT = "pretreatment"  # rule R8
    INJECTION = "injection"  # rule T1
    ICE_BEFORE = "ice_before"  # rule R9, only with the separate-prompt preference
    BLOOD_WORK = "blood_work"  # rule R16
    COURSE_START = "course_start"  # the day before a course


class ReminderState(StrEnum):
    PENDING = "pending"
    SHOWN = "shown"
    SNOOZED = "snoozed"
    ACKNOWLEDGED = "acknowledged"


@dataclasses.dataclass(frozen=True)
class PlannedReminder:
    key: str
    kind: ReminderKind
    course_id: int
    injection_id: int | None
    due_utc: dt.datetime
    zone_name: str


@dataclasses.dataclass(frozen=True)
class StoredReminder:
    """A reminder with the state the database keeps for it."""

    key: str
    kind: ReminderKind
    course_id: int | None
    injection_id: int | None
    due_utc: dt.datetime
    state: ReminderState
    snoozed_until_utc: dt.datetime | None = None
    shown_utc: dt.datetime | None = None
    shown_late: bool = False

    @property
    def fires_at(self) -> dt.datetime:
        """When it next asks for attention: the due time, or the end of a snooze."""
        if self.state is ReminderState.SNOOZED and self.snoozed_until_utc is not None:
            return self.snoozed_until_utc
        return self.due_utc

    @property
    def waiting(self) -> bool:
        return self.state in (ReminderState.PENDING, ReminderState.SNOOZED)


@dataclasses.dataclass(frozen=True)
class DueReminder:
    reminder: StoredReminder
    late: bool  # rule T2: came due while the program could not show it

    @property
    def key(self) -> str:
        return self.reminder.key


def reminder_key(kind: ReminderKind, subject_id: int, due_utc: dt.datetime) -> str:
    subject = "course" if kind in (ReminderKind.BLOOD_WORK, ReminderKind.COURSE_START) \
        else "injection"
    return f"{kind.value}:{subject}{subject_id}@{format_utc_iso(due_utc)}"


def plan_for_course(course: Course, injections: Sequence[Injection],
                    prefs: Preferences) -> list[PlannedReminder]:
    """Every reminder a planned course should have.

    Reminders due before the course was entered are left out: the program never had
    the chance to show them, so they were not missed (rule T2 is about missed ones).
    """
    if course.status is not CourseStatus.PLANNED or course.plan.route is Route.HOSPITAL:
        return []  # rule R18: a course in hospital has no home reminders
    out: list[PlannedReminder] = []
    zone_name = course.zone_name

    def add(kind: ReminderKind, subject_id: int, due: dt.datetime,
            injection_id: int | None) -> None:
        if due >= course.created_utc:
            out.append(PlannedReminder(reminder_key(kind, subject_id, due), kind,
                                       course.id, injection_id, due, zone_name))

    blood_day = course.plan.effective_blood_work_date
    add(ReminderKind.BLOOD_WORK, course.id,
        resolve_local(blood_day, DAY_REMINDER_TIME, zone_name).utc, None)  # rule R16
    eve = course.start_date - dt.timedelta(days=1)
    add(ReminderKind.COURSE_START, course.id,
        resolve_local(eve, DAY_REMINDER_TIME, zone_name).utc, None)
    lead = dt.timedelta(minutes=prefs.pretreatment_lead_min)
    for injection in injections:
        if injection.status is not InjectionStatus.PLANNED:
            continue
        at = injection.planned_utc  # already resolved once, gaps moved forward (rule T1)
        add(ReminderKind.PRETREATMENT, injection.id, at - lead, injection.id)  # rule R8
        if prefs.separate_ice_prompt:
            # rule R9: the ice goes on so that it has been on for the chosen minutes
            # when the injection is due; never before the pre-treatment prompt.
            ice = max(at - dt.timedelta(minutes=prefs.ice_before_min), at - lead)
            add(ReminderKind.ICE_BEFORE, injection.id, ice, injection.id)
        add(ReminderKind.INJECTION, injection.id, at, injection.id)
    return out


def plan_reminders(courses: Iterable[tuple[Course, Sequence[Injection]]],
                   prefs: Preferences) -> list[PlannedReminder]:
    planned: list[PlannedReminder] = []
    for course, injections in courses:
        planned.extend(plan_for_course(course, injections, prefs))
    return sorted(planned, key=lambda r: (r.due_utc, r.key))


def due_now(reminders: Iterable[StoredReminder], now_utc: dt.datetime) -> list[DueReminder]:
    """Rule T2: the waiting reminders whose time has come, oldest first, each marked
    late when it came due more than `LATE_AFTER` ago. Shown and acknowledged ones are
    never returned, so nothing is shown twice."""
    due = [r for r in reminders if r.waiting and r.fires_at <= now_utc]
    due.sort(key=lambda r: (r.fires_at, r.key))
    return [DueReminder(r, late=now_utc - r.fires_at > LATE_AFTER) for r in due]


def next_fire(reminders: Iterable[StoredReminder]) -> dt.datetime | None:
    """When the one timer should next go off (None: nothing waiting)."""
    times = [r.fires_at for r in reminders if r.waiting]
    return min(times) if times else None


def snooze_until(now_utc: dt.datetime, minutes: int) -> dt.datetime:
    if minutes not in SNOOZE_CHOICES_MIN:
        raise ValueError(f"snooze must be one of {SNOOZE_CHOICES_MIN} minutes")
    return now_utc + dt.timedelta(minutes=minutes)


def clock_jumped(wall_delta: dt.timedelta, mono_delta_s: float,
                 tolerance: dt.timedelta = dt.timedelta(seconds=30)) -> bool:
    """Rule T2: the wall clock moved differently from the monotonic clock, so the
    machine slept or the clock was changed since the last look."""
    return abs(wall_delta.total_seconds() - mono_delta_s) > tolerance.total_seconds()
