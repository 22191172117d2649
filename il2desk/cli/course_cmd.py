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
    existing_course,
    open_record,
    time_value,
    whole_number,
    zone_value,
)
from il2desk.cli.words import day, dose_words, moment, translate, words
from il2desk.domain.course import CoursePlan, Preparation, Route
from il2desk.domain.course_validation import validate_plan
from il2desk.domain.dose import (
    DoseInputError,
    SyringeKind,
    format_mark,
    format_percent,
    format_volume_ml,
    parse_positive_decimal,
)
from il2desk.domain.draw_plan import plan_draw
from il2desk.domain.regimen import blood_work_due
from il2desk.domain.texts import QT_TRANSLATE_NOOP
from il2desk.domain.timeplan import TimeAdjustment, from_utc, is_valid_zone

# The time of day of an injection, as the listings write it.
SLOT_WORDS = {"morning": QT_TRANSLATE_NOOP("cli", "morning"),
              "evening": QT_TRANSLATE_NOOP("cli", "evening")}


def _slot(slot) -> str:
    return translate("cli", SLOT_WORDS.get(slot.value, slot.value))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    new = sub.add_parser("new", help=translate("cli", "plan a course: 5 days of 2 injections, or "
                                                      "the days and injections per day your "
                                                      "doctor set"))
    new.add_argument("--start", required=True, type=date_value, metavar="YYYY-MM-DD",
                     help=translate("cli", "first day"))
    new.add_argument("--dose-miu", required=True, metavar="MILLION_UNITS",
                     help=translate("cli", "dose per injection in million units, e.g. 4.5"))
    new.add_argument("--morning", type=time_value, metavar="HH:MM",
                     help=translate("cli", "morning time (default: settings)"))
    new.add_argument("--evening", type=time_value, metavar="HH:MM",
                     help=translate("cli", "evening time (default: settings)"))
    new.add_argument("--tz", type=zone_value, metavar="ZONE",
                     help=translate("cli", "IANA time zone such as Europe/Paris (default: "
                                           "settings)"))
    new.add_argument("--interval-weeks", type=whole_number(1, 520), default=8,
                     metavar="WEEKS", help=translate("cli", "weeks to the next course (default "
                                                            "8)"))
    prep = new.add_mutually_exclusive_group()
    prep.add_argument("--prefilled", action="store_true", help=translate(
        "cli", "pre-filled syringes (default)"))
    prep.add_argument("--concentration", metavar="MILLION_UNITS_PER_ML",
                      help=translate("cli", "vial: million units per mL after mixing (needs "
                                            "--syringe)"))
    new.add_argument("--syringe", choices=[k.value for k in SyringeKind], metavar="KIND",
                     help=translate("cli", "syringe kind: {kinds}").format(
                         kinds=", ".join(k.value for k in SyringeKind)))
    new.add_argument("--confirm-dose", action="store_true",
                     help=translate("cli", "the unusual dose really is what the doctor "
                                           "prescribed (rule R2)"))
    new.add_argument("--confirm-interval", action="store_true",
                     help=translate("cli", "the start closer than the interval to the last "
                                           "course is what the doctor wants (rule R4)"))
    # rule R18: the doctor's regimen
    new.add_argument("--days", type=whole_number(1, 28), metavar="DAYS",
                     help=translate("cli", "days of injections (default 5; 1 to 5, up to 28 for "
                                           "a low daily dose)"))
    new.add_argument("--per-day", type=whole_number(1, 2), metavar="1|2",
                     help=translate("cli", "injections per day (default 2)"))
    new.add_argument("--time", type=time_value, metavar="HH:MM",
                     help=translate("cli", "with --per-day 1: the time of the day's injection"))
    new.add_argument("--hospital", action="store_true",
                     # (the option's name filled in: its "miu" is no unit to translate)
                     help=translate("cli", "given in hospital by continuous infusion: {option} "
                                           "is the daily dose; no home injections or reminders "
                                           "(rule R18)").format(option="--dose-miu"))
    new.set_defaults(course_run=_new)
    listing = sub.add_parser("list", help=translate("cli", "print the courses"))
    listing.set_defaults(course_run=_list)
    stop, cancel, show = _add_state_commands(sub)
    # `il2desk course new --data-dir X` as well as `il2desk --data-dir X course new`.
    from il2desk.cli import add_data_dir

    for action_parser in (new, listing, stop, cancel, show):
        add_data_dir(action_parser)


# -- rule R17: stop, cancel, show (issue 19) -------------------------------------------


