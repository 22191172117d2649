"""Step 7 (rule R11): the used syringe goes into the sharps container; then finish."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from il2desk.ui.host import ViewHost
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import SessionPage
from il2desk.ui.widgets import heading, paragraph


class SharpsPage(SessionPage):
    def __init__(self, host: ViewHost, draft: SessionDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, draft, parent)
        self.title = self.tr("Sharps")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Put the used syringe away safely"), level=2))
        layout.addWidget(paragraph(self.tr(
            "Put the used syringe, needle first, into the sharps container. Do not put "
            "the cap back on the needle.")))
        self.sharps_box = QCheckBox(self.tr("The used syringe is in the &sharps container"))
        self.sharps_box.setAccessibleName(self.tr("The used syringe is in the sharps container"))
        layout.addWidget(self.sharps_box)
        # Issue 6, step 7 "and how you feel": the diary opens after Finish (optional).
        self.diary_box = QCheckBox(self.tr("After this, open the &diary to note how I feel"))
        self.diary_box.setAccessibleName(self.tr("Open the diary after this"))
        self.diary_box.setAccessibleDescription(self.tr(
            "Shows the side-effect diary once the injection is recorded"))
        layout.addWidget(self.diary_box)
        layout.addWidget(paragraph(self.tr(
            "Your injection is already saved in your record. Press Finish to close the "
            "session. If you feel unwell later, the emergency signs are one click away "
            "(Ctrl+E).")))
        layout.addStretch(1)

    def commit(self) -> bool:
        self.draft.sharps_done = self.sharps_box.isChecked()
        self.draft.open_diary_after = self.diary_box.isChecked()
        return True
