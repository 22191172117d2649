"""Only il2desk's own records are opened, migrated or restored (issue 21).

Each hostile case compares the file's bytes before and after: a file that is not
ours is never written to (no tables, no journal mode, no migration).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from il2desk.storage.backup import RestoreError, restore
from il2desk.storage.database import Database, DatabaseProblem, ProblemKind
from il2desk.storage.migrations import (
    APPLICATION_ID,
    APPLICATION_ID_VERSION,
    LATEST_VERSION,
)
from il2desk.storage.paths import DataPaths
from tests.builders import an_older_record

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths.create(tmp_path / "data")


def open_db(paths: DataPaths) -> Database:
    return Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                         backup_dir=paths.backups)


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def other_program_file(path: Path, *, app_id: int, user_version: int,
                       tables: bool = True) -> None:
    """A healthy SQLite file as another program would leave it (rollback journal)."""
    conn = sqlite3.connect(path)
    if tables:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


def old_il2desk_record(path: Path, version: int) -> None:
    with an_older_record(path, version):
        pass


FOREIGN_CASES = {
    # another program with its own application_id, whatever its user_version
    "other id, version 0": dict(app_id=0x0F0F0F0F, user_version=0),
    "other id, our version": dict(app_id=0x0F0F0F0F, user_version=LATEST_VERSION),
    "other id, older version": dict(app_id=1, user_version=2),
    "other id, newer version": dict(app_id=1, user_version=LATEST_VERSION + 5),
    # no application_id at all: told apart by tables and version
    "no id, version 0, tables": dict(app_id=0, user_version=0),
    "no id, old version, other tables": dict(app_id=0, user_version=2),
    "no id, our version": dict(app_id=0, user_version=LATEST_VERSION),
    "no id, newer version": dict(app_id=0, user_version=LATEST_VERSION + 1),
}


@pytest.mark.parametrize("case", FOREIGN_CASES)
def test_another_programs_file_is_never_written(paths, case):
    other_program_file(paths.database, **FOREIGN_CASES[case])
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_db(paths)
    assert caught.value.kind is ProblemKind.FOREIGN
    assert caught.value.untrusted
    assert paths.database.read_bytes() == before
    # no journal mode change: no -wal, no -shm was made beside it
    assert not paths.database.with_name("il2desk.sqlite3-wal").exists()
    assert not paths.database.with_name("il2desk.sqlite3-shm").exists()
    assert pragma(paths.database, "journal_mode") == "delete"
    # explained like a damaged file: a copy kept, the way back named
    assert caught.value.copy_path is not None and caught.value.copy_path.exists()
    assert "File ▸ Restore a backup…" in str(caught.value.message)
    assert "il2desk restore FILE" in str(caught.value.message)


@pytest.mark.parametrize("case", FOREIGN_CASES)
def test_restore_refuses_another_programs_file(paths, tmp_path, case):
    db = open_db(paths)
    db.close()
    before = paths.database.read_bytes()
    other = tmp_path / "other.sqlite3"
    other_program_file(other, **FOREIGN_CASES[case])
    other_before = other.read_bytes()
    with pytest.raises(RestoreError) as caught:
        restore(other, paths, NOW)
    assert "another program" in str(caught.value)
    assert paths.database.read_bytes() == before
    assert other.read_bytes() == other_before


def test_a_new_record_carries_our_application_id(paths):
    open_db(paths).close()
    assert pragma(paths.database, "application_id") == APPLICATION_ID
    assert pragma(paths.database, "user_version") == LATEST_VERSION


@pytest.mark.parametrize("version", range(1, APPLICATION_ID_VERSION))
def test_older_records_are_recognised_and_marked_by_the_migration(paths, version):
    old_il2desk_record(paths.database, version)
    assert pragma(paths.database, "application_id") == 0
    open_db(paths).close()
    assert pragma(paths.database, "application_id") == APPLICATION_ID
    assert pragma(paths.database, "user_version") == LATEST_VERSION


def test_an_empty_sqlite_file_is_taken_as_new(paths):
    other_program_file(paths.database, app_id=0, user_version=0, tables=False)
    open_db(paths).close()
    assert pragma(paths.database, "application_id") == APPLICATION_ID


CRASH_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("INSERT INTO settings (key, value) VALUES ('doctor_phone', 'in the journal')")
os._exit(0)  # like a crash: the journal is not merged back, nor removed
"""


def test_a_journal_left_by_a_crash_is_copied_aside_before_opening(paths):
    open_db(paths).close()
    subprocess.run([sys.executable, "-c", CRASH_WRITER, str(paths.database)], check=True)
    wal = paths.database.with_name("il2desk.sqlite3-wal")
    assert wal.stat().st_size > 0
    record_before, wal_before = paths.database.read_bytes(), wal.read_bytes()
    db = open_db(paths)
    db.close()
    copies = sorted(paths.kept_copies.glob("il2desk-journal-*.sqlite3"))
    assert len(copies) == 1
    assert copies[0].read_bytes() == record_before
    assert copies[0].with_name(copies[0].name + "-wal").read_bytes() == wal_before
    assert os.stat(copies[0]).st_mode & 0o077 == 0


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
print("ready", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="lock test is Linux only")
def test_a_journal_in_use_by_another_process_is_not_copied(paths):
    # A command run while the window is open finds a live journal: not a crash.
    open_db(paths).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(paths.database)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert paths.database.with_name("il2desk.sqlite3-wal").stat().st_size > 0
        open_db(paths).close()
        assert list(paths.kept_copies.glob("il2desk-journal-*")) == []
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_kept_copies_made_in_the_same_second_never_overwrite_each_other(paths):
    from il2desk.storage.database import keep_copy

    open_db(paths).close()
    first = keep_copy(paths.database, paths.kept_copies, "before-restore")
    second = keep_copy(paths.database, paths.kept_copies, "before-restore")
    assert first != second and first.exists() and second.exists()
