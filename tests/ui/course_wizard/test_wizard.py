"""Walk the real course wizard page by page to a stored course (issue 4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog

from il2desk.domain.checklists import PROTEASE_CAUTION_SETTING
from il2desk.domain.course import CourseStatus, InjectionStatus, Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.domain.regimen import WEDNESDAY_REASON
from il2desk.domain.timeplan import TimeAdjustment
from tests.builders import a_course
from tests.ui.course_wizard.wizard_walk import make_wizard, next_page, type_dose

NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def tick(qtbot, box):
    """Click on the box itself (a long label's middle is outside the hit area)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_walk_to_a_stored_course_with_defaults(qtbot, ctx):
    wizard = make_wizard(qtbot, ctx)
    assert wizard.page is wizard.precheck_page
    tick(qtbot, wizard.precheck_page.boxes["blood_pressure"])
    assert wizard.precheck_page.flags["blood_pressure"].isVisible()  # rule R14: flagged
    next_page(qtbot, wizard)
    assert wizard.page is wizard.dose_page
    type_dose(qtbot, wizard, "4.5")
    assert "9 million units" in wizard.dose_page.totals.text()  # live totals, rule D4
    assert "45 million units" in wizard.dose_page.totals.text()
    next_page(qtbot, wizard)
    assert wizard.page is wizard.when_page
    # rule R7: fixed clock is Monday 23 November 2026 → Wednesday 25 November.
    assert wizard.when_page.start_date() == dt.date(2026, 11, 25)
    assert WEDNESDAY_REASON in wizard.when_page.reason.text()
    assert wizard.when_page.reason.isVisible()
    schedule = wizard.when_page.schedule.text()
    assert "Wednesday" in schedule and "Sunday" in schedule and "20:00" in schedule
    next_page(qtbot, wizard)
    assert wizard.page is wizard.preparation_page
    next_page(qtbot, wizard)
    assert wizard.page is wizard.support_page
    assert wizard.support_page.caution.isVisible()  # rule R8, the first time
    assert ctx.settings.flag(PROTEASE_CAUTION_SETTING)
    tick(qtbot, wizard.support_page.boxes["sharps"])
    next_page(qtbot, wizard)
    assert wizard.page is wizard.blood_work_page
    assert "Wednesday 11 November 2026" in wizard.blood_work_page.date_label.text()  # R16
    assert wizard.blood_work_page.late_note.isVisible()  # that day is already past
    next_page(qtbot, wizard)
    assert wizard.page is wizard.summary_page
    summary = wizard.summary_page.summary.text()
    assert "4.5 million units per injection" in summary
    assert "blood pressure" in summary
    assert wizard.summary_page.output_buttons.count() == 0
    qtbot.mouseClick(wizard.next_button,
                     Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    course = ctx.courses.get(wizard.course_id)
    assert course.status is CourseStatus.PLANNED
    assert course.start_date == dt.date(2026, 11, 25)
    assert course.dose_miu == Decimal("4.5")
    assert course.plan.prechecks["blood_pressure"] is True
    assert course.plan.support["sharps"] is True and course.plan.support["company"] is False
    injections = ctx.courses.injections(wizard.course_id)
    assert len(injections) == 10  # rule R1
    assert all(i.status is InjectionStatus.PLANNED for i in injections)


def test_typo_guard_needs_the_confirm_box(qtbot, ctx):  # rule R2
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "45")
    assert wizard.dose_page.confirm_box.isVisible()
    assert "did you mean 4.5" in wizard.dose_page.note.text()
    next_page(qtbot, wizard)
    assert wizard.page is wizard.dose_page  # refused
    assert wizard.dose_page.error.message
    wizard.dose_page.confirm_box.setFocus()
    qtbot.keyClick(wizard.dose_page.confirm_box, Qt.Key.Key_Space)
    assert wizard.dose_page.confirm_box.isChecked()
    for _ in range(6):
        next_page(qtbot, wizard)
    assert wizard.page is wizard.summary_page
    assert "You confirmed" in wizard.summary_page.summary.text()
    qtbot.mouseClick(wizard.next_button,
                     Qt.MouseButton.LeftButton)
    course = ctx.courses.get(wizard.course_id)
    assert course.dose_miu == Decimal(45) and course.plan.dose_confirmed


def test_bad_dose_text_is_refused(qtbot, ctx):
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "four")
    next_page(qtbot, wizard)
    assert wizard.page is wizard.dose_page
    assert wizard.dose_page.error.message


