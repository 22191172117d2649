"""Wizard page 6, blood work (rule R16): due 2 weeks before the start, to be booked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from il2desk.domain.regimen import blood_work_due
from il2desk.ui.colours import use_text_colour
from il2desk.ui.course_wizard.draft import CourseDraft
from il2desk.ui.dates import long_date
from il2desk.ui.widgets import heading, paragraph
from il2desk.ui.wizard_base import WizardPage


class BloodWorkPage(WizardPage):
    def __init__(self, draft: CourseDraft) -> None:
        super().__init__()
        self.draft = draft
        self.title = self.tr("Blood test")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Your doctor needs a blood test (CD4 count and viral load) two weeks before "
            "each course.")))
        self.date_label = heading("", level=2)
        self.date_label.setObjectName("bloodWorkDate")
        layout.addWidget(self.date_label)
        self.late_note = paragraph(self.tr(
            "That day has already passed: please ask for the blood test as soon as you can."))
        use_text_colour(self.late_note, "warning")
        layout.addWidget(self.late_note)
        self.booked_box = QCheckBox(self.tr("My blood &test is booked"))
        self.booked_box.setAccessibleName(self.tr("My blood test is booked"))
        layout.addWidget(self.booked_box)
        layout.addStretch(1)

    def load(self, booked: bool) -> None:
        self.booked_box.setChecked(booked)

    def enter(self) -> None:
        start = self.draft.start_date
        assert start is not None  # the When page came before
        due = blood_work_due(start)
        self.date_label.setText(self.tr("Due on {date}").format(date=long_date(due)))
        self.date_label.setAccessibleName(self.date_label.text())
        self.late_note.setVisible(due < self.draft.today)

    def commit(self) -> bool:
        self.draft.support["blood_work"] = self.booked_box.isChecked()
        return True
