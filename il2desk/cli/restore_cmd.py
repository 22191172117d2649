"""`il2desk restore FILE`: replace the record with a backup (the current one is kept)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from il2desk.cli.common import data_paths, fail
from il2desk.storage.backup import RestoreError, restore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    paths = data_paths(args)
    try:
        kept = restore(args.file, paths, dt.datetime.now(dt.UTC))
    except RestoreError as error:
        return fail(f"{error} Nothing was changed.")
    except OSError as error:
        return fail(f"The backup could not be restored ({error}). Nothing was changed.")
    print(f"Restored your record from {args.file}.")
    if kept is not None:
        print(f"Your previous record was kept at {kept}.")
    return 0
