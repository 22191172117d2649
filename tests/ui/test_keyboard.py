"""Keyboard alone: sections, a whole course plan, a diary entry, the emergency panel
(rule R13), Enter and Escape, and one Alt+letter per control (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from il2desk.domain.diary import Severity
from il2desk.ui.course_wizard.wizard import CourseWizard
from il2desk.ui.syringe_wizard import PageId, SyringePreparationWizard
from tests.ui.a11y import mnemonic_clashes
from tests.ui.keys import activate, press, tab_stops, unreachable
from tests.ui.preparation_walk import walk_preparation_pages

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def focus_to(qtbot, widget, limit: int = 60) -> None:
    """Press Tab until `widget` has the focus (fails if Tab never gets there)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def test_ctrl_number_and_arrow_keys_go_to_every_section(window, qtbot):
    keys = window.view_keys()
    assert len(keys) == 7
    number_keys = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 8)]
    for number_key, key in reversed(list(zip(number_keys, keys, strict=True))):
        qtbot.keyClick(window, number_key, CTRL)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.view(key)
    window.nav.setFocus()
    for key in keys[1:]:
        press(qtbot, Qt.Key.Key_Down)
        assert window.current_key() == key
    press(qtbot, Qt.Key.Key_Home)
    assert window.current_key() == "today"
    press(qtbot, Qt.Key.Key_End)
    assert window.current_key() == "settings"
    press(qtbot, Qt.Key.Key_Up)
    assert window.current_key() == keys[-2]


def test_tab_leaves_the_section_list_for_the_view(window, qtbot):
    for key in window.view_keys():
        window.go_to(key)
        view = window.stack.currentWidget()
        if not any(w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
                   for w in view.findChildren(QWidget)):
            continue  # a view with nothing to act on (a placeholder)
        window.nav.setFocus()
        press(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        # The next stop is inside the view just chosen, not back in the toolbar.
        assert window.stack.currentWidget().isAncestorOf(focused), (key, focused)


def test_emergency_panel_opens_with_ctrl_e_and_closes_with_escape(window, qtbot):
    for key in window.view_keys():  # rule R13: from every section
        window.go_to(key)
        activate(qtbot, window)
        window.nav.setFocus()
        press(qtbot, Qt.Key.Key_E, CTRL)
        panel = window.emergency_panel
        qtbot.waitUntil(panel.isVisible)
        activate(qtbot, panel)
        assert panel.isAncestorOf(QApplication.focusWidget())
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda p=panel: not p.isVisible())


def test_plan_a_course_with_the_keyboard_alone(window, qtbot, ctx):
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    today = window.view("today")
    window.nav.setFocus()
    focus_to(qtbot, today.plan_button)
    press(qtbot, Qt.Key.Key_Space)
    wizard = today.wizard
    activate(qtbot, wizard)
    assert wizard.page is wizard.precheck_page
    focus_to(qtbot, wizard.precheck_page.boxes["blood_pressure"])
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.precheck_page.boxes["blood_pressure"].isChecked()
    press(qtbot, Qt.Key.Key_Return)  # Enter: the default button, Next
    assert wizard.page is wizard.dose_page
    assert QApplication.focusWidget() is wizard.dose_page.dose_edit
    type_text(qtbot, "4.5")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page is wizard.when_page
    press(qtbot, Qt.Key.Key_Return)  # the suggested Wednesday (rule R7) is fine
    assert wizard.page is wizard.preparation_page
    for _ in range(5):
        if wizard.page is wizard.summary_page:
            break
        press(qtbot, Qt.Key.Key_Return)
    assert wizard.page is wizard.summary_page
    assert wizard.next_button.isDefault() and wizard.next_button.text() == "&Save the course"
    press(qtbot, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not wizard.isVisible())
    courses = ctx.courses.list()
    assert len(courses) == 1 and courses[0].plan.dose_miu == Decimal("4.5")


