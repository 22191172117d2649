"""The last step (rule R11): the used syringe goes into the sharps container."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from il2desk.services.supplies_service import SuppliesService
from il2desk.ui.syringe_wizard.state import PreparationState
from il2desk.ui.syringe_wizard.step_page import step_picture
from il2desk.ui.widgets import FieldError
from il2desk.ui.wizard_base import WizardPage


class SharpsPage(WizardPage):
    def __init__(self, state: PreparationState, supplies: SuppliesService) -> None:
        super().__init__()
        self._state = state
        self._supplies = supplies
        self.title = self.tr("Used syringe into the sharps container")
        row = QHBoxLayout(self)
        column = QVBoxLayout()
        text = self.tr(
            "After the injection, put the used syringe, needle first, straight into the "
            "sharps container. Do not put the cap back on the needle, and never put a "
            "used syringe in the household rubbish.")
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        font = QFont(self.text_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.text_label.setFont(font)
        column.addWidget(self.text_label)
        self.full_notice = FieldError()
        self.full_notice.setObjectName("sharpsFull")
        column.addWidget(self.full_notice)
        self.done_box = QCheckBox(self.tr("The used syringe is in the sharps &container"))
        self.done_box.setFont(font)
        self.done_box.setAccessibleName(self.tr("The used syringe is in the sharps container"))
        self.done_box.toggled.connect(self._toggled)
        column.addWidget(self.done_box)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.picture = step_picture("prep-sharps", self.tr(
            "A syringe going needle first into a yellow sharps container"))
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)

    def enter(self) -> None:
        if self._supplies.sharps().full:
            self.full_notice.show_error(self.tr(
                "Your sharps container is full. Close its lid firmly and do not put "
                "anything more in it. Ask your pharmacist, clinic or local council where "
                "full containers go in your area: rules differ from place to place. Then "
                "start a new container, and mark it in Supplies."))
        else:
            self.full_notice.clear_error()
        self.done_box.setFocus()

    def _toggled(self, checked: bool) -> None:
        self._state.sharps_done = checked
        self.complete_changed.emit()

    def is_complete(self) -> bool:
        return self.done_box.isChecked()
