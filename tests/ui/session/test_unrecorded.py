"""Rule T2 (issue 20): after days away, one question for the injections past their time
with nothing recorded, not one late banner each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from il2desk.domain.course import InjectionStatus
from tests.ui.session.session_walk import make_course


def test_three_days_away_gives_one_question_not_a_banner_each(qtbot, window, ctx, clock,
                                                              prompter):
    injections = make_course(ctx, clock)
    ctx.reminders.sync()
    # Away from Monday 10:00 to Thursday 10:00 (Paris): injections 1 to 6 are past their
    # window (the 7th, Thursday 08:00, is still open until 19:00).
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC))
    ctx.reminders.check()
    banner = window.reminder_banner
    qtbot.waitUntil(lambda: banner.unrecorded_row is not None)
    assert "6 injections are past their time" in banner.unrecorded_row.label.text()
    # their pre-treatment, ice and injection reminders are not shown one by one
    past = {i.id for i in injections[:6]}
    assert not [r for r in banner.rows if r.reminder.injection_id in past]

    qtbot.mouseClick(banner.unrecorded_row.ask_button, Qt.MouseButton.LeftButton)
    dialog = window.unrecorded_dialog
    assert dialog is not None and len(dialog.rows) == 6
    assert dialog.rows[0].title.text() == (
        "Morning injection, day 1 — planned Monday 23 November, 08:00")
    first, second, third = dialog.rows[:3]
    first.gave.setChecked(True)
    first.time_edit.set_utc(dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC))
    first.site_combo.setCurrentIndex(first.site_combo.findData("thigh-left"))
    second.missed.setChecked(True)
    second.reason_edit.setText("Fever all evening")
    # rule S1 still holds for a dose told afterwards: 2 hours after the first one
    third.gave.setChecked(True)
    third.time_edit.set_utc(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
    prompter.confirm_answers.append(False)  # do not record it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert prompter.asked[-1][1] == "Less than 8 hours apart?"
    assert "Nothing was recorded" in third.error.message
    assert dialog.isVisible()  # the refused one stays to be answered

    stored = {i.id: i for i in ctx.courses.injections(injections[0].course_id)}
    assert stored[injections[0].id].status is InjectionStatus.DONE
    assert stored[injections[0].id].given_utc == dt.datetime(2026, 11, 23, 7, 30,
                                                             tzinfo=dt.UTC)
    assert stored[injections[0].id].site_code == "thigh-left"
    assert stored[injections[1].id].status is InjectionStatus.MISSED
    assert ctx.injection_log.missed_reason(injections[1].id) == "Fever all evening"
    assert stored[injections[2].id].status is InjectionStatus.PLANNED
    # the answered injections' reminders are answered with them
    answered = {injections[0].id, injections[1].id}
    assert not [r for r in ctx.reminders.unanswered() if r.injection_id in answered]

    third.later.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.unrecorded_row is not None and
                    "4 injections" in banner.unrecorded_row.label.text())


def test_courses_view_says_not_recorded_for_a_past_injection(qtbot, window, ctx, clock):
    injections = make_course(ctx, clock)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))  # Tuesday 10:00 in Paris
    window.go_to("courses")
    view = window.stack.currentWidget()
    view.refresh(injections[0].course_id)
    table = view.injections_table
    statuses = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert statuses[:3] == ["Not recorded", "Not recorded", "Planned"]


def test_not_given_because_the_course_was_stopped(qtbot, window, ctx, clock, prompter):
    # rule R17 from the T2 question: what was given stays, the rest is "not given"
    injections = make_course(ctx, clock)
    ctx.reminders.sync()
    service = ctx.course_service
    service.record_given(service.booking_for(injections[0], injections[0].planned_utc),
                         "arm-left")
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    ctx.reminders.check()
    window.ask_unrecorded()
    dialog = window.unrecorded_dialog
    assert len(dialog.rows) == 1  # the evening of day 1 (the morning of day 2 is open)
    dialog.rows[0].stopped.setChecked(True)
    prompter.confirm_answers.append(True)  # stopped because of side effects
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    course = ctx.courses.get(injections[0].course_id)
    assert course.status.value == "stopped" and course.plan.hard_to_tolerate  # R17, R3
    statuses = [i.status for i in ctx.courses.injections(course.id)]
    assert statuses[0] is InjectionStatus.DONE
    assert set(statuses[1:]) == {InjectionStatus.NOT_GIVEN}
    assert not [r for r in ctx.reminders.unanswered() if r.injection_id is not None]
    assert ctx.course_service.unrecorded() == []


def test_today_says_not_recorded(qtbot, window, ctx, clock):
    make_course(ctx, clock)
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    window.go_to("today")
    view = window.stack.currentWidget()
    view.refresh()
    label = view.unrecorded_label
    assert label is not None and label.isVisible()
    assert label.text().startswith("⚠ Not recorded yet: the morning injection of day 1 "
                                   "(planned Monday 23 November, 08:00); the evening")
