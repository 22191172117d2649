"""`il2desk backup`, `restore` and `export-csv`, run as real processes."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def il2desk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def phone(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "il2desk.sqlite3")
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'doctor_phone'").fetchone()
        return row[0] if row else ""
    finally:
        conn.close()


def set_phone(make_ctx, number: str) -> None:
    ctx = make_ctx()
    ctx.settings.update_field("doctor_phone", number)
    ctx.db.close()


def test_backup_then_restore_round_trip(make_ctx, data_dir, tmp_path):
    set_phone(make_ctx, "555 0100")
    backup = tmp_path / "my-backup.sqlite3"
    result = il2desk("backup", str(backup), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "health information" in result.stdout
    set_phone(make_ctx, "555 0199")
    result = il2desk("--data-dir", str(data_dir), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert phone(data_dir) == "555 0100"
    assert "previous record was kept" in result.stdout


def test_restore_refuses_a_bad_file_and_changes_nothing(make_ctx, data_dir, tmp_path):
    set_phone(make_ctx, "555 0100")
    bad = tmp_path / "notes.txt"
    bad.write_text("not a backup")
    before = (data_dir / "il2desk.sqlite3").read_bytes()
    result = il2desk("restore", str(bad), "--data-dir", str(data_dir))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Nothing was changed" in result.stderr
    assert (data_dir / "il2desk.sqlite3").read_bytes() == before


def test_backup_to_missing_folder_fails_cleanly(data_dir, tmp_path):
    result = il2desk("backup", str(tmp_path / "nope" / "b.sqlite3"), "--data-dir", str(data_dir))
    assert result.returncode != 0
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_csv_for_the_doctor(make_ctx, data_dir, tmp_path):
    ctx = make_ctx()
    with ctx.db.transaction() as conn:
        conn.execute(
            "INSERT INTO diary_entries (symptom, severity, temperature_c, occurred_utc,"
            " zone_name, note, created_utc) VALUES ('fever', 'moderate', '38.2',"
            " '2026-12-02T21:30:00+00:00', 'Europe/Madrid', 'after the évening dose', "
            " '2026-12-02T21:31:00+00:00')")
        conn.execute(
            "INSERT INTO lab_results (drawn_date, cd4_count, cd4_percent, viral_load_form,"
            " viral_load, created_utc) VALUES ('2026-11-18', 640, '31', 'below', 50,"
            " '2026-11-18T10:00:00+00:00')")
    ctx.db.close()
    diary, labs = tmp_path / "diary.csv", tmp_path / "labs.csv"
    result = il2desk("export-csv", "--diary", str(diary), "--labs", str(labs),
                     "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(diary.open(encoding="utf-8-sig", newline="")))
    assert rows[0]["date_time"] == "2026-12-02T22:30+01:00"  # ISO, local with offset
    assert rows[0]["note"] == "after the évening dose"
    assert rows[0]["symptom"] == "fever"
    lab = next(csv.DictReader(labs.open(encoding="utf-8-sig", newline="")))
    assert lab == {"date_drawn": "2026-11-18", "cd4_cells_per_ul": "640", "cd4_percent": "31",
                   "viral_load_copies_per_ml": "<50", "unreliable": "no",
                   "unreliable_reason": "", "note": ""}


def test_restore_refuses_while_il2desk_is_open(make_ctx, data_dir, tmp_path, qapp):
    from PySide6.QtCore import QLockFile

    from il2desk.services.single_instance import LOCK_FILE

    set_phone(make_ctx, "555 0100")
    backup = tmp_path / "b.sqlite3"
    assert il2desk("backup", str(backup), "--data-dir", str(data_dir)).returncode == 0
    lock = QLockFile(str(data_dir / LOCK_FILE))  # what the open window holds
    assert lock.tryLock(100)
    try:
        result = il2desk("restore", str(backup), "--data-dir", str(data_dir))
    finally:
        lock.unlock()
    assert result.returncode != 0
    assert "il2desk is open" in result.stderr
