"""Pre-filled path (rule R11): the dose on the syringe's label must be the prescribed one."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from il2desk.domain.dose import DoseInputError
from il2desk.domain.preparation import label_dose_problem, read_dose_miu
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.syringe_wizard.state import PreparationState
from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage


class PrefilledPage(WizardPage):
    def __init__(self, state: PreparationState) -> None:
        super().__init__()
        self._state = state
        self.title = self.tr("Check the syringe's label")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Your syringe comes ready filled. Before anything else, read the dose printed "
            "on its label and type it below. No sums are needed.")))
        self.prescribed_label = QLabel()
        self.prescribed_label.setObjectName("prescribedDose")
        big = QFont(self.prescribed_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.prescribed_label.setFont(big)
        self.prescribed_label.setWordWrap(True)
        layout.addWidget(self.prescribed_label)

        form = QFormLayout()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.label_dose_edit = QLineEdit()
        self.label_dose_edit.setFont(big)
        self.label_dose_edit.setAccessibleName(self.tr("Dose printed on the label"))
        self.label_dose_edit.setAccessibleDescription(
            self.tr("In million units, as printed on the syringe's label"))
        self.label_dose_edit.textChanged.connect(self._clear_error)
        self.error = FieldError()
        column.addWidget(self.label_dose_edit)
        column.addWidget(self.error)
        caption = QLabel(self.tr("&Dose on the label (million units):"))
        caption.setBuddy(self.label_dose_edit)
        form.addRow(caption, holder)
        layout.addLayout(form)
        layout.addStretch(1)

    def enter(self) -> None:
        mark = self._state.decimal_mark
        self.prescribed_label.setText(self.tr("Your dose for this injection: {0}").format(
            format_dose_miu(self._state.dose_miu)))
        self.prescribed_label.setAccessibleName(self.prescribed_label.text())
        self.label_dose_edit.setPlaceholderText(self.tr("for example {0}").format(
            "4" + mark + "5"))
        self.label_dose_edit.setFocus()

    def _clear_error(self) -> None:
        self.error.clear_error()

    def commit(self) -> bool:
        """A number that is not the prescribed dose stops here, with the reason."""
        mark = self._state.decimal_mark
        try:
            label_dose = read_dose_miu(self.label_dose_edit.text(), decimal_mark=mark)
        except DoseInputError as problem:
            self.error.show_error(problem.message)
            return False
        problem_text = label_dose_problem(label_dose, self._state.dose_miu, decimal_mark=mark)
        if problem_text is not None:
            self.error.show_error(problem_text)
            return False
        self._state.label_dose_miu = label_dose
        return True