def test_when_page_refusals(qtbot, ctx):
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "6")
    next_page(qtbot, wizard)
    page = wizard.when_page
    page.start_edit.setDate(QDate(2026, 11, 20))
    page.evening_edit.setTime(QTime(7, 0))
    page.zone_combo.setCurrentText("Mars/Olympus")
    next_page(qtbot, wizard)
    assert wizard.page is page
    assert "past" in page.errors["start_date"].message
    assert "later in the day" in page.errors["evening"].message
    assert "Mars/Olympus" in page.errors["zone_name"].message
    page.start_edit.setDate(QDate(2026, 12, 2))
    page.evening_edit.setTime(QTime(14, 0))
    page.zone_combo.setCurrentText("Europe/Paris")
    next_page(qtbot, wizard)
    assert "8 hours" in page.errors["evening"].message
    page.evening_edit.setTime(QTime(16, 0))
    next_page(qtbot, wizard)
    assert wizard.page is wizard.preparation_page
    assert ctx.courses.list() == []  # nothing stored on the way


def test_overlap_is_refused_beside_the_start(qtbot, ctx):
    a_course(ctx, start=dt.date(2026, 11, 27), created_utc=NOW)
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    # Issue 19: the default is now 8 weeks after that course; choose a day inside it.
    wizard.when_page.start_edit.setDate(QDate(2026, 11, 25))
    next_page(qtbot, wizard)
    assert wizard.page is wizard.when_page
    assert "overlap" in wizard.when_page.errors["start_date"].message
    assert len(ctx.courses.list()) == 1


def test_dst_crossing_course_notes_the_change(qtbot, ctx):  # rule T1
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    page = wizard.when_page
    page.zone_combo.setCurrentText("America/New_York")
    page.start_edit.setDate(QDate(2027, 3, 10))
    page.morning_edit.setTime(QTime(2, 30))
    page.evening_edit.setTime(QTime(14, 30))
    assert "clocks go forward" in page.schedule.text()
    assert "03:30" in page.schedule.text()
    next_page(qtbot, wizard)
    tick(qtbot, wizard.preparation_page.vial_radio)
    wizard.preparation_page.syringe_combo.setCurrentIndex(
        wizard.preparation_page.syringe_combo.findData(SyringeKind.TUBERCULIN_1.value))
    qtbot.keyClicks(wizard.preparation_page.strength_edit, "18")  # rule D2, issue 19
    for _ in range(3):
        next_page(qtbot, wizard)
    assert "tuberculin" in wizard.summary_page.summary.text()
    qtbot.mouseClick(wizard.next_button,
                     Qt.MouseButton.LeftButton)
    course = ctx.courses.get(wizard.course_id)
    assert course.plan.preparation is Preparation.VIAL
    assert course.plan.syringe_kind is SyringeKind.TUBERCULIN_1
    assert course.plan.concentration_miu_per_ml == Decimal(18)
    injections = ctx.courses.injections(wizard.course_id)
    moved = [i for i in injections if i.adjustment is TimeAdjustment.MOVED_FORWARD]
    assert [i.seq for i in moved] == [9]
    assert moved[0].planned_utc == dt.datetime(2027, 3, 14, 7, 30, tzinfo=dt.UTC)


def test_reduction_suggested_after_a_hard_course(qtbot, ctx):  # rule R3
    a_course(ctx, start=dt.date(2026, 9, 2), dose_miu="7.5", recorded_after=True,
             hard_to_tolerate=True, created_utc=NOW)
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    label = wizard.dose_page.suggestion_label
    assert label.isVisible()
    assert "12 million units a day" in label.text()
    assert "discuss with your doctor" in label.text()
    assert wizard.dose_page.dose_edit.text() == ""  # never applied by itself


def test_no_suggestion_without_a_hard_course(qtbot, ctx):
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    assert not wizard.dose_page.suggestion_label.isVisible()


def test_caution_is_shown_only_once(qtbot, ctx):  # rule R8
    ctx.settings.set_flag(PROTEASE_CAUTION_SETTING)
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    for _ in range(3):
        next_page(qtbot, wizard)
    assert wizard.page is wizard.support_page
    assert not wizard.support_page.caution.isVisible()


