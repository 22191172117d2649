"""`il2desk export-csv --diary FILE --labs FILE`: tables for the doctor."""

from __future__ import annotations

import argparse

from il2desk.cli.common import DONE, BadInput, Failed, absolute_path, open_record
from il2desk.cli.words import translate
from il2desk.services.csv_export import export_diary, export_labs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--diary", type=absolute_path, metavar="FILE", help=translate(
        "cli", "diary entries CSV"))
    parser.add_argument("--labs", type=absolute_path, metavar="FILE", help=translate(
        "cli", "lab results CSV"))


def run(args: argparse.Namespace) -> int:
    if args.diary is None and args.labs is None:
        raise BadInput(translate("cli", "Say what to export: --diary FILE, --labs FILE, or "
                                 "both."))
    for dest in (args.diary, args.labs):
        if dest is not None and not dest.parent.is_dir():
            raise Failed(translate("cli", "The folder {folder} does not exist. Nothing was "
                                   "written.").format(folder=dest.parent))
    with open_record(args) as ctx:  # an export problem: one line, exit 1 (common.py)
        if args.diary is not None:
            export_diary(ctx.db, args.diary)
            print(translate("cli", "Diary written to {file}.").format(file=args.diary))
        if args.labs is not None:
            export_labs(ctx.db, args.labs)
            print(translate("cli", "Lab results written to {file}.").format(file=args.labs))
    print(translate("cli", "These files hold health information: share them only with "
                    "people you choose."))
    return DONE
