"""Opening, checking, migrating and writing the one SQLite file.

A file we cannot trust (not SQLite, another program's SQLite file, damaged, or written
by a newer il2desk) is never opened for writing: we copy it aside, leave the original
untouched and raise `DatabaseProblem`, whose message is plain words for the patient.
A healthy record on a full disk is refused the same way, but with words that say so
and without a copy. A healthy record in a read-only place (the file, its folder or its
disk) is opened read-only: nothing is written in it or beside it, and every write is
refused before it is tried (`RecordReadOnly`); where even reading it would need a
write (a journal to replay, a migration to run) it is refused (issue 21).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from il2desk.storage.migrations import (
    APPLICATION_ID,
    APPLICATION_ID_VERSION,
    LATEST_VERSION,
    MIGRATIONS,
)
from il2desk.storage.paths import (
    disk_is_full,
    ensure_private_dir,
    fsync_folder,
    make_private_file,
    private_umask,
)
from il2desk.storage.record_problems import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    UNTRUSTED_KINDS,
    DatabaseProblem,
    ProblemKind,
    RecordReadOnly,
)

log = logging.getLogger(__name__)

def _timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def keep_copy(path: Path, dest_dir: Path, label: str) -> Path:
    """Copy `path` (and its -wal journal) into `dest_dir`; the original is not touched.

    Two copies made in the same second get different names (never overwritten). A
    copy that cannot be made whole (a full disk) leaves nothing and raises OSError.
    """
    ensure_private_dir(dest_dir)
    real = path.resolve()
    stamp = _timestamp()
    dest = dest_dir / f"{path.stem}-{label}-{stamp}{path.suffix}"
    number = 1
    while dest.exists():
        number += 1
        dest = dest_dir / f"{path.stem}-{label}-{stamp}-{number}{path.suffix}"
    wal = real.with_name(real.name + "-wal")
    dest_wal = dest.with_name(dest.name + "-wal")
    try:
        with private_umask():
            shutil.copyfile(real, dest)
            if wal.exists():
                shutil.copyfile(wal, dest_wal)
    except OSError:
        dest.unlink(missing_ok=True)
        dest_wal.unlink(missing_ok=True)
        raise
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
        if place_writable(path):
            rows, version, app_id, tables = _read_checked(path, thorough, immutable=False)
        else:
            # Read without writing beside it either: SQLite would make a -shm with the
            # record's read-only mode, which then keeps it from being written even once
            # someone makes it writable again.
            query = _read_only_query(path)
            if query is None:
                return ProblemKind.READ_ONLY, "a journal that cannot be read here"
            rows, version, app_id, tables = _read_checked(
                path, thorough, immutable="immutable" in query)
    except sqlite3.OperationalError as error:
        # Even reading a WAL record needs its -shm file, which a full disk or a
        # read-only folder cannot hold. Without a journal holding anything, the file
        # as it stands is the whole record: read it so ("immutable"), to tell a sound
        # record in an unwritable place from a damaged one.
        if _wal_has_content(path):
            place = _place_kind(path)
            return place or ProblemKind.DAMAGED, str(error)
        try:
            rows, version, app_id, tables = _read_checked(path, thorough, immutable=True)
        except sqlite3.DatabaseError as again:
            return ProblemKind.DAMAGED, str(again)
    except sqlite3.DatabaseError as error:
        return ProblemKind.DAMAGED, str(error)
    if rows != [("ok",)]:
        return ProblemKind.DAMAGED, "; ".join(str(r[0]) for r in rows[:5])
    foreign = _foreign_reason(app_id, version, tables)
    if foreign is not None:
        return ProblemKind.FOREIGN, foreign
    if version > LATEST_VERSION:
        return ProblemKind.NEWER, f"schema version {version} > {LATEST_VERSION}"
    return None


def _read_checked(path: Path, thorough: bool, *, immutable: bool
                  ) -> tuple[list[tuple[str]], int, int, set[str]]:
    """The check's rows, user_version, application_id and table names, read only."""
    uri = f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True)
    try:
        # The check reads every page once: a small page cache is as fast and keeps
        # years of record out of memory (~2 MB less at each start).
        conn.execute("PRAGMA cache_size = -256")
        check = "integrity_check" if thorough else "quick_check"
        rows = conn.execute(f"PRAGMA {check}").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite%'")}
    finally:
        conn.close()
    return rows, version, app_id, tables


