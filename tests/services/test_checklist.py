"""The printed checklist: one page on A4 and Letter, its text read back with pdftotext."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from decimal import Decimal

import pytest
from PySide6.QtGui import QPageSize

from il2desk.domain.course import Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.domain.emergency import EMERGENCY_SIGNS
from il2desk.services.atomic_write import ExportProblem
from il2desk.services.checklist import (
    build_checklist_document,
    checklist_page_layout,
)
from tests.builders import a_course, given
from tests.services.outputs_support import course_maker
from tests.services.pdf_text import PAPERS, pdftotext, write_pdf


@pytest.fixture
def make_course(ctx):
    return course_maker(ctx)


def full_course(make_course):
    return make_course(
        preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_03,
        concentration_miu_per_ml=Decimal("18"), morning=dt.time(2, 30),
        prechecks={"infection": False, "blood_pressure": True, "thyroid": True},
        support={"company": True, "childcare": False, "doctor_number": True,
                 "sharps": False, "pretreatment": False},
    )


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_pdf_is_one_page_with_the_ten_rows_and_no_abbreviations(qapp, ctx, make_course,
                                                                 tmp_path, paper):
    course_id = full_course(make_course)
    path = write_pdf(ctx, course_id, tmp_path / f"{paper}.pdf", paper,
                     doctor_name="Dr. Rivera", doctor_phone="+1 555 0100")
    text = pdftotext(path)
    assert text.count("\f") == 1  # one page
    # rule R1: the 10 injections, with day, date, morning/evening and time.
    rows = re.findall(r"^\s*([1-5])\s+(\w+ \d{1,2} \w+)\s+(Morning|Evening)\s+(\d\d:\d\d)",
                      text, re.MULTILINE)
    assert len(rows) == 10
    assert [r[0] for r in rows] == ["1", "1", "2", "2", "3", "3", "4", "4", "5", "5"]
    assert rows[0][1:] == ("Friday 12 March", "Morning", "02:30")
    assert rows[4][3] == "03:30"  # rule T1: moved forward on 2027-03-14
    assert "clocks go forward" in text
    # rule D4: spelled out, never an abbreviation
    assert "4.5 million units" in text
    assert not re.search(r"\bM?IU\b", text)
    # rule D3: the vial plan
    assert "0.25 mL" in text and "25-unit mark" in text
    # rule R13 and the doctor's number
    flat = " ".join(text.split())
    for sign in EMERGENCY_SIGNS:
        assert " ".join(str(sign).split()) in flat
    assert "Dr. Rivera: +1 555 0100" in text
    # rules R10, R14, R16
    assert "Childcare is arranged" in text
    assert "blood-pressure medicine, thyroid disease" in flat
    assert "Friday 26 February 2027" in text
    for header in ("Site", "Done at", "Sharps"):
        assert header in text


def test_pdf_page_size_follows_the_paper(qapp, ctx, make_course, tmp_path):
    course_id = make_course()
    for paper, size in (("a4", "595 x 842"), ("letter", "612 x 792")):
        path = write_pdf(ctx, course_id, tmp_path / f"{paper}.pdf", paper)
        if shutil.which("pdfinfo") is None:
            pytest.skip("pdfinfo (poppler-utils) is not installed")
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                              check=True).stdout
        assert size in info
        assert re.search(r"Pages:\s+1\b", info)


def test_prefilled_and_no_number_yet(qapp, ctx, make_course, tmp_path):
    course_id = make_course(start=dt.date(2027, 10, 29), zone="Europe/Paris",
                            morning=dt.time(2, 30))
    text = pdftotext(write_pdf(ctx, course_id, tmp_path / "c.pdf"))
    assert "Pre-filled syringes" in text.replace("ﬁ", "fi")
    assert "Doctor's emergency number: ____" in text
    assert "clocks go back" in text  # rule T1: 02:30 happens twice on 2027-10-31
    # no ticks were stored: the usual items are printed as open boxes
    assert "☐ Someone stays overnight" in text
    assert "☑" not in text


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_long_content_still_fits_one_page(qapp, ctx, make_course, paper):
    course_id = make_course(
        prechecks={k: True for k in ("infection", "viral_load", "blood_pressure",
                                     "heart", "lung", "autoimmune", "thyroid", "diabetes",
                                     "pregnancy")},
        support={f"extra item number {n} with a long name": n % 2 == 0 for n in range(6)},
    )
    course = ctx.courses.get(course_id)
    prefs = dataclasses.replace(ctx.settings.current, doctor_name="Dr. " + "Longname " * 8,
                                doctor_phone="+1 (555) 0100 extension 1234")
    document = build_checklist_document(course, ctx.courses.injections(course_id), prefs,
                                        checklist_page_layout(QPageSize(PAPERS[paper])))
    assert document.pageCount() == 1
    assert "pregnancy" in document.toPlainText()


def test_unwritable_place_gives_a_message_and_writes_nothing(qapp, ctx, make_course,
                                                            tmp_path):
    course_id = make_course()
    with pytest.raises(ExportProblem, match="does not exist"):
        write_pdf(ctx, course_id, tmp_path / "missing" / "c.pdf")
    assert not (tmp_path / "missing").exists()
    with pytest.raises(ExportProblem, match="no course number 99"):
        write_pdf(ctx, 99, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


PHONES = ["+1 (555) 010-0100 / 1234", "06 12 34 56 78 90 12", "555-0100-2233-4455"]


def _line_of_each_char(document, text_start: int, length: int) -> set[int]:
    """The layout lines (as y positions) holding the characters at these positions."""
    block = document.findBlock(text_start)
    layout = block.layout()
    lines = set()
    for position in range(text_start, text_start + length):
        line = layout.lineForTextPosition(position - block.position())
        lines.add(round(line.y()))
    return lines


@pytest.mark.parametrize("phone", PHONES)
def test_the_doctors_number_is_never_broken_across_lines(qapp, ctx, make_course, phone):
    course_id = make_course()
    course = ctx.courses.get(course_id)
    injections = ctx.courses.injections(course_id)
    layout = checklist_page_layout(QPageSize(PAPERS["a4"]))
    wrapped = 0
    # Names of every length move the number across the line's end.
    for letters in range(0, 90, 3):
        prefs = dataclasses.replace(ctx.settings.current, doctor_name="Dr. " + "N" * letters,
                                              doctor_phone=phone)
        document = build_checklist_document(course, injections, prefs, layout)
        # (one character for one: the positions stay those of the document)
        text = document.toRawText().replace("\u00a0", " ").replace("\u2011", "-")
        start = text.find(phone)
        assert start >= 0, "the number is shown as typed"
        assert len(_line_of_each_char(document, start, len(phone))) == 1, (letters, phone)
        name_at = text.find("Dr. ")
        wrapped += len(_line_of_each_char(document, name_at, start - name_at)) > 1
    assert wrapped  # the number did go to a new line for some names: whole


def test_the_doctors_number_reads_whole_in_the_pdf(qapp, ctx, make_course, tmp_path):
    course_id = make_course()
    phone = "+1 (555) 010-0100 / 1234"
    text = pdftotext(write_pdf(ctx, course_id, tmp_path / "c.pdf",
                               doctor_name="Dr. " + "Longname " * 5, doctor_phone=phone))
    flat = text.replace("\u00a0", " ").replace("\u2011", "-")
    assert any(phone in line for line in flat.splitlines())


def test_a_rounded_mark_says_the_dose_it_really_gives(qapp, ctx, make_course, tmp_path):
    # rule D3: 4.7 million units at 18 per mL is 0.2611 mL; the 26-unit mark gives 4.68.
    course_id = make_course(preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_05,
                            concentration_miu_per_ml=Decimal("18"), dose_miu=Decimal("4.7"))
    text = pdftotext(write_pdf(ctx, course_id, tmp_path / "c.pdf", "a4"))
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # the "ff" ligature
    assert ("That mark gives 4.68 million units (difference from your dose of 4.7 million "
            "units: -0.4 %)") in text


def test_a_stopped_course_says_so_and_each_injection_its_state(qapp, ctx, tmp_path):
    # rule R17 (issue 19): stopped on day 4 for side effects; 6 given, 1 missed.
    from il2desk.domain.course import StopReason
    from il2desk.services.course_stop import stop_course

    course_id = a_course(ctx, start=dt.date(2026, 11, 20), zone="UTC",
                         created_utc=ctx.clock.now_utc() - dt.timedelta(days=5))
    given(ctx, course_id, 5, after_planned=dt.timedelta(minutes=5))
    injections = ctx.courses.injections(course_id)
    ctx.injection_log.mark_missed(injections[5].id, "asleep")
    stop_course(ctx.courses, course_id, StopReason.SIDE_EFFECTS, ctx.clock.now_utc(),
                ctx.clock.now_utc())
    path = write_pdf(ctx, course_id, tmp_path / "stopped.pdf")
    text = unicodedata.normalize("NFKC", pdftotext(path))  # the "ff" ligature
    flat = " ".join(text.split())
    assert "Stopped early (side effects) on" in flat
    assert "The injections it still had were not given." in flat
    assert text.count("Given at 08:05") == 3 and text.count("Given at 20:05") == 2
    assert text.count("Missed") == 1
    assert text.count("Not given (course stopped)") == 4
    assert "\f" not in text.rstrip("\f")  # still one page


def test_a_half_mark_dose_says_the_lower_mark_is_used(qapp, ctx, make_course, tmp_path):
    # rule D3 (issue 19): 4.5 at 18 on 2-unit marks is 12.5 steps: the lower mark.
    course_id = make_course(preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_1,
                            concentration_miu_per_ml=Decimal("18"))
    flat = " ".join(unicodedata.normalize("NFKC", pdftotext(
        write_pdf(ctx, course_id, tmp_path / "half.pdf"))).split())
    assert "draw 0.24 mL" in flat and "the 24-unit mark" in flat
    assert "halfway between two marks: use the lower mark" in flat


def test_the_pre_course_check_lists_ice_packs(qapp, ctx, make_course, tmp_path):
    # rule R9 (issue 19): ice before and after each injection needs ice packs ready
    course_id = make_course()
    flat = " ".join(pdftotext(write_pdf(ctx, course_id, tmp_path / "ice.pdf")).split())
    assert "I have ice packs in the freezer" in flat


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_the_injection_table_is_no_wider_than_the_page(qapp, ctx, make_course, paper,
                                                       language, request):
    """Found in the printed PDF: with the long day names ("Wednesday 9 December") the
    table ran off the right edge of A4 and the Sharps column was cut off, while the
    page count (the only check) was still one."""
    from PySide6.QtGui import QPageLayout

    if language == "es":
        request.getfixturevalue("spanish")
    course_id = make_course(start=dt.date(2026, 9, 9), preparation=Preparation.VIAL,
                            syringe_kind=SyringeKind.U100_05,
                            concentration_miu_per_ml=Decimal("18"))
    layout = checklist_page_layout(QPageSize(PAPERS[paper]))
    document = build_checklist_document(ctx.courses.get(course_id),
                                        ctx.courses.injections(course_id),
                                        ctx.settings.current, layout)
    assert document.pageCount() == 1
    width = layout.paintRect(QPageLayout.Unit.Point).width()
    assert document.size().width() <= width + 0.5
    # No word cut in two ("Morni / ng" was), and the Site column keeps room to write
    # in (it had shrunk to about a centimetre).
    from PySide6.QtGui import QTextTable

    table = next(frame for frame in document.rootFrame().childFrames()
                 if isinstance(frame, QTextTable) and frame.columns() == 10)
    layout_of = document.documentLayout()

    def left(row: int, column: int) -> float:
        block = table.cellAt(row, column).firstCursorPosition().block()
        return layout_of.blockBoundingRect(block).left()

    assert table.cellAt(1, 2).firstCursorPosition().block().layout().lineCount() == 1
    assert left(0, 7) - left(0, 6) >= 40  # points: about 1.5 cm
