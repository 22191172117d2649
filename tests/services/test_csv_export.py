"""CSV exports that cannot harm (issue 21): no formula survives in a spreadsheet.

The export is opened in a real spreadsheet program, Gnumeric's `ssconvert` (Debian
package gnumeric, installed by scripts/setup.sh), converted to .xlsx, and every cell
is read back: no cell is a formula, the user's text reads as typed (without the
apostrophe that protects it), numbers and dates stay numbers.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from html import unescape

import pytest

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.domain.labs import LabResult, ViralLoadForm
from il2desk.services.csv_export import diary_csv, export_diary, export_labs, text_cell
from tests.builders import a_course

HOSTILE = ["=HYPERLINK(\"http://example.invalid\",\"click\")", "+1+1", "-2+3", "@SUM(1,2)",
           "\t=1+1", "\r=1+1", " =1+1", "=cmd|' /C calc'!A0"]
HARMLESS = ["after the évening dose", "<50", "1+1", "a=b", "38,5 °C"]


@pytest.fixture
def record(ctx):
    now = ctx.clock.now_utc()
    for number, text in enumerate(HOSTILE + HARMLESS):
        ctx.diary.add(DiaryEntry(id=None, symptom="other", severity=Severity("mild"),
                                 occurred_utc=now - dt.timedelta(hours=number + 1),
                                 zone_name="Europe/Madrid", other_text=text, note=text,
                                 temperature_c=Decimal("38.2")), now)
    ctx.labs.add(LabResult(id=None, drawn_date=dt.date(2026, 11, 2), cd4_count=640,
                           cd4_percent=Decimal("31"), viral_load_form=ViralLoadForm.BELOW,
                           viral_load=50, note="=1+1"), now)
    return ctx


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_that_would_be_a_formula_gets_the_apostrophe(text):
    assert text_cell(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_is_left_alone(text):
    assert text_cell(text) == text


def test_files_start_with_a_byte_order_mark(record, tmp_path):
    export_diary(record.db, tmp_path / "d.csv")
    export_labs(record.db, tmp_path / "l.csv")
    for name in ("d.csv", "l.csv"):
        assert (tmp_path / name).read_bytes().startswith(b"\xef\xbb\xbfdate_")
    assert "'=HYPERLINK" in diary_csv(record.db)


def spreadsheet_cells(csv_path, tmp_path) -> list[tuple[str, str, str]]:
    """(cell, kind, value) for every cell, as Gnumeric reads the CSV."""
    if shutil.which("ssconvert") is None:
        pytest.skip("Gnumeric's ssconvert is not installed (scripts/setup.sh installs it)")
    xlsx = tmp_path / (csv_path.stem + ".xlsx")
    subprocess.run(["ssconvert", "-I", "Gnumeric_stf:stf_csvtab", str(csv_path), str(xlsx)],
                   check=True, capture_output=True, timeout=120)
    with zipfile.ZipFile(xlsx) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        shared = book.read("xl/sharedStrings.xml").decode() if (
            "xl/sharedStrings.xml" in book.namelist()) else ""
    strings = [unescape(s) for s in re.findall(r"<t[^>]*>(.*?)</t>", shared, re.S)]
    cells = []
    for ref, attrs, body in re.findall(r'<c r="(\w+)"([^>]*)>(.*?)</c>', sheet, re.S):
        if "<f" in body:
            cells.append((ref, "formula", body))
            continue
        kind = re.search(r't="(\w+)"', attrs)
        kind = kind.group(1) if kind else "n"
        if kind == "inlineStr":
            value = unescape(re.search(r"<t[^>]*>(.*?)</t>", body, re.S).group(1))
        else:
            value = unescape(re.search(r"<v>(.*?)</v>", body, re.S).group(1))
            if kind == "s":
                value, kind = strings[int(value)], "str"
        cells.append((ref, "str" if kind in ("inlineStr", "str") else kind, value))
    return cells


def test_no_formula_survives_in_a_real_spreadsheet_program(record, tmp_path):
    diary = tmp_path / "diary.csv"
    export_diary(record.db, diary)
    cells = spreadsheet_cells(diary, tmp_path)
    assert [c for c in cells if c[1] == "formula"] == []
    by_column: dict[str, list[tuple[str, str]]] = {}
    for ref, kind, value in cells:
        by_column.setdefault(re.match(r"[A-Z]+", ref).group(), []).append((kind, value))
    header = [value for _kind, value in (col[0] for col in by_column.values())]
    assert header[0] == "date_time" and "note" in header  # the BOM did not spoil it
    note = by_column[chr(ord("A") + header.index("note"))][1:]
    # the text reads as typed: the apostrophe only tells the program "this is text"
    shown = {value.strip() for _kind, value in note}
    for text in HOSTILE + HARMLESS:
        assert text.strip() in shown or "'" + text.strip() in shown, text
    assert all(kind == "str" for kind, _value in note)
    temperature = by_column[chr(ord("A") + header.index("temperature_c"))][1:]
    assert {(kind, float(value)) for kind, value in temperature} == {("n", 38.2)}


def test_lab_numbers_and_dates_stay_numbers(record, tmp_path):
    labs = tmp_path / "labs.csv"
    export_labs(record.db, labs)
    cells = dict((ref, (kind, value)) for ref, kind, value in spreadsheet_cells(labs, tmp_path))
    assert all(kind != "formula" for kind, _value in cells.values())
    assert cells["B2"] == ("n", "640")  # CD4 count
    assert cells["C2"] == ("n", "31")
    assert cells["A2"][0] == "n"  # the date is a date (a serial number in the sheet)
    assert cells["G2"][0] == "str"  # the note "=1+1" stayed text


def test_diary_rows_say_their_course_state(ctx):  # rule R17 (issue 19)
    import csv
    import io

    from il2desk.domain.course import StopReason
    from il2desk.services.course_stop import stop_course
    from il2desk.services.csv_export import diary_csv

    now = ctx.clock.now_utc()
    course_id = a_course(ctx, start=dt.date(2026, 11, 20), zone="UTC",
                         created_utc=now - dt.timedelta(days=5))
    ctx.diary.add(DiaryEntry(id=None, symptom="fever", severity=Severity("severe"),
                             occurred_utc=now - dt.timedelta(hours=3), zone_name="UTC",
                             course_id=course_id, temperature_c=Decimal("39.5")), now)
    stop_course(ctx.courses, course_id, StopReason.SIDE_EFFECTS, now, now)
    rows = list(csv.DictReader(io.StringIO(diary_csv(ctx.db, now))))
    assert rows[0]["course_id"] == str(course_id)  # the entry keeps its course
    assert rows[0]["course_state"] == "stopped early (side effects)"