def _wal_has_content(path: Path) -> bool:
    real = path.resolve()
    try:
        return real.with_name(real.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _read_only_query(path: Path) -> str | None:
    """The URI query that reads a record we may not write, leaving nothing beside it.

    Without a journal holding anything the file is the whole record: "immutable" reads
    it without a -shm file or a lock (nobody can write there either). A journal left by
    a crash must be read with it (else the last saves would be missing): that needs
    its -shm file, which is only used if it is there already. None: it cannot be read.
    """
    if not _wal_has_content(path):
        return "mode=ro&immutable=1"
    real = path.resolve()
    if real.with_name(real.name + "-shm").exists():
        return "mode=ro"
    return None


def _place_kind(path: Path) -> ProblemKind | None:
    """DISK_FULL or READ_ONLY when the record's place cannot be written, else None."""
    if disk_is_full(path.resolve().parent):
        return ProblemKind.DISK_FULL
    if not place_writable(path):
        return ProblemKind.READ_ONLY
    return None


# Tables every il2desk record has had since version 1.
_OWN_TABLES = frozenset({"settings", "courses", "injections"})


def _foreign_reason(app_id: int, version: int, tables: set[str]) -> str | None:
    """Why this healthy SQLite file is not an il2desk record, or None when it is one.

    Records from version APPLICATION_ID_VERSION on carry our application_id; older
    ones (id 0) are recognised by their version and tables. A file with no tables and
    no version is a new, empty one (SQLite makes it so on first open).
    """
    if app_id == APPLICATION_ID:
        return None
    if app_id != 0:
        return f"application_id {app_id}"
    if version == 0 and not tables:
        return None
    if 0 < version < APPLICATION_ID_VERSION and tables >= _OWN_TABLES:
        return None
    return f"application_id 0, user_version {version}, tables {sorted(tables)[:5]}"


def _keep_copy_if_possible(path: Path, dest_dir: Path, label: str) -> Path | None:
    """keep_copy, or None when the copy cannot be written (a full or read-only disk):
    the original is still left untouched, and the problem is still reported."""
    try:
        return keep_copy(path, dest_dir, label)
    except OSError as error:
        log.error("no copy of %s could be kept: %s", path, error)
        return None


def _left_over_journal(path: Path) -> bool:
    """True when a -wal with content lies beside the record and no one has it open.

    SQLite removes the -wal when the last connection closes cleanly, so one that stays
    means a crash, unless another process (a command run while the window is open) has
    the record open right now: each connection holds a shared lock on the "DMS" byte
    of the -shm file, which a test for an exclusive lock finds without taking it.
    """
    real = path.resolve()
    wal = real.with_name(real.name + "-wal")
    try:
        if wal.stat().st_size == 0:
            return False
    except OSError:
        return False
    return not _journal_in_use(real.with_name(real.name + "-shm"))


_SHM_DMS_BYTE = 128  # SQLite's unix VFS: 120 + 8 lock bytes, then the DMS byte


def _journal_in_use(shm: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False  # struct flock differs elsewhere: a journal copy too many is harmless
    import fcntl
    import struct

    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False  # no -shm: no connection has the record open in WAL mode
    try:
        # F_GETLK asks without locking, so nothing another process holds is disturbed.
        query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return True  # cannot tell: copying nothing is the cautious choice here
    finally:
        os.close(fd)


def place_writable(path: Path) -> bool:
    """Whether the record and its folder can be written (never changed to make them
    so: a read-only place was made read-only by someone, for a reason). Asked of the
    system (os.access), so a read-only mount counts too; tests running as root, whom
    permissions do not stop, replace this to stand for an ordinary user."""
    real = path.resolve()
    if real.exists() and not os.access(real, os.W_OK):
        return False
    return os.access(real.parent, os.W_OK)


def _place_problem(error: sqlite3.OperationalError) -> ProblemKind | None:
    """The place (not the record) is the problem: a full disk or a read-only one."""
    text = str(error).lower()
    if "disk is full" in text:
        return ProblemKind.DISK_FULL
    if "database is locked" in text or "database is busy" in text:
        return ProblemKind.BUSY
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ProblemKind.READ_ONLY
    return None


def is_disk_full(error: BaseException) -> bool:
    """True for a full disk, however it was reported (OSError or SQLite)."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(error, sqlite3.Error) and "disk is full" in str(error).lower()


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


def remove_partial(temp: Path) -> None:
    """Remove an unfinished copy and the rollback journal SQLite may have left with it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            temp.with_name(temp.name + suffix).unlink()


class Database:
    """One connection to the record file, with explicit transactions.

    The connection runs in autocommit mode (`isolation_level=None`) so that a
    transaction is exactly the span of `transaction()`; nothing commits implicitly.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False
                 ) -> None:
        self.conn = conn
        self.path = path
        # Opened read-only (issue 21): every transaction is refused before it begins.
        self.read_only = read_only

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
                copy = (_keep_copy_if_possible(path, kept_copies_dir, kind.value)
                        if kind in UNTRUSTED_KINDS else None)
                raise DatabaseProblem(kind, path, copy, detail)
            if _left_over_journal(path):
                # A crash left a journal: what SQLite will discard on opening (a torn
                # last write) is kept for a look later, with the record it belongs to.
                copy = _keep_copy_if_possible(path, kept_copies_dir, "journal")
                log.warning("record %s had a journal left by a crash; copy kept at %s",
                            path, copy)
        if not place_writable(path):
            # Never made writable by us (issue 21): someone made it so, for a reason.
            return cls._open_read_only(path)
        try:
            db = cls._connect(path, backup_dir)
        except sqlite3.OperationalError as error:
            kind = _place_problem(error) or _place_kind(path)
            if kind is None:
                raise
            log.error("record file %s cannot be opened for saving: %s", path, error)
            if kind is ProblemKind.READ_ONLY and path.exists():
                return cls._open_read_only(path)
            raise DatabaseProblem(kind, path, None, str(error)) from error
        return db

    @classmethod
    def _open_read_only(cls, path: Path) -> Database:
        """The record where it cannot be written: nothing at all is written, in it or
        beside it (no journal mode, no migration, no permissions changed), and every
        write is refused (`transaction`). Raises DatabaseProblem where that cannot work:
        no record yet, a journal that cannot be read there, or an older record that
        needs a migration first (its tables are not what this version reads)."""
        if not path.exists() or path.stat().st_size == 0:
            raise DatabaseProblem(ProblemKind.READ_ONLY, path, None,
                                  "no record, and none can be made here")
        query = _read_only_query(path)
        if query is None:
            raise DatabaseProblem(ProblemKind.READ_ONLY, path, None,
                                  "a journal that cannot be read without a -shm file")
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True,
                               isolation_level=None, check_same_thread=False)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db = cls(conn, path, read_only=True)
            version = db.schema_version
        except sqlite3.Error as error:
            conn.close()
            raise DatabaseProblem(ProblemKind.READ_ONLY, path, None, str(error)) from error
        if version < LATEST_VERSION:
            conn.close()
            kind = ProblemKind.OLDER_READ_ONLY if version > 0 else ProblemKind.READ_ONLY
            raise DatabaseProblem(kind, path, None,
                                  f"schema version {version} needs a migration")
        log.warning("record file %s opened read-only (%s)", path, query)
        return db

    @classmethod
    def _connect(cls, path: Path, backup_dir: Path | None) -> Database:
        real = path.resolve()  # a record reached through a symlink: its journals are there
        with private_umask():
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            # Private before the journals exist: SQLite gives them the record's mode.
            make_private_file(real)
            conn.row_factory = sqlite3.Row
            # WAL keeps readers fast while writing; synchronous=FULL because a lost
            # injection record after a power cut is worse than a slower commit.
            # Another program holding the record: wait a reasonable time, then say so.
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            db = cls(conn, path)
            db.migrate(backup_dir=backup_dir)
        except BaseException:
            conn.close()
            raise
        for suffix in ("", "-wal", "-shm"):
            make_private_file(real.with_name(real.name + suffix))
        return db

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, *, backup_dir: Path | None = None) -> None:
        """Apply every pending migration in one transaction (all or nothing)."""
        current = self.schema_version
        if current >= LATEST_VERSION:
            return
        if self.read_only:
            raise RecordReadOnly
        if current > 0 and backup_dir is not None:
            ensure_private_dir(backup_dir)
            self.backup_to(backup_dir / f"before-v{LATEST_VERSION}-{_timestamp()}.sqlite3")
        # A migration may rebuild a table others refer to (SQLite cannot change a
        # CHECK): SQLite's procedure turns foreign keys off around it (a DROP would
        # otherwise cascade) and checks them before the commit.
        self.conn.execute("PRAGMA foreign_keys=OFF")
        try:
            with self.transaction():
                for version in range(current, LATEST_VERSION):
                    for statement in MIGRATIONS[version]:
                        self.conn.execute(statement)
                    log.info("migrated record file to version %d", version + 1)
                broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(
                        f"migration left {len(broken)} broken references")
                # user_version lives in the file header and commits with the transaction.
                self.conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
        finally:
            self.conn.execute("PRAGMA foreign_keys=ON")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction; on any error nothing is written."""
        if self.read_only:
            raise RecordReadOnly  # the one place every write goes through (issue 21)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def backup_to(self, dest: Path) -> Path:
        """A consistent copy through SQLite's online backup API, whole or not at all.

        The copy is made under a temporary name in the same folder, flushed, and only
        then renamed into place: a failure (a full disk) leaves no file, not even a
        rollback journal, and whatever was at `dest` before stays as it was.
        """
        # The folder is the caller's (the backups folder is made private where it is
        # made): a folder the user chose keeps its rights (issue 21).
        temp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
        try:
            with private_umask():
                target = sqlite3.connect(temp)
                try:
                    self.conn.backup(target)
                    # One self-contained file: checking it later (read only) then
                    # needs no -wal/-shm beside it; opening it as the record sets WAL.
                    target.execute("PRAGMA journal_mode=DELETE")
                finally:
                    target.close()
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            make_private_file(temp)
            os.replace(temp, dest)
        finally:
            remove_partial(temp)
        fsync_folder(dest.parent)
        return dest

    def close(self) -> None:
        self.conn.close()
