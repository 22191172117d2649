"""`il2desk labs add …` and `il2desk labs list` (issue 19): blood results headlessly.

The same checks as the Labs view (domain/labs.py); rule R16 marks a result drawn too
soon after a course as unreliable, and the listing says for each result whether it
counts in the trend and, if not, why. Bad input: one plain line, exit 2, nothing stored.
"""

from __future__ import annotations

import argparse
import datetime as dt

from il2desk.cli.common import DONE, BadInput, date_value, open_record
from il2desk.cli.words import day, translate, words

NOTE_MAX = 300  # as in the Labs view


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="labs_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=translate("cli", "add a blood result"))
    add.add_argument("--date", required=True, type=date_value, metavar="YYYY-MM-DD",
                     help=translate("cli", "day the blood was drawn"))
    add.add_argument("--cd4", metavar="NUMBER", help=translate(
        "cli", "CD4 count, cells/µL"))
    add.add_argument("--cd4-percent", metavar="NUMBER", help=translate(
        "cli", "CD4 percent"))
    load = add.add_mutually_exclusive_group()
    load.add_argument("--viral-load", metavar="NUMBER", help=translate(
        "cli", "viral load, copies/mL"))
    load.add_argument("--below-limit", action="store_true",
                      help=translate("cli", "viral load below the test's limit (undetectable)"))
    add.add_argument("--note", default="", metavar="TEXT", help=translate(
        "cli", "a short note"))
    add.set_defaults(labs_run=_add)
    listing = sub.add_parser("list", help=translate("cli", "print the results, and whether each "
                                                           "counts in the trend"))
    listing.set_defaults(labs_run=_list)
    from il2desk.cli import add_data_dir

    for action_parser in (add, listing):
        add_data_dir(action_parser)


def _course_starts(ctx) -> list[tuple[dt.date, dt.date]]:
    """Rule R16 windows: from a course's first day to 4 weeks after its last injection
    actually given (a stopped course included)."""
    from il2desk.domain.labs import course_lab_windows

    return course_lab_windows(ctx.courses.list(), ctx.courses.last_given_utc())


def _add(args: argparse.Namespace, ctx) -> int:
    from il2desk.domain.labs import (
        LabInputError,
        LabResult,
        ViralLoadForm,
        check_lab,
        judge_reliability,
        parse_cd4_count,
        parse_cd4_percent,
        parse_viral_load,
    )
    from il2desk.domain.timeplan import from_utc

    drawn = args.date
    form = (ViralLoadForm.UNDETECTABLE if args.below_limit
            else ViralLoadForm.VALUE if args.viral_load is not None else ViralLoadForm.NONE)
    try:
        cd4 = parse_cd4_count(args.cd4 or "")
        percent = parse_cd4_percent(args.cd4_percent or "")
        load = parse_viral_load(form, args.viral_load or "")
    except LabInputError as problem:
        raise BadInput(words(problem.message)) from None
    note = args.note.strip()
    if len(note) > NOTE_MAX:
        raise BadInput(translate("cli", "Please keep the note under {count} characters."
                                 ).format(count=NOTE_MAX))
    if form is ViralLoadForm.VALUE and not (args.viral_load or "").strip():
        raise BadInput(translate("cli", "Please type the viral load in copies/mL."))
    today = from_utc(ctx.clock.now_utc(), ctx.settings.current.time_zone).date()
    problems = check_lab(drawn, today, cd4, percent, form)
    if problems:
        raise BadInput(words(problems[0].message))
    verdict = judge_reliability(drawn, _course_starts(ctx))  # rule R16
    result = LabResult(None, drawn, cd4_count=cd4, cd4_percent=percent, viral_load_form=form,
                       viral_load=load, unreliable=verdict.unreliable,
                       unreliable_reason=verdict.reason, note=note)
    ctx.labs.add(result, ctx.clock.now_utc())
    print(translate("cli", "Saved the result of {day}: {trend}").format(
        day=day(drawn), trend=_trend_words(result)))
    return DONE


def _trend_words(result) -> str:
    from il2desk.domain.labs import ViralLoadForm
    from il2desk.domain.visit_report import VIRAL_BURST

    if result.unreliable:
        reason = words(result.reason_message)
        if result.viral_load_form is ViralLoadForm.VALUE:  # rule R22: not an alarm
            reason = f"{reason} {words(VIRAL_BURST)}"
        return translate("cli", "not counted in the trend — {reason}").format(reason=reason)
    if result.cd4_count is None:
        return translate("cli", "no CD4 count, so nothing for the CD4 trend.")
    return translate("cli", "counts in the trend.")


def _list(args: argparse.Namespace, ctx) -> int:
    import dataclasses

    from il2desk.domain.labs import judge_reliability_all

    results = sorted(ctx.labs.all(), key=lambda r: (r.drawn_date, r.id or 0))
    if not results:
        print(translate("cli", "No blood results yet."))
        return DONE
    # Judged afresh: a course entered after a result can change its mark (rule R16).
    verdicts = judge_reliability_all([r.drawn_date for r in results], _course_starts(ctx))
    for result, verdict in zip(results, verdicts, strict=True):
        result = dataclasses.replace(result, unreliable=verdict.unreliable,
                                     unreliable_reason=verdict.reason)
        cd4 = ("—" if result.cd4_count is None else
               translate("cli", "{count} cells/µL").format(count=result.cd4_count))
        # The number and the day (YYYY-MM-DD) lead in every language: what a script reads.
        print(translate("cli", "{number}: {day}  CD4 {cd4}, {percent}, viral load {load}: "
                        "{trend}").format(
            number=result.id, day=f"{result.drawn_date:%Y-%m-%d}", cd4=cd4,
            percent=words(result.cd4_percent_text), load=words(result.viral_load_text),
            trend=_trend_words(result)))
    return DONE


def run(args: argparse.Namespace) -> int:
    with open_record(args) as ctx:
        return int(args.labs_run(args, ctx))