def test_phone_typed_in_the_wizard_goes_to_settings(qtbot, ctx):  # rule R10
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    for _ in range(3):
        next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.support_page.phone_edit, "+33 1 23 45 67 89")
    assert wizard.support_page.boxes["doctor_number"].isChecked()
    for _ in range(2):
        next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button,
                     Qt.MouseButton.LeftButton)
    assert ctx.settings.current.doctor_phone == "+33 1 23 45 67 89"


def test_emergency_button_and_shortcut(qtbot, ctx):  # rule R13
    wizard = make_wizard(qtbot, ctx)
    qtbot.mouseClick(wizard.emergency_button, Qt.MouseButton.LeftButton)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(wizard.page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert wizard.emergency_opened == [True, True]


def test_keyboard_only_walk(qtbot, ctx):
    wizard = make_wizard(qtbot, ctx)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.page is wizard.dose_page
    wizard.dose_page.dose_edit.setFocus()
    qtbot.keyClicks(wizard.dose_page.dose_edit, "5")
    qtbot.keyClick(wizard.dose_page.dose_edit, Qt.Key.Key_Return)
    assert wizard.page is wizard.when_page
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert ctx.courses.list() == []


def test_edit_prefills_and_replans(qtbot, ctx):
    course_id = a_course(ctx, start=dt.date(2026, 12, 2), dose_miu="6", support={"sharps": True},
                         created_utc=NOW)
    uids = [i.ics_uid for i in ctx.courses.injections(course_id)]
    wizard = make_wizard(qtbot, ctx, ctx.courses.get(course_id))
    assert wizard.dose_page.dose_edit.text() == "6"
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.when_page.start_date() == dt.date(2026, 12, 2)  # no self-overlap
    wizard.when_page.morning_edit.setTime(QTime(9, 0))
    for _ in range(4):
        next_page(qtbot, wizard)
    assert wizard.summary_page.isVisible()
    qtbot.mouseClick(wizard.next_button,
                     Qt.MouseButton.LeftButton)
    assert wizard.course_id == course_id
    injections = ctx.courses.injections(course_id)
    assert injections[0].planned_local.time() == dt.time(9, 0)
    assert [i.ics_uid for i in injections] == uids
    assert ctx.courses.get(course_id).plan.support["sharps"] is True


def test_fall_back_time_says_first_occurrence(qtbot, ctx):  # rule T1
    wizard = make_wizard(qtbot, ctx)
    page = wizard.when_page
    page.zone_combo.setCurrentText("Europe/Paris")
    page.start_edit.setDate(QDate(2027, 10, 27))  # Sunday 31 October: clocks go back
    page.morning_edit.setTime(QTime(2, 30))
    page.evening_edit.setTime(QTime(14, 30))
    assert "happens twice; this is the first one" in page.schedule.text()


def test_the_doctors_regimen_once_a_day_for_three_days(qtbot, ctx):  # rule R18, issue 19
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    page = wizard.when_page
    assert page.days_spin.value() == 5 and page.per_day() == 2
    page.days_spin.clear()
    qtbot.keyClicks(page.days_spin, "3")
    page.per_day_combo.setCurrentIndex(page.per_day_combo.findData(1))
    assert not page.evening_edit.isVisibleTo(page)  # one time only
    assert page.morning_label.text().replace("&", "") == "Injection time:"
    page.morning_edit.setTime(QTime(21, 0))
    assert page.schedule_heading.text() == "Your 3 injections"
    assert page.schedule.text().count("21:00") == 3
    for _ in range(4):
        next_page(qtbot, wizard)
    assert wizard.page is wizard.summary_page
    summary = wizard.summary_page.summary.text()
    assert "21:00, once a day" in summary
    # the next course: the Wednesday nearest 8 weeks on (rules R4, R7)
    assert "about Wednesday 20 January 2027 (after 8 weeks)" in summary
    assert "13.5 million units for the whole course" in summary
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    course = ctx.courses.get(wizard.course_id)
    assert (course.plan.days, course.plan.per_day) == (3, 1)
    assert len(ctx.courses.injections(course.id)) == 3


def test_more_than_five_days_needs_a_low_daily_dose(qtbot, ctx):  # rule R18
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    page = wizard.when_page
    page.days_spin.setValue(10)
    next_page(qtbot, wizard)
    assert wizard.page is page
    assert "only for a low daily dose" in page.errors["days"].message
    wizard.reject()


def test_vial_strength_from_amount_and_diluent_needs_the_label_check(qtbot, ctx):  # D2
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.preparation_page
    tick(qtbot, page.vial_radio)
    next_page(qtbot, wizard)  # nothing typed: said, and the page stays
    assert wizard.page is page
    assert "strength after mixing" in page.errors["strength"].message
    qtbot.keyClicks(page.vial_miu_edit, "18")
    qtbot.keyClicks(page.diluent_edit, "1.2")
    assert "15 million units per mL" in page.computed.text()
    next_page(qtbot, wizard)
    assert wizard.page is page and "tick the box" in page.error.message
    tick(qtbot, page.confirm_box)
    next_page(qtbot, wizard)
    assert wizard.page is wizard.support_page
    assert wizard.build_plan().concentration_miu_per_ml == Decimal(15)
    wizard.reject()


def test_the_same_course_planned_in_the_wizard_and_on_the_command_line(qtbot, ctx,
                                                                         tmp_path):
    """Issue 19: the wizard stores the preparation like `course new --concentration
    --syringe`, so both checklists show the same volume and mark (rule D3)."""
    from il2desk.services.checklist import build_checklist_document

    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    wizard.when_page.start_edit.setDate(QDate(2026, 12, 2))
    next_page(qtbot, wizard)
    page = wizard.preparation_page
    tick(qtbot, page.vial_radio)
    page.syringe_combo.setCurrentIndex(page.syringe_combo.findData(SyringeKind.U100_05.value))
    qtbot.keyClicks(page.strength_edit, "18")
    for _ in range(3):
        next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    from_wizard = ctx.courses.get(wizard.course_id)
    # What `il2desk course new --start 2026-12-02 --dose-miu 4.5 --concentration 18
    # --syringe u100-0.5` stores (cli/course_cmd.py builds exactly this plan).
    from_cli = ctx.courses.create(dataclasses.replace(
        from_wizard.plan, start_date=dt.date(2027, 2, 3), prechecks={}, support={}), NOW)
    texts = []
    for course_id in (wizard.course_id, from_cli):
        course = ctx.courses.get(course_id)
        doc = build_checklist_document(course, ctx.courses.injections(course_id),
                                       ctx.settings.current)
        texts.append(doc.toPlainText())
    for text in texts:
        assert "0.25 mL" in text and "25-unit mark" in text
    def preparation_line(text):
        return next(line for line in text.splitlines() if "0.25 mL" in line)
    assert preparation_line(texts[0]) == preparation_line(texts[1])


def test_the_next_course_starts_after_the_interval_said_in_words(qtbot, ctx):  # R4, R7
    a_course(ctx, start=dt.date(2026, 11, 20), created_utc=NOW - dt.timedelta(days=10))
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    page = wizard.when_page
    assert page.start_date() == dt.date(2027, 1, 13)  # Wednesday nearest 20 Nov + 8 weeks
    assert page.interval_note.text() == \
        "8 weeks after your last course, which began on Friday 20 November 2026."
    assert not page.interval_box.isVisible()
    # Sooner than the interval: the message names both dates; the box confirms.
    page.start_edit.setDate(QDate(2026, 12, 16))
    assert page.interval_box.isVisible()
    next_page(qtbot, wizard)
    assert wizard.page is page
    message = page.errors["start_date"].message
    assert "Wednesday 16 December 2026" in message and "Friday 20 November 2026" in message
    assert "8 weeks" in message
    tick(qtbot, page.interval_box)
    next_page(qtbot, wizard)
    assert wizard.page is wizard.preparation_page
    wizard.reject()
    assert len(ctx.courses.list()) == 1


def test_dose_per_injection_or_per_day_and_no_long_decimals(qtbot, ctx):  # R2, issue 19
    wizard = make_wizard(qtbot, ctx)
    next_page(qtbot, wizard)
    page = wizard.dose_page
    assert page.dose_edit.placeholderText() == ""  # no grey number to take for a dose
    type_dose(qtbot, wizard, "9")
    assert page.confirm_box.isVisible()
    assert "Is 9 million units the dose per injection or per day?" in page.note.text()
    next_page(qtbot, wizard)
    assert wizard.page is page  # not without the confirmation
    type_dose(qtbot, wizard, "4.55555555555555555555")
    assert "at most two decimals" in page.error.message
    next_page(qtbot, wizard)
    assert wizard.page is page
    assert "at most two decimals" in page.error.message
    type_dose(qtbot, wizard, "4.5")
    next_page(qtbot, wizard)
    assert wizard.page is wizard.when_page
    wizard.reject()
