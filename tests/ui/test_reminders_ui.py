"""Reminders in the window: the banner, its actions, the late list, closing (rule T2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from il2desk.domain.reminders import ReminderKind, ReminderState
from il2desk.services.notifier import RecordingNotifier
from il2desk.ui.main_window import MainWindow
from tests.builders import a_course

UTC = dt.UTC


def make_course(ctx, clock) -> int:
    course_id = a_course(ctx, start=dt.date(2026, 11, 25), created_utc=clock.now_utc())
    ctx.reminders.sync()
    return course_id


@pytest.fixture
def notifier():
    return RecordingNotifier()


@pytest.fixture
def win(qtbot, ctx, prompter, notifier):
    window = MainWindow(ctx, prompter=prompter, notifiers=[notifier])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_up.done)  # the banner comes after the paint
    yield window
    ctx.reminders.stop()


def row_of(window, kind):
    return next(r for r in window.reminder_banner.rows if r.reminder.kind is kind)


def fire_first_injection(ctx, clock):
    course_id = make_course(ctx, clock)
    first = ctx.courses.injections(course_id)[0]
    clock.set(first.planned_utc)
    ctx.reminders.check()
    return first


def test_banner_hidden_until_a_reminder_fires(win, ctx, clock, notifier):
    assert not win.reminder_banner.isVisible()
    fire_first_injection(ctx, clock)
    banner = win.reminder_banner
    assert banner.isVisible()
    kinds = {r.reminder.kind for r in banner.rows}
    assert kinds == {ReminderKind.INJECTION, ReminderKind.PRETREATMENT,
                     ReminderKind.COURSE_START}
    injection_row = row_of(win, ReminderKind.INJECTION)
    assert "Time for your injection" in injection_row.title_label.text()
    assert "08:00" in injection_row.body_label.text()  # Paris wall time (rule T1)
    assert injection_row.late_label.isHidden()
    # the pre-treatment came due 30 minutes before, while nothing was running: late
    pre_row = row_of(win, ReminderKind.PRETREATMENT)
    assert pre_row.late_label.isVisible()
    assert "due at 07:30" in pre_row.late_label.text()
    # each reminder went to the desktop back-end once, with the same words
    titles = [title for title, _body in notifier.sent]
    assert titles.count("Time for your injection") == 1
    assert any("due at 07:30" in body for _t, body in notifier.sent)
    assert win.isVisible() and not win.isMinimized()


def test_start_session_button_acknowledges_and_opens_session(win, ctx, clock, prompter, qtbot):
    from PySide6.QtWidgets import QLabel

    fire_first_injection(ctx, clock)
    row = row_of(win, ReminderKind.INJECTION)
    key = row.reminder.key
    qtbot.mouseClick(row.session_button, Qt.MouseButton.LeftButton)
    session = win.session_dialog
    assert session is not None and session.isVisible()
    shown = [label.text() for label in session.findChildren(QLabel) if label.isVisible()]
    assert "Morning injection, day 1" in shown  # the session of the injection reminded
    assert ctx.reminders.repo.get(key).state is ReminderState.ACKNOWLEDGED
    assert ReminderKind.INJECTION not in {r.reminder.kind for r in win.reminder_banner.rows}
    prompter.confirm_answers.append(True)  # "Stop the session?": nothing recorded yet
    session.reject()


def test_snooze_button_hides_then_brings_back(win, ctx, clock, qtbot, notifier):
    fire_first_injection(ctx, clock)
    key = row_of(win, ReminderKind.INJECTION).reminder.key
    qtbot.mouseClick(row_of(win, ReminderKind.INJECTION).snooze_buttons[10],
                     Qt.MouseButton.LeftButton)
    assert ctx.reminders.repo.get(key).state is ReminderState.SNOOZED
    assert key not in {r.reminder.key for r in win.reminder_banner.rows}
    notifier.sent.clear()
    clock.advance(dt.timedelta(minutes=10))
    ctx.reminders.check()
    assert key in {r.reminder.key for r in win.reminder_banner.rows}
    assert [t for t, _b in notifier.sent] == ["Time for your injection"]


def test_dismissed_reminders_do_not_come_back_after_restart(qtbot, make_ctx, clock, prompter):
    ctx = make_ctx()
    window = MainWindow(ctx, prompter=prompter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_up.done)
    fire_first_injection(ctx, clock)
    for row in list(window.reminder_banner.rows):
        qtbot.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.reminder_banner.rows == []
    window.close()
    ctx.db.close()

    ctx2 = make_ctx()
    notifier = RecordingNotifier()
    again = MainWindow(ctx2, prompter=prompter, notifiers=[notifier])
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.start_up.done)
    ctx2.reminders.start()
    try:
        clock.advance(dt.timedelta(minutes=5))
        ctx2.reminders.check()
        assert again.reminder_banner.rows == []
        assert notifier.sent == []
    finally:
        ctx2.reminders.stop()


def test_late_list_shows_what_was_due_and_when(win, ctx, clock, qtbot):
    fire_first_injection(ctx, clock)
    assert win.reminder_banner.late_button.isVisible()
    qtbot.mouseClick(win.reminder_banner.late_button, Qt.MouseButton.LeftButton)
    dialog = win.late_dialog
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    titles = [r[0] for r in rows]
    assert "Time for your pre-treatment" in titles
    pre = rows[titles.index("Time for your pre-treatment")]
    assert pre[1] == "Wednesday 25 November, 07:30"
    assert pre[2] == "Wednesday 25 November, 08:00"
    assert pre[3] == "Not yet"
    dialog.close()


def test_late_list_empty_state(win, qtbot):
    win.show_late_reminders()
    qtbot.waitExposed(win.late_dialog)
    assert win.late_dialog.empty.isVisible() and win.late_dialog.rows() == []
    win.late_dialog.close()


def test_closing_without_tray_asks_to_keep_running(win, ctx, clock, prompter):
    make_course(ctx, clock)
    ctx.reminders.start()
    prompter.confirm_answers.append(True)
    win.close()
    assert win.isVisible() and win.isMinimized()
    assert prompter.asked[-1][1] == "Keep il2desk running?"
    prompter.confirm_answers.append(False)
    win.close()
    assert not win.isVisible()


def test_closing_with_nothing_planned_does_not_ask(win, ctx, prompter):
    ctx.reminders.start()
    win.close()
    assert not win.isVisible() and prompter.asked == []


class FakeTray:
    """Stands in for the tray icon (offscreen Qt has no system tray)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title, body, *args) -> None:
        self.messages.append((title, body))

    def notify(self, title, body) -> bool:
        self.messages.append((title, body))
        return True


