"""The session record is one transaction; reactions open and resolve (rule R12)."""

from __future__ import annotations

import datetime as dt

import pytest

from il2desk.domain.course import InjectionStatus
from il2desk.storage.injection_log_repo import InjectionNotPending, SessionRecord
from il2desk.storage.site_reaction_repo import SiteReactionRepository
from tests.builders import a_course


def make_course(ctx, now):
    course_id = a_course(ctx, start=dt.date(2026, 11, 23), created_utc=now)
    return ctx.courses.injections(course_id)


def record(injection_id, given, site="thigh-left"):
    return SessionRecord(injection_id=injection_id, given_utc=given, late=True, site_code=site,
                         pretreatment_utc=None, pretreatment_skipped=True,
                         ice_before_done=True, ice_after_done=False, sharps_done=True)


def test_record_session_writes_everything_and_history(ctx, clock):
    first, second, *_ = make_course(ctx, clock.now_utc())
    given = clock.now_utc()
    ctx.injection_log.record_session(record(first.id, given))
    stored = ctx.courses.injection(first.id)
    assert stored.status is InjectionStatus.DONE
    assert stored.given_utc == given and stored.late and stored.site_code == "thigh-left"
    assert stored.pretreatment_skipped and stored.pretreatment_utc is None
    assert stored.ice_before_done and not stored.ice_after_done and stored.sharps_done
    assert stored.planned_utc == first.planned_utc  # both times kept
    ctx.injection_log.record_session(record(second.id, given + dt.timedelta(hours=12),
                                            "arm-left"))
    assert [u.site_code for u in ctx.injection_log.site_history()] == ["arm-left", "thigh-left"]


def test_recording_twice_is_refused_and_changes_nothing(ctx, clock):
    first, *_ = make_course(ctx, clock.now_utc())
    ctx.injection_log.record_session(record(first.id, clock.now_utc()))
    with pytest.raises(InjectionNotPending):
        ctx.injection_log.record_session(record(first.id, clock.now_utc(), "arm-right"))
    assert ctx.courses.injection(first.id).site_code == "thigh-left"


def test_reactions_open_and_resolve(ctx, clock):
    now = clock.now_utc()
    reactions = SiteReactionRepository(ctx.db)
    lump = reactions.add("thigh-left", "lump", now, "2 cm")
    reactions.add("arm-left", "redness", now)
    assert reactions.open_by_site() == {"thigh-left": ["lump"], "arm-left": ["redness"]}
    reactions.resolve(lump, now + dt.timedelta(days=60))
    assert reactions.open_by_site() == {"arm-left": ["redness"]}
    history = reactions.for_site("thigh-left")
    assert history[0].note == "2 cm" and not history[0].is_open
    with pytest.raises(ValueError):
        reactions.add("thigh-left", "itching", now)
