"""The session's draft becomes the stored bookmark and the stored dose (issue 18 §3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from il2desk.domain.booking import Booking
from il2desk.domain.course import CoursePlan
from il2desk.services.course_service import SessionProgress
from il2desk.ui.session.draft import SessionDraft

UTC = dt.UTC
PLANNED = dt.datetime(2026, 11, 23, 7, tzinfo=UTC)  # 08:00 in Paris


def a_draft(ctx) -> SessionDraft:
    plan = CoursePlan(start_date=dt.date(2026, 11, 23), zone_name="Europe/Paris",
                      dose_miu=Decimal("4.5"), morning=dt.time(8), evening=dt.time(20))
    course_id = ctx.courses.create(plan, PLANNED - dt.timedelta(days=9))
    course = ctx.courses.get(course_id)
    return SessionDraft(course=course, injection=ctx.courses.injections(course_id)[0])


def test_the_bookmark_holds_what_the_draft_holds_and_comes_back_whole(ctx):
    draft = a_draft(ctx)
    draft.site_code = "thigh-right"
    draft.pretreatment_utc = PLANNED - dt.timedelta(minutes=40)
    draft.ice_before_done = True
    draft.ice_after_used_s = 95.5
    progress = draft.progress(4)
    assert progress == SessionProgress(
        injection_id=draft.injection.id, step=4, site_code="thigh-right",
        pretreatment_utc=PLANNED - dt.timedelta(minutes=40), pretreatment_skipped=False,
        ice_before_done=True, ice_after_done=False, ice_before_used_s=0.0,
        ice_after_used_s=95.5)
    again = SessionDraft.resumed(draft.course, draft.injection, progress)
    assert again.progress(4) == progress
    assert again.pretreatment_answered  # the pills' time was given before


def test_a_bookmark_of_another_injection_starts_afresh(ctx):
    draft = a_draft(ctx)
    other = SessionProgress(injection_id=draft.injection.id + 1, step=5,
                            site_code="arm-left")
    fresh = SessionDraft.resumed(draft.course, draft.injection, other)
    assert fresh == SessionDraft(course=draft.course, injection=draft.injection)
    assert not fresh.pretreatment_answered


def test_the_given_dose_is_booked_as_the_booking_says_with_what_the_steps_noted(ctx):
    draft = a_draft(ctx)
    draft.site_code = "abdomen-left"
    draft.pretreatment_skipped = True
    draft.ice_before_done = True
    given = PLANNED + dt.timedelta(hours=2)
    booking = Booking(injection_id=draft.injection.id, planned_utc=PLANNED, given_utc=given)
    dose = draft.given_dose(booking, spacing_confirmed=False)
    assert (dose.injection_id, dose.given_utc, dose.site_code) == (
        draft.injection.id, given, "abdomen-left")
    assert dose.late and booking.late  # two hours after its time
    assert dose.pretreatment_skipped and dose.pretreatment_utc is None
    assert dose.ice_before_done and not dose.spacing_confirmed
    assert dataclasses.replace(dose, spacing_confirmed=True) == draft.given_dose(
        booking, spacing_confirmed=True)
