"""Opening, checking, migrating and writing the one SQLite file.

A file we cannot trust (not SQLite, damaged, or written by a newer il2desk) is never
opened for writing: we copy it aside, leave the original untouched and raise
`DatabaseProblem`, whose message is plain words for the patient.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import logging
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from il2desk.domain.texts import QT_TRANSLATE_NOOP
from il2desk.storage.migrations import LATEST_VERSION, MIGRATIONS
from il2desk.storage.paths import ensure_private_dir, make_private_file, private_umask

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class ProblemKind(enum.StrEnum):
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    NEWER = "newer"


_PROBLEM_TEXT = {
    ProblemKind.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "domain",
        "The file where il2desk keeps your record is not a record file any more. "
        "It may have been overwritten by another program."
    ),
    ProblemKind.DAMAGED: QT_TRANSLATE_NOOP(
        "domain",
        "The file where il2desk keeps your record is damaged, perhaps by a crash "
        "or a full disk."
    ),
    ProblemKind.NEWER: QT_TRANSLATE_NOOP(
        "domain",
        "Your record was saved by a newer version of il2desk than this one. "
        "Please use the newer version, so that nothing it saved is lost."
    ),
}


class DatabaseProblem(Exception):
    """The record file cannot be used safely; `copy_path` holds a copy of it."""

    def __init__(self, kind: ProblemKind, path: Path, copy_path: Path | None, detail: str):
        self.kind = kind
        self.path = path
        self.copy_path = copy_path
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = _PROBLEM_TEXT[self.kind] + " " + QT_TRANSLATE_NOOP(
            "domain", "Nothing was changed in it.")
        if self.copy_path is not None:
            text += " " + QT_TRANSLATE_NOOP("domain", "A copy was kept at {path}.").format(
                path=self.copy_path)
        return text


_KNOWN_ERRORS = {
    "database or disk is full": QT_TRANSLATE_NOOP(
        "domain", "The disk is full, so nothing could be saved. "
        "Free some space and try again; what was saved before is safe."),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP(
        "domain", "The record file cannot be written "
        "(it is read-only). What was saved before is safe."),
    "database is locked": QT_TRANSLATE_NOOP(
        "domain", "Another il2desk window is saving at the same moment. Please try again."),
    "disk i/o error": QT_TRANSLATE_NOOP(
        "domain", "The disk reported an error while saving. What was saved before "
        "is safe; please try again."),
}


def explain_sqlite_error(error: sqlite3.Error) -> str | None:
    """Plain words for the errors a user can do something about; None for bugs."""
    text = str(error).lower()
    for needle, message in _KNOWN_ERRORS.items():
        if needle in text:
            return message
    return None


def _timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def keep_copy(path: Path, dest_dir: Path, label: str) -> Path:
    """Copy `path` (and its -wal journal) into `dest_dir`; the original is not touched."""
    ensure_private_dir(dest_dir)
    dest = dest_dir / f"{path.stem}-{label}-{_timestamp()}{path.suffix}"
    with private_umask():
        shutil.copyfile(path, dest)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, dest.with_name(dest.name + "-wal"))
    make_private_file(dest)
    return dest


def inspect_file(path: Path, *, thorough: bool = True) -> tuple[ProblemKind, str] | None:
    """Check an existing record file without writing to it.

    Returns None when it is a healthy SQLite file of a version we understand.
    `thorough=False` runs `quick_check` (a third of the time on a large record; it
    skips only the check that indexes match their tables) for the start-up path;
    the full `integrity_check` runs again before each automatic backup.
    """
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if not header:
        return None  # an empty file holds nothing to lose; SQLite treats it as new
    if header != SQLITE_HEADER:
        return ProblemKind.NOT_SQLITE, "no SQLite header"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            # The check reads every page once: a small page cache is as fast and keeps
            # years of record out of memory (~2 MB less at each start).
            conn.execute("PRAGMA cache_size = -256")
            check = "integrity_check" if thorough else "quick_check"
            rows = conn.execute(f"PRAGMA {check}").fetchall()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return ProblemKind.DAMAGED, str(error)
    if rows != [("ok",)]:
        return ProblemKind.DAMAGED, "; ".join(str(r[0]) for r in rows[:5])
    if version > LATEST_VERSION:
        return ProblemKind.NEWER, f"schema version {version} > {LATEST_VERSION}"
    return None


class FileCheck:
    """`inspect_file(path, thorough=False)` started at once in a thread.

    SQLite lets go of Python's lock while it reads, so on a record of many years the
    check runs alongside the loading of Qt instead of after it (start-up speed,
    issue 11). `Database.open` waits for the answer before it opens the file: the
    file is still never opened for writing before it passed the check.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._answer: tuple[ProblemKind, str] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="il2desk-file-check",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self.path.exists():
                self._answer = inspect_file(self.path, thorough=False)
        except BaseException as error:  # handed to the caller of answer()
            self._error = error

    def answer(self) -> tuple[ProblemKind, str] | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._answer


class Database:
    """One connection to the record file, with explicit transactions.

    The connection runs in autocommit mode (`isolation_level=None`) so that a
    transaction is exactly the span of `transaction()`; nothing commits implicitly.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path, *, kept_copies_dir: Path, backup_dir: Path | None = None,
             check: FileCheck | None = None) -> Database:
        """Open the record, after checking it (or after `check`, started earlier on
        this same file, has answered)."""
        ensure_private_dir(path.parent)
        if check is not None and check.path != path:
            check = None
        if path.exists():
            problem = check.answer() if check is not None else inspect_file(
                path, thorough=False)
            if problem is not None:
                kind, detail = problem
                log.error("record file %s refused: %s (%s)", path, kind, detail)
                copy = keep_copy(path, kept_copies_dir, kind.value)
                raise DatabaseProblem(kind, path, copy, detail)
        with private_umask():
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        # WAL keeps readers fast while writing; synchronous=FULL because a lost
        # injection record after a power cut is worse than a slower commit.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=3000")
        db = cls(conn, path)
        db.migrate(backup_dir=backup_dir)
        for suffix in ("", "-wal", "-shm"):
            make_private_file(path.with_name(path.name + suffix))
        return db

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, *, backup_dir: Path | None = None) -> None:
        """Apply every pending migration in one transaction (all or nothing)."""
        current = self.schema_version
        if current >= LATEST_VERSION:
            return
        if current > 0 and backup_dir is not None:
            self.backup_to(backup_dir / f"before-v{LATEST_VERSION}-{_timestamp()}.sqlite3")
        with self.transaction():
            for version in range(current, LATEST_VERSION):
                for statement in MIGRATIONS[version]:
                    self.conn.execute(statement)
                log.info("migrated record file to version %d", version + 1)
            # user_version lives in the file header and commits with the transaction.
            self.conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction; on any error nothing is written."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def backup_to(self, dest: Path) -> Path:
        """A consistent copy through SQLite's online backup API."""
        ensure_private_dir(dest.parent)
        with private_umask():
            target = sqlite3.connect(dest)
            try:
                self.conn.backup(target)
            finally:
                target.close()
        make_private_file(dest)
        return dest

    def close(self) -> None:
        self.conn.close()
