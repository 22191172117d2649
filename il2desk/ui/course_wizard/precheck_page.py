"""Wizard page 1, "Before you start" (rule R14): flags, never forbids."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from il2desk.domain.checklists import PRECHECK_ADVICE, PRECHECKS
from il2desk.domain.texts import Message, sentences
from il2desk.ui.colours import use_text_colour
from il2desk.ui.course_wizard.draft import CourseDraft
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import paragraph, wrapping_check_box
from il2desk.ui.wizard_base import WizardPage


class PrecheckPage(WizardPage):
    def __init__(self, draft: CourseDraft) -> None:
        super().__init__()
        self.draft = draft
        self.title = self.tr("Before you start")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Tick each question your answer is “yes” to. Nothing here stops you from "
            "planning; a “yes” is something to talk over with your doctor first.")))
        self.boxes: dict[str, QCheckBox] = {}
        self.flags: dict[str, QLabel] = {}
        for item in PRECHECKS:
            # A check box cannot wrap its words; its question goes in a label beside it
            # that wraps, so nothing is cut off at extra large text (issue 12).
            row, box = wrapping_check_box(translate_message(item.text))
            advice = [item.advice, PRECHECK_ADVICE] if item.advice else [PRECHECK_ADVICE]
            flag = QLabel("⚠ " + translate_message(sentences(*advice)))
            flag.setWordWrap(True)
            flag.setContentsMargins(24, 0, 0, 0)
            use_text_colour(flag, "warning")
            flag.setVisible(False)
            box.toggled.connect(flag.setVisible)
            layout.addWidget(row)
            layout.addWidget(flag)
            self.boxes[item.key] = box
            self.flags[item.key] = flag
        layout.addStretch(1)

    def load(self, answers: Mapping[str, bool]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(bool(answers.get(key, False)))

    def answers(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def commit(self) -> bool:
        self.draft.prechecks = self.answers()
        return True

    def flagged(self) -> list[Message]:
        return [item.text for item in PRECHECKS if self.boxes[item.key].isChecked()]
