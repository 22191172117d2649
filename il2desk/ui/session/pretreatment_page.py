"""Step 1 (rule R8): antihistamine and ibuprofen before the injection.

The protease-inhibitor caution is shown the first time only (remembered in settings).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from il2desk.domain.checklists import PROTEASE_CAUTION_SETTING
from il2desk.ui.host import ViewHost
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import LocalTimeEdit, SessionPage
from il2desk.ui.widgets import FieldError, heading, paragraph

FUTURE_SLACK = dt.timedelta(minutes=1)


class PretreatmentPage(SessionPage):
    def __init__(self, host: ViewHost, draft: SessionDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, draft, parent)
        self.title = self.tr("Before the injection")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Did you take your antihistamine and ibuprofen?"),
                                 level=2))
        layout.addWidget(paragraph(self.tr(
            "Taking them before the injection makes the flu-like feelings (fever, chills, "
            "aches) milder.")))
        self.caution = QLabel(self.tr(
            "⚠ Good to know: some antihistamines do not mix well with HIV medicines called "
            "protease inhibitors. Check with your doctor or pharmacist which antihistamine "
            "is right for you."))
        self.caution.setObjectName("piCaution")
        self.caution.setWordWrap(True)
        self.caution.setFrameShape(QFrame.Shape.StyledPanel)
        self.caution.setStyleSheet("QLabel#piCaution { padding: 8px; background: #fff4d6; }")
        self.caution.setAccessibleName(self.caution.text())
        first_time = not host.ctx.settings.flag(PROTEASE_CAUTION_SETTING)
        self.caution.setVisible(first_time)
        layout.addWidget(self.caution)

        self.took = QRadioButton(self.tr("&Yes, I took them at:"))
        self.took.setAccessibleName(self.tr("Yes, I took them"))
        # No answer is chosen to start with: one Next must not record pills as taken.
        self.time_edit = LocalTimeEdit(self.zone_name)
        self.time_edit.setObjectName("pretreatmentTime")
        self.time_edit.setAccessibleName(self.tr("Time I took them"))
        self.time_edit.set_utc(self.now_utc())
        self.error = FieldError()
        self.skip = QRadioButton(self.tr("N&ot this time (this is noted)"))
        self.skip.setAccessibleName(self.tr("Not this time"))
        group = QButtonGroup(self)
        group.addButton(self.took)
        group.addButton(self.skip)
        self.time_edit.setEnabled(False)
        self.took.toggled.connect(self.time_edit.setEnabled)
        layout.addWidget(self.took)
        layout.addWidget(self.time_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.skip)
        layout.addStretch(1)
        self._caution_recorded = not first_time
        # A resumed session shows what was answered before.
        if draft.pretreatment_skipped:
            self.skip.setChecked(True)
        elif draft.pretreatment_utc is not None:
            self.took.setChecked(True)
            self.time_edit.set_utc(draft.pretreatment_utc)

    def commit(self) -> bool:
        if not (self.took.isChecked() or self.skip.isChecked()):
            self.error.show_error(self.tr(
                "Please choose an answer: did you take them, or not this time?"))
            self.took.setFocus()
            return False
        if self.took.isChecked():
            taken = self.time_edit.value_utc()
            if taken > self.now_utc() + FUTURE_SLACK:
                self.error.show_error(self.tr(
                    "That time is still to come. Please give the time you took them."))
                return False
            self.draft.pretreatment_utc, self.draft.pretreatment_skipped = taken, False
        else:
            self.draft.pretreatment_utc, self.draft.pretreatment_skipped = None, True
        self.draft.pretreatment_answered = True
        self.error.clear_error()
        if not self._caution_recorded:
            # The caution was read once; it is not shown again (rule R8).
            self.host.ctx.settings.set_flag(PROTEASE_CAUTION_SETTING)
            self._caution_recorded = True
        return True
