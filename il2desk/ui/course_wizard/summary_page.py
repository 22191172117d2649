"""Wizard page 7, the summary: everything on one page before saving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout

from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage


class SummaryPage(WizardPage):
    def __init__(self, describe: Callable[[], str]) -> None:
        super().__init__()
        self._describe = describe
        self.title = self.tr("Summary")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Please check everything. Press “Save the course” to keep it, or “Back” to "
            "change something.")))
        self.summary = QLabel()
        self.summary.setObjectName("courseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        scroll.setAccessibleName(self.tr("Summary of the course"))  # it takes the focus
        layout.addWidget(scroll, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        # Issue 9 adds "Print checklist…" and "Export to calendar…" here.
        self.output_buttons = QHBoxLayout()
        layout.addLayout(self.output_buttons)

    def enter(self) -> None:
        self.error.clear_error()
        self.summary.setText(self._describe())
        # The summary is a table in HTML; a screen reader read the tags out (AT-SPI walk,
        # issue 23), so it gets the words only.
        self.summary.setAccessibleName(
            QTextDocumentFragment.fromHtml(self.summary.text()).toPlainText())
