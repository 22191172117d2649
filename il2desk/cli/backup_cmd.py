"""`il2desk backup FILE`: a consistent copy of the whole record."""

from __future__ import annotations

import argparse
import sqlite3
import stat
from pathlib import Path

from il2desk.cli.common import DONE, BadInput, Failed, absolute_path, open_record
from il2desk.cli.words import translate
from il2desk.services.record_files import is_disk_full


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=absolute_path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    dest: Path = args.file
    if dest.is_dir():
        raise BadInput(translate("cli", "{file} is a folder; give a file name for the "
                                 "backup.").format(file=dest))
    if not dest.parent.is_dir():
        raise Failed(translate("cli", "The folder {folder} does not exist.").format(
            folder=dest.parent))
    if dest.is_file() and not dest.stat().st_mode & stat.S_IWUSR:
        # Someone made it read-only: keep it, as for any file we may not write.
        raise Failed(translate("cli", "{file} is read-only, so it was not replaced. Nothing "
                               "was written.").format(file=dest))
    with open_record(args) as ctx:
        try:
            ctx.backups.back_up(dest)
        except (OSError, sqlite3.Error) as error:
            if is_disk_full(error):
                raise Failed(translate("cli", "The disk is full: nothing was written. Please "
                                       "free some space or choose another place.")) from None
            raise Failed(translate("cli", "The backup could not be written to {file}: "
                                   "{error}. Nothing was written.").format(
                file=dest, error=error)) from None
    print(translate("cli", "Backup saved to {file}. It holds health information: keep it "
                    "private.").format(file=dest))
    return DONE
