"""Wizard page 4, preparation (rule R11): pre-filled syringes or a vial to mix."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from il2desk.domain.course import Preparation
from il2desk.domain.dose import (
    DoseInputError,
    SyringeKind,
    computed_concentration,
    format_concentration,
    format_number,
)
from il2desk.domain.preparation import read_concentration, read_diluent_ml, read_vial_miu
from il2desk.ui.course_wizard.draft import CourseDraft
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage


class PreparationPage(WizardPage):
    def __init__(self, draft: CourseDraft) -> None:
        super().__init__()
        self.draft = draft
        self.title = self.tr("Your syringes")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("How does your medicine come?")))
        self.prefilled_radio = QRadioButton(self.tr("&Pre-filled syringes, ready to use"))
        self.prefilled_radio.setAccessibleName(self.tr("Pre-filled syringes"))
        self.vial_radio = QRadioButton(self.tr("A &vial that I mix and draw from"))
        self.vial_radio.setAccessibleName(self.tr("A vial to mix"))
        group = QButtonGroup(self)
        group.addButton(self.prefilled_radio)
        group.addButton(self.vial_radio)
        self.prefilled_radio.setChecked(True)
        layout.addWidget(self.prefilled_radio)
        layout.addWidget(self.vial_radio)
        form = QFormLayout()
        self.syringe_combo = QComboBox()
        for kind in SyringeKind:
            self.syringe_combo.addItem(translate_message(kind.label), kind.value)
        self.syringe_combo.setCurrentIndex(
            self.syringe_combo.findData(SyringeKind.U100_05.value))
        self.syringe_combo.setAccessibleName(self.tr("Kind of syringe"))
        label = QLabel(self.tr("&Syringe I draw with:"))
        label.setBuddy(self.syringe_combo)
        form.addRow(label, self.syringe_combo)
        # Rule D2 (issue 19): the strength after mixing, as the command line stores it,
        # so the checklist and the session can show the volume to draw (rule D3).
        self.strength_edit = QLineEdit()
        self.strength_edit.setMaximumWidth(160)
        self.strength_edit.setAccessibleName(
            self.tr("Strength after mixing, in million units per mL"))
        strength_label = QLabel(self.tr("S&trength after mixing (million units per mL):"))
        strength_label.setBuddy(self.strength_edit)
        form.addRow(strength_label, self.strength_edit)
        self.errors = {key: FieldError() for key in ("strength", "vial", "diluent")}
        form.addRow("", self.errors["strength"])
        self.vial_miu_edit = QLineEdit()
        self.vial_miu_edit.setMaximumWidth(160)
        self.vial_miu_edit.setAccessibleName(self.tr("Million units in the vial"))
        vial_label = QLabel(self.tr("Or: million units in the v&ial:"))
        vial_label.setBuddy(self.vial_miu_edit)
        form.addRow(vial_label, self.vial_miu_edit)
        form.addRow("", self.errors["vial"])
        self.diluent_edit = QLineEdit()
        self.diluent_edit.setMaximumWidth(160)
        self.diluent_edit.setAccessibleName(self.tr("mL of diluent"))
        diluent_label = QLabel(self.tr("and mL of &diluent added:"))
        diluent_label.setBuddy(self.diluent_edit)
        form.addRow(diluent_label, self.diluent_edit)
        form.addRow("", self.errors["diluent"])
        self._vial_rows = (self.strength_edit, self.vial_miu_edit, self.diluent_edit)
        self._form = form
        layout.addLayout(form)
        self.computed = paragraph("")
        self.computed.setObjectName("computedStrength")
        layout.addWidget(self.computed)
        self.confirm_box = QCheckBox(self.tr("&Yes, this is the strength on the label or "
                                             "from my pharmacist"))
        layout.addWidget(self.confirm_box)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.vial_note = paragraph(self.tr(
            "The strength of the mixed vial comes from its label or your pharmacist. With "
            "it, your checklist and the injection session show the volume to draw."))
        layout.addWidget(self.vial_note)
        layout.addStretch(1)
        self.vial_radio.toggled.connect(self._update)
        for edit in self._vial_rows:
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        vial = self.vial_radio.isChecked()
        self.syringe_combo.setEnabled(vial)
        self.vial_note.setVisible(vial)
        for edit in self._vial_rows:
            self._form.setRowVisible(edit, vial)
        computed = self._computed() if vial and not self.strength_edit.text().strip() else None
        self.computed.setVisible(computed is not None)
        self.confirm_box.setVisible(computed is not None)
        if computed is not None:
            # Rule D2: vial contents include overfill; the label's number is the truth.
            self.computed.setText(self.tr(
                "That makes about {value}. Vials hold a little extra, so the strength on "
                "the label can differ: please check it there.").format(
                value=translate_message(format_concentration(computed))))

    def _computed(self) -> Decimal | None:
        try:
            vial = read_vial_miu(self.vial_miu_edit.text())
            diluent = read_diluent_ml(self.diluent_edit.text())
        except DoseInputError:
            return None
        return computed_concentration(vial, diluent)

    def concentration(self) -> Decimal | None:
        """The strength to store (rule D2), or None (pre-filled, or not known yet)."""
        if self.preparation() is Preparation.PREFILLED:
            return None
        if self.strength_edit.text().strip():
            try:
                return read_concentration(self.strength_edit.text())
            except DoseInputError:
                return None
        computed = self._computed()
        return computed if computed is not None and self.confirm_box.isChecked() else None

    def commit(self) -> bool:
        if not self._valid():
            return False
        self.draft.preparation = self.preparation()
        self.draft.syringe_kind = self.syringe_kind()
        self.draft.concentration_miu_per_ml = self.concentration()
        return True

    def _valid(self) -> bool:
        self.error.clear_error()
        for error in self.errors.values():
            error.clear_error()
        if self.preparation() is Preparation.PREFILLED:
            return True
        text = self.strength_edit.text().strip()
        if text:
            try:
                read_concentration(text)
            except DoseInputError as problem:
                self.errors["strength"].show_error(problem.message)
                return False
            return True
        if not (self.vial_miu_edit.text().strip() or self.diluent_edit.text().strip()):
            self.errors["strength"].show_error(self.tr(
                "Please type the strength after mixing from the vial's label (or the "
                "million units in the vial and the mL of diluent)."))
            return False
        for key, edit, read in (("vial", self.vial_miu_edit, read_vial_miu),
                                ("diluent", self.diluent_edit, read_diluent_ml)):
            try:
                read(edit.text())
            except DoseInputError as problem:
                self.errors[key].show_error(problem.message)
                return False
        if not self.confirm_box.isChecked():
            self.error.show_error(self.tr(
                "Please check the strength against the label, then tick the box."))
            return False
        return True

    def load(self, preparation: Preparation, syringe: SyringeKind | None) -> None:
        (self.vial_radio if preparation is Preparation.VIAL else self.prefilled_radio
         ).setChecked(True)
        if syringe is not None:
            self.syringe_combo.setCurrentIndex(self.syringe_combo.findData(syringe.value))

    def load_strength(self, concentration: Decimal | None) -> None:
        if concentration is not None:
            self.strength_edit.setText(format_number(concentration))

    def preparation(self) -> Preparation:
        return Preparation.VIAL if self.vial_radio.isChecked() else Preparation.PREFILLED

    def syringe_kind(self) -> SyringeKind | None:
        if self.preparation() is Preparation.PREFILLED:
            return None
        return SyringeKind(self.syringe_combo.currentData())
