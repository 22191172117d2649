"""File ▸ Print checklist… and File ▸ Export to calendar…, through the real window."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from il2desk.domain.course import CourseStatus
from il2desk.domain.preferences import CalendarPrivacy
from il2desk.ui.course_outputs import ChecklistPreview
from tests.builders import a_course


def add_course(ctx, start=dt.date(2026, 12, 2), **changes) -> int:
    return a_course(ctx, start=start, dose_miu="6", **changes)


def test_actions_disabled_with_a_reason_when_there_is_no_course(window):
    window.update_course_actions()
    for action in (window.print_checklist_action, window.export_calendar_action):
        assert not action.isEnabled()
        assert "Plan a course first" in action.toolTip()
    add_course(window.ctx)
    window.go_to("settings")  # showing a view refreshes the menu state
    assert window.print_checklist_action.isEnabled()
    assert window.export_calendar_action.isEnabled()
    assert "Plan a course first" not in window.print_checklist_action.toolTip()


def test_export_says_health_information_then_saves(window, prompter, tmp_path):
    course_id = add_course(window.ctx)
    window.update_course_actions()
    target = tmp_path / "my-calendar"  # no suffix: .ics is added
    prompter.confirm_answers.append(True)
    prompter.paths.append(target)
    window.export_calendar_action.trigger()
    kinds = [a[0] for a in prompter.asked]
    assert kinds == ["confirm", "save_path", "inform"]
    assert "health information" in prompter.asked[0][2]
    saved = tmp_path / "my-calendar.ics"
    events = list(Calendar.from_ical(saved.read_bytes()).walk("VEVENT"))
    # the bare random UUID: the file names no program (issue 21)
    uids = {i.ics_uid.partition("@")[0] for i in window.ctx.courses.injections(course_id)}
    assert uids <= {str(e["UID"]) for e in events}
    # The count through Qt's plural forms (issue 18 §2), not "{count} events".
    assert prompter.asked[-1][2].startswith(f"Saved {len(events)} events in {saved}.")


def test_export_cancelled_at_the_warning_writes_nothing(window, prompter, tmp_path):
    add_course(window.ctx)
    window.update_course_actions()
    prompter.confirm_answers.append(False)
    window.export_calendar_action.trigger()
    assert [a[0] for a in prompter.asked] == ["confirm"]
    assert list(tmp_path.glob("*.ics")) == []


def test_discreet_setting_is_named_in_the_warning(window, prompter, tmp_path):
    add_course(window.ctx)
    window.ctx.settings.update_field("calendar_privacy", "discreet")
    prompter.confirm_answers.append(True)
    prompter.paths.append(tmp_path / "d.ics")
    window.export_calendar()
    assert "discreet" in prompter.asked[0][2]
    assert b"million" not in (tmp_path / "d.ics").read_bytes()


def test_export_with_nothing_planned_says_so(window, prompter):
    add_course(window.ctx, recorded_after=True)
    window.export_calendar()
    assert prompter.asked[0][0] == "warn"
    assert "no planned injections" in prompter.asked[0][2]


def test_export_to_an_unwritable_place_says_so(window, prompter, tmp_path):
    add_course(window.ctx)
    prompter.confirm_answers.append(True)
    prompter.paths.append(tmp_path / "missing" / "c.ics")
    window.export_calendar()
    assert prompter.asked[-1][0] == "warn"
    assert "does not exist" in prompter.asked[-1][2]


def test_acts_on_the_selected_course_of_the_courses_view(window, prompter, tmp_path):
    first = add_course(window.ctx)
    second = add_course(window.ctx, start=dt.date(2027, 1, 27))

    assert window.output_course_id() == first  # Courses not opened yet: the next course
    window.go_to("courses")
    courses = window.courses_view()
    courses.refresh(select_id=second)
    assert courses.selected_course_id() == second
    assert window.output_course_id() == second
    courses.table.clearSelection()  # nothing selected: the next course again
    assert window.output_course_id() == first
    window.ctx.courses.set_status(first, CourseStatus.CANCELLED, window.ctx.clock.now_utc())
    assert window.output_course_id() == second


def test_print_preview_prints_one_page_and_saves_pdf(window, prompter, qtbot, tmp_path):
    add_course(window.ctx)
    window.update_course_actions()
    window.print_checklist_action.trigger()
    preview = window.checklist_preview
    assert isinstance(preview, ChecklistPreview)
    qtbot.waitUntil(preview.isVisible)
    # What the Print button does, with a PDF printer standing in for paper.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageLayout(preview.printer.pageLayout())
    preview.paint(printer)
    assert printed.read_bytes().startswith(b"%PDF")
    assert not preview.print_failed
    # Save as PDF from the preview's toolbar action
    prompter.paths.append(tmp_path / "saved")
    preview.save_pdf_action.trigger()
    assert (tmp_path / "saved.pdf").read_bytes().startswith(b"%PDF")
    assert prompter.asked[-1][0] == "inform"
    if shutil.which("pdftotext"):
        for pdf in (printed, tmp_path / "saved.pdf"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert text.count("\f") == 1
            assert "6 million units" in text
    preview.close()


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure we provoke
def test_failing_printer_gives_a_message(window, prompter, qtbot, tmp_path):
    add_course(window.ctx)
    window.print_checklist()
    preview = window.checklist_preview
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "x.pdf"))  # cannot be opened
    preview.paint(printer)
    assert preview.print_failed
    assert prompter.asked[-1][0] == "warn"
    assert "printer reported a problem" in prompter.asked[-1][2]
    preview.close()


def test_privacy_setting_in_the_settings_view_by_keyboard(window, qtbot):
    window.go_to("settings")
    view = window.stack.currentWidget()
    combo = view.calendar_privacy
    assert combo.accessibleName() == "What calendar events say"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.ctx.settings.current.calendar_privacy is CalendarPrivacy.DISCREET
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert window.ctx.settings.current.calendar_privacy is CalendarPrivacy.FULL
    assert "Saved" in view.saved_label.text()
