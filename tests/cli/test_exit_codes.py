"""One way to fail, for every command (issue 18 §5): exit 0 done, 1 failed with the
reason, 2 bad input; always one plain line, never a traceback, never a silent default;
relative paths work every time."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FUTURE = (dt.date.today() + dt.timedelta(days=30)).isoformat()


def il2desk(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=60, cwd=cwd, env=env)


def one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and lines[0].startswith("il2desk: ")
    return lines[0]


def courses_in(data_dir: Path) -> int:
    database = data_dir / "il2desk.sqlite3"
    if not database.exists():
        return 0
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT COUNT(*) FROM courses").fetchone()[0]


def test_help_documents_the_exit_codes_and_speaks_in_words():
    top = il2desk("--help")
    assert top.returncode == 0
    for line in ("0  done", "1  failed", "2  bad input"):
        assert line in top.stdout
    new = il2desk("course", "new", "--help")
    assert new.returncode == 0
    assert "MILLION_UNITS_PER_ML" in new.stdout and "MILLION_UNITS" in new.stdout
    assert "MIU" not in new.stdout  # rule D4: no error-prone abbreviation
    assert "2  bad input" in new.stdout


@pytest.mark.parametrize(("args", "words"), [
    (("--start", "9999-12-31"), "out of range"),
    (("--start", "20270203"), "YYYY-MM-DD"),
    (("--start", ""), "YYYY-MM-DD"),
    (("--tz", ""), "time zone"),
    (("--morning", ""), "not a time"),
    (("--evening", "25:00"), "not a time"),
    (("--interval-weeks", "99999999999999999999"), "out of range"),
])
def test_out_of_range_course_input_is_one_line_and_exit_2(tmp_path, args, words):
    given = {"--start": FUTURE, "--dose-miu": "4.5", "--tz": "UTC"}
    given.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [item for pair in given.items() for item in pair]
    result = il2desk("--data-dir", str(tmp_path / "d"), "course", "new", *flat)
    assert result.returncode == 2
    assert words in one_plain_line(result)
    assert courses_in(tmp_path / "d") == 0 and result.stdout == ""


@pytest.mark.parametrize("command", [
    ("checklist", "--course", "99999999999999999999", "--pdf", "c.pdf"),
    ("export-ics", "--course", "99999999999999999999", "c.ics"),
    ("checklist", "--course", "0", "--pdf", "c.pdf"),
    ("export-ics", "--course", "three", "c.ics"),
])
def test_a_course_number_out_of_range_is_bad_input(tmp_path, command):
    result = il2desk("--data-dir", str(tmp_path / "d"), *command, cwd=tmp_path)
    assert result.returncode == 2
    assert "course" in one_plain_line(result).lower() or "range" in result.stderr
    assert not (tmp_path / "c.pdf").exists() and not (tmp_path / "c.ics").exists()


def test_a_failure_is_exit_1_with_the_reason(tmp_path):
    result = il2desk("--data-dir", str(tmp_path / "d"), "backup",
                     str(tmp_path / "missing" / "b.sqlite3"))
    assert result.returncode == 1
    assert "does not exist" in one_plain_line(result)
    (tmp_path / "d2").mkdir()
    (tmp_path / "d2" / "il2desk.sqlite3").write_text("this is not a record")
    result = il2desk("--data-dir", str(tmp_path / "d2"), "course", "list")
    assert result.returncode == 1
    one_plain_line(result)


def test_relative_data_dir_works_every_time(tmp_path):
    for _ in range(3):  # the second run used to fail ("can't be expressed as a file URI")
        result = il2desk("--data-dir", "./d", "course", "list", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "No courses yet" in result.stdout
    made = il2desk("course", "new", "--start", FUTURE, "--dose-miu", "4.5", "--tz", "UTC",
                   "--data-dir", "d", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert courses_in(tmp_path / "d") == 1


def test_relative_files_work_every_time(tmp_path):
    made = il2desk("--data-dir", "d", "course", "new", "--start", FUTURE, "--dose-miu", "4.5",
                   "--tz", "UTC", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    for _ in range(2):
        backup = il2desk("--data-dir", "d", "backup", "copy.sqlite3", cwd=tmp_path)
        assert backup.returncode == 0, backup.stderr
        ics = il2desk("--data-dir", "d", "export-ics", "--all", "out.ics", cwd=tmp_path)
        assert ics.returncode == 0, ics.stderr
    assert (tmp_path / "copy.sqlite3").exists() and (tmp_path / "out.ics").exists()
    restored = il2desk("--data-dir", "d", "restore", "copy.sqlite3", cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert courses_in(tmp_path / "d") == 1


def test_output_reader_gone_keeps_what_was_done_and_prints_no_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "il2desk", "--data-dir", str(tmp_path / "d"), "course", "new",
         "--start", FUTURE, "--dose-miu", "4.5", "--tz", "UTC"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: nobody reads what it prints
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in stderr and "Nothing was written" not in stderr
    assert courses_in(tmp_path / "d") == 1  # the course was saved before the printing
