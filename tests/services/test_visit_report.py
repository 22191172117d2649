"""The visit report as a PDF (issue 24): its text read back with pdftotext — course rows
with their states, unreliable marks, the questions — the page count, and rule D4."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageSize

from il2desk.domain.visit_report import Period
from il2desk.services.visit_report import (
    build_visit_report_document,
    load_visit_report,
    write_visit_report_pdf,
)
from tests.domain.plain_text import assert_plain
from tests.services.pdf_text import PAPERS, pdftotext
from tests.services.visit_report_support import seed_visit_record

OWN = ("Can I travel in August?", "Is the lump on my left thigh a worry?")


def report_of(ctx, **kwargs):
    return load_visit_report(ctx.courses, ctx.labs, ctx.diary, ctx.reactions,
                             ctx.settings.current, ctx.clock.now_utc().date(), **kwargs)


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_pdf_holds_the_courses_labs_and_questions_on_one_page(qapp, ctx, tmp_path, paper):
    seed_visit_record(ctx, labs=11)  # the first is before the period: 10 in it
    ctx.settings.update_field("patient_name", "Ana Ruiz")
    path = tmp_path / "report.pdf"
    pages = write_visit_report_pdf(report_of(ctx, own_questions=OWN), path,
                                   page_size=QPageSize(PAPERS[paper]))
    text = pdftotext(path)
    flat = " ".join(text.split())
    # Two courses (and a cancelled one) and ten results: one page.
    assert pages == 1 and text.count("\f") == 1
    assert "Ana Ruiz" in text and "Period: Wed 15 Jul 2026 to Mon 23 Nov 2026" in flat
    # Course rows with their states (the default period: since the course before last).
    rows = re.findall(r"^\s*\w{3} (\d+ \w{3} 2026) to \w{3} (\d+ \w{3} 2026)"
                      r"\s+(completed|cancelled)", text, re.MULTILINE)
    assert rows == [("15 Jul 2026", "19 Jul 2026", "completed"),
                    ("9 Sep 2026", "13 Sep 2026", "completed"),
                    ("4 Nov 2026", "8 Nov 2026", "cancelled")]
    assert re.search(r"19 Jul 2026\s+completed\s+10 given", text)
    assert re.search(r"13 Sep 2026\s+completed\s+7 given", text)
    assert "3 missed" in text and "2 late" in text and "1 late" in text
    assert "hard to tolerate" in flat
    assert "●●●" in text  # the worst day of the hard course, in marks that print in black
    assert ("Next course planned from Wednesday 2 December 2026, 6 million units per "
            "injection.") in flat
    # Labs: every result of the period, the two unreliable ones marked (rule R16, R22).
    assert len(re.findall(r"^\s*\w{3} \d+ \w{3} 2026\s+\(?\d{3}\)?", text, re.MULTILINE)) == 10
    assert flat.count("unreliable — too soon after a course") == 2
    assert "(910)" in text and "(870)" in text
    assert "short rise of viral load" in flat
    # Signs, reactions, pre-course answers (rule R13, R12, R14).
    assert "Short of breath" in flat and "What followed: Called the doctor" in flat
    assert "Left thigh: lump (nodule), 2.5 cm, since Thu 10 Sep 2026" in flat
    assert "blood-pressure medicine" in flat
    # To discuss: the suggestions as questions (R3 after the hard course), and my own.
    assert "from 15 million units to 12 million units a day?" in flat
    for question in OWN:
        assert question in flat
    assert_plain(text)  # rule D4: no IU, MIU, U
    if shutil.which("pdfimages"):  # the chart, as one picture wide enough to read
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True,
                                 text=True, check=True).stdout.splitlines()[2:]
        assert len(listing) == 1
        assert int(listing[0].split()[3]) >= 2000  # pixels across: about 290 dpi


def test_the_chart_is_the_labs_views_own_painter(qapp, ctx, monkeypatch):
    """One chart, not two: the report calls the painter the labs view uses."""
    import il2desk.services.visit_report as service
    from il2desk.services import lab_chart_painter
    from il2desk.ui.views import lab_chart

    assert service.paint_lab_chart is lab_chart_painter.paint_lab_chart
    assert lab_chart.paint_lab_chart is lab_chart_painter.paint_lab_chart
    seen = []
    monkeypatch.setattr(service, "paint_lab_chart",
                        lambda painter, w, h, data, look: seen.append(data))
    seed_visit_record(ctx)
    build_visit_report_document(report_of(ctx))
    assert seen and len(seen[-1].results) == 4  # the period's results


def test_a_long_period_takes_more_pages_rather_than_tiny_type(qapp, ctx, tmp_path):
    seed_visit_record(ctx, labs=40)
    report = report_of(ctx, period=Period(dt.date(2026, 6, 1), dt.date(2027, 3, 1)))
    document = build_visit_report_document(report)
    assert document.pageCount() >= 2
    assert document.defaultFont().pointSizeF() == 10.0


def test_an_empty_record_still_makes_a_report(qapp, ctx, tmp_path):
    path = tmp_path / "empty.pdf"
    assert write_visit_report_pdf(report_of(ctx), path) == 1
    flat = " ".join(pdftotext(path).split())
    assert "No course in this period." in flat
    assert "No blood results in this period." in flat
    assert "PCP" in flat  # rule R20 is always worth asking


@pytest.mark.usefixtures("spanish")
def test_spanish(qapp, ctx, tmp_path):
    seed_visit_record(ctx)
    path = tmp_path / "es.pdf"
    write_visit_report_pdf(report_of(ctx, own_questions=("¿Puedo viajar?",)), path)
    flat = " ".join(pdftotext(path).split())
    assert "Informe para la consulta" in flat
    assert "completado" in flat and "cancelado" in flat
    # (the cancelled course's "10 no puestas" may wrap the dose after "de")
    assert "7,5 millones de" in flat and "10 no puestas" in flat
    assert "de 15 millones de unidades a 12 millones de unidades al día?" in flat
    assert "¿Puedo viajar?" in flat
    assert "poco fiable" in flat
    assert_plain(flat)


def test_the_counts_follow_the_number_in_spanish(qapp, ctx, spanish):
    """Found in the Spanish PDF: a course with one dose given read "1 puestas"."""
    from tests.builders import a_course, given

    course_id = a_course(ctx, start=ctx.clock.now_utc().date() - dt.timedelta(days=1))
    given(ctx, course_id, 1)
    text = build_visit_report_document(report_of(ctx)).toPlainText()
    assert "1 puesta" in text and "1 puestas" not in text
