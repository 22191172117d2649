"""`il2desk injection give …` and `il2desk injection miss …`: record an injection
headlessly, with the same rules as the injection session.

The dose is booked to the injection that is due at that time (domain/booking.py) and
the command says which one (day, morning or evening). Rule S1: a dose less than 8
hours from another one given, or more than 2 hours before its planned time, is refused
with one plain line, exit code 2 and nothing stored, unless --confirm-spacing says the
doctor told the patient to. Exit codes: 0 done, 1 failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt

from il2desk.cli.common import DONE, BadInput, course_number, existing_course, open_record
from il2desk.cli.words import moment, translate, words
from il2desk.domain.booking import Booking, SpacingConcern, Timing
from il2desk.domain.course import CourseStatus, Injection
from il2desk.domain.regimen import Slot
from il2desk.domain.sites import SITE_CODES, site_label, sites_in_areas
from il2desk.domain.timeplan import from_utc
from il2desk.domain.wall_time import resolve_local

FUTURE_SLACK = dt.timedelta(minutes=1)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="injection_command", metavar="ACTION", required=True)
    give = sub.add_parser("give", help=translate("cli", "record the injection due at a time as "
                                                        "given"))
    give.add_argument("--course", type=course_number, required=True, metavar="NUMBER",
                      help=translate("cli", "course number"))
    give.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"',
                      help=translate("cli", "when it was given, in the course's time zone "
                                            "(default: now)"))
    give.add_argument("--site", metavar="NAME",
                      help=translate("cli", "where, e.g. thigh-left or \"Left thigh\" (default: "
                                            "the suggested site)"))
    give.add_argument("--confirm-spacing", action="store_true",
                      help=translate("cli", "record it even if it is less than 8 hours from "
                                            "another dose or more than 2 hours early: only if "
                                            "your doctor told you to (rule S1)"))
    give.set_defaults(injection_run=_give)
    miss = sub.add_parser("miss", help=translate("cli", "record the injection due at a time as "
                                                        "missed"))
    miss.add_argument("--course", type=course_number, required=True, metavar="NUMBER",
                      help=translate("cli", "course number"))
    miss.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"',
                      help=translate("cli", "a time within the injection's window (default: now)"))
    miss.add_argument("--reason", required=True, metavar="TEXT",
                      help=translate("cli", "why it was not taken (your doctor may want to know)"))
    miss.set_defaults(injection_run=_miss)
    # `il2desk injection give --data-dir X` as well as `il2desk --data-dir X injection give`.
    from il2desk.cli import add_data_dir

    for action_parser in (give, miss):
        add_data_dir(action_parser)


# -- words ------------------------------------------------------------------------------
def _local(instant: dt.datetime, zone_name: str) -> str:
    return moment(from_utc(instant, zone_name))


def _which(injection: Injection) -> str:
    if injection.slot is Slot.MORNING:
        return translate("cli", "the morning injection of day {day}").format(day=injection.day)
    return translate("cli", "the evening injection of day {day}").format(day=injection.day)


def _gap(delta: dt.timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes == 0:
        return translate("cli", "less than a minute")
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return translate("cli", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    if hours:
        return translate("cli", "{hours} h").format(hours=hours)
    return translate("cli", "{minutes} min").format(minutes=minutes)


def spacing_line(concern: SpacingConcern, injection: Injection) -> str:
    """Rule S1 in one plain line, with both times."""
    zone = injection.zone_name
    booking = concern.booking
    parts = [translate("cli", "Not recorded:")]
    if concern.too_soon and concern.nearest_given_utc is not None:
        parts.append(translate("cli", "you recorded an injection at {earlier}, {gap} from "
                               "{moment};").format(
            earlier=_local(concern.nearest_given_utc, zone),
            gap=_gap(booking.given_utc - concern.nearest_given_utc),
            moment=_local(booking.given_utc, zone)))
    elif concern.too_early:
        parts.append(translate("cli", "{moment} is {gap} before the planned time;").format(
            moment=_local(booking.given_utc, zone), gap=_gap(booking.difference)))
    parts.append(translate("cli", "{injection} is planned for {moment}.").format(
        injection=_which(injection), moment=_local(booking.planned_utc, zone)))
    parts.append(translate("cli", "Record it only if your doctor told you to, with "
                           "--confirm-spacing."))
    return " ".join(parts)


# -- reading the arguments --------------------------------------------------------------
def _course(ctx, number: int):
    course = existing_course(ctx, number)
    if course.status is CourseStatus.CANCELLED:
        raise BadInput(translate("cli", "Course {number} was cancelled, so nothing can be "
                                 "recorded for it.").format(number=number))
    return course


def _when(ctx, text: str | None, zone_name: str) -> dt.datetime:
    now = ctx.clock.now_utc()
    if text is None:
        return now
    try:
        local = dt.datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M")
    except ValueError:
        raise BadInput(translate("cli", '--at "{text}" is not a date and time like '
                                 '"2026-11-25 08:05".').format(text=text)) from None
    return resolve_local(local.date(), local.time(), zone_name).utc  # rule T1


def _site(ctx, text: str | None) -> str:
    if text is None:
        from il2desk.domain.rotation import suggest_site

        prefs = ctx.settings.current
        suggestion = suggest_site(sites_in_areas(prefs.enabled_areas),
                                  ctx.course_service.site_history(),
                                  ctx.reactions.open_by_site(), prefs.avoid_recent_sites)
        if suggestion.site_code is None:
            raise BadInput(translate("cli", "Every site has an open reaction: choose one "
                                     "with --site."))
        return suggestion.site_code
    wanted = " ".join(text.lower().replace("_", "-").split())
    for code in SITE_CODES:
        if wanted in (code, site_label(code).lower(), words(site_label(code)).lower()):
            return code
    raise BadInput(translate("cli", '"{text}" is not a site. Sites: {sites}.').format(
        text=text, sites=", ".join(SITE_CODES)))


def _booking(ctx, course, at_utc: dt.datetime) -> tuple[Booking, Injection]:
    from il2desk.services.course_service import NothingDue

    try:
        booking = ctx.course_service.due_booking(course.id, at_utc)
    except NothingDue:
        raise BadInput(translate("cli", "Every injection of course {number} is already "
                                 "recorded.").format(number=course.id)) from None
    injection = ctx.courses.injection(booking.injection_id)
    assert injection is not None
    return booking, injection


# -- the actions ------------------------------------------------------------------------
def _give(args: argparse.Namespace, ctx) -> int:
    from il2desk.services.course_service import SpacingNotConfirmed

    course = _course(ctx, args.course)
    at_utc = _when(ctx, args.at, course.zone_name)
    if at_utc > ctx.clock.now_utc() + FUTURE_SLACK:
        raise BadInput(translate("cli", "{moment} is still to come: give the time you "
                                 "injected.").format(moment=_local(at_utc, course.zone_name)))
    site = _site(ctx, args.site)
    booking, injection = _booking(ctx, course, at_utc)
    try:
        dose = ctx.course_service.record_given(booking, site,
                                               confirm_spacing=args.confirm_spacing)
    except SpacingNotConfirmed as refused:  # rule S1: nothing stored without the option
        raise BadInput(spacing_line(refused.concern, injection)) from None
    given = _local(at_utc, course.zone_name)
    if booking.timing is Timing.LATE:
        given = translate("cli", "{moment}, late by {gap}").format(
            moment=given, gap=_gap(booking.difference))
    elif booking.timing is Timing.EARLY:
        given = translate("cli", "{moment}, early by {gap}").format(
            moment=given, gap=_gap(booking.difference))
    where = words(site_label(site))
    if dose.spacing_confirmed:
        where = translate("cli", "{site} (spacing confirmed)").format(site=where)
    print(translate("cli", "Recorded {injection} of course {number} (planned {planned}) as "
                    "given at {given}, {site}.").format(
        injection=_which(injection), number=course.id,
        planned=_local(booking.planned_utc, course.zone_name), given=given, site=where))
    return DONE


def _miss(args: argparse.Namespace, ctx) -> int:
    course = _course(ctx, args.course)
    reason = " ".join(args.reason.split())
    if not reason:
        raise BadInput(translate("cli", "Please give a reason with --reason (your doctor "
                                 "may want to know)."))
    at_utc = _when(ctx, args.at, course.zone_name)
    booking, injection = _booking(ctx, course, at_utc)
    ctx.course_service.mark_missed(booking.injection_id, reason)
    print(translate("cli", "Recorded {injection} of course {number} (planned {planned}) as "
                    "missed: {reason}").format(
        injection=_which(injection), number=course.id,
        planned=_local(booking.planned_utc, course.zone_name), reason=reason))
    return DONE


def run(args: argparse.Namespace) -> int:
    with open_record(args) as ctx:
        return int(args.injection_run(args, ctx))
