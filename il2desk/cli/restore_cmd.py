"""`il2desk restore FILE`: replace the record with a backup (the current one is kept)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from il2desk.cli.common import data_paths, fail
from il2desk.storage.backup import RestoreError, restore
from il2desk.storage.database import is_disk_full
from il2desk.storage.paths import DataFolderProblem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QLockFile  # QtCore only: no window, no display needed

    from il2desk.services.single_instance import LOCK_FILE

    try:
        paths = data_paths(args)
    except DataFolderProblem as problem:
        return fail(problem.message, 1)
    # The open window holds this lock: swapping the file under it would lose its work.
    lock = QLockFile(str(paths.root / LOCK_FILE))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        return fail("il2desk is open. Please close its window (and its tray icon) first. "
                    "Nothing was changed.")
    try:
        kept = restore(args.file, paths, dt.datetime.now(dt.UTC))
    except RestoreError as error:
        return fail(f"{error} Nothing was changed.")
    except OSError as error:
        if is_disk_full(error):
            return fail("The disk is full: nothing was written, and nothing was changed. "
                        "Please free some space and try again.", 1)
        return fail(f"The backup could not be restored ({error}). Nothing was changed.")
    finally:
        lock.unlock()
    print(f"Restored your record from {args.file}.")
    if kept is not None:
        print(f"Your previous record was kept at {kept}.")
    return 0
