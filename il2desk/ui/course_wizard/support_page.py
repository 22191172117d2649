"""Wizard page 5, support (rules R8, R10, R11): a checklist the user ticks or leaves open."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from il2desk.domain.checklists import (
    PROTEASE_CAUTION,
    PROTEASE_CAUTION_SETTING,
    SUPPORT_ITEMS,
)
from il2desk.domain.preferences import SettingError, parse_phone
from il2desk.services.settings_service import SettingsService
from il2desk.ui.colours import NOTE_BOX_STYLE
from il2desk.ui.course_wizard.draft import CourseDraft
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage

PAGE_ITEMS = tuple(item for item in SUPPORT_ITEMS if item.key != "blood_work")


class SupportPage(WizardPage):
    def __init__(self, draft: CourseDraft, settings: SettingsService) -> None:
        super().__init__()
        self.draft = draft
        self._settings = settings
        self.title = self.tr("Support and supplies")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Tick what is already arranged. What you leave open stays on your Today "
            "page as a reminder.")))
        self.boxes: dict[str, QCheckBox] = {}
        for item in PAGE_ITEMS:
            box = QCheckBox(translate_message(item.text))
            box.setAccessibleName(translate_message(item.text))
            self.boxes[item.key] = box
            layout.addWidget(box)
            if item.key == "doctor_number":
                form = QFormLayout()
                self.phone_edit = QLineEdit(settings.current.doctor_phone)
                self.phone_edit.setAccessibleName(self.tr("Doctor's emergency number"))
                label = QLabel(self.tr("Doctor's &emergency number:"))
                label.setBuddy(self.phone_edit)
                form.addRow(label, self.phone_edit)
                layout.addLayout(form)
                self.phone_error = FieldError()
                layout.addWidget(self.phone_error)
                box.setChecked(bool(settings.current.doctor_phone))
                self.phone_edit.textEdited.connect(
                    lambda text: self.boxes["doctor_number"].setChecked(bool(text.strip())))
        # rule R8: this caution is shown once, the first time the page is seen.
        self.caution = paragraph("⚠ " + translate_message(PROTEASE_CAUTION))
        self.caution.setObjectName("proteaseCaution")
        self.caution.setStyleSheet(NOTE_BOX_STYLE)  # own text colour: dark-safe
        self.caution.setVisible(False)
        layout.addWidget(self.caution)
        layout.addStretch(1)

    def enter(self) -> None:
        if not self._settings.flag(PROTEASE_CAUTION_SETTING):
            self.caution.setVisible(True)
            self._settings.set_flag(PROTEASE_CAUTION_SETTING)

    def load(self, ticked: Mapping[str, bool]) -> None:
        for key, box in self.boxes.items():
            if key in ticked:
                box.setChecked(bool(ticked[key]))

    def ticked(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def new_phone(self) -> str | None:
        """The number typed here when it differs from Settings (saved on finish)."""
        phone = self.phone_edit.text().strip()
        if phone and phone != self._settings.current.doctor_phone:
            return phone
        return None

    def commit(self) -> bool:
        self.phone_error.clear_error()
        try:
            parse_phone(self.phone_edit.text())
        except SettingError as problem:
            self.phone_error.show_error(problem.message)
            self.phone_edit.setFocus()
            return False
        self.draft.support.update(self.ticked())
        self.draft.new_phone = self.new_phone()
        return True
