"""Today shows the right next step for a fixed clock (issue 4)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from il2desk.ui.course_wizard.wizard import CourseWizard
from tests.builders import a_course, a_session_record, given

# The tests' clock: Monday 23 November 2026, 10:00 in Paris; courses start on Wednesday
# 25 November unless a test says otherwise.


def course(ctx, **changes) -> int:
    return a_course(ctx, support={"company": True, "sharps": False}, **changes)


def today_view(window):
    window.go_to("today")
    return window.view("today")


def test_nothing_planned_offers_one_button(window, qtbot):
    view = today_view(window)
    assert view.pages.currentIndex() == 0
    assert view.plan_button.isVisible()
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.wizard, CourseWizard) and view.wizard.isVisible()
    view.wizard.reject()


def test_each_page_is_built_when_first_shown_and_the_tick_is_safe_without_one(
        window, ctx, clock):
    view = today_view(window)
    # Nothing planned: only that page exists, and the minute tick leaves it alone.
    assert view.pages.currentIndex() == 0
    assert not hasattr(view, "next_label")
    view.timer.timeout.emit()
    assert view.pages.currentIndex() == 0 and view.plan_button.isVisible()
    # A course appears: its page is built and shown; the empty page is kept for later.
    course(ctx, start=dt.date(2026, 11, 23))
    clock.set(dt.datetime(2026, 11, 24, 6, 35, tzinfo=dt.UTC))
    view.refresh()
    assert view.pages.currentIndex() == 1
    assert view.next_label.isVisible() and not view.plan_button.isVisible()
    view.timer.timeout.emit()
    assert view.next_label.text() == "Injection in 25 min, at 08:00"


def test_next_step_is_the_pretreatment_with_countdown(window, ctx, clock):
    course_id = course(ctx, start=dt.date(2026, 11, 23))
    # 07:35 in Paris on day 2; injection 3 at 08:00, pre-treatment lead 30 min → 07:30.
    clock.set(dt.datetime(2026, 11, 24, 6, 35, tzinfo=dt.UTC))
    view = today_view(window)
    view.refresh()
    assert view.pages.currentIndex() == 1
    # Injection at 20:00 on day 1 was at 19:00 UTC yesterday, long past the grace.
    assert view.next_label.text() == "Injection in 25 min, at 08:00"
    clock.set(dt.datetime(2026, 11, 24, 6, 5, tzinfo=dt.UTC))  # 07:05 in Paris
    view.update_countdown()
    assert view.next_label.text() == "Pre-treatment in 25 min, for the 08:00 injection"
    assert "Injection 3 of 10" in view.progress_label.text()
    assert "4.5 million units" in view.progress_label.text()
    assert ctx.courses.get(course_id) is not None


def test_overdue_injection_stays_next(window, ctx, clock):
    course(ctx, start=dt.date(2026, 11, 23))
    clock.set(dt.datetime(2026, 11, 24, 7, 20, tzinfo=dt.UTC))  # 08:20 Paris
    view = today_view(window)
    view.refresh()
    assert view.next_label.text() == "The 08:00 injection was due 20 min ago"


def test_before_the_course_shows_days_blood_work_and_checklist(window, ctx, qtbot):
    course_id = course(ctx)
    view = today_view(window)
    view.refresh()
    assert view.next_label.text() == "Pre-treatment in 1 d 21 h, for the 08:00 injection"
    assert "Wednesday 25 November 2026" in view.when_label.text()
    assert "07:30" in view.when_label.text()
    assert "Injection 1 of 10" in view.progress_label.text()
    assert "Blood test" in view.blood_label.text()  # rule R16
    assert "company" not in view.checklist  # ticked in the wizard
    box = view.checklist["sharps"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(lambda: "sharps" not in view.checklist)
    assert ctx.courses.get(course_id).plan.support["sharps"] is True


def test_start_session_passes_the_injection(window, ctx, qtbot, monkeypatch):
    course_id = course(ctx)
    started = []
    window.host.start_session = started.append
    view = today_view(window)
    view.refresh()
    qtbot.mouseClick(view.session_button, Qt.MouseButton.LeftButton)
    first = ctx.courses.injections(course_id)[0]
    assert started == [first.id]


def test_countdown_ticks_only_on_screen_and_only_when_the_words_change(window, ctx, clock):
    course(ctx, start=dt.date(2026, 11, 23))
    clock.set(dt.datetime(2026, 11, 24, 6, 34, 20, tzinfo=dt.UTC))  # 25 min 40 s to go
    view = today_view(window)
    view.refresh()
    assert view.next_label.text() == "Injection in 25 min, at 08:00"
    # The next tick comes when "25 min" becomes "24 min" (40.5 s), not before.
    assert view.timer.isActive() and view.timer.interval() == 40_500
    window.go_to("settings")  # off screen: nothing ticks
    assert not view.timer.isActive()
    clock.set(dt.datetime(2026, 11, 24, 6, 50, tzinfo=dt.UTC))
    window.go_to("today")  # back on screen: the time moved on, and the tick is armed
    assert view.next_label.text() == "Injection in 10 min, at 08:00"
    assert view.timer.isActive()
    window.hide()  # hidden in the tray: nothing ticks
    assert not view.timer.isActive()
    assert view.countdown(dt.timedelta(hours=3, minutes=20)) == "3 h 20 min"
    assert view.countdown(dt.timedelta(seconds=30)) == "less than a minute"


def test_days_away_the_countdown_ticks_hourly():
    from il2desk.ui.views.today_view import until_words_change

    wait = until_words_change(dt.timedelta(days=2, hours=3, minutes=10), counting_down=True)
    assert wait == dt.timedelta(minutes=10, milliseconds=500)
    # Exactly on a change: the next one is a whole unit away.
    assert until_words_change(dt.timedelta(minutes=5), counting_down=True) == \
        dt.timedelta(minutes=1, milliseconds=500)
    assert until_words_change(dt.timedelta(minutes=5, seconds=15), counting_down=False) == \
        dt.timedelta(seconds=45, milliseconds=500)


def test_a_changed_lead_time_shows_at_once(window, ctx, clock):
    course(ctx, start=dt.date(2026, 11, 23))
    clock.set(dt.datetime(2026, 11, 24, 6, 5, tzinfo=dt.UTC))  # 07:05 in Paris
    view = today_view(window)
    view.refresh()
    assert view.next_label.text() == "Pre-treatment in 25 min, for the 08:00 injection"
    ctx.settings.update_field("pretreatment_lead_min", "45")  # no refresh by hand
    assert view.next_label.text() == "Pre-treatment in 10 min, for the 08:00 injection"


def test_away_from_home_today_says_whose_clock_the_times_are_on(window, ctx, clock):
    # Issue 20, travel: this computer is in Europe/Paris (the tests' system zone); a
    # course kept in New York times says so beside its times, and only then.
    course(ctx, zone="America/New_York")
    view = today_view(window)
    view.refresh()
    assert ("These times are in America/New_York, your course's time zone; this "
            "computer is now in Europe/Paris.") in view.when_label.text()


def test_at_home_no_zone_is_named(window, ctx, clock):
    course(ctx)
    view = today_view(window)
    view.refresh()
    assert "time zone" not in view.when_label.text()


def test_stop_this_course_from_today(window, ctx, clock, qtbot):  # rule R17, issue 19
    from il2desk.domain.course import CourseStatus, InjectionStatus, StopReason

    course_id = course(ctx, start=dt.date(2026, 11, 20),
                       created_utc=clock.now_utc() - dt.timedelta(days=5))
    given(ctx, course_id, 6)
    view = today_view(window)
    view.refresh()
    assert view.pages.currentIndex() == 1
    assert view.state_label.text() == "This course: under way."
    assert view.stop_button.isVisible()
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    dialog = view.stop_dialog
    assert "4 injections still planned" in dialog.explanation.text()
    button = dialog.reason_buttons[StopReason.DOCTOR]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.courses.get(course_id).status is CourseStatus.STOPPED
    assert ctx.courses.injections(course_id)[9].status is InjectionStatus.NOT_GIVEN
    # Today no longer counts down to an injection that will not happen, and says why.
    assert view.pages.currentIndex() == 0
    note = view.stopped_note.text()
    assert view.stopped_note.isVisible()
    assert "Stopped early (the doctor's decision) on Monday 23 November 2026 at 10:00" in note
    assert "not given" in note
    assert view.plan_button.isVisible()


def test_a_course_not_begun_offers_no_stop(window, ctx):
    course(ctx)  # begins on Wednesday
    view = today_view(window)
    view.refresh()
    assert view.pages.currentIndex() == 1
    assert not view.stop_button.isVisible()
    assert view.state_label.text() == "This course: planned."



def test_the_count_of_injections_done_follows_the_number(window, ctx, clock, spanish):
    """Found by hand in Spanish: "(1 hechas)", a plural after one; through Qt's %n."""
    course_id = course(ctx, start=dt.date(2026, 11, 23))
    given(ctx, course_id, 1)
    clock.set(dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC))
    view = today_view(window)
    view.refresh()
    assert view.progress_label.text().endswith("(1 hecha)")
    second = ctx.courses.injections(course_id)[1]
    ctx.injection_log.record_session(a_session_record(second))
    clock.set(dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC))
    view.refresh()
    assert view.progress_label.text().endswith("(2 hechas)")
