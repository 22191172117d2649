"""A known record for the visit report's tests (service, CLI, ui), stored through the
real repositories. The test clock says Monday 23 November 2026."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from il2desk.domain.course import CourseStatus
from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.domain.labs import LabReason, LabReasonCode, LabResult, ViralLoadForm
from tests.builders import a_course, a_session_record

SOON_AFTER = LabReason(LabReasonCode.TEXT, text="soon after")
FIRST_START = dt.date(2026, 7, 15)
SECOND_START = dt.date(2026, 9, 9)
CANCELLED_START = dt.date(2026, 11, 4)
NEXT_START = dt.date(2026, 12, 2)


def _at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


def _give(ctx, course_id: int, *, missed: set[int] = frozenset(),
          late: set[int] = frozenset()) -> None:
    for injection in ctx.courses.injections(course_id):
        if injection.seq in missed:
            ctx.injection_log.mark_missed(injection.id, "felt too unwell")
            continue
        is_late = injection.seq in late
        ctx.injection_log.record_session(a_session_record(
            injection, after_planned=dt.timedelta(hours=2 if is_late else 0), late=is_late))


def seed_visit_record(ctx, *, labs: int = 5) -> dict[str, int]:
    """Two courses given (the second hard, 3 missed), one cancelled, one to come; lab
    results (two unreliable); diary entries, an emergency sign, an open reaction."""
    now = ctx.clock.now_utc()
    plan = dict(zone="UTC", dose_miu="7.5")
    first = a_course(ctx, start=FIRST_START, **plan, prechecks={"blood_pressure": True})
    second = a_course(ctx, start=SECOND_START, **plan)
    cancelled = a_course(ctx, start=CANCELLED_START, **plan)
    upcoming = a_course(ctx, start=NEXT_START, zone="UTC", dose_miu="6")
    _give(ctx, first, late={3})
    _give(ctx, second, missed={8, 9, 10}, late={1, 2})
    ctx.courses.set_hard_to_tolerate(second, True, now)
    ctx.courses.set_status(cancelled, CourseStatus.CANCELLED, now)
    results = [
        LabResult(None, dt.date(2026, 7, 1), cd4_count=480,
                  viral_load_form=ViralLoadForm.UNDETECTABLE),
        LabResult(None, dt.date(2026, 7, 30), cd4_count=910, viral_load_form=ViralLoadForm.VALUE,
                  viral_load=4000, unreliable=True, unreliable_reason=SOON_AFTER),
        LabResult(None, dt.date(2026, 8, 26), cd4_count=620, cd4_percent=Decimal("31.5"),
                  viral_load_form=ViralLoadForm.BELOW, viral_load=50),
        LabResult(None, dt.date(2026, 9, 25), cd4_count=870, unreliable=True,
                  unreliable_reason=SOON_AFTER),
        LabResult(None, dt.date(2026, 10, 28), cd4_count=680, cd4_percent=Decimal("33"),
                  viral_load_form=ViralLoadForm.UNDETECTABLE),
    ]
    day = dt.date(2026, 10, 28)
    while len(results) < labs:  # more results, weekly after the last one
        day += dt.timedelta(days=3)
        results.append(LabResult(None, day, cd4_count=650 + len(results)))
    for result in results[:labs]:
        ctx.labs.add(result, now)
    diary = [
        ("fatigue", Severity.MODERATE, dt.date(2026, 9, 12), False, ""),
        ("fever", Severity.SEVERE, dt.date(2026, 9, 13), False, ""),
        ("breathless", Severity.SEVERE, dt.date(2026, 9, 13), True,
         "Called the doctor; better after an hour, course went on."),
        ("aches", Severity.MILD, dt.date(2026, 9, 20), False, ""),
        ("nausea", Severity.MILD, dt.date(2026, 7, 17), False, ""),
    ]
    for symptom, severity, when, emergency, note in diary:
        ctx.diary.add(DiaryEntry(None, symptom, severity, _at(when), "UTC",
                                 is_emergency=emergency, note=note), now)
    ctx.reactions.add("thigh-left", "lump", _at(dt.date(2026, 9, 10)),
                      size_cm=Decimal("2.5"))
    return {"first": first, "second": second, "cancelled": cancelled, "next": upcoming}
