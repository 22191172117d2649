"""`il2desk restore FILE`: replace the record with a backup (the current one is kept)."""

from __future__ import annotations

import argparse
import datetime as dt

from il2desk.cli.common import DONE, Failed, absolute_path, data_dir
from il2desk.cli.words import translate, words
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
        raise Failed(words(problem.message)) from None
    if not place_writable(paths.database):
        # Before the lock, which cannot be written there either (it would read as "il2desk
        # is open"); a read-only record is never made writable by us (issue 21).
        raise Failed(translate("cli", "Your record is read-only here (its file, its folder or "
                               "its disk), so no backup can take its place. Nothing was "
                               "changed."))
    # The open window holds this lock: swapping the file under it would lose its work.
    lock = QLockFile(str(paths.root / LOCK_FILE))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        raise Failed(translate("cli", "il2desk is open. Please close its window (and its "
                               "tray icon) first. Nothing was changed."))
    try:
        kept = restore(args.file, paths, dt.datetime.now(dt.UTC))
    except RestoreError as error:
        raise Failed(translate("cli", "{problem} Nothing was changed.").format(
            problem=words(error.message))) from None
    except OSError as error:
        if is_disk_full(error):
            raise Failed(translate("cli", "The disk is full: nothing was written, and nothing "
                                   "was changed. Please free some space and try again.")
                         ) from None
        raise Failed(translate("cli", "The backup could not be restored ({error}). Nothing "
                               "was changed.").format(error=error)) from None
    finally:
        lock.unlock()
    print(translate("cli", "Restored your record from {file}.").format(file=args.file))
    if kept is not None:
        print(translate("cli", "Your previous record was kept at {file}.").format(file=kept))
    return DONE
