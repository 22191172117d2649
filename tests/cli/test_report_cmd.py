"""`il2desk report` (issue 24), run as a real process: the PDF, its language, its errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.domain.plain_text import assert_plain
from tests.services.visit_report_support import seed_visit_record

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def record(ctx, data_dir):
    seed_visit_record(ctx)
    ctx.visit_questions.save(ctx.clock.now_utc().date(), ("Old question",), ctx.clock.now_utc())
    ctx.db.close()  # the command opens the record itself
    return data_dir


def test_report_for_a_period(record, tmp_path):
    pdf = tmp_path / "report.pdf"
    result = run("report", "--pdf", str(pdf), "--from", "2026-09-01", "--to", "2026-11-23",
                 "--paper", "letter", "--data-dir", str(record))
    assert result.returncode == 0, result.stderr
    assert "2026-09-01 to 2026-11-23, 1 page" in result.stdout
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Period: Tue 1 Sep 2026 to Mon 23 Nov 2026" in flat
    assert "15 Jul 2026" not in flat  # the first course is before the period
    assert "Wed 9 Sep 2026 to Sun 13 Sep 2026" in flat and "cancelled" in flat
    assert "unreliable — too soon after a course" in flat
    assert_plain(text)


def test_report_in_the_language_set_in_settings(ctx, data_dir, tmp_path):
    seed_visit_record(ctx)
    ctx.settings.update_field("language", "es")
    ctx.db.close()
    pdf = tmp_path / "informe.pdf"
    result = run("report", "--pdf", str(pdf), "--from", "2026-07-01", "--to", "2026-11-23",
                 "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    flat = " ".join(pdf_text(pdf).split())
    assert "Informe para la consulta" in flat
    # (the cancelled course's "10 no puestas" (issue 19) may wrap the dose after "de")
    assert "7,5 millones de" in flat


@pytest.mark.parametrize("args, message", [
    (["--pdf", "x.txt"], "should end in .pdf"),
    (["--pdf", "x.pdf", "--from", "2026-11-01", "--to", "2026-10-01"], "is after"),
])
def test_bad_input_is_one_line_exit_2(record, tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    result = run("report", *args, "--data-dir", str(record))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_bad_date_is_refused(record, tmp_path):
    result = run("report", "--pdf", str(tmp_path / "r.pdf"), "--from", "23/11/2026",
                 "--data-dir", str(record))
    assert result.returncode == 2
    assert "is not a date; please write it as YYYY-MM-DD" in result.stderr
    assert len(result.stderr.splitlines()) == 1  # one line, as every command
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_folder_that_does_not_exist_fails_with_exit_1(record, tmp_path):
    pdf = tmp_path / "missing" / "r.pdf"
    result = run("report", "--pdf", str(pdf), "--data-dir", str(record))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert not pdf.exists()