def test_escape_cancels_the_course_wizard_and_stores_nothing(window, qtbot, ctx):
    window.view("today").plan_course()
    wizard = window.view("today").wizard
    activate(qtbot, wizard)
    wizard.next()
    wizard.dose_page.dose_edit.setFocus()
    type_text(qtbot, "4.5")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert ctx.courses.list() == []


def test_diary_entry_with_the_keyboard_alone(window, qtbot, ctx):
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    view = window.view("diary")
    assert window.current_key() == "diary"
    window.nav.setFocus()
    form = view.form
    focus_to(qtbot, form.symptom_list)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    symptom = form.current_symptom().code
    # Alt+letter jumps straight to the severity and the note.
    press(qtbot, Qt.Key.Key_O, ALT)  # Qt "presses" the button for a moment, then clicks
    qtbot.waitUntil(form.severity_buttons[Severity.MODERATE].isChecked)
    press(qtbot, Qt.Key.Key_N, ALT)
    assert QApplication.focusWidget() is form.note_edit
    type_text(qtbot, "after the evening dose")
    press(qtbot, Qt.Key.Key_Return)  # Enter saves the entry
    saved = ctx.diary.page()[0]
    assert (saved.symptom, saved.severity, saved.note) == (
        symptom, Severity.MODERATE, "after the evening dose")


def test_escape_closes_the_dialogs(window, qtbot):
    window.show_late_reminders()
    late = window.late_dialog
    qtbot.waitExposed(late)
    qtbot.keyClick(late, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not late.isVisible())
    window.go_to("courses")
    window.view("courses").record_past()
    past = window.view("courses").past_dialog
    qtbot.waitExposed(past)
    qtbot.keyClick(past, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not past.isVisible())


def test_every_view_has_one_control_per_alt_letter(window):
    clashes = {}
    for key in window.view_keys():
        window.go_to(key)
        found = mnemonic_clashes(window.stack.currentWidget())
        if found:
            clashes[key] = found
    assert clashes == {}


@pytest.mark.parametrize("language", ["en", "es"])  # Spanish: found by hand in the session
def test_every_course_wizard_page_has_one_control_per_alt_letter(qtbot, host, language,
                                                                 request):
    if language == "es":
        request.getfixturevalue("spanish")
    wizard = CourseWizard(host)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.precheck_page.boxes["blood_pressure"].setChecked(True)
    wizard.dose_page.dose_edit.setText("4.5")
    clashes, pages = {}, 0
    while True:
        pages += 1
        found = mnemonic_clashes(wizard)
        if found:
            clashes[type(wizard.page).__name__] = found
        before = wizard.index
        wizard.next()
        if wizard.index == before:
            break
    assert pages == 7
    assert clashes == {}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("preparation", ["vial", "prefilled"])
def test_every_preparation_page_has_one_control_per_alt_letter(qtbot, window, preparation,
                                                               language, request):
    from il2desk.domain.dose import SyringeKind

    if language == "es":
        request.getfixturevalue("spanish")

    wizard = SyringePreparationWizard(window.host, dose_miu=Decimal("4.5"),
                                      preparation=preparation,
                                      syringe_kind=SyringeKind.U100_05, parent=window)
    wizard.show()
    clashes = {}
    for _ in range(16):
        page = wizard.page
        found = mnemonic_clashes(wizard)
        if found:
            clashes[PageId(wizard.page_id).name] = found
        if getattr(page, "confirm_box", None) is not None:
            page.confirm_box.setChecked(True)
        if wizard.page_id == PageId.STRENGTH:
            page.concentration_edit.setText("18")
            page.hours_spin.setValue(48)
            page.doses_spin.setValue(4)
        if wizard.page_id == PageId.PREFILLED:
            page.label_dose_edit.setText("4.5")
        before = wizard.page_id
        wizard.next()
        if wizard.page_id == before:
            break
    wizard.reject()
    assert clashes == {}


