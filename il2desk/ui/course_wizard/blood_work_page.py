"""Wizard page 6, blood work (rule R16): due 2 weeks before the start, to be booked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWizardPage

from il2desk.domain.regimen import blood_work_due
from il2desk.ui.colours import use_text_colour
from il2desk.ui.dates import long_date
from il2desk.ui.widgets import heading, paragraph


class BloodWorkPage(QWizardPage):
    def __init__(self, today: dt.date, start: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today
        self._start = start
        self.setTitle(self.tr("Blood test"))
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

    def due(self) -> dt.date:
        return blood_work_due(self._start())

    def initializePage(self) -> None:
        due = self.due()
        self.date_label.setText(self.tr("Due on {date}").format(date=long_date(due)))
        self.date_label.setAccessibleName(self.date_label.text())
        self.late_note.setVisible(due < self._today)
