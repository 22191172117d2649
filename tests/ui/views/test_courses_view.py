"""Courses view: the list, a course's injections, and the actions (issue 4)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QPoint, Qt

from il2desk.domain.course import CourseStatus
from tests.builders import a_course, given

START = dt.date(2026, 12, 2)  # a Wednesday, 9 days after the tests' clock


def courses_view(window):
    window.go_to("courses")
    return window.view("courses")


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_list_explains(window):
    view = courses_view(window)
    assert view.model.rowCount() == 0
    assert view.selected_course_id() is None
    assert not view.edit_button.isEnabled()


def test_list_and_detail(window, ctx):
    past = a_course(ctx, start=dt.date(2026, 9, 2), recorded_after=True)
    planned = a_course(ctx, start=START)
    view = courses_view(window)
    assert view.model.rowCount() == 2
    assert view.selected_course_id() == planned  # newest first
    assert view.model.data(view.model.index(0, 1)) == "4.5 million units"
    assert view.injections_table.rowCount() == 10
    assert view.injections_table.item(0, 3).text() == "Planned"
    assert view.model.data(view.model.index(0, 4)) == "Planned"
    assert view.model.data(view.model.index(1, 4)) == "Completed"
    view.table.selectRow(1)
    assert view.selected_course_id() == past
    assert view.model.data(view.model.index(1, 2)) == "10"  # done
    assert view.injections_table.item(9, 3).text().startswith("Given at ")
    assert not view.edit_button.isEnabled()
    assert view.hard_button.isEnabled()


def test_cancel_course_asks_and_keeps_it(window, ctx, prompter, qtbot):
    course_id = a_course(ctx, start=START)
    view = courses_view(window)
    prompter.confirm_answers.append(False)
    click(qtbot, view.cancel_button)
    assert ctx.courses.get(course_id).status is CourseStatus.PLANNED
    prompter.confirm_answers.append(True)
    click(qtbot, view.cancel_button)
    assert ctx.courses.get(course_id).status is CourseStatus.CANCELLED
    assert "Cancelled" in view.model.data(view.model.index(0, 4))
    assert not view.cancel_button.isEnabled()


def test_mark_hard_to_tolerate_feeds_the_suggestion(window, ctx, qtbot):  # rule R3
    course_id = a_course(ctx, start=dt.date(2026, 9, 2), dose_miu="7.5",
                         recorded_after=True)
    view = courses_view(window)
    click(qtbot, view.hard_button)
    assert ctx.courses.get(course_id).plan.hard_to_tolerate
    assert "hard to tolerate" in view.model.data(view.model.index(0, 4))
    click(qtbot, view.plan_button)
    wizard = view.wizard
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "12 million units a day" in wizard.dose_page.suggestion_label.text()
    wizard.reject()


def test_edit_opens_the_wizard_prefilled(window, ctx, qtbot):
    course_id = a_course(ctx, start=START, dose_miu="6")
    view = courses_view(window)
    assert view.edit_button.isEnabled()
    click(qtbot, view.edit_button)
    wizard = view.wizard
    assert wizard.editing.id == course_id
    assert wizard.dose_page.dose_edit.text() == "6"
    wizard.dose_page.dose_edit.clear()
    qtbot.keyClicks(wizard.dose_page.dose_edit, "5")
    for _ in range(6):
        qtbot.mouseClick(wizard.next_button,
                         Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button,
                     Qt.MouseButton.LeftButton)
    assert ctx.courses.get(course_id).dose_miu == Decimal(5)
    assert view.model.data(view.model.index(0, 1)) == "5 million units"
    assert len(ctx.courses.list()) == 1


def test_record_a_past_course(window, ctx, qtbot):
    view = courses_view(window)
    click(qtbot, view.past_button)
    dialog = view.past_dialog
    assert dialog.isVisible()
    dialog.start_edit.setDate(QDate(2026, 9, 2))
    qtbot.keyClicks(dialog.dose_edit, "7.5")
    box = dialog.hard_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.keyClicks(dialog.notes_edit, "Very tired on days 4 and 5")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    course = ctx.courses.get(dialog.course_id)
    assert course.status is CourseStatus.DONE and course.plan.hard_to_tolerate
    assert course.plan.notes == "Very tired on days 4 and 5"
    assert view.selected_course_id() == course.id


def test_record_a_past_course_refuses_a_future_one(window, ctx, qtbot):
    view = courses_view(window)
    click(qtbot, view.past_button)
    dialog = view.past_dialog
    dialog.start_edit.setDate(QDate(2026, 12, 2))
    qtbot.keyClicks(dialog.dose_edit, "4.5")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "already be over" in dialog.start_error.message
    assert ctx.courses.list() == []
    dialog.reject()


# -- rule R17: stopping a course early (issue 19) -------------------------------------

def tick(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def begun_course(ctx, count: int = 6) -> int:
    """A course that began on Friday 20 November (Paris); `count` injections given."""
    course_id = a_course(ctx, start=dt.date(2026, 11, 20),
                         created_utc=ctx.clock.now_utc() - dt.timedelta(days=5))
    given(ctx, course_id, count)
    return course_id


def test_stop_this_course_from_courses(window, ctx, qtbot):
    from il2desk.domain.course import InjectionStatus, StopReason

    course_id = begun_course(ctx)
    ctx.reminders.sync()
    assert ctx.reminders.repo.waiting()
    view = courses_view(window)
    assert view.model.data(view.model.index(0, 4)) == "Under way"
    assert view.stop_button.isEnabled() and not view.cancel_button.isEnabled()
    assert view.hard_button.isEnabled()  # a course under way can be marked hard
    click(qtbot, view.stop_button)
    dialog = view.stop_dialog
    assert dialog.isVisible()
    words = dialog.explanation.text()
    assert "6 injections already given stay" in words and "4 injections still planned" in words
    assert "not given" in words and "reminders stop" in words
    assert dialog.keep_button.isDefault()
    click(qtbot, dialog.stop_button)  # no reason chosen: said, nothing stored
    assert dialog.isVisible() and "choose why" in dialog.reason_error.message
    assert ctx.courses.get(course_id).status is CourseStatus.PLANNED
    tick(qtbot, dialog.reason_buttons[StopReason.SIDE_EFFECTS])
    assert dialog.side_effects_note.isVisibleTo(dialog)
    click(qtbot, dialog.stop_button)
    assert not dialog.isVisible()
    course = ctx.courses.get(course_id)
    assert course.status is CourseStatus.STOPPED and course.plan.hard_to_tolerate
    assert course.stop_reason is StopReason.SIDE_EFFECTS
    assert [i.status for i in ctx.courses.injections(course_id)][5:] == [
        InjectionStatus.DONE] + [InjectionStatus.NOT_GIVEN] * 4
    assert ctx.reminders.repo.waiting() == []  # gone at once
    assert view.model.data(view.model.index(0, 4)) == \
        "Stopped early (side effects), hard to tolerate"
    assert "on Monday 23 November 2026 at 10:00" in view.detail_text.text()
    assert view.injections_table.item(9, 3).text() == "Not given (course stopped)"
    assert not view.stop_button.isEnabled() and not view.cancel_button.isEnabled()


def test_stop_refuses_a_time_before_a_given_injection(window, ctx, qtbot):
    from PySide6.QtCore import QDateTime

    from il2desk.domain.course import StopReason

    course_id = begun_course(ctx)
    view = courses_view(window)
    click(qtbot, view.stop_button)
    dialog = view.stop_dialog
    tick(qtbot, dialog.reason_buttons[StopReason.INFECTION])
    dialog.when_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 21, 9, 0)))
    click(qtbot, dialog.stop_button)
    assert dialog.isVisible()
    assert "given after that time" in dialog.when_error.message
    assert ctx.courses.get(course_id).status is CourseStatus.PLANNED
    dialog.reject()


def test_a_course_that_has_begun_cannot_be_cancelled(window, ctx):
    begun_course(ctx, count=0)  # its first injection's time has passed
    view = courses_view(window)
    assert not view.cancel_button.isEnabled() and view.stop_button.isEnabled()


def test_stop_dialog_says_one_injection_in_the_singular_and_keeps_its_words_whole(
        window, ctx, qtbot):
    from il2desk.domain.course import StopReason

    begun_course(ctx, count=1)
    view = courses_view(window)
    click(qtbot, view.stop_button)
    dialog = view.stop_dialog
    words = dialog.explanation.text()
    assert "the injection already given stays in your record" in words
    assert "The 9 injections still planned" in words
    tick(qtbot, dialog.reason_buttons[StopReason.SIDE_EFFECTS])
    qtbot.waitUntil(lambda: dialog.side_effects_note.isVisible())
    label = dialog.explanation  # the note appeared: the explanation is not cut off
    assert label.height() >= label.heightForWidth(label.width())
    dialog.reject()
