"""Rules R13, R21, R17 (issue 20): after an emergency sign, Today asks "Did you reach
your doctor?" until answered; the next session asks first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from il2desk.domain.course import CourseStatus, InjectionStatus
from il2desk.domain.diary import DiaryEntry, Severity
from tests.builders import a_plan


def plan_course(ctx):
    return ctx.course_service.create_course(a_plan(start=dt.date(2026, 11, 23)))


def note_sign(ctx, clock, symptom="breathless"):
    entry = DiaryEntry(id=None, symptom=symptom, severity=Severity.SEVERE,
                       occurred_utc=clock.now_utc() - dt.timedelta(minutes=48),
                       zone_name="Europe/Paris", is_emergency=True)
    return ctx.diary.add(entry, clock.now_utc())


def today(window, qtbot):
    window.go_to("today")
    view = window.stack.currentWidget()
    view.refresh()
    return view


def test_today_asks_until_answered_and_not_yet_shows_the_number(qtbot, window, ctx, clock):
    plan_course(ctx)
    view = today(window, qtbot)
    assert view.followup_box is None or not view.followup_box.isVisible()
    note_sign(ctx, clock)
    view.refresh()
    box = view.followup_box
    assert box.isVisible()
    assert box.question.text() == ("You noted “Short of breath” on Monday 23 November, "
                                   "09:12. Did you reach your doctor?")
    from tests.ui.a11y import mnemonic_clashes

    assert mnemonic_clashes(window) == {}  # Alt+letter reaches each answer at once
    qtbot.mouseClick(box.not_yet_button, Qt.MouseButton.LeftButton)
    assert window.emergency_panel.isVisible()  # the number again
    window.emergency_panel.accept()
    view.refresh()
    assert box.isVisible()  # still asking
    qtbot.mouseClick(box.go_on_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert ctx.course_service.sign_waiting() is None


def test_the_doctor_says_stop_stops_the_course_keeping_what_was_given(qtbot, window, ctx,
                                                                      clock):
    course_id = plan_course(ctx)
    first = ctx.courses.injections(course_id)[0]
    service = ctx.course_service
    service.record_given(service.booking_for(first, first.planned_utc), "arm-left")
    note_sign(ctx, clock, "suicidal_thoughts")  # rule R21
    view = today(window, qtbot)
    qtbot.mouseClick(view.followup_box.stop_button, Qt.MouseButton.LeftButton)
    course = ctx.courses.get(course_id)
    assert course.status is CourseStatus.STOPPED and course.plan.hard_to_tolerate  # R17, R3
    statuses = [i.status for i in ctx.courses.injections(course_id)]
    assert statuses[0] is InjectionStatus.DONE  # what was given stays
    assert set(statuses[1:]) == {InjectionStatus.NOT_GIVEN}  # not given, not "missed"


def test_the_next_session_asks_whether_the_doctor_said_go_on(qtbot, window, ctx, clock,
                                                             prompter):
    course_id = plan_course(ctx)
    first = ctx.courses.injections(course_id)[0]
    note_sign(ctx, clock)
    prompter.confirm_answers.append(False)  # not yet
    window.start_session(first.id)
    assert window.session_dialog is None
    assert prompter.asked[-1][1] == "Has your doctor said to go on?"
    assert "Short of breath" in prompter.asked[-1][2]
    assert window.emergency_panel.isVisible()
    window.emergency_panel.accept()
    prompter.confirm_answers.append(True)  # yes, go on
    window.start_session(first.id)
    assert window.session_dialog is not None
    assert ctx.course_service.sign_waiting() is None
    prompter.confirm_answers.append(True)
    window.session_dialog.reject()


def test_on_the_next_start_today_leads_with_the_question(qtbot, make_ctx, clock, prompter):
    from il2desk.ui.main_window import MainWindow

    ctx = make_ctx()
    plan_course(ctx)
    note_sign(ctx, clock, "fainting")
    window = MainWindow(ctx, prompter=prompter)
    qtbot.addWidget(window)
    window.show()
    view = window.view("today")
    qtbot.waitUntil(lambda: view.followup_box is not None and view.followup_box.isVisible())
    assert "“Fainted”" in view.followup_box.question.text()


def note_infection(ctx, clock):
    entry = DiaryEntry(id=None, symptom="infection", severity=Severity.MODERATE,
                       occurred_utc=clock.now_utc() - dt.timedelta(minutes=48),
                       zone_name="Europe/Paris", is_emergency=False)
    return ctx.diary.add(entry, clock.now_utc())


def test_after_an_infection_the_session_waits_for_the_doctor(qtbot, window, ctx, clock,
                                                           prompter):
    # rule R19: delay the next injection until the infection has cleared, and talk to
    # the doctor before going on.
    course_id = plan_course(ctx)
    first = ctx.courses.injections(course_id)[0]
    note_infection(ctx, clock)
    view = today(window, qtbot)
    assert "With an infection, the injections wait for your doctor" in \
        view.followup_box.question.text()
    prompter.confirm_answers.append(False)  # not yet
    window.start_session(first.id)
    assert window.session_dialog is None  # nothing is given before the doctor says so
    assert "With an infection, the next injection waits" in prompter.asked[-1][2]
    window.emergency_panel.accept()
    prompter.confirm_answers.append(True)
    window.start_session(first.id)
    assert window.session_dialog is not None
    prompter.confirm_answers.append(True)
    window.session_dialog.reject()


def test_stopped_for_an_infection_is_not_hard_to_tolerate(qtbot, window, ctx, clock):
    course_id = plan_course(ctx)
    note_infection(ctx, clock)
    view = today(window, qtbot)
    qtbot.mouseClick(view.followup_box.stop_button, Qt.MouseButton.LeftButton)
    course = ctx.courses.get(course_id)
    assert course.status is CourseStatus.STOPPED
    assert course.stop_reason.value == "infection"
    assert not course.plan.hard_to_tolerate  # rule R3 is about side effects, not R19