def _add_state_commands(sub) -> tuple[argparse.ArgumentParser, ...]:
    from il2desk.domain.course_stop import REASON_WORDS

    stop = sub.add_parser("stop", help=translate("cli", "stop a course that has begun, early "
                                                        "(rule R17)"))
    stop.add_argument("number", type=course_number, metavar="NUMBER",
                     help=translate("cli", "the course's number (see course list)"))
    stop.add_argument("--reason", required=True, metavar="REASON",
                      help=translate("cli", "why: {reasons}").format(
                          reasons="|".join(REASON_WORDS)))
    stop.add_argument("--at", metavar="YYYY-MM-DD HH:MM",
                      help=translate("cli", "when it stopped, in the course's time zone "
                                            "(default: now)"))
    stop.set_defaults(course_run=_stop)
    cancel = sub.add_parser("cancel", help=translate("cli", "cancel a course that has not begun"))
    cancel.add_argument("number", type=course_number, metavar="NUMBER",
                       help=translate("cli", "the course's number (see course list)"))
    cancel.set_defaults(course_run=_cancel)
    show = sub.add_parser("show", help=translate("cli", "a course's state and each injection's "
                                                        "state"))
    show.add_argument("number", type=course_number, metavar="NUMBER",
                     help=translate("cli", "the course's number (see course list)"))
    show.set_defaults(course_run=_show)
    return stop, cancel, show


def _state_words(course, injections, ctx) -> str:
    from il2desk.domain.visit_report import course_state, state_message

    today = from_utc(ctx.clock.now_utc(), course.zone_name).date()
    state = words(state_message(course_state(course, injections, today), course.stop_reason))
    if course.stopped_utc is not None:
        return translate("cli", "{state} on {moment}").format(
            state=state, moment=moment(from_utc(course.stopped_utc, course.zone_name)))
    return state


def _stop(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.course_stop import REASON_WORDS
    from il2desk.domain.errors import FieldInputError
    from il2desk.domain.wall_time import resolve_local

    course = existing_course(ctx, args.number)
    reason = REASON_WORDS.get(args.reason.strip().lower())
    if reason is None:
        raise BadInput(translate("cli", "Reason “{reason}”: please write one of {choices}."
                                 ).format(reason=args.reason, choices=", ".join(REASON_WORDS)))
    at = None
    if args.at is not None:
        match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})", args.at.strip())
        if not match:
            raise BadInput(translate("cli", "“{text}” is not a moment; please write it as "
                                     "\"YYYY-MM-DD HH:MM\".").format(text=args.at))
        at = resolve_local(_parse_date(match.group(1)), _parse_time(match.group(2), "stop"),
                           course.zone_name).utc
    try:
        result = ctx.course_service.stop_course(course.id, reason, at)
    except FieldInputError as problem:
        raise BadInput(translate("cli", "Course {number}: {problem}").format(
            number=args.number, problem=words(problem.message))) from None
    course = ctx.courses.get(course.id)
    state = translate("cli", "Course {number}: {state}.").format(
        number=course.id, state=_state_words(course, ctx.courses.injections(course.id), ctx))
    # (lupdate reads a plural's count only when it is a plain name)
    given, not_given = result.given, len(result.not_given_ids)
    kept = translate("cli", "%n given (kept)", None, given)
    withdrawn = translate("cli", "%n not given; their reminders are withdrawn.", None,
                          not_given)
    print(f"{state} {kept}, {withdrawn}")
    if course.plan.hard_to_tolerate:
        print(translate("cli", "It counts as hard to tolerate: a lower dose for the next "
                        "course will be suggested — discuss it with your doctor."))
    return DONE


