"""Open the real course wizard and move through its pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from il2desk.ui.course_wizard.wizard import CourseWizard


def make_wizard(qtbot, ctx, course=None):
    opened = []
    wizard = CourseWizard(ctx, lambda: opened.append(True), course)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.emergency_opened = opened
    return wizard


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def type_dose(qtbot, wizard, text):
    edit = wizard.dose_page.dose_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
