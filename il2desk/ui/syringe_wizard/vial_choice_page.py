"""Vial path: mix a new vial, or continue one mixed before (rule D5 warns here, before
the drawing step, when that vial is past its time)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from il2desk.services.supplies_service import SuppliesService, Vial
from il2desk.ui.doses import format_concentration
from il2desk.ui.syringe_wizard.state import PreparationState
from il2desk.ui.vial_text import expiry_text, local_time_text
from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage


class VialChoicePage(WizardPage):
    def __init__(self, state: PreparationState, supplies: SuppliesService,
                 now_utc: Callable[[], object]) -> None:
        super().__init__()
        self._state = state
        self._supplies = supplies
        self._now_utc = now_utc
        self._vials: list[Vial] = []
        self.title = self.tr("Which vial?")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Mix a new vial, or draw from one you mixed before if it is still within "
            "the time on its label.")))
        self.new_radio = QRadioButton(self.tr("&Mix a new vial"))
        self.new_radio.setAccessibleName(self.tr("Mix a new vial"))
        self.old_radio = QRadioButton(self.tr("&Use a vial I mixed before:"))
        self.old_radio.setAccessibleName(self.tr("Use a vial I mixed before"))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.old_radio)
        self.new_radio.setChecked(True)
        layout.addWidget(self.new_radio)
        layout.addWidget(self.old_radio)
        self.vial_list = QListWidget()
        self.vial_list.setAccessibleName(self.tr("Vials mixed before"))
        self.vial_list.setMinimumHeight(110)
        layout.addWidget(self.vial_list)
        self.warning = FieldError()
        self.warning.setObjectName("vialWarning")
        layout.addWidget(self.warning)
        self.discard_button = QPushButton(self.tr("Mark this vial as &thrown away"))
        self.discard_button.setAccessibleName(self.tr("Mark this vial as thrown away"))
        self.discard_button.clicked.connect(self._discard_selected)
        self.discard_button.hide()
        layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.new_radio.toggled.connect(self._update)
        self.vial_list.currentRowChanged.connect(lambda _row: self._choose_listed())

    def enter(self) -> None:
        chosen = self.selected_vial()  # coming back to the page keeps the choice
        self._reload()
        if chosen is not None:
            self.select_vial(chosen.id)
        self.new_radio.setFocus()

    def _reload(self) -> None:
        self._vials = self._supplies.open_vials()
        self.vial_list.clear()
        now = self._now_utc()
        for vial in self._vials:
            text = self.tr("Mixed {0} · {1} · {2} · {3}").format(
                local_time_text(vial.mixed_utc, vial.zone_name),
                format_concentration(vial.concentration_miu_per_ml),
                self.tr("%n dose(s) drawn", "", vial.doses_drawn), expiry_text(vial, now))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, vial.id)
            self.vial_list.addItem(item)
        self.old_radio.setEnabled(bool(self._vials))
        self.vial_list.setEnabled(bool(self._vials))
        if not self._vials:
            self.new_radio.setChecked(True)
        self._update()

    def _choose_listed(self) -> None:
        if self.vial_list.currentRow() >= 0:
            self.old_radio.setChecked(True)
        self._update()

    def selected_vial(self) -> Vial | None:
        row = self.vial_list.currentRow()
        if self.old_radio.isChecked() and 0 <= row < len(self._vials):
            return self._vials[row]
        return None

    def select_vial(self, vial_id: int) -> None:
        """Choose a listed vial (keyboard users do the same with the arrows)."""
        for row, vial in enumerate(self._vials):
            if vial.id == vial_id:
                self.vial_list.setCurrentRow(row)

    def _update(self) -> None:
        vial = self.selected_vial()
        if vial is not None and vial.is_expired(self._now_utc()):
            self.warning.show_error(self.tr(
                "This vial is past the time on its label or the one your pharmacist gave. "
                "Do not draw from it: throw it away as your pharmacist told you, and mix "
                "a new vial."))
            self.discard_button.show()
        else:
            self.warning.clear_error()
            self.discard_button.hide()
        self.complete_changed.emit()

    def _discard_selected(self) -> None:
        vial = self.selected_vial()
        if vial is not None:
            self._supplies.discard_vial(vial.id)
            self._reload()
            self.new_radio.setChecked(True)

    def is_complete(self) -> bool:
        if self.new_radio.isChecked():
            return True
        vial = self.selected_vial()
        return vial is not None and not vial.is_expired(self._now_utc())

    def commit(self) -> bool:
        if not self.is_complete():
            return False
        self._state.continue_vial = self.selected_vial()
        if self._state.continue_vial is not None:
            self._state.new_vial = None
        return True
