"""`il2desk report --pdf FILE [--from DATE] [--to DATE] [--paper a4|letter]`: the visit
report for the doctor (issue 24), headless, in the language set in Settings.

The page: cli/paper.py (QtGui offscreen, never QtWidgets). Exit 0 written, 1 failed
(nothing written), 2 bad input.
"""

from __future__ import annotations

import argparse

from il2desk.cli.common import DONE, BadInput, absolute_path, date_value, open_record
from il2desk.cli.paper import add_paper, page_size
from il2desk.cli.words import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", type=absolute_path, required=True, metavar="FILE",
                        help=translate("cli", "where to write the PDF"))
    parser.add_argument("--from", dest="first", type=date_value, metavar="YYYY-MM-DD",
                        help=translate("cli", "first day of the period (default: the start of "
                                              "the course before last)"))
    parser.add_argument("--to", dest="last", type=date_value, metavar="YYYY-MM-DD",
                        help=translate("cli", "last day of the period (default: today)"))
    add_paper(parser)


def run(args: argparse.Namespace) -> int:
    if args.pdf.suffix.lower() != ".pdf":
        raise BadInput(translate("cli", "“{file}” should end in .pdf.").format(file=args.pdf))
    if args.first and args.last and args.first > args.last:
        raise BadInput(translate("cli", "--from ({first}) is after --to ({last}).").format(
            first=args.first, last=args.last))

    with open_record(args) as ctx:
        from il2desk.domain.timeplan import from_utc
        from il2desk.domain.visit_report import Period, default_period

        prefs = ctx.settings.current
        today = from_utc(ctx.clock.now_utc(), prefs.time_zone).date()
        last = args.last or today
        first = args.first or default_period(ctx.courses.list(), last).first
        if first > last:
            raise BadInput(translate("cli", "--from ({first}) is after the end of the period "
                                     "({last}).").format(first=first, last=last))
        page = page_size(args.paper)
        from il2desk.services.visit_report import load_visit_report, write_visit_report_pdf

        questions = ctx.visit_questions.for_date(today)
        report = load_visit_report(ctx.courses, ctx.labs, ctx.diary, ctx.reactions, prefs,
                                   today, period=Period(first, last), own_questions=questions)
        pages = write_visit_report_pdf(report, args.pdf, page_size=page)
        print(translate("cli", "Wrote the visit report ({first} to {last}, %n page(s)) to "
                        "{file}", None, pages).format(first=first, last=last, file=args.pdf))
    return DONE
