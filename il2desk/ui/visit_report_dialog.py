"""File ▸ Visit report…: choose the period, type your own questions, then preview and
print the report or save it as a PDF (issue 24).

The questions are kept with the report's date (today), so closing and coming back the
same day finds them again. The report itself is built without widgets
(services/visit_report.py), the same document `il2desk report` writes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.errors import FieldInputError
from il2desk.domain.visit_report import Period, VisitReport, default_period, parse_own_questions
from il2desk.services.atomic_write import ExportProblem
from il2desk.services.checklist import checklist_page_layout
from il2desk.services.visit_report import (
    build_visit_report_document,
    load_visit_report,
    write_visit_report_pdf,
)
from il2desk.ui.course_outputs import finish_preview
from il2desk.ui.date_fields import DateField
from il2desk.ui.dates import local_today
from il2desk.ui.emergency import install_emergency_shortcut
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import FieldError, heading, paragraph

# Period choices: (key, months back; 0 = since the course before last, None = dates).
PERIODS = (("default", 0), ("6", 6), ("12", 12), ("dates", None))


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class VisitReportDialog(QDialog):
    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ctx = host.ctx
        self.preview: VisitReportPreview | None = None
        self.today = local_today(self.ctx)
        self._default = default_period(self.ctx.courses.list(), self.today)
        self.setObjectName("visitReportDialog")
        self.setWindowTitle(self.tr("Visit report"))
        self.setAccessibleName(self.tr("Visit report for your doctor"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("A report for your doctor"), level=2))
        layout.addWidget(paragraph(self.tr(
            "One or two pages with your courses, blood results and side effects, and the "
            "questions to discuss. Take it to your next appointment. It holds health "
            "information: keep it private.")))

        form = QFormLayout()
        self.period_choice = QComboBox()
        self.period_choice.setObjectName("periodChoice")
        labels = {
            "default": self.tr("Since the course before last"),
            "6": self.tr("The last 6 months"),
            "12": self.tr("The last 12 months"),
            "dates": self.tr("Dates I choose"),
        }
        for key, _months in PERIODS:
            self.period_choice.addItem(labels[key], key)
        self.period_choice.currentIndexChanged.connect(self._period_changed)
        form.addRow(self.tr("&Period:"), self.period_choice)
        dates = QHBoxLayout()
        self.first_edit = DateField()
        self.first_edit.setObjectName("periodFirst")
        self.last_edit = DateField()
        self.last_edit.setObjectName("periodLast")
        for edit, name in ((self.first_edit, self.tr("First day of the period")),
                           (self.last_edit, self.tr("Last day of the period"))):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        form.addRow(self.tr("From:"), dates)
        self.period_error = FieldError()
        form.addRow("", self.period_error)

        self.questions = QPlainTextEdit()
        self.questions.setObjectName("ownQuestions")
        self.questions.setAccessibleName(self.tr("Your own questions for the doctor"))
        self.questions.setPlaceholderText(self.tr("One question a line, for example: "
                                                  "Can I travel between two courses?"))
        self.questions.setPlainText("\n".join(self.ctx.visit_questions.for_date(self.today)))
        self.questions.setTabChangesFocus(True)
        form.addRow(self.tr("Your &questions:"), self.questions)
        self.questions_error = FieldError()
        form.addRow("", self.questions_error)
        layout.addLayout(form)

        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("Pre&view and print…"))
        self.preview_button.setObjectName("previewReportButton")
        self.preview_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.setObjectName("saveReportPdfButton")
        close = QPushButton(self.tr("&Close"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.clicked.connect(self.open_preview)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        install_emergency_shortcut(self, host.show_emergency)  # rule R13
        self._period_changed()
        self.resize(560, 460)

    # -- the period ---------------------------------------------------------------------
    def _period_changed(self, *_args) -> None:
        months = dict(PERIODS)[self.period_choice.currentData()]
        chosen = months is None
        self.first_edit.setEnabled(chosen)
        self.last_edit.setEnabled(chosen)
        if chosen:
            return
        first = self._default.first if months == 0 else _months_back(self.today, months)
        for edit, day in ((self.first_edit, first), (self.last_edit, self.today)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.period_error.clear_error()

    def _dates_edited(self, *_args) -> None:
        self.period_error.clear_error()

    def period(self) -> Period | None:
        """The chosen period, or None with the reason shown beside the dates."""
        first, last = _pydate(self.first_edit.date()), _pydate(self.last_edit.date())
        if first > last:
            self.period_error.show_error(self.tr("The first day must come before the last."))
            return None
        self.period_error.clear_error()
        return Period(first, last)

    # -- the report ---------------------------------------------------------------------
    def report(self) -> VisitReport | None:
        """The report for what is chosen and typed (the questions saved with today's
        date), or None with the reason shown beside the field."""
        period = self.period()
        try:
            questions = parse_own_questions(self.questions.toPlainText())
        except FieldInputError as problem:
            self.questions_error.show_error(problem.message)
            return None
        self.questions_error.clear_error()
        if period is None:
            return None
        self.ctx.visit_questions.save(self.today, questions, self.ctx.clock.now_utc())
        return load_visit_report(self.ctx.courses, self.ctx.labs, self.ctx.diary,
                                 self.ctx.reactions, self.ctx.settings.current, self.today,
                                 period=period, own_questions=questions)

    def open_preview(self) -> None:
        report = self.report()
        if report is None:
            return
        self.preview = VisitReportPreview(self.host, report, self)
        self.preview.open()

    def save_pdf(self, *, report: VisitReport | None = None,
                 page_size=None, parent: QWidget | None = None) -> Path | None:
        report = report or self.report()
        if report is None:
            return None
        parent = parent or self
        prompter = self.host.prompter
        path = prompter.save_path(
            parent, self.tr("Save the visit report as PDF"),
            Path.home() / f"il2desk-visit-report-{report.made_on.isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_visit_report_pdf(report, path, page_size=page_size)
        except ExportProblem as problem:
            prompter.warn(parent, self.tr("The PDF was not saved"),
                          translate_message(problem.message))
            return None
        prompter.inform(parent, self.tr("PDF saved"), self.tr(
            "The visit report is saved in {path}. It holds health information: keep it "
            "private.").format(path=path))
        return path


class VisitReportPreview(QPrintPreviewDialog):
    """Print preview of the report; the page follows the paper chosen in it."""

    def __init__(self, host: ViewHost, report: VisitReport, owner: VisitReportDialog) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(checklist_page_layout(self.printer.pageLayout().pageSize()))
        super().__init__(self.printer, owner)
        self._host = host
        self._owner = owner
        self.report = report
        self.print_failed = False
        self.setObjectName("visitReportPreview")
        self.setWindowTitle(self.tr("Print the visit report"))
        self.setAccessibleName(self.tr("Print preview of the visit report"))
        self.paintRequested.connect(self.paint)
        self.save_pdf_action = finish_preview(
            self, host, self.tr("&Save as PDF…"), self.tr("Save the visit report as a PDF file"),
            "saveReportPdfAction", self.save_pdf)

    def paint(self, printer: QPrinter) -> None:
        document = build_visit_report_document(self.report, printer.pageLayout())
        document.print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self.print_failed = True
            self._host.prompter.warn(
                self, self.tr("Printing did not work"),
                self.tr("The printer reported a problem, so the report may not have been "
                        "printed. Check that the printer is on and has paper, then try "
                        "again, or save the report as a PDF."))

    def save_pdf(self) -> None:
        self._owner.save_pdf(report=self.report,
                             page_size=self.printer.pageLayout().pageSize(), parent=self)


def open_visit_report(host: ViewHost, parent: QWidget | None) -> VisitReportDialog:
    """Open the dialog (not blocking) and return it, to keep it alive."""
    dialog = VisitReportDialog(host, parent)
    dialog.open()
    return dialog
