"""Open the real course wizard and move through its pages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from il2desk.ui.course_wizard.wizard import CourseWizard
from il2desk.ui.host import ViewHost
from il2desk.ui.prompter import ScriptedPrompter


def make_wizard(qtbot, ctx, course=None):
    opened = []
    host = ViewHost(ctx=ctx, show_emergency=lambda: opened.append(True),
                    go_to=lambda _key: None, prompter=ScriptedPrompter(),
                    start_session=lambda _id: None, request_restart=lambda: None)
    wizard = CourseWizard(host, course)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.emergency_opened = opened
    return wizard


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def type_dose(qtbot, wizard, text):
    edit = wizard.dose_page.dose_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