def _cancel(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.errors import FieldInputError

    course = existing_course(ctx, args.number)
    try:
        ctx.course_service.cancel_course(course.id)
    except FieldInputError as problem:
        raise BadInput(translate("cli", "Course {number}: {problem}").format(
            number=args.number, problem=words(problem.message))) from None
    print(translate("cli", "Course {number} ({start}) is cancelled; it stays in your "
                    "history and its injections will not be given.").format(
        number=course.id, start=day(course.start_date)))
    return DONE


def _show(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.visit_report import INJECTION_STATE_LABELS

    course = existing_course(ctx, args.number)
    injections = ctx.courses.injections(course.id)
    state = _state_words(course, injections, ctx)
    if course.plan.hard_to_tolerate:
        state = translate("cli", "{state}, hard to tolerate").format(state=state)
    print(translate("cli", "Course {number}: {start} to {end}, {dose} per injection "
                    "({zone}): {state}.").format(
        number=course.id, start=day(course.start_date), end=day(course.end_date),
        dose=dose_words(course.dose_miu), zone=course.zone_name, state=state))
    for injection in injections:
        planned = from_utc(injection.planned_utc, injection.zone_name)
        status = words(INJECTION_STATE_LABELS[injection.status])
        if injection.given_utc is not None:
            status = translate("cli", "{state} at {time}").format(
                state=status,
                time=f"{from_utc(injection.given_utc, injection.zone_name):%H:%M}")
        print(f"  {injection.seq:2}. {moment(planned)} {_slot(injection.slot)}: {status}")
    return DONE


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(translate("cli", "“{text}” is not a date; please write it as "
                                 "YYYY-MM-DD.").format(text=text)) from None


def _parse_time(text: str, what: str) -> dt.time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise BadInput(translate("cli", "The {what} time “{text}” is not a time like "
                                 "08:00.").format(what=what, text=text))
    return dt.time(int(match.group(1)), int(match.group(2)))


def _build_plan(args: argparse.Namespace, prefs) -> CoursePlan:
    try:
        dose = parse_positive_decimal(args.dose_miu, field="dose_miu")
    except DoseInputError as problem:
        raise BadInput(translate("cli", "Dose: {problem}").format(
            problem=words(problem.message))) from None
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
            raise BadInput(translate("cli", "Concentration: {problem}").format(
                problem=words(problem.message))) from None
        if syringe is None:
            raise BadInput(translate("cli", "With --concentration, please also give "
                                     "--syringe KIND."))
    elif syringe is not None:
        raise BadInput(translate("cli", "--syringe goes with a vial: please also give "
                                 "--concentration."))
    start = args.start
    days, per_day, once = _regimen(args)
    morning = args.morning if args.morning is not None else prefs.morning_time
    route = Route.HOSPITAL if args.hospital else Route.HOME
    if route is Route.HOSPITAL and (args.per_day or args.time or args.concentration
                                    or args.syringe or args.morning or args.evening):
        raise BadInput(translate("cli", "--hospital records a continuous infusion: it takes "
                                 "the dates (--start, --days) and the daily dose "
                                 "({option}), no times or syringes.").format(option="--dose-miu"))
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
        raise BadInput(translate("cli", "--time is the time of a once-daily injection: "
                                 "please also give --per-day 1 (twice a day uses --morning "
                                 "and --evening)."))
    return days, per_day, args.time


_FIELD_NAMES = {"days": QT_TRANSLATE_NOOP("cli", "Days"),
                "per_day": QT_TRANSLATE_NOOP("cli", "Injections per day"),
                "start_date": QT_TRANSLATE_NOOP("cli", "Start"),
                "evening": QT_TRANSLATE_NOOP("cli", "Times"),
                "zone_name": QT_TRANSLATE_NOOP("cli", "Time zone"),
                "dose_miu": QT_TRANSLATE_NOOP("cli", "Dose"),
                "interval_weeks": QT_TRANSLATE_NOOP("cli", "Interval"),
                "syringe_kind": QT_TRANSLATE_NOOP("cli", "Syringe"),
                "concentration_miu_per_ml": QT_TRANSLATE_NOOP("cli", "Concentration")}


def _adjustment_note(adjustment: TimeAdjustment) -> str:
    if adjustment is TimeAdjustment.MOVED_FORWARD:
        return "  " + translate("cli", "(clocks change that night: moved forward)")
    if adjustment is TimeAdjustment.FIRST_OCCURRENCE:
        return "  " + translate("cli", "(clocks change that night: the first of the two)")
    return ""


def _confirm_with(option: str) -> str:
    """How a check of the plan is confirmed here: "add --confirm-dose to confirm"."""
    return translate("cli", "add {option} to confirm").format(option=option)


def _new(args: argparse.Namespace, ctx) -> int:
    plan = _build_plan(args, ctx.settings.current)
    today = (from_utc(ctx.clock.now_utc(), plan.zone_name).date()
             if is_valid_zone(plan.zone_name) else ctx.clock.now_utc().date())
    # The wizard has tick boxes for rules R2 and R4; here they are options, and the
    # checks say so in their own sentence.
    errors = validate_plan(plan, today, ctx.courses.list(),
                           confirm_dose=_confirm_with("--confirm-dose"),
                           confirm_interval=_confirm_with("--confirm-interval"))
    if errors:
        key = next(iter(errors))
        field = translate("cli", _FIELD_NAMES[key]) if key in _FIELD_NAMES else key
        raise BadInput(translate("cli", "{field}: {problem}").format(
            field=field, problem=words(errors[key])))
    course_id = ctx.course_service.create_course(plan)
    days = plan.days
    if plan.route is Route.HOSPITAL:
        days_text = translate("cli", "%n day(s)", None, days)
        print(translate("cli", "Recorded course {number}: {start} to {end}, in hospital by "
                        "continuous infusion, {dose} a day ({days}). No home injections or "
                        "reminders; it counts for the interval and the blood results."
                        ).format(number=course_id, start=day(plan.start_date),
                                 end=day(plan.end_date), dose=dose_words(plan.dose_miu),
                                 days=days_text))
        return DONE
    dose_text = dose_words(plan.dose_miu)
    if (plan.days, plan.per_day) == (5, 2):
        print(translate("cli", "Planned course {number}: {start} to {end}, {dose} per "
                        "injection ({zone}).").format(
            number=course_id, start=day(plan.start_date), end=day(plan.end_date),
            dose=dose_text, zone=plan.zone_name))
    else:
        if plan.per_day == 1:
            shape = translate("cli", "%n day(s) of one injection", None, days)
        else:
            shape = translate("cli", "%n day(s) of two injections", None, days)
        print(translate("cli", "Planned course {number}: {start} to {end}, {regimen}, {dose} "
                        "per injection ({zone}).").format(
            number=course_id, start=day(plan.start_date), end=day(plan.end_date),
            regimen=shape, dose=dose_text, zone=plan.zone_name))
    for dose in plan.doses():
        print(f"  {dose.index:2}. {moment(dose.time.local)} {_slot(dose.slot)}"
              f"{_adjustment_note(dose.time.adjustment)}")
    if plan.preparation is Preparation.VIAL and plan.syringe_kind is not None:
        if plan.concentration_miu_per_ml is not None:
            draw = plan_draw(plan.dose_miu, plan.concentration_miu_per_ml, plan.syringe_kind)
            print(translate("cli", "Each dose: draw {volume} — {mark} on a {syringe}.").format(
                volume=words(format_volume_ml(draw.rounded_volume_ml)),
                mark=words(format_mark(draw)), syringe=words(plan.syringe_kind.short_label)))
            if draw.delivered_dose_miu != plan.dose_miu:  # rule D3, as the wizard says it
                print(translate("cli", "That mark gives {given} (difference from your dose "
                                "of {dose}: {percent}).").format(
                    given=dose_words(draw.delivered_dose_miu), dose=dose_text,
                    percent=words(format_percent(draw.error_percent))))
    else:
        print(translate("cli", "Pre-filled syringes."))
    due = plan.effective_blood_work_date  # rule R16
    if due < today:
        print(translate("cli", "Blood work was due {day}, two weeks before the course: "
                        "please ask for it as soon as possible, before the course starts."
                        ).format(day=day(due)))
    else:
        print(translate("cli", "Blood work due: {day}.").format(day=day(due)))
    return DONE


def _list(args: argparse.Namespace, ctx) -> int:
    courses = ctx.courses.list()
    if not courses:
        print(translate("cli", "No courses yet."))
        return DONE
    # One course a line: its number, then its first and last day as YYYY-MM-DD in every
    # language (what a script reads); the words are in the user's language.
    for course in reversed(courses):  # oldest first, like a diary
        injections = ctx.courses.injections(course.id)
        done = sum(1 for i in injections if i.status.value == "done")
        missed = sum(1 for i in injections if i.status.value == "missed")
        dose = dose_words(course.dose_miu)
        each = (translate("cli", "{dose} a day, in hospital") if course.plan.route is
                Route.HOSPITAL else translate("cli", "{dose} per injection")).format(dose=dose)
        missed_text = translate("cli", "%n missed", None, missed)
        line = translate("cli", "{number}: {start} to {end}, {dose}, {state}, {done} of "
                         "{count} done, {missed}").format(
            number=course.id, start=f"{course.start_date:%Y-%m-%d}",
            end=f"{course.end_date:%Y-%m-%d}", dose=each,
            state=_state_words(course, injections, ctx), done=done,
            count=len(injections), missed=missed_text)
        if course.plan.hard_to_tolerate:
            line = translate("cli", "{state}, hard to tolerate").format(state=line)
        print(line)
    return DONE


def run(args: argparse.Namespace) -> int:
    with open_record(args) as ctx:
        return int(args.course_run(args, ctx))
