"""Wizard page 4, preparation (rule R11): pre-filled syringes or a vial to mix."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from il2desk.domain.course import Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import FieldError, paragraph


class PreparationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your syringes"))
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
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.vial_note = paragraph(self.tr(
            "Only your choice and the kind of syringe are kept here. The strength of the "
            "mixed vial comes from its label or your pharmacist."))
        layout.addWidget(self.vial_note)
        layout.addStretch(1)
        self.vial_radio.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        vial = self.vial_radio.isChecked()
        self.syringe_combo.setEnabled(vial)
        self.vial_note.setVisible(vial)

    def load(self, preparation: Preparation, syringe: SyringeKind | None) -> None:
        (self.vial_radio if preparation is Preparation.VIAL else self.prefilled_radio
         ).setChecked(True)
        if syringe is not None:
            self.syringe_combo.setCurrentIndex(self.syringe_combo.findData(syringe.value))

    def preparation(self) -> Preparation:
        return Preparation.VIAL if self.vial_radio.isChecked() else Preparation.PREFILLED

    def syringe_kind(self) -> SyringeKind | None:
        if self.preparation() is Preparation.PREFILLED:
            return None
        return SyringeKind(self.syringe_combo.currentData())

    def description(self) -> str:
        kind = self.syringe_kind()
        if kind is None:
            return self.tr("Pre-filled syringes")
        return self.tr("A vial to mix, drawn with a {syringe}").format(
            syringe=translate_message(kind.label))
