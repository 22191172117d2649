"""Backups of the record file: automatic at each start, by hand, and restoring one.

Automatic backups keep the newest 7 plus the newest one of each earlier month, so a
problem noticed late can still be undone. A restore never trusts the file it is given:
it is checked first, and the current record is backed up before the swap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
from pathlib import Path

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message
from il2desk.storage.database import (
    Database,
    ProblemKind,
    inspect_file,
    keep_copy,
    place_writable,
)
from il2desk.storage.paths import DataPaths, make_private_file, private_umask

KEEP_NEWEST = 7
AUTO_PREFIX = "auto-"
_STAMP = re.compile(r"(\d{8}T\d{6}Z)")


class RestoreError(Exception):
    """The file offered for restore cannot be used: `message` says why (a message
    value); str() is the English."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.message = said


@dataclasses.dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_utc: dt.datetime

    @property
    def automatic(self) -> bool:
        return self.path.name.startswith(AUTO_PREFIX)


def _stamp(now_utc: dt.datetime) -> str:
    return now_utc.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Backups in the folder, newest first (the time is read from the file name)."""
    found = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.glob("*.sqlite3"):
        match = _STAMP.search(path.name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        found.append(BackupFile(path, taken))
    return sorted(found, key=lambda b: (b.taken_utc, b.path.name), reverse=True)


def backups_to_prune(backups: list[BackupFile]) -> list[BackupFile]:
    """Automatic backups beyond the newest 7 and the newest one of each older month."""
    automatic = [b for b in backups if b.automatic]  # newest first
    keep = set(automatic[:KEEP_NEWEST])
    months_seen: set[tuple[int, int]] = {(b.taken_utc.year, b.taken_utc.month) for b in keep}
    for backup in automatic[KEEP_NEWEST:]:
        month = (backup.taken_utc.year, backup.taken_utc.month)
        if month not in months_seen:
            months_seen.add(month)
            keep.add(backup)
    return [b for b in automatic if b not in keep]


class RecordDamaged(Exception):
    """The open record failed the full integrity check: no backup was made, none pruned."""


def automatic_backup(db: Database, paths: DataPaths, now_utc: dt.datetime) -> Path:
    """Check the record in full, back it up through SQLite's online backup API, then
    prune old automatic ones. A damaged record is never backed up: it would push the
    good backups out of the rotation (raises RecordDamaged instead)."""
    rows = db.conn.execute("PRAGMA integrity_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        raise RecordDamaged("; ".join(str(r[0]) for r in rows[:5]))
    remove_left_overs(paths.backups)
    target = paths.backups / f"{AUTO_PREFIX}{_stamp(now_utc)}.sqlite3"
    # Written whole or not at all (a full disk leaves no file), so a failed backup
    # never takes one of the kept places, and pruning below runs only after success.
    db.backup_to(target)
    # Only a good copy may take one of the kept places (and push an older one out).
    problem = inspect_file(target, thorough=False)
    if problem is not None:
        target.unlink(missing_ok=True)
        raise RecordDamaged(f"the new backup failed its check: {problem[1]}")
    for old in backups_to_prune(list_backups(paths.backups)):
        old.path.unlink(missing_ok=True)
    return target


def remove_left_overs(backup_dir: Path) -> None:
    """Remove what an interrupted backup left: partial copies and their journals.

    A finished backup is never in rollback-journal state, so a `-journal` beside one
    belongs to a copy that was cut off (older versions wrote in place)."""
    for pattern in (".*.partial", ".*.partial-journal", "*.sqlite3-journal"):
        for left in backup_dir.glob(pattern):
            left.unlink(missing_ok=True)


def manual_backup(db: Database, dest: Path) -> Path:
    """A backup where the user chose, whole or not at all (see Database.backup_to)."""
    return db.backup_to(dest)


def check_backup(source: Path) -> None:
    """Raise RestoreError unless `source` is a healthy il2desk record we can open."""
    if not source.is_file():
        raise RestoreError(message(
            QT_TRANSLATE_NOOP("domain", "There is no file at {path}."), path=str(source)))
    try:
        problem = inspect_file(source)
    except OSError as error:
        raise RestoreError(message(QT_TRANSLATE_NOOP(
            "domain", "The file could not be read ({reason})."), reason=str(error.strerror))
        ) from error
    if source.stat().st_size == 0:
        raise RestoreError(message(
            QT_TRANSLATE_NOOP("domain", "This file is empty: it holds no record to restore.")))
    if problem is None:
        return
    kind, _detail = problem
    messages = {
        ProblemKind.NOT_SQLITE: QT_TRANSLATE_NOOP("domain", "This file is not an il2desk backup."),
        ProblemKind.FOREIGN: QT_TRANSLATE_NOOP(
            "domain", "This file belongs to another program: it is not an il2desk backup."),
        ProblemKind.DAMAGED: QT_TRANSLATE_NOOP(
            "domain", "This backup is damaged and cannot be restored."),
        ProblemKind.NEWER: QT_TRANSLATE_NOOP(
            "domain", "This backup was made by a newer version of il2desk. "
            "Please restore it with that version."),
    }
    raise RestoreError(message(messages[kind]))


def newest_good_backup(paths: DataPaths) -> BackupFile | None:
    for backup in list_backups(paths.backups):
        try:
            check_backup(backup.path)
        except RestoreError:
            continue
        return backup
    return None


def restore(source: Path, paths: DataPaths, now_utc: dt.datetime) -> Path | None:
    """Replace the record with `source`. The database must be closed by the caller.

    Returns where the previous record was kept (None when there was none).
    """
    check_backup(source)
    current = paths.database
    if current.exists() and not place_writable(current):
        # Replacing a read-only record by renaming over it would work, but it was made
        # read-only for a reason: never made writable by us (issue 21).
        raise RestoreError(QT_TRANSLATE_NOOP(
            "domain", "Your record is read-only here (its file, its folder or its disk), "
            "so no backup can take its place. il2desk does not change that by itself."))
    kept: Path | None = None
    if current.exists() and current.stat().st_size > 0:
        # A plain file copy keeps even a damaged record exactly as it was.
        kept = keep_copy(current, paths.backups, "before-restore")
    staging = current.with_name(f".{current.name}.restoring")
    try:
        with private_umask():
            shutil.copyfile(source, staging)
        with staging.open("rb+") as fh:
            os.fsync(fh.fileno())
    except OSError:
        # A copy cut off (a full disk) must never take the record's place.
        staging.unlink(missing_ok=True)
        raise
    make_private_file(staging)
    # The old journal files belong to the old record: they must not be replayed
    # into the restored one.
    for suffix in ("-wal", "-shm"):
        current.with_name(current.name + suffix).unlink(missing_ok=True)
    os.replace(staging, current)
    return kept