def test_escape_cancels_the_preparation_wizard(window, qtbot, ctx):
    from il2desk.domain.dose import SyringeKind

    wizard = SyringePreparationWizard(window.host, dose_miu=Decimal("4.5"),
                                      preparation="vial",
                                      syringe_kind=SyringeKind.U100_05, parent=window)
    wizard.show()
    activate(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)  # Enter: Next, the default button
    assert wizard.page_id != PageId.WASH
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert ctx.supplies.vials.list() == []  # cancelled: nothing stored


def test_tab_reaches_every_control_of_every_view(window, qtbot):
    missing = {}
    for key in window.view_keys():
        window.go_to(key)
        activate(qtbot, window)
        window.nav.setFocus()
        stops = tab_stops(qtbot, window)
        if found := unreachable(window.stack.currentWidget(), stops):
            missing[key] = found
    assert missing == {}


def test_tab_reaches_every_control_of_every_course_wizard_page(window, qtbot):
    window.view("today").plan_course()
    wizard = window.view("today").wizard
    activate(qtbot, wizard)
    wizard.precheck_page.boxes["blood_pressure"].setChecked(True)
    wizard.dose_page.dose_edit.setText("4.5")
    missing = {}
    for _ in range(7):
        stops = tab_stops(qtbot, wizard)
        if found := unreachable(wizard, stops):
            missing[type(wizard.page).__name__] = found
        wizard.next()
    assert missing == {}


def test_dialogs_have_one_control_per_alt_letter(window, qtbot, tmp_path):
    from il2desk.ui.about_dialog import AboutDialog
    from il2desk.ui.late_reminders import LateRemindersDialog
    from il2desk.ui.stop_course_dialog import StopCourseDialog
    from il2desk.ui.views.past_course_dialog import PastCourseDialog
    from tests.builders import a_course

    course = window.ctx.courses.get(a_course(window.ctx))
    window.show_emergency()
    dialogs = [window.emergency_panel,
               # found by hand: Alt+T was both "Ano&ther reason" and "S&top the course"
               StopCourseDialog(window.ctx, course, window.show_emergency, window),
               AboutDialog(tmp_path, show_emergency=window.show_emergency,
                           prompter=window.prompter, parent=window),
               PastCourseDialog(window.ctx, window.show_emergency, window),
               LateRemindersDialog(window.ctx, window.show_emergency, window)]
    clashes = {}
    for dialog in dialogs:
        dialog.show()
        if found := mnemonic_clashes(dialog):
            clashes[type(dialog).__name__] = found
        dialog.close()
    assert clashes == {}


def test_tab_reaches_every_control_of_every_preparation_page(window, qtbot):
    from il2desk.domain.dose import SyringeKind

    wizard = SyringePreparationWizard(window.host, dose_miu=Decimal("4.5"),
                                      preparation="vial",
                                      syringe_kind=SyringeKind.U100_05, parent=window)
    wizard.show()
    activate(qtbot, wizard)
    missing = {}

    def check(page_id: PageId) -> None:
        if found := unreachable(wizard, tab_stops(qtbot, wizard)):
            missing[page_id.name] = found

    walk_preparation_pages(wizard, check, limit=14)
    wizard.reject()
    assert missing == {}


def test_lab_result_with_the_keyboard_alone(window, qtbot, ctx):
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.current_key() == "labs"
    view = window.view("labs")
    activate(qtbot, window)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_C, ALT)  # "CD4 &count:"
    assert QApplication.focusWidget() is view.form.cd4_count_edit
    type_text(qtbot, "450")
    press(qtbot, Qt.Key.Key_Return)  # Enter saves
    results = ctx.labs.all()
    assert [r.cd4_count for r in results] == [450]


def test_shift_tab_from_the_view_goes_back_to_the_section_list(window, qtbot):
    window.go_to("labs")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    assert window.stack.currentWidget().isAncestorOf(first)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.nav
