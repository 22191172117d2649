"""After mixing: the strength (concentration) and how long the vial may be kept (D2, D5).

The strength comes from the label or the pharmacist. With only the vial amount and the
diluent volume, the worked-out value is shown with the overfill note and must be
confirmed before it is used (rule D2).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.dose import OVERFILL_NOTE, DoseInputError, computed_concentration, format_number
from il2desk.domain.preparation import (
    MAX_USABLE_HOURS,
    read_concentration,
    read_diluent_ml,
    read_vial_miu,
)
from il2desk.services.supplies_service import NewVial
from il2desk.ui.doses import format_concentration
from il2desk.ui.i18n import plural_suffix, translate_message
from il2desk.ui.syringe_wizard.state import PreparationState
from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage

# The worked-out strength is used to two decimals, the precision a label would give.
_COMPUTED_PLACES = Decimal("0.01")


class StrengthPage(WizardPage):
    def __init__(self, state: PreparationState, make_vial: Callable[..., NewVial]) -> None:
        super().__init__()
        self._state = state
        self._make_vial = make_vial
        self.errors: dict[str, FieldError] = {}
        self.title = self.tr("The strength after mixing")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Type the strength of the mixed medicine, in million units per mL, as the "
            "label or your pharmacist gives it.")))
        self.label_radio = QRadioButton(self.tr("From the &label or my pharmacist"))
        self.label_radio.setAccessibleName(self.tr("Strength from the label or pharmacist"))
        self.compute_radio = QRadioButton(
            self.tr("I only &know the vial amount and the diluent volume"))
        self.compute_radio.setAccessibleName(self.tr("Work out the strength"))
        group = QButtonGroup(self)
        group.addButton(self.label_radio)
        group.addButton(self.compute_radio)
        self.label_radio.setChecked(True)
        layout.addWidget(self.label_radio)
        # One strength at a time (issue 20): only the fields of the chosen way show, so
        # a worked-out value never stays beside the label's after switching back.
        self.label_fields = QWidget()
        form = QFormLayout(self.label_fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        layout.addWidget(self.label_fields)
        self.concentration_edit = self._field(
            "concentration", self.tr("&Strength (million units per mL):"),
            self.tr("Strength in million units per mL"))
        layout.addWidget(self.compute_radio)
        self.compute_fields = QWidget()
        compute_column = QVBoxLayout(self.compute_fields)
        compute_column.setContentsMargins(0, 0, 0, 0)
        form2 = QFormLayout()
        self.form = form2
        compute_column.addLayout(form2)
        layout.addWidget(self.compute_fields)
        self.vial_edit = self._field("vial", self.tr("&Vial amount (million units):"),
                                     self.tr("Vial amount in million units"))
        self.diluent_edit = self._field("diluent", self.tr("&Diluent added (mL):"),
                                        self.tr("Diluent added in mL"))
        self.computed_label = QLabel()
        self.computed_label.setObjectName("computedConcentration")
        self.computed_label.setWordWrap(True)
        bold = QFont(self.computed_label.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        bold.setBold(True)
        self.computed_label.setFont(bold)
        compute_column.addWidget(self.computed_label)
        self.overfill_box = QCheckBox()
        self.overfill_box.setAccessibleName(self.tr("Use the worked-out strength"))
        self.overfill_box.hide()
        compute_column.addWidget(self.overfill_box)
        self.errors["overfill"] = FieldError()
        compute_column.addWidget(self.errors["overfill"])
        self.compute_fields.setVisible(False)
        self.label_radio.toggled.connect(self._show_chosen_way)

        form3 = QFormLayout()
        self.form = form3
        layout.addLayout(form3)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, MAX_USABLE_HOURS)
        self.hours_spin.setSpecialValueText(self.tr("choose"))
        plural_suffix(self.hours_spin, lambda n: self.tr(" hour(s)", "", n))
        self.hours_spin.setMaximumWidth(200)
        self._add_row("hours", self.tr("Usable for, after &mixing:"), self.hours_spin,
                      self.tr("How many hours the label or pharmacist says the mixed vial "
                              "can be kept"))
        self.doses_spin = QSpinBox()
        self.doses_spin.setRange(0, 20)
        self.doses_spin.setSpecialValueText(self.tr("not said"))
        self.doses_spin.setMaximumWidth(200)
        self._add_row("doses", self.tr("D&oses in this vial:"), self.doses_spin,
                      self.tr("How many doses your pharmacist said this vial gives, if known"))
        layout.addStretch(1)
        for edit in (self.vial_edit, self.diluent_edit):
            edit.textChanged.connect(self._show_computed)
        self.concentration_edit.textChanged.connect(lambda: self.label_radio.setChecked(True))
        self.hours_spin.valueChanged.connect(self.errors["hours"].clear_error)  # as a field
        self.vial_edit.textEdited.connect(lambda: self.compute_radio.setChecked(True))
        self.diluent_edit.textEdited.connect(lambda: self.compute_radio.setChecked(True))

    def _show_chosen_way(self) -> None:
        by_label = self.label_radio.isChecked()
        self.label_fields.setVisible(by_label)
        self.compute_fields.setVisible(not by_label)
        self.errors_clear()
        (self.concentration_edit if by_label else self.vial_edit).setFocus()

    # -- building -----------------------------------------------------------------------
    def _add_row(self, key: str, label: str, editor: QWidget, description: str) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        self.errors[key] = FieldError()
        column.addWidget(self.errors[key])
        editor.setAccessibleName(description)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, holder)

    def _field(self, key: str, label: str, description: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textChanged.connect(self.errors_clear)
        self._add_row(key, label, edit, description)
        return edit

    def errors_clear(self) -> None:
        for error in self.errors.values():
            error.clear_error()

    def enter(self) -> None:
        mark = self._state.decimal_mark
        example = self.tr("for example {0}").format("18")
        self.concentration_edit.setPlaceholderText(example)
        self.vial_edit.setPlaceholderText(self.tr("for example {0}").format("22"))
        self.diluent_edit.setPlaceholderText(self.tr("for example {0}").format("1" + mark + "2"))
        planned = self._state.planned_concentration_miu_per_ml
        if planned is not None and not self.concentration_edit.text():
            self.concentration_edit.setText(format_number(planned, decimal_mark=mark))
        self.concentration_edit.setFocus()

    # -- the worked-out strength (rule D2) ----------------------------------------------
    def _computed(self) -> Decimal | None:
        mark = self._state.decimal_mark
        try:
            vial = read_vial_miu(self.vial_edit.text(), decimal_mark=mark)
            diluent = read_diluent_ml(self.diluent_edit.text(), decimal_mark=mark)
        except DoseInputError:
            return None
        return computed_concentration(vial, diluent)

    def _show_computed(self) -> None:
        value = self._computed()
        if value is None:
            self.computed_label.clear()
            self.overfill_box.hide()
            return
        shown = format_concentration(value, max_places=2)
        self.computed_label.setText(self.tr("Worked out: {0}. {1}").format(
            shown, translate_message(OVERFILL_NOTE)))
        self.computed_label.setAccessibleName(self.computed_label.text())
        self.overfill_box.setText(self.tr(
            "I &checked the label and my pharmacist's instructions: they give no other "
            "strength, so use {0}.").format(shown))
        self.overfill_box.setChecked(False)
        self.overfill_box.show()

    # -- leaving the page ---------------------------------------------------------------
    def commit(self) -> bool:
        mark = self._state.decimal_mark
        self.errors_clear()
        vial_miu = diluent_ml = None
        try:
            if self.label_radio.isChecked():
                concentration = read_concentration(self.concentration_edit.text(),
                                                   decimal_mark=mark)
            else:
                try:
                    vial_miu = read_vial_miu(self.vial_edit.text(), decimal_mark=mark)
                except DoseInputError as problem:
                    self.errors["vial"].show_error(problem.message)
                    return False
                diluent_ml = read_diluent_ml(self.diluent_edit.text(), decimal_mark=mark,
                                             field="diluent")
                computed = computed_concentration(vial_miu, diluent_ml).quantize(
                    _COMPUTED_PLACES, rounding=ROUND_HALF_UP)
                if not self.overfill_box.isChecked():
                    self.errors["overfill"].show_error(self.tr(
                        "Please compare the worked-out strength with the label first. If "
                        "the label gives a strength, choose “From the label” and type it."))
                    return False
                concentration = read_concentration(format_number(computed, decimal_mark=mark),
                                                   decimal_mark=mark)
        except DoseInputError as problem:
            key = "diluent" if problem.field == "diluent" else "concentration"
            self.errors[key].show_error(problem.message)
            return False
        hours = self.hours_spin.value()
        if hours <= 0:
            self.errors["hours"].show_error(self.tr(
                "Please enter how long the mixed vial can be kept, from its label or your "
                "pharmacist."))
            return False
        doses = self.doses_spin.value() or None
        self._state.new_vial = self._make_vial(
            concentration_miu_per_ml=concentration, hours=hours, vial_miu=vial_miu,
            diluent_ml=diluent_ml, doses_expected=doses)
        return True
