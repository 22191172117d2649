"""`il2desk export-ics --course N FILE` / `--all FILE`: the schedule for a calendar.

The file holds health information; the calendar privacy setting ("full" or
"discreet") decides how much.
"""

from __future__ import annotations

import argparse

from il2desk.cli.common import DONE, absolute_path, course_number, open_record
from il2desk.cli.words import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--course", type=course_number, metavar="NUMBER",
                       help=translate("cli", "export this course"))
    which.add_argument("--all", action="store_true",
                       help=translate("cli", "export every planned course (and cancel the events "
                                             "of cancelled ones)"))
    parser.add_argument("file", type=absolute_path, metavar="FILE",
                        help=translate("cli", "where to write the .ics file"))


def run(args: argparse.Namespace) -> int:
    # Imported here so `il2desk` (the window) does not load icalendar at start.
    from il2desk.services.ics_export import NothingToExport, export_calendar, planned_course_ids

    with open_record(args) as ctx:
        if args.all:
            # Cancelled courses too: their events go out as cancelled (issue 21).
            course_ids = planned_course_ids(ctx.courses, ctx.clock.now_utc())
            if not course_ids:
                raise NothingToExport(translate("cli", "There is no planned course to put "
                                                "in a calendar."))
        else:
            course_ids = [args.course]
        count = export_calendar(ctx.courses, ctx.settings.current, course_ids, args.file,
                                ctx.clock.now_utc())
        print(translate("cli", "Wrote %n calendar event(s) to {file}. The file holds health "
                        "information: keep it private.", None, count).format(file=args.file))
    return DONE
