"""`il2desk course new …` and `il2desk course list`: plan and list courses headlessly.

Uses the same domain checks as the course wizard (domain/course_validation.py): a bad
value gives one plain line on stderr and exit code 2 (cli/common.py), and nothing is
written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from decimal import Decimal

from il2desk.cli.common import (
    DONE,
    BadInput,
    course_number,
    date_value,
    open_record,
    time_value,
    whole_number,
    zone_value,
)
from il2desk.domain.course import CoursePlan, Preparation, Route
from il2desk.domain.course_validation import validate_plan
from il2desk.domain.dose import (
    DoseInputError,
    SyringeKind,
    format_dose_miu,
    format_mark,
    format_percent,
    format_volume_ml,
    parse_positive_decimal,
)
from il2desk.domain.draw_plan import plan_draw
from il2desk.domain.regimen import blood_work_due
from il2desk.domain.timeplan import TimeAdjustment, from_utc, is_valid_zone


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    new = sub.add_parser("new", help="plan a course: 5 days of 2 injections, or the "
                         "days and injections per day your doctor set")
    new.add_argument("--start", required=True, type=date_value, metavar="YYYY-MM-DD",
                     help="first day")
    new.add_argument("--dose-miu", required=True, metavar="MILLION_UNITS",
                     help="dose per injection in million units, e.g. 4.5")
    new.add_argument("--morning", type=time_value, metavar="HH:MM",
                     help="morning time (default: settings)")
    new.add_argument("--evening", type=time_value, metavar="HH:MM",
                     help="evening time (default: settings)")
    new.add_argument("--tz", type=zone_value, metavar="ZONE",
                     help="IANA time zone such as Europe/Paris (default: settings)")
    new.add_argument("--interval-weeks", type=whole_number(1, 520), default=8,
                     metavar="WEEKS", help="weeks to the next course (default 8)")
    prep = new.add_mutually_exclusive_group()
    prep.add_argument("--prefilled", action="store_true", help="pre-filled syringes (default)")
    prep.add_argument("--concentration", metavar="MILLION_UNITS_PER_ML",
                      help="vial: million units per mL after mixing (needs --syringe)")
    new.add_argument("--syringe", choices=[k.value for k in SyringeKind], metavar="KIND",
                     help="syringe kind: " + ", ".join(k.value for k in SyringeKind))
    new.add_argument("--confirm-dose", action="store_true",
                     help="the unusual dose really is what the doctor prescribed (rule R2)")
    new.add_argument("--confirm-interval", action="store_true",
                     help="the start closer than the interval to the last course is what "
                     "the doctor wants (rule R4)")
    # rule R18: the doctor's regimen
    new.add_argument("--days", type=whole_number(1, 28), metavar="DAYS",
                     help="days of injections (default 5; 1 to 5, up to 28 for a low "
                     "daily dose)")
    new.add_argument("--per-day", type=whole_number(1, 2), metavar="1|2",
                     help="injections per day (default 2)")
    new.add_argument("--time", type=time_value, metavar="HH:MM",
                     help="with --per-day 1: the time of the day's injection")
    new.add_argument("--hospital", action="store_true",
                     help="given in hospital by continuous infusion: --dose-miu is the "
                     "daily dose; no home injections or reminders (rule R18)")
    new.set_defaults(course_run=_new)
    listing = sub.add_parser("list", help="print the courses")
    listing.set_defaults(course_run=_list)
    stop, cancel, show = _add_state_commands(sub)
    # `il2desk course new --data-dir X` as well as `il2desk --data-dir X course new`.
    from il2desk.cli import add_data_dir

    for action_parser in (new, listing, stop, cancel, show):
        add_data_dir(action_parser)


# -- rule R17: stop, cancel, show (issue 19) -------------------------------------------


def _add_state_commands(sub) -> tuple[argparse.ArgumentParser, ...]:
    from il2desk.domain.course_stop import REASON_WORDS

    stop = sub.add_parser("stop", help="stop a course that has begun, early (rule R17)")
    stop.add_argument("number", type=course_number, metavar="NUMBER",
                     help="the course's number (see course list)")
    stop.add_argument("--reason", required=True, metavar="REASON",
                      help="why: " + "|".join(REASON_WORDS))
    stop.add_argument("--at", metavar="YYYY-MM-DD HH:MM",
                      help="when it stopped, in the course's time zone (default: now)")
    stop.set_defaults(course_run=_stop)
    cancel = sub.add_parser("cancel", help="cancel a course that has not begun")
    cancel.add_argument("number", type=course_number, metavar="NUMBER",
                       help="the course's number (see course list)")
    cancel.set_defaults(course_run=_cancel)
    show = sub.add_parser("show", help="a course's state and each injection's state")
    show.add_argument("number", type=course_number, metavar="NUMBER",
                     help="the course's number (see course list)")
    show.set_defaults(course_run=_show)
    return stop, cancel, show


def _course_number(ctx, number: int):
    course = ctx.courses.get(number)
    if course is None:
        raise BadInput(f"There is no course number {number}; see il2desk course list.")
    return course


def _state_words(course, injections, ctx) -> str:
    from il2desk.domain.visit_report import course_state, state_message

    today = from_utc(ctx.clock.now_utc(), course.zone_name).date()
    words = state_message(course_state(course, injections, today), course.stop_reason).english()
    if course.stopped_utc is not None:
        words += f" on {from_utc(course.stopped_utc, course.zone_name):%a %Y-%m-%d %H:%M}"
    return words


def _stop(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.course_stop import REASON_WORDS
    from il2desk.domain.errors import FieldInputError
    from il2desk.domain.wall_time import resolve_local

    course = _course_number(ctx, args.number)
    reason = REASON_WORDS.get(args.reason.strip().lower())
    if reason is None:
        raise BadInput(f"Reason “{args.reason}”: please write one of "
                       f"{', '.join(REASON_WORDS)}.")
    at = None
    if args.at is not None:
        match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})", args.at.strip())
        if not match:
            raise BadInput(f"“{args.at}” is not a moment; please write it as "
                           "\"YYYY-MM-DD HH:MM\".")
        at = resolve_local(_parse_date(match.group(1)), _parse_time(match.group(2), "stop"),
                           course.zone_name).utc
    try:
        result = ctx.course_service.stop_course(course.id, reason, at)
    except FieldInputError as problem:
        raise BadInput(f"Course {args.number}: {problem.message}") from None
    course = ctx.courses.get(course.id)
    print(f"Course {course.id}: {_state_words(course, ctx.courses.injections(course.id), ctx)}."
          f" {result.given} given (kept), {len(result.not_given_ids)} not given; their "
          "reminders are withdrawn.")
    if course.plan.hard_to_tolerate:
        print("It counts as hard to tolerate: a lower dose for the next course will be "
              "suggested — discuss it with your doctor.")
    return DONE


def _cancel(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.errors import FieldInputError

    course = _course_number(ctx, args.number)
    try:
        ctx.course_service.cancel_course(course.id)
    except FieldInputError as problem:
        raise BadInput(f"Course {args.number}: {problem.message}") from None
    print(f"Course {course.id} ({course.start_date:%a %Y-%m-%d}) is cancelled; it stays in "
          "your history and its injections will not be given.")
    return DONE


def _show(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.visit_report import INJECTION_STATE_LABELS

    course = _course_number(ctx, args.number)
    injections = ctx.courses.injections(course.id)
    flag = ", hard to tolerate" if course.plan.hard_to_tolerate else ""
    print(f"Course {course.id}: {course.start_date:%a %Y-%m-%d} to "
          f"{course.end_date:%a %Y-%m-%d}, {format_dose_miu(course.dose_miu)} per injection "
          f"({course.zone_name}): {_state_words(course, injections, ctx)}{flag}.")
    for injection in injections:
        planned = from_utc(injection.planned_utc, injection.zone_name)
        line = (f"  {injection.seq:2}. {planned:%a %Y-%m-%d %H:%M} {injection.slot.value}: "
                f"{INJECTION_STATE_LABELS[injection.status]}")
        if injection.given_utc is not None:
            line += f" at {from_utc(injection.given_utc, injection.zone_name):%H:%M}"
        print(line)
    return DONE


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"“{text}” is not a date; please write it as YYYY-MM-DD.") from None


def _parse_time(text: str, what: str) -> dt.time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise BadInput(f"The {what} time “{text}” is not a time like 08:00.")
    return dt.time(int(match.group(1)), int(match.group(2)))


def _build_plan(args: argparse.Namespace, prefs) -> CoursePlan:
    try:
        dose = parse_positive_decimal(args.dose_miu, field="dose_miu")
    except DoseInputError as problem:
        raise BadInput(f"Dose: {problem.message}") from None
    zone = args.tz if args.tz is not None else prefs.time_zone
    concentration: Decimal | None = None
    syringe = SyringeKind(args.syringe) if args.syringe else None
    preparation = Preparation.PREFILLED
    if args.concentration is not None:
        preparation = Preparation.VIAL
        try:
            concentration = parse_positive_decimal(args.concentration,
                                                   field="concentration_miu_per_ml")
        except DoseInputError as problem:
            raise BadInput(f"Concentration: {problem.message}") from None
        if syringe is None:
            raise BadInput("With --concentration, please also give --syringe KIND.")
    elif syringe is not None:
        raise BadInput("--syringe goes with a vial: please also give --concentration.")
    start = args.start
    days, per_day, once = _regimen(args)
    morning = args.morning if args.morning is not None else prefs.morning_time
    route = Route.HOSPITAL if args.hospital else Route.HOME
    if route is Route.HOSPITAL and (args.per_day or args.time or args.concentration
                                    or args.syringe or args.morning or args.evening):
        raise BadInput("--hospital records a continuous infusion: it takes the dates "
                       "(--start, --days) and the daily dose (--dose-miu), no times or "
                       "syringes.")
    today = dt.date.today()  # only to tell a past hospital course from a planned one
    return CoursePlan(
        days=days, per_day=per_day, route=route,
        recorded_after=route is Route.HOSPITAL and start + dt.timedelta(days=days - 1) < today,
        start_date=start, zone_name=zone, dose_miu=dose,
        morning=once or morning,
        evening=args.evening if args.evening is not None else prefs.evening_time,
        interval_weeks=args.interval_weeks, dose_confirmed=args.confirm_dose,
        interval_confirmed=args.confirm_interval,
        preparation=preparation, syringe_kind=syringe if preparation is Preparation.VIAL
        else None, concentration_miu_per_ml=concentration,
        blood_work_date=blood_work_due(start),
    )


def _regimen(args: argparse.Namespace) -> tuple[int, int, dt.time | None]:
    """Rule R18: (days, injections per day, the one time of a once-daily course)."""
    days = args.days if args.days is not None else 5
    per_day = args.per_day if args.per_day is not None else 2
    if args.time is not None and per_day != 1:
        raise BadInput("--time is the time of a once-daily injection: please also give "
                       "--per-day 1 (twice a day uses --morning and --evening).")
    return days, per_day, args.time


_FIELD_NAMES = {"days": "Days", "per_day": "Injections per day", "start_date": "Start",
                "evening": "Times", "zone_name": "Time zone",
                "dose_miu": "Dose", "interval_weeks": "Interval", "syringe_kind": "Syringe",
                "concentration_miu_per_ml": "Concentration"}


def _adjustment_note(adjustment: TimeAdjustment) -> str:
    if adjustment is TimeAdjustment.MOVED_FORWARD:
        return "  (clocks change that night: moved forward)"
    if adjustment is TimeAdjustment.FIRST_OCCURRENCE:
        return "  (clocks change that night: the first of the two)"
    return ""


def _new(args: argparse.Namespace, ctx) -> int:
    plan = _build_plan(args, ctx.settings.current)
    today = (from_utc(ctx.clock.now_utc(), plan.zone_name).date()
             if is_valid_zone(plan.zone_name) else ctx.clock.now_utc().date())
    errors = validate_plan(plan, today, ctx.courses.list())
    if errors:
        key = next(iter(errors))
        # The wizard has tick boxes for rules R2 and R4; here they are options.
        option = "--confirm-interval" if key == "start_date" else "--confirm-dose"
        message = str(errors[key]).replace("tick the box to confirm", f"add {option} to confirm")
        raise BadInput(f"{_FIELD_NAMES.get(key, key)}: {message}")
    course_id = ctx.course_service.create_course(plan)
    if plan.route is Route.HOSPITAL:
        print(f"Recorded course {course_id}: {plan.start_date:%a %Y-%m-%d} to "
              f"{plan.end_date:%a %Y-%m-%d}, in hospital by continuous infusion, "
              f"{format_dose_miu(plan.dose_miu)} a day ({plan.days} days). No home "
              "injections or reminders; it counts for the interval and the blood results.")
        return DONE
    shape = ("" if (plan.days, plan.per_day) == (5, 2) else
             f" {plan.days} day{'s' if plan.days > 1 else ''} of "
             f"{'one injection' if plan.per_day == 1 else 'two injections'},")
    print(f"Planned course {course_id}: {plan.start_date:%a %Y-%m-%d} to "
          f"{plan.end_date:%a %Y-%m-%d},{shape} {format_dose_miu(plan.dose_miu)} per "
          f"injection ({plan.zone_name}).")
    for dose in plan.doses():
        local = dose.time.local
        print(f"  {dose.index:2}. {local:%a %Y-%m-%d %H:%M} {dose.slot.value}"
              f"{_adjustment_note(dose.time.adjustment)}")
    if plan.preparation is Preparation.VIAL and plan.syringe_kind is not None:
        if plan.concentration_miu_per_ml is not None:
            draw = plan_draw(plan.dose_miu, plan.concentration_miu_per_ml, plan.syringe_kind)
            print(f"Each dose: draw {format_volume_ml(draw.rounded_volume_ml)} — "
                  f"{format_mark(draw)} on a {plan.syringe_kind.short_label}.")
            if draw.delivered_dose_miu != plan.dose_miu:  # rule D3, as the wizard says it
                print(f"That mark gives {format_dose_miu(draw.delivered_dose_miu)} (difference "
                      f"from your dose of {format_dose_miu(plan.dose_miu)}: "
                      f"{format_percent(draw.error_percent)}).")
    else:
        print("Pre-filled syringes.")
    due = plan.effective_blood_work_date  # rule R16
    if due < today:
        print(f"Blood work was due {due:%a %Y-%m-%d}, two weeks before the course: please "
              "ask for it as soon as possible, before the course starts.")
    else:
        print(f"Blood work due: {due:%a %Y-%m-%d}.")
    return DONE


def _list(args: argparse.Namespace, ctx) -> int:
    courses = ctx.courses.list()
    if not courses:
        print("No courses yet.")
        return DONE
    for course in reversed(courses):  # oldest first, like a diary
        injections = ctx.courses.injections(course.id)
        done = sum(1 for i in injections if i.status.value == "done")
        missed = sum(1 for i in injections if i.status.value == "missed")
        flag = ", hard to tolerate" if course.plan.hard_to_tolerate else ""
        each = ("a day, in hospital" if course.plan.route is Route.HOSPITAL
                else "per injection")
        print(f"{course.id}: {course.start_date:%Y-%m-%d} to {course.end_date:%Y-%m-%d}, "
              f"{format_dose_miu(course.dose_miu)} {each}, "
              f"{_state_words(course, injections, ctx)}, "
              f"{done} of {len(injections)} done, {missed} missed{flag}")
    return DONE


def run(args: argparse.Namespace) -> int:
    with open_record(args) as ctx:
        return int(args.course_run(args, ctx))
