"""`il2desk course new …` and `il2desk course list`: plan and list courses headlessly.

Uses the same domain checks as the course wizard (domain/course_validation.py): a bad
value gives one plain line on stderr and exit code 2 (cli/common.py), and nothing is
written.
"""

from __future__ import annotations

import argparse
from decimal import Decimal

from il2desk.cli.common import (
    DONE,
    BadInput,
    date_value,
    open_record,
    time_value,
    whole_number,
    zone_value,
)
from il2desk.domain.course import CoursePlan, Preparation
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
    new = sub.add_parser("new", help="plan a 5-day course of 10 injections")
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
    new.set_defaults(course_run=_new)
    listing = sub.add_parser("list", help="print the courses")
    listing.set_defaults(course_run=_list)
    # `il2desk course new --data-dir X` as well as `il2desk --data-dir X course new`.
    from il2desk.cli import add_data_dir

    for action_parser in (new, listing):
        add_data_dir(action_parser)


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
    return CoursePlan(
        start_date=start, zone_name=zone, dose_miu=dose,
        morning=args.morning if args.morning is not None else prefs.morning_time,
        evening=args.evening if args.evening is not None else prefs.evening_time,
        interval_weeks=args.interval_weeks, dose_confirmed=args.confirm_dose,
        preparation=preparation, syringe_kind=syringe if preparation is Preparation.VIAL
        else None, concentration_miu_per_ml=concentration,
        blood_work_date=blood_work_due(start),
    )


_FIELD_NAMES = {"start_date": "Start", "evening": "Times", "zone_name": "Time zone",
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
        # The wizard has a tick box for rule R2; here it is an option.
        message = errors[key].replace("tick the box to confirm", "add --confirm-dose")
        raise BadInput(f"{_FIELD_NAMES.get(key, key)}: {message}")
    course_id = ctx.course_service.create_course(plan)
    print(f"Planned course {course_id}: {plan.start_date:%a %Y-%m-%d} to "
          f"{plan.end_date:%a %Y-%m-%d}, {format_dose_miu(plan.dose_miu)} per injection "
          f"({plan.zone_name}).")
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
    print(f"Blood work due: {plan.effective_blood_work_date:%a %Y-%m-%d}.")
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
        print(f"{course.id}: {course.start_date:%Y-%m-%d} to {course.end_date:%Y-%m-%d}, "
              f"{format_dose_miu(course.dose_miu)} per injection, {course.status.value}, "
              f"{done} of {len(injections)} done, {missed} missed{flag}")
    return DONE


def run(args: argparse.Namespace) -> int:
    with open_record(args) as ctx:
        return int(args.course_run(args, ctx))
