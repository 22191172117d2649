"""The checklist and calendar are reachable from a course and from the wizard summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.builders import a_course
from tests.ui.course_wizard.wizard_walk import make_wizard, next_page, type_dose


def test_courses_view_exports_the_selected_course(qtbot, window, prompter, ctx, tmp_path):
    a_course(ctx, start=dt.date(2026, 12, 2))
    window.go_to("courses")
    view = window.stack.currentWidget()
    assert view.export_button.isEnabled() and view.print_button.isEnabled()
    dest = tmp_path / "course.ics"
    prompter.confirm_answers.append(True)  # "this file holds health information"
    prompter.paths.append(dest)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert dest.read_text(encoding="utf-8").count("BEGIN:VEVENT") >= 10
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.output_dialog is not None and view.output_dialog.isVisible()
    view.output_dialog.close()


def test_wizard_summary_saves_then_hands_over_to_the_output(qtbot, ctx):
    wizard = make_wizard(qtbot, ctx)
    asked: list[tuple[str, int]] = []
    wizard.offer_outputs(lambda kind, course_id: asked.append((kind, course_id)))
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    for _ in range(5):
        next_page(qtbot, wizard)
    assert wizard.page is wizard.summary_page
    layout = wizard.summary_page.output_buttons
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())
               if layout.itemAt(i).widget() is not None]
    calendar = next(b for b in buttons if "calendar" in b.text())
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton)
    assert asked == [("calendar", wizard.course_id)]
    assert ctx.courses.get(wizard.course_id) is not None
