"""`il2desk restore FILE`: replace the record with a backup (the current one is kept)."""

from __future__ import annotations

import argparse
import datetime as dt

from il2desk.cli.common import DONE, Failed, absolute_path, data_dir
from il2desk.services.record_files import (
    DataFolderProblem,
    DataPaths,
    RestoreError,
    is_disk_full,
    place_writable,
    restore,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=absolute_path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QLockFile  # QtCore only: no window, no display needed

    from il2desk.services.single_instance import LOCK_FILE

    try:
        paths = DataPaths.create(data_dir(args))
    except DataFolderProblem as problem:
        raise Failed(problem.message) from None
    if not place_writable(paths.database):
        # Before the lock, which cannot be written there either (it would read as "il2desk
        # is open"); a read-only record is never made writable by us (issue 21).
        raise Failed("Your record is read-only here (its file, its folder or its disk), so "
                     "no backup can take its place. Nothing was changed.")
    # The open window holds this lock: swapping the file under it would lose its work.
    lock = QLockFile(str(paths.root / LOCK_FILE))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        raise Failed("il2desk is open. Please close its window (and its tray icon) first. "
                     "Nothing was changed.")
    try:
        kept = restore(args.file, paths, dt.datetime.now(dt.UTC))
    except RestoreError as error:
        raise Failed(f"{error} Nothing was changed.") from None
    except OSError as error:
        if is_disk_full(error):
            raise Failed("The disk is full: nothing was written, and nothing was changed. "
                         "Please free some space and try again.") from None
        raise Failed(f"The backup could not be restored ({error}). Nothing was changed."
                     ) from None
    finally:
        lock.unlock()
    print(f"Restored your record from {args.file}.")
    if kept is not None:
        print(f"Your previous record was kept at {kept}.")
    return DONE
