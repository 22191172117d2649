"""Print a course's checklist and export its schedule to a calendar.

`print_checklist` opens a print preview of the one-page checklist (built without
widgets by services/checklist.py) with Print and "Save as PDF…"; `export_calendar`
says the file holds health information (issue 11: every export says so), asks where
to save through the prompter and writes the .ics whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from il2desk.domain.course import Course, CourseStatus
from il2desk.domain.preferences import CalendarPrivacy
from il2desk.services.atomic_write import ExportProblem
from il2desk.services.checklist import (
    build_checklist_document,
    checklist_page_layout,
    write_checklist_pdf,
)
from il2desk.services.translation import tr
from il2desk.ui.accessible_roles import name_print_preview
from il2desk.ui.emergency import install_emergency_shortcut
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message


def default_course_id(host: ViewHost) -> int | None:
    """The course File ▸ Print/Export act on when none is selected: the next planned
    course (the one still to come, soonest first), else the most recent one."""
    courses = host.ctx.courses.list()  # newest start first
    if not courses:
        return None
    today = host.ctx.clock.now_utc().date()
    upcoming = [c for c in courses
                if c.status is CourseStatus.PLANNED and c.end_date >= today]
    if upcoming:
        return min(upcoming, key=lambda c: c.start_date).id
    return courses[0].id


def _file_stem(course: Course) -> str:
    return f"il2desk-course-{course.start_date.isoformat()}"


def finish_preview(preview: QPrintPreviewDialog, host: ViewHost, save_text: str,
                   save_tip: str, object_name: str, save: Callable[[], object]) -> QAction:
    """What every print preview of il2desk has (the checklist, the visit report): a
    "Save as PDF…" action in its tool bar and on Ctrl+S, names for screen readers
    (issue 23) and the emergency shortcut (rule R13). Returns the save action."""
    action = QAction(save_text, preview)
    action.setObjectName(object_name)
    action.setToolTip(save_tip)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
    action.triggered.connect(save)
    preview.addAction(action)
    toolbar = preview.findChild(QToolBar)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(action)
    name_print_preview(preview)
    install_emergency_shortcut(preview, host.show_emergency)
    return action


class ChecklistPreview(QPrintPreviewDialog):
    """Print preview of the checklist; the page follows the paper chosen in it."""

    def __init__(self, host: ViewHost, course_id: int, parent: QWidget | None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The user's paper size (from the system's default printer or locale), with
        # the checklist's own margins.
        self.printer.setPageLayout(checklist_page_layout(self.printer.pageLayout().pageSize()))
        super().__init__(self.printer, parent)
        self._host = host
        self._course_id = course_id
        self.print_failed = False
        self.setObjectName("checklistPreview")
        self.setWindowTitle(tr("Print the course checklist"))
        self.setAccessibleName(tr("Print preview of the course checklist"))
        self.paintRequested.connect(self.paint)
        self.save_pdf_action = finish_preview(
            self, host, tr("&Save as PDF…"), tr("Save the checklist as a PDF file"),
            "savePdfAction", self.save_pdf)

    def _content(self):
        course = self._host.ctx.courses.get(self._course_id)
        injections = self._host.ctx.courses.injections(self._course_id)
        return course, injections, self._host.ctx.settings.current

    def paint(self, printer: QPrinter) -> None:
        """Lay the checklist out for this printer's page and print it (or preview it)."""
        course, injections, prefs = self._content()
        document = build_checklist_document(course, injections, prefs, printer.pageLayout())
        document.print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self.print_failed = True
            self._host.prompter.warn(
                self, tr("Printing did not work"),
                tr("The printer reported a problem, so the checklist may not have been "
                    "printed. Check that the printer is on and has paper, then try again, "
                    "or save the checklist as a PDF."))

    def save_pdf(self) -> None:
        course, injections, prefs = self._content()
        path = self._host.prompter.save_path(
            self, tr("Save the checklist as PDF"),
            Path.home() / f"{_file_stem(course)}-checklist.pdf", tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_checklist_pdf(course, injections, prefs, path,
                                page_size=self.printer.pageLayout().pageSize())
        except ExportProblem as problem:
            self._host.prompter.warn(self, tr("The PDF was not saved"),
                                     translate_message(problem.message))
            return
        self._host.prompter.inform(
            self, tr("PDF saved"),
            tr("The checklist is saved in {path}. It holds health information: keep it "
                "private.").format(path=path))


def print_checklist(host: ViewHost, course_id: int,
                    parent: QWidget | None) -> ChecklistPreview | None:
    """Open the print preview (not blocking); None, with a message, if impossible."""
    course = host.ctx.courses.get(course_id)
    if course is None or not host.ctx.courses.injections(course_id):
        host.prompter.warn(parent, tr("Nothing to print"),
                           tr("This course could not be found. Please choose another."))
        return None
    dialog = ChecklistPreview(host, course_id, parent)
    dialog.open()
    return dialog


def export_calendar(host: ViewHost, course_id: int, parent: QWidget | None) -> Path | None:
    """Say the file holds health information, ask where to save, write the .ics.

    Returns the saved path, or None when nothing was written (with a message why).
    """
    # icalendar takes ~80 ms to import: only when a calendar is really exported.
    from il2desk.services.ics_export import export_calendar as write_calendar
    from il2desk.services.ics_export import schedules_for

    ctx = host.ctx
    title = tr("Export to calendar")
    try:
        schedules_for(ctx.courses, [course_id])
    except ExportProblem as problem:
        host.prompter.warn(parent, title, translate_message(problem.message))
        return None
    prefs = ctx.settings.current
    if prefs.calendar_privacy is CalendarPrivacy.FULL:
        detail = tr("Your settings put the dose and the steps in each event. A calendar "
                     "you share is not private: you can choose “discreet” in Settings.")
    else:
        detail = tr("Your settings keep the events discreet: they say only "
                     "“Medication”, with no dose.")
    question = tr("This calendar file holds health information: the dates and times of "
                   "your treatment. {detail} Continue?").format(detail=detail)
    if not host.prompter.confirm(parent, title, question, yes=tr("Choose where to save…"),
                                 no=tr("Cancel")):
        return None
    course = ctx.courses.get(course_id)
    assert course is not None  # schedules_for checked it
    path = host.prompter.save_path(parent, tr("Save the calendar file"),
                                   Path.home() / f"{_file_stem(course)}.ics",
                                   tr("Calendar files (*.ics)"))
    if path is None:
        return None
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    try:
        count = write_calendar(ctx.courses, prefs, [course_id], path, ctx.clock.now_utc())
    except ExportProblem as problem:
        host.prompter.warn(parent, tr("The calendar file was not saved"),
                           translate_message(problem.message))
        return None
    host.prompter.inform(
        parent, tr("Calendar file saved"),
        tr("Saved %n event(s) in {path}. Open this file with your calendar program to "
           "add them. If you export again after a change, the events are updated, not "
           "doubled.", "", count).format(path=path))
    return path


def run_course_output(host: ViewHost, kind: str, course_id: int,
                      parent: QWidget | None) -> QWidget | None:
    """"print" opens the checklist preview (returned, to keep it alive); "calendar"
    exports the .ics."""
    if kind == "print":
        return print_checklist(host, course_id, parent)
    export_calendar(host, course_id, parent)
    return None
