"""The record as files: backups, restoring one, and why the record could not be opened.

The ui reaches these through here (it never imports storage, tests/test_layers.py).
A restore is not announced with `changed`: it swaps the whole file while the record is
closed, and the window is built afresh after it (app.py).
"""

from __future__ import annotations

from pathlib import Path

from il2desk.storage.backup import (
    BackupFile,
    RestoreError,
    check_backup,
    manual_backup,
    newest_good_backup,
    restore,
)
from il2desk.storage.database import (
    Database,
    DatabaseProblem,
    RecordReadOnly,
    is_disk_full,
    place_writable,
)
from il2desk.storage.paths import DataFolderProblem, DataPaths
from il2desk.storage.record_problems import explain_sqlite_error

__all__ = ["BackupFile", "BackupService", "DataFolderProblem", "DataPaths", "DatabaseProblem",
           "RecordReadOnly", "RestoreError", "check_backup", "explain_sqlite_error",
           "is_disk_full", "newest_good_backup", "place_writable", "restore"]


class BackupService:
    """Copies of the open record, made on the user's request."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def back_up(self, dest: Path) -> None:
        """A consistent copy of the whole record in `dest` (raises OSError/sqlite3.Error)."""
        manual_backup(self._db, dest)
