"""Backups: automatic ones kept 7 + one a month, restore checks first and keeps the old."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest

from il2desk.storage.backup import (
    BackupFile,
    RestoreError,
    automatic_backup,
    backups_to_prune,
    list_backups,
    manual_backup,
    newest_good_backup,
    restore,
)
from il2desk.storage.database import Database
from il2desk.storage.paths import DataPaths

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths.create(tmp_path / "data")


def open_db(paths: DataPaths) -> Database:
    return Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                         backup_dir=paths.backups)


def put(db: Database, key: str, value: str) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))


def get(db: Database, key: str) -> str | None:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def test_prune_keeps_newest_seven_and_one_per_month(tmp_path):
    days = [NOW - dt.timedelta(days=d) for d in range(0, 120, 3)]  # 40 backups, 4+ months
    backups = [BackupFile(tmp_path / f"auto-{d:%Y%m%dT%H%M%SZ}.sqlite3", d) for d in days]
    pruned = set(backups_to_prune(backups))
    kept = [b for b in backups if b not in pruned]
    assert backups[:7] == kept[:7]
    older_months = {(b.taken_utc.year, b.taken_utc.month) for b in backups[7:]}
    kept_months = [(b.taken_utc.year, b.taken_utc.month) for b in kept[7:]]
    assert len(kept_months) == len(set(kept_months))  # one per month at most
    assert set(kept_months) | {(b.taken_utc.year, b.taken_utc.month) for b in kept[:7]} \
        >= older_months


def test_manual_backups_are_never_pruned(tmp_path):
    manual = BackupFile(tmp_path / "il2desk-before-restore-20200101T000000Z.sqlite3",
                        dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    autos = [BackupFile(tmp_path / f"auto-{i}.sqlite3", NOW - dt.timedelta(hours=i))
             for i in range(10)]
    assert manual not in backups_to_prune([*autos, manual])


def test_automatic_backup_at_each_start_is_private_and_pruned(paths):
    db = open_db(paths)
    put(db, "doctor_phone", "555 0100")
    for day in range(12):
        automatic_backup(db, paths, NOW + dt.timedelta(days=day))
    found = list_backups(paths.backups)
    assert len(found) == 7  # all 12 are in one month: only the newest 7 stay
    copy = sqlite3.connect(found[0].path)
    assert copy.execute("SELECT value FROM settings").fetchone()[0] == "555 0100"
    copy.close()
    if os.name == "posix":
        assert stat.S_IMODE(found[0].path.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.backups.stat().st_mode) == 0o700
    db.close()


def test_restore_keeps_current_record_then_swaps(paths, tmp_path):
    db = open_db(paths)
    put(db, "doctor_phone", "old number")
    saved = manual_backup(db, tmp_path / "backup.sqlite3")
    put(db, "doctor_phone", "new number")
    db.close()
    kept = restore(saved, paths, NOW)
    db = open_db(paths)
    assert get(db, "doctor_phone") == "old number"
    db.close()
    previous = sqlite3.connect(kept)
    assert previous.execute("SELECT value FROM settings").fetchone()[0] == "new number"
    previous.close()


@pytest.mark.parametrize("damage", ["random", "text", "truncated", "newer", "empty", "missing"])
def test_restore_refuses_bad_files_and_changes_nothing(paths, tmp_path, damage):
    db = open_db(paths)
    put(db, "doctor_phone", "keep me")
    good = manual_backup(db, tmp_path / "good.sqlite3")
    db.close()
    before = paths.database.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    if damage == "random":
        bad.write_bytes(os.urandom(4096))
    elif damage == "text":
        bad.write_text("BEGIN:VCALENDAR\n")
    elif damage == "truncated":
        bad.write_bytes(good.read_bytes()[:1500])
    elif damage == "newer":
        bad.write_bytes(good.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute("PRAGMA user_version = 999")
        conn.commit()
        conn.close()
    elif damage == "empty":
        bad.write_bytes(b"")
    with pytest.raises(RestoreError) as caught:
        restore(bad, paths, NOW)
    assert str(caught.value)
    assert paths.database.read_bytes() == before


def test_newest_good_backup_skips_damaged_ones(paths):
    db = open_db(paths)
    put(db, "k", "v")
    older = automatic_backup(db, paths, NOW)
    newer = automatic_backup(db, paths, NOW + dt.timedelta(days=1))
    db.close()
    newer.write_bytes(newer.read_bytes()[:1000])
    assert newest_good_backup(paths).path == older


def test_a_damaged_open_record_is_not_backed_up(paths, monkeypatch):
    # The full integrity check runs before each automatic backup: a damaged record
    # must not push the good backups out of the rotation.
    from il2desk.storage.backup import RecordDamaged

    db = open_db(paths)
    put(db, "k", "v")
    good = automatic_backup(db, paths, NOW)

    class Damaged:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if "integrity_check" in sql:
                return self._conn.execute("SELECT 'row 3 missing from index'")
            return self._conn.execute(sql, *args)

    real = db.conn
    db.conn = Damaged(real)
    with pytest.raises(RecordDamaged):
        automatic_backup(db, paths, NOW + dt.timedelta(days=1))
    db.conn = real
    assert [b.path for b in list_backups(paths.backups)] == [good]
    db.close()


def test_a_backup_that_fails_its_check_takes_no_kept_place(paths, monkeypatch):
    # issue 21: only good backups count among the kept ones; nothing is pruned for a bad one
    from il2desk.storage import backup as backup_module

    db = open_db(paths)
    put(db, "k", "v")
    for day in range(7):
        automatic_backup(db, paths, NOW + dt.timedelta(days=day))
    before = sorted(p.name for p in paths.backups.iterdir())
    real_backup_to = db.backup_to

    def cut_off(dest):
        real_backup_to(dest)
        dest.write_bytes(dest.read_bytes()[:1500])  # as if the disk lost its end
        return dest

    monkeypatch.setattr(db, "backup_to", cut_off)
    with pytest.raises(backup_module.RecordDamaged):
        automatic_backup(db, paths, NOW + dt.timedelta(days=40))
    assert sorted(p.name for p in paths.backups.iterdir()) == before
    db.close()


def test_left_overs_of_an_interrupted_backup_are_removed(paths):
    db = open_db(paths)
    (paths.backups / "auto-20261101T090000Z.sqlite3-journal").write_bytes(b"x")
    (paths.backups / ".auto-20261101T090000Z.sqlite3.123.partial").write_bytes(b"x")
    (paths.backups / ".auto-20261101T090000Z.sqlite3.123.partial-journal").write_bytes(b"x")
    made = automatic_backup(db, paths, NOW)
    assert sorted(p.name for p in paths.backups.iterdir()) == [made.name]
    db.close()
