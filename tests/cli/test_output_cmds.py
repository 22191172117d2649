"""`il2desk checklist` and `il2desk export-ics`, run as real processes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.builders import a_course

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def stored_course(ctx) -> int:
    course_id = a_course(ctx, start=dt.date(2027, 3, 12), zone="America/New_York")
    ctx.db.close()  # the command opens the record itself
    return course_id


def test_checklist_writes_a_one_page_pdf(data_dir, stored_course, tmp_path):
    pdf = tmp_path / "checklist.pdf"
    result = run("checklist", "--course", str(stored_course), "--pdf", str(pdf),
                 "--paper", "letter", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.count("\f") == 1
    assert text.count("Morning") == 5 and text.count("Evening") == 5


def test_checklist_errors_are_one_line_and_write_nothing(data_dir, stored_course, tmp_path):
    pdf = tmp_path / "nope.pdf"
    result = run("checklist", "--course", "42", "--pdf", str(pdf), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert result.stderr.strip() == "il2desk: There is no course number 42."
    result = run("checklist", "--course", str(stored_course), "--pdf",
                 str(tmp_path / "missing" / "c.pdf"), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "does not exist" in result.stderr
    assert not pdf.exists()


def test_export_ics_course_and_all(data_dir, stored_course, tmp_path):
    one = tmp_path / "one.ics"
    result = run("export-ics", "--course", str(stored_course), str(one),
                 "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "health information" in result.stdout
    events = list(Calendar.from_ical(one.read_bytes()).walk("VEVENT"))
    assert len(events) == 12
    everything = tmp_path / "all.ics"
    result = run("--data-dir", str(data_dir), "export-ics", "--all", str(everything))
    assert result.returncode == 0, result.stderr
    assert {str(e["UID"]) for e in Calendar.from_ical(everything.read_bytes()).walk("VEVENT")} \
        == {str(e["UID"]) for e in events}


def test_export_ics_errors(data_dir, tmp_path):
    target = tmp_path / "x.ics"
    result = run("export-ics", "--all", str(target), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert result.stderr.strip() == ("il2desk: There is no planned course to put in a "
                                     "calendar.")
    result = run("export-ics", "--course", "3", str(target), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "no course number 3" in result.stderr
    result = run("export-ics", "--course", "3", "--all", str(target))
    assert result.returncode == 2  # argparse: one or the other
    assert not target.exists()


def test_headless_commands_do_not_import_widgets():
    code = ("import sys; from il2desk.cli import checklist_cmd, export_ics_cmd, build_parser;"
            "build_parser(); print('PySide6.QtWidgets' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "False"


def test_checklist_command_runs_without_widgets(data_dir, stored_course, tmp_path):
    code = ("import sys; from il2desk.__main__ import main;"
            f"rc = main(['checklist', '--course', '{stored_course}', '--pdf',"
            f" r'{tmp_path / 'c.pdf'}', '--data-dir', r'{data_dir}']);"
            "print(rc, 'PySide6.QtWidgets' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stderr
