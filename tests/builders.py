"""Builders for tests: a course plan, a stored course, injections given, a record on disk.

Made through the program's public API (the domain's `CoursePlan`, the repositories the
app context hands out, `build_context`), with keyword arguments and the defaults most
tests share: a 4.5 million units course in Paris at 08:00 and 20:00, starting on
Wednesday 25 November 2026 (two days after the tests' fixed clock, `conftest.FIXED_NOW`).
A test names only the values it is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from il2desk.domain.course import Course, CoursePlan, CourseStatus, Injection, InjectionStatus
from il2desk.storage.injection_log_repo import SessionRecord

START = dt.date(2026, 11, 25)  # a Wednesday
ZONE = "Europe/Paris"
NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)  # the tests' fixed clock


def a_plan(*, start: dt.date = START, zone: str = ZONE, dose_miu: Decimal | str = "4.5",
           morning: dt.time = dt.time(8), evening: dt.time = dt.time(20),
           **changes) -> CoursePlan:
    """A course plan; `changes` are any other `CoursePlan` fields (preparation, days…)."""
    return CoursePlan(start_date=start, zone_name=zone, dose_miu=Decimal(dose_miu),
                      morning=morning, evening=evening, **changes)


def a_stored_course(*, course_id: int = 1, status: CourseStatus = CourseStatus.PLANNED,
                    at: dt.datetime = NOW, **plan) -> Course:
    """A course as the record gives it back, for the domain's tests (no record): the
    plan from `a_plan`'s keywords, created and last changed `at`."""
    return Course(id=course_id, plan=a_plan(**plan), status=status, created_utc=at,
                  updated_utc=at)


def stored_injections(course: Course, statuses: Sequence[InjectionStatus] = (), *,
                      late: Collection[int] = (), first_id: int = 1) -> list[Injection]:
    """The injections of `a_stored_course` as the record gives them back (no record):
    one per planned dose, numbered from `first_id`; `statuses` says each one's status
    in order (planned by default), a done one given at its planned time; the doses
    numbered in `late` given late."""
    chosen = list(statuses) or [InjectionStatus.PLANNED] * course.plan.injection_count
    return [Injection(
        id=first_id + dose.index - 1, course_id=course.id, seq=dose.index, day=dose.day,
        slot=dose.slot, planned_local=dose.time.requested, planned_utc=dose.time.utc,
        zone_name=course.plan.zone_name, adjustment=dose.time.adjustment, status=status,
        given_utc=dose.time.utc if status is InjectionStatus.DONE else None,
        late=dose.index in late, site_code=None, pretreatment_utc=None,
        pretreatment_skipped=False, ice_before_done=False, ice_after_done=False,
        sharps_done=False, vial_id=None, ics_uid=f"u{dose.index}", ics_sequence=0)
        for dose, status in zip(course.plan.doses(), chosen, strict=False)]


def a_course(ctx, *, created_utc: dt.datetime | None = None, **plan) -> int:
    """A course stored through the course repository (no `changed` signal, as a record
    opened with it already there); planned at `created_utc`, by default the context
    clock's now. `plan`: the keywords of `a_plan`. Returns the course id."""
    return ctx.courses.create(a_plan(**plan), created_utc or ctx.clock.now_utc())


def a_session_record(injection: Injection, *, given_utc: dt.datetime | None = None,
                     after_planned: dt.timedelta = dt.timedelta(0), late: bool = False,
                     site: str = "thigh-left", pretreatment_utc: dt.datetime | None = None,
                     ice_before: bool = True, ice_after: bool = True,
                     sharps: bool = True) -> SessionRecord:
    """What an injection session stores: given at `given_utc`, else `after_planned` its
    planned time (by default at it); the pre-treatment skipped unless `pretreatment_utc`
    is given; every other step done."""
    return SessionRecord(
        injection_id=injection.id, given_utc=given_utc or injection.planned_utc + after_planned,
        late=late,
        site_code=site, pretreatment_utc=pretreatment_utc,
        pretreatment_skipped=pretreatment_utc is None, ice_before_done=ice_before,
        ice_after_done=ice_after, sharps_done=sharps)


def given(ctx, course_id: int, count: int, **record) -> list[Injection]:
    """The course's first `count` injections recorded as given (each at its planned time
    unless `record` says otherwise: the keywords of `a_session_record` but the
    injection). Returns the injections given."""
    injections: Sequence[Injection] = ctx.courses.injections(course_id)[:count]
    for injection in injections:
        ctx.injection_log.record_session(a_session_record(injection, **record))
    return list(injections)


@contextmanager
def a_record(data_dir: Path, **context) -> Iterator:
    """The record in `data_dir` opened as the app opens it (`build_context`, with
    `context`: clock, default_zone), closed afterwards so a command can open it."""
    from il2desk.app import build_context

    ctx = build_context(data_dir, **context)
    try:
        yield ctx
    finally:
        ctx.db.close()


@contextmanager
def an_older_record(path: Path, version: int) -> Iterator:
    """A record file at `path` exactly as version `version` of the schema left it: the
    first `version` migrations applied, then an sqlite3 connection handed to the test
    to add rows the way that version stored them; on leaving, the file says it is that
    version and is closed. `with an_older_record(p, v): pass` for an empty one."""
    import sqlite3

    from il2desk.storage.migrations import MIGRATIONS

    conn = sqlite3.connect(path)
    try:
        for step in MIGRATIONS[:version]:
            for statement in step:
                conn.execute(statement)
        yield conn
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()
