"""Every visible control in every view, wizard page and dialog has an accessible name
or description, so a screen reader says what it is (issue 12)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from il2desk.ui.about_dialog import AboutDialog
from il2desk.ui.course_wizard.wizard import CourseWizard
from il2desk.ui.late_reminders import LateRemindersDialog
from il2desk.ui.syringe_wizard import PageId, SyringePreparationWizard
from il2desk.ui.views.past_course_dialog import PastCourseDialog
from tests.builders import a_course
from tests.ui.a11y import unnamed_controls


def add_course(ctx, start=dt.date(2026, 11, 25)) -> int:
    return a_course(ctx, start=start)


def test_every_view_names_its_controls(window, ctx):
    add_course(ctx)
    assert unnamed_controls(window) == []  # toolbar, banner, section list
    for key in window.view_keys():
        window.go_to(key)
        assert unnamed_controls(window.stack.currentWidget()) == [], key


def walk_course_wizard(qtbot, wizard):
    """Yield on each page of the course wizard, filled so Next goes on."""
    wizard.precheck_page.boxes["blood_pressure"].setChecked(True)
    for _ in range(12):
        yield wizard.page
        if wizard.page is wizard.dose_page:
            wizard.dose_page.dose_edit.setText("4.5")
        if wizard.page is getattr(wizard, "support_page", None):
            for box in wizard.support_page.boxes.values():
                box.setChecked(True)
        before = wizard.index
        wizard.next()
        if wizard.index == before:
            return


def test_every_course_wizard_page_names_its_controls(qtbot, host):
    wizard = CourseWizard(host)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    seen, problems = 0, []
    for page in walk_course_wizard(qtbot, wizard):
        seen += 1
        problems += [f"{type(page).__name__}: {w}" for w in unnamed_controls(wizard)]
    assert seen >= 6
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("preparation", ["vial", "prefilled"])
def test_every_preparation_page_names_its_controls(qtbot, window, preparation):
    from il2desk.domain.dose import SyringeKind

    wizard = SyringePreparationWizard(window.host, dose_miu=Decimal("4.5"),
                                      preparation=preparation,
                                      syringe_kind=SyringeKind.U100_05, parent=window)
    wizard.show()
    qtbot.waitExposed(wizard)
    seen, problems = set(), []
    for _ in range(16):
        page = wizard.page
        seen.add(wizard.page_id)
        problems += [f"{PageId(wizard.page_id).name}: {w}"
                     for w in unnamed_controls(wizard)]
        if getattr(page, "confirm_box", None) is not None:
            page.confirm_box.setChecked(True)
        if wizard.page_id == PageId.STRENGTH:
            page.concentration_edit.setText("18")
            page.hours_spin.setValue(48)
            page.doses_spin.setValue(4)
        if wizard.page_id == PageId.PREFILLED:
            page.label_dose_edit.setText("4.5")
        if wizard.next_button.text() == "&Finish":
            break
        wizard.next()
    wizard.reject()
    assert len(seen) >= 3
    assert not problems, "\n".join(problems)


def test_every_dialog_names_its_controls(qtbot, window, ctx, tmp_path):
    add_course(ctx, dt.date(2026, 9, 2))
    window.show_emergency()
    panel = window.emergency_panel
    qtbot.waitExposed(panel)
    problems = [f"EmergencyPanel: {w}" for w in unnamed_controls(panel)]
    panel.close()
    about = AboutDialog(tmp_path, show_emergency=window.show_emergency,
                        prompter=window.prompter, parent=window)
    past = PastCourseDialog(ctx, window.show_emergency, window)
    late = LateRemindersDialog(ctx, window.show_emergency, window)
    for dialog in (about, past, late):
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {w}" for w in unnamed_controls(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)
