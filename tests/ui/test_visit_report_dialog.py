"""File ▸ Visit report… through the real window (issue 24): the period, the patient's
own questions kept with the report's date, the preview, Save as PDF, bad input."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from il2desk.domain.course import CourseStatus
from il2desk.domain.visit_report import QUESTIONS_MAX, Period
from il2desk.ui.visit_report_dialog import VisitReportDialog, VisitReportPreview
from tests.builders import a_course
from tests.services.visit_report_support import FIRST_START, seed_visit_record

TODAY = dt.date(2026, 11, 23)  # the test clock's day


def open_dialog(window, qtbot) -> VisitReportDialog:
    window.visit_report_action.trigger()
    dialog = window.visit_report_dialog
    assert isinstance(dialog, VisitReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_period_choices(window, qtbot):
    seed_visit_record(window.ctx)
    dialog = open_dialog(window, qtbot)
    # Default: since the course before last, to today; the dates are shown, not editable.
    assert dialog.period() == Period(FIRST_START, TODAY)
    assert not dialog.first_edit.isEnabled()
    dialog.period_choice.setCurrentIndex(dialog.period_choice.findData("12"))
    assert dialog.period() == Period(dt.date(2025, 11, 23), TODAY)
    dialog.period_choice.setCurrentIndex(dialog.period_choice.findData("dates"))
    assert dialog.first_edit.isEnabled()
    dialog.first_edit.setDate(QDate(2026, 12, 1))  # after the last day: refused
    assert dialog.report() is None
    assert "before the last" in dialog.period_error.message
    dialog.close()


def test_questions_are_kept_with_the_report_date_and_preview_prints(window, prompter, qtbot,
                                                                     tmp_path):
    seed_visit_record(window.ctx)
    dialog = open_dialog(window, qtbot)
    dialog.questions.setPlainText("Can I travel in August?\n\nWhy the lump?")
    dialog.preview_button.click()
    preview = dialog.preview
    assert isinstance(preview, VisitReportPreview)
    qtbot.waitUntil(preview.isVisible)
    assert window.ctx.visit_questions.for_date(TODAY) == ("Can I travel in August?",
                                                          "Why the lump?")
    # What the Print button does, with a PDF printer standing in for paper.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageLayout(preview.printer.pageLayout())
    preview.paint(printer)
    assert not preview.print_failed
    prompter.paths.append(tmp_path / "saved")  # .pdf is added
    preview.save_pdf_action.trigger()
    assert prompter.asked[-1][0] == "inform" and "health information" in prompter.asked[-1][2]
    if shutil.which("pdftotext"):
        for pdf in (printed, tmp_path / "saved.pdf"):
            text = " ".join(pdf_text(pdf).split())
            assert "Can I travel in August?" in text and "Why the lump?" in text
            assert "Visit report" in text
    preview.close()
    dialog.close()
    # Reopened the same day: the questions are there again.
    again = open_dialog(window, qtbot)
    assert again.questions.toPlainText() == "Can I travel in August?\nWhy the lump?"
    again.close()


def test_too_long_questions_are_refused_beside_the_field(window, prompter, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.questions.setPlainText("?" * (QUESTIONS_MAX + 1))
    dialog.pdf_button.click()
    assert "under 2000 characters" in dialog.questions_error.message
    assert prompter.asked == []
    assert window.ctx.visit_questions.for_date(TODAY) == ()
    dialog.close()


def test_save_as_pdf_from_the_dialog_on_an_empty_record(window, prompter, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    prompter.paths.append(tmp_path / "report.pdf")
    dialog.pdf_button.click()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        assert "No course in this period." in " ".join(pdf_text(tmp_path / "report.pdf")
                                                       .split())
    dialog.close()


def test_patient_name_in_settings_is_optional_and_printed(window, prompter, qtbot, tmp_path):
    window.go_to("settings")
    view = window.stack.currentWidget()
    view.patient_name.setText("  Ana Ruiz ")
    view.patient_name.editingFinished.emit()
    assert window.ctx.settings.current.patient_name == "Ana Ruiz"
    view.patient_name.setText("")
    view.patient_name.editingFinished.emit()
    assert window.ctx.settings.current.patient_name == ""  # optional
    view.patient_name.setText("Ana Ruiz")
    view.patient_name.editingFinished.emit()
    dialog = open_dialog(window, qtbot)
    prompter.paths.append(tmp_path / "named.pdf")
    dialog.pdf_button.click()
    if shutil.which("pdftotext"):
        assert "Ana Ruiz" in pdf_text(tmp_path / "named.pdf")
    dialog.close()


def test_offered_on_today_in_the_weeks_before_a_course(window, qtbot):
    ctx = window.ctx
    far = a_course(ctx, start=dt.date(2027, 2, 3), zone="UTC")
    window.go_to("today")
    today = window.stack.currentWidget()
    today.refresh()
    assert not today.report_button.isVisible()  # 10 weeks away
    ctx.courses.set_status(far, CourseStatus.CANCELLED,
                           ctx.clock.now_utc())
    a_course(ctx, start=dt.date(2026, 12, 2), zone="UTC")
    today.refresh()
    assert today.report_button.isVisible()  # 9 days away: blood work and report
    today.report_button.click()
    dialog = today.report_dialog
    assert isinstance(dialog, VisitReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
