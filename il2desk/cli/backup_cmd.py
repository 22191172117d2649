"""`il2desk backup FILE`: a consistent copy of the whole record."""

from __future__ import annotations

import argparse
import sqlite3
import stat
from pathlib import Path

from il2desk.cli.common import fail, open_context
from il2desk.storage.backup import manual_backup
from il2desk.storage.database import is_disk_full


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    dest: Path = args.file
    if dest.exists() and dest.is_dir():
        return fail(f"{dest} is a folder; give a file name for the backup.")
    if not dest.parent.is_dir():
        return fail(f"The folder {dest.parent} does not exist.")
    if dest.is_file() and not dest.stat().st_mode & stat.S_IWUSR:
        # Someone made it read-only: keep it, as for any file we may not write.
        return fail(f"{dest} is read-only, so it was not replaced. Nothing was written.", 1)
    ctx = open_context(args)
    if ctx is None:
        return 1
    try:
        manual_backup(ctx.db, dest)
    except (OSError, sqlite3.Error) as error:
        if is_disk_full(error):
            return fail("The disk is full: nothing was written. Please free some space "
                        "or choose another place.", 1)
        return fail(f"The backup could not be written to {dest}: {error}. "
                    "Nothing was written.", 1)
    finally:
        ctx.db.close()
    print(f"Backup saved to {dest}. It holds health information: keep it private.")
    return 0
