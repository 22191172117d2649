"""The record file: migrations, refusal of untrustworthy files, privacy, transactions."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from il2desk.storage.database import Database, DatabaseProblem, FileCheck, ProblemKind
from il2desk.storage.migrations import LATEST_VERSION
from il2desk.storage.paths import DataPaths
from tests.builders import an_older_record

EXPECTED_TABLES = {
    "settings", "courses", "course_checks", "injections", "sites", "site_reactions",
    "diary_entries", "lab_results", "vials", "supplies", "reminders",
}


def open_db(paths: DataPaths) -> Database:
    return Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                         backup_dir=paths.backups)


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths.create(tmp_path / "data")


def tables(db: Database) -> set[str]:
    rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {r[0] for r in rows}


def test_empty_database_migrates_to_latest(paths):
    db = open_db(paths)
    assert db.schema_version == LATEST_VERSION
    assert tables(db) >= EXPECTED_TABLES
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_every_earlier_version_migrates(paths, version):
    # Build a file exactly as version `version` left it, then open it with this one.
    with an_older_record(paths.database, version):
        pass
    db = open_db(paths)
    assert db.schema_version == LATEST_VERSION
    assert tables(db) >= EXPECTED_TABLES
    db.close()


def test_reopening_keeps_data(paths):
    db = open_db(paths)
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('doctor_phone', '555 0100')")
    db.close()
    db = open_db(paths)
    assert db.conn.execute("SELECT value FROM settings").fetchone()[0] == "555 0100"
    db.close()


def test_failed_transaction_writes_nothing(paths):
    db = open_db(paths)
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('a', '1')")
        raise RuntimeError("interrupted half-way")
    assert db.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    db.close()


def test_folder_and_files_are_private(paths):
    db = open_db(paths)
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('a', '1')")
    if os.name == "posix":
        assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700
        for suffix in ("", "-wal", "-shm"):
            f = paths.database.with_name(paths.database.name + suffix)
            if f.exists():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    db.close()


def _make_healthy(paths: DataPaths) -> bytes:
    db = open_db(paths)
    with db.transaction() as conn:
        conn.executemany("INSERT INTO settings VALUES (?, ?)",
                         [(f"k{i}", "x" * 500) for i in range(200)])
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return paths.database.read_bytes()


def _assert_refused(paths: DataPaths, kind: ProblemKind, original: bytes):
    with pytest.raises(DatabaseProblem) as caught:
        open_db(paths)
    problem = caught.value
    assert problem.kind == kind
    assert paths.database.read_bytes() == original, "the file must be left untouched"
    assert problem.copy_path is not None and problem.copy_path.read_bytes() == original
    assert "Nothing was changed" in str(problem.message)
    assert "Traceback" not in str(problem.message)


def test_newer_schema_is_refused_untouched(paths):
    _make_healthy(paths)
    conn = sqlite3.connect(paths.database)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    original = paths.database.read_bytes()
    _assert_refused(paths, ProblemKind.NEWER, original)


def test_not_sqlite_is_refused_untouched(paths):
    paths.database.write_bytes(os.urandom(8192))
    _assert_refused(paths, ProblemKind.NOT_SQLITE, paths.database.read_bytes())


def test_truncated_file_is_refused_untouched(paths):
    data = _make_healthy(paths)
    paths.database.write_bytes(data[: len(data) // 3])
    _assert_refused(paths, ProblemKind.DAMAGED, paths.database.read_bytes())


def test_corrupted_pages_are_refused_untouched(paths):
    data = bytearray(_make_healthy(paths))
    # Keep the header, scramble the pages after the first one.
    data[4096:12288] = os.urandom(8192)
    paths.database.write_bytes(bytes(data))
    _assert_refused(paths, ProblemKind.DAMAGED, bytes(data))


def test_reactions_survive_the_version_4_rebuild(paths):
    # m0004 rebuilds site_reactions (new kind "scab", size): rows must come through.
    with an_older_record(paths.database, 3) as conn:
        conn.execute("INSERT INTO site_reactions (site_code, kind, noted_utc, note) VALUES "
                     "('thigh-left', 'lump', '2026-11-01T12:00:00+00:00', 'hard')")
    db = open_db(paths)
    row = db.conn.execute("SELECT site_code, kind, note, size_cm FROM site_reactions").fetchone()
    assert tuple(row) == ("thigh-left", "lump", "hard", None)
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_an_early_check_is_waited_for_and_still_refuses_a_damaged_file(paths):
    """run_gui starts the check while Qt loads (FileCheck); opening waits for it."""
    data = bytearray(_make_healthy(paths))
    data[4096:12288] = os.urandom(8192)
    paths.database.write_bytes(bytes(data))
    check = FileCheck(paths.database)
    assert check.answer() is not None and check.answer()[0] is ProblemKind.DAMAGED
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(paths.database, kept_copies_dir=paths.kept_copies, check=check)
    assert caught.value.kind is ProblemKind.DAMAGED
    assert paths.database.read_bytes() == bytes(data)  # untouched


def test_an_early_check_of_a_healthy_file_opens_it(paths):
    _make_healthy(paths)
    check = FileCheck(paths.database)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies, check=check)
    try:
        assert db.schema_version == LATEST_VERSION
    finally:
        db.close()


def test_a_check_of_another_file_is_not_trusted(paths, tmp_path):
    """A check answers for its own file only: another path is checked again."""
    healthy = DataPaths.create(tmp_path / "other")
    _make_healthy(healthy)
    paths.database.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseProblem):
        Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                      check=FileCheck(healthy.database))