def test_closing_with_a_tray_keeps_running_in_it(win, ctx, clock, prompter):
    tray = FakeTray()
    win.attach_tray(tray)
    ctx.reminders.start()
    win.close()
    assert win.isHidden() and prompter.asked == []
    assert "keeps running" in tray.messages[-1][1]
    # a reminder brings the window back and reaches the tray too
    fire_first_injection(ctx, clock)
    assert win.isVisible()
    assert any(t == "Time for your injection" for t, _b in tray.messages)
    win.quit_app()
    assert not win.isVisible()


def test_time_zone_change_asks_and_keeps_home_time(qtbot, travelling_ctx, clock, prompter,
                                                   notifier, monkeypatch):
    ctx = travelling_ctx
    win = MainWindow(ctx, prompter=prompter, notifiers=[notifier])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.start_up.done)  # the time-zone question comes after the paint
    try:
        make_course(ctx, clock)
        monkeypatch.setenv("TZ", "Asia/Tokyo")  # the computer now says Tokyo
        prompter.confirm_answers.append(False)
        ctx.reminders.recheck()
        assert prompter.asked[-1][1] == "Your computer's time zone changed"
        assert "Asia/Tokyo" in prompter.asked[-1][2]
        assert ctx.settings.current.time_zone == "Europe/Paris"
        ctx.reminders.recheck()
        assert len([a for a in prompter.asked if a[0] == "confirm"]) == 1
    finally:
        ctx.reminders.stop()


def test_many_late_reminders_make_one_desktop_message(win, ctx, clock, notifier):
    # a week away: every one is kept (banner, late list), the desktop gets one summary
    course_id = make_course(ctx, clock)
    last = ctx.courses.injections(course_id)[-1]
    clock.set(last.planned_utc + dt.timedelta(days=1))
    due = ctx.reminders.check()
    assert len(due) == 21 and all(d.late for d in due)
    assert notifier.sent == [("21 reminders are waiting", notifier.sent[0][1])]
    assert len(ctx.reminders.late()) == 21
    # rule T2 (issue 20): the injections' reminders are gathered in one question, not
    # one banner each; the rest (not about an injection) are shown as before
    banner = win.reminder_banner
    assert "10 injections are past their time" in banner.unrecorded_row.label.text()
    assert all(r.reminder.injection_id is None for r in banner.rows)
    assert banner.more_label.text() == ""


def test_tray_tip_follows_the_reminders_without_a_refresh(win, ctx, clock):
    from il2desk.ui.tray import ReminderTray

    tray = ReminderTray(win, win.quit_app, ctx.reminders)
    assert tray.toolTip() == "il2desk"
    fire_first_injection(ctx, clock)  # three reminders shown: `changed` updates the tip
    assert tray.toolTip() == "il2desk: 3 reminders are waiting for you"
    for row in list(win.reminder_banner.rows):
        ctx.reminders.acknowledge(row.reminder.key)
    assert tray.toolTip() == "il2desk"
