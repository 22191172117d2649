"""Record a course that happened before il2desk was used (stored as done).

History and the rule R3/R5 suggestions need those courses: dates, dose, how it went.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import CoursePlan
from il2desk.domain.course_validation import validate_plan
from il2desk.domain.dose import DoseInputError, parse_positive_decimal
from il2desk.services.context import AppContext
from il2desk.ui.date_fields import DateField
from il2desk.ui.dates import from_qdate, local_today, to_qdate
from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.widgets import FieldError, name_buttons_from_text, paragraph


class PastCourseDialog(QDialog):
    def __init__(self, ctx: AppContext, show_emergency: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course_id: int | None = None
        self.setObjectName("pastCourseDialog")
        self.setWindowTitle(self.tr("Record a past course"))
        self.setMinimumWidth(520)
        today = local_today(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "For a course you had before using il2desk. It is kept as completed, so your "
            "history is complete.")))
        form = QFormLayout()
        layout.addLayout(form)
        self.start_edit = DateField(to_qdate(today - dt.timedelta(weeks=8)))
        self.start_edit.setAccessibleName(self.tr("First day of that course"))
        self.start_error = FieldError()
        self._row(form, self.tr("&First day:"), self.start_edit, self.start_error)
        self.dose_edit = QLineEdit()
        self.dose_edit.setAccessibleName(self.tr("Dose per injection, in million units"))
        self.dose_edit.setMaximumWidth(160)
        self.dose_error = FieldError()
        self._row(form, self.tr("&Dose per injection (million units):"), self.dose_edit,
                  self.dose_error)
        self.confirm_box = QCheckBox(self.tr("&Yes, this is the dose my doctor prescribed"))
        self.confirm_box.setAccessibleName(self.tr("Confirm the unusual dose"))
        form.addRow("", self.confirm_box)
        self.hard_box = QCheckBox(self.tr("It was &hard to tolerate"))
        self.hard_box.setAccessibleName(self.tr("It was hard to tolerate"))
        form.addRow("", self.hard_box)
        self.notes_edit = QLineEdit()
        self.notes_edit.setAccessibleName(self.tr("How it went"))
        self._row(form, self.tr("How it &went (optional):"), self.notes_edit, None)
        buttons = QDialogButtonBox()
        self.emergency_button = make_emergency_button(show_emergency)
        buttons.addButton(self.emergency_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_buttons_from_text(*buttons.buttons())
        layout.addWidget(buttons)
        # Only once the button is in the dialog: set before, the dialog chose its first
        # button, Emergency signs, and Enter opened the emergency panel instead of
        # saving (found by the AT-SPI walk, issue 23).
        self.save_button.setDefault(True)
        install_emergency_shortcut(self, show_emergency)

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget, error: FieldError | None) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        if error is not None:
            form.addRow("", error)

    def accept(self) -> None:
        self.start_error.clear_error()
        self.dose_error.clear_error()
        try:
            dose = parse_positive_decimal(self.dose_edit.text(), field="dose_miu")
        except DoseInputError as problem:
            self.dose_error.show_error(problem.message)
            return
        prefs = self.ctx.settings.current
        plan = CoursePlan(
            start_date=from_qdate(self.start_edit.date()), zone_name=prefs.time_zone,
            dose_miu=dose, morning=prefs.morning_time, evening=prefs.evening_time,
            dose_confirmed=self.confirm_box.isChecked(), recorded_after=True,
            hard_to_tolerate=self.hard_box.isChecked(), notes=self.notes_edit.text().strip(),
        )
        errors = validate_plan(plan, local_today(self.ctx), self.ctx.courses.list())
        if errors:
            if "dose_miu" in errors:
                self.dose_error.show_error(errors.pop("dose_miu"))
            if errors:
                self.start_error.show_error(next(iter(errors.values())))
            return
        self.course_id = self.ctx.course_service.create_course(plan)
        super().accept()
