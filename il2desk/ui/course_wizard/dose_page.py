"""Wizard page 2, the dose (rules R2, R3, D4): totals as you type, typo guard."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from il2desk.domain.dose import DoseInputError, parse_positive_decimal
from il2desk.domain.dose_advice import DoseSuggestion, check_dose_range
from il2desk.domain.regimen import course_total_miu, daily_total_miu
from il2desk.ui.colours import NOTE_BOX_STYLE
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import FieldError, paragraph


class DosePage(QWizardPage):
    def __init__(self, suggestion: DoseSuggestion | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Your dose"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Type the dose your doctor prescribed for each injection, in million units. "
            "For example 4.5.")))
        # rule R3: shown, never applied.
        self.suggestion_label = paragraph(
            translate_message(suggestion.text + ".") if suggestion else "")
        self.suggestion_label.setObjectName("reductionSuggestion")
        self.suggestion_label.setStyleSheet(NOTE_BOX_STYLE)  # own text colour: dark-safe
        self.suggestion_label.setVisible(suggestion is not None)
        layout.addWidget(self.suggestion_label)

        form = QFormLayout()
        self.dose_edit = QLineEdit()
        self.dose_edit.setAccessibleName(self.tr("Dose per injection, in million units"))
        # No grey example number in the field: it could be taken for a dose (issue 19).
        self.dose_edit.setMaximumWidth(160)
        label = QLabel(self.tr("&Dose per injection (million units):"))
        label.setBuddy(self.dose_edit)
        form.addRow(label, self.dose_edit)
        layout.addLayout(form)
        self.note = paragraph("")
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.confirm_box = QCheckBox(self.tr("&Yes, this is the dose my doctor prescribed"))
        self.confirm_box.setAccessibleName(self.tr("Confirm the unusual dose"))
        self.confirm_box.setVisible(False)
        self.confirm_box.toggled.connect(self._confirm_toggled)
        layout.addWidget(self.confirm_box)
        self.totals = paragraph("")
        self.totals.setObjectName("doseTotals")
        layout.addWidget(self.totals)
        layout.addStretch(1)
        self.dose_edit.textChanged.connect(self._update)
        self._update()

    def load(self, dose_miu: Decimal, confirmed: bool) -> None:
        self.dose_edit.setText(str(dose_miu))
        self.confirm_box.setChecked(confirmed)

    def dose(self) -> Decimal | None:
        try:
            dose = parse_positive_decimal(self.dose_edit.text(), field="dose_miu")
            check_dose_range(dose)  # more than two decimals is no dose (issue 19)
        except DoseInputError:
            return None
        return dose

    def confirmed(self) -> bool:
        # Only a dose that needed the rule R2 confirmation is stored as confirmed.
        dose = self.dose()
        return (dose is not None and self.confirm_box.isChecked()
                and check_dose_range(dose).needs_confirmation)

    def _confirm_toggled(self, _checked: bool) -> None:
        self.error.clear_error()
        self.completeChanged.emit()

    def _update(self) -> None:
        self.error.clear_error()
        dose = self.dose()
        if dose is None:
            self._say_problem()
            self.totals.setText(self.tr("The daily and course totals show here as you type."))
            self.confirm_box.setVisible(False)
            self.note.setVisible(False)
            return
        self.totals.setText(self.tr("Each day: {day} (2 injections). Whole course: {course} "
                                    "(10 injections).").format(
            day=format_dose_miu(daily_total_miu(dose)),
            course=format_dose_miu(course_total_miu(dose))))
        check = check_dose_range(dose)
        self.confirm_box.setVisible(check.needs_confirmation)
        self.note.setVisible(check.message is not None)
        self.note.setText(translate_message(check.message or ""))

    def _say_problem(self) -> None:
        """A number with more than two decimals is said at once (issue 19)."""
        try:
            check_dose_range(parse_positive_decimal(self.dose_edit.text(), field="dose_miu"))
        except DoseInputError as problem:
            if self.dose_edit.text().strip() and "decimals" in str(problem.message):
                self.error.show_error(problem.message)

    def validatePage(self) -> bool:
        try:
            dose = parse_positive_decimal(self.dose_edit.text(), field="dose_miu")
            check = check_dose_range(dose)  # rule R2
        except DoseInputError as problem:
            self.error.show_error(problem.message)
            self.dose_edit.setFocus()
            return False
        if check.needs_confirmation and not self.confirm_box.isChecked():
            self.error.show_error(self.tr(
                "Please check this dose. If it is right, tick the box below to confirm."))
            self.confirm_box.setFocus()
            return False
        return True
