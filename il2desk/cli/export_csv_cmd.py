"""`il2desk export-csv --diary FILE --labs FILE`: tables for the doctor."""

from __future__ import annotations

import argparse
from pathlib import Path

from il2desk.cli.common import fail, open_context
from il2desk.services.atomic_write import ExportProblem
from il2desk.services.csv_export import export_diary, export_labs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--diary", type=Path, metavar="FILE", help="diary entries CSV")
    parser.add_argument("--labs", type=Path, metavar="FILE", help="lab results CSV")


def run(args: argparse.Namespace) -> int:
    if args.diary is None and args.labs is None:
        return fail("Say what to export: --diary FILE, --labs FILE, or both.")
    for dest in (args.diary, args.labs):
        if dest is not None and not dest.parent.is_dir():
            return fail(f"The folder {dest.parent} does not exist. Nothing was written.")
    ctx = open_context(args)
    if ctx is None:
        return 1
    try:
        if args.diary is not None:
            export_diary(ctx.db, args.diary)
            print(f"Diary written to {args.diary}.")
        if args.labs is not None:
            export_labs(ctx.db, args.labs)
            print(f"Lab results written to {args.labs}.")
    except ExportProblem as problem:
        return fail(str(problem))
    finally:
        ctx.db.close()
    print("These files hold health information: share them only with people you choose.")
    return 0
