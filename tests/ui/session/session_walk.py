"""Open an injection session on a course and walk its steps with real clicks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from tests.builders import a_course


def make_course(ctx, clock, **extra):
    course_id = a_course(ctx, start=dt.date(2026, 11, 23), created_utc=clock.now_utc(),
                         **extra)
    return ctx.courses.injections(course_id)


def shown_window(qtbot, ctx, prompter):
    """The main window on `ctx`, shown (what a restart of the program opens)."""
    from il2desk.ui.main_window import MainWindow

    window = MainWindow(ctx, prompter=prompter)
    qtbot.addWidget(window)
    window.show()
    return window


def open_session(qtbot, window, injection_id):
    window.start_session(injection_id)
    wizard = window.session_dialog
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box):
    # click on the box itself, not the empty space a wide layout gives the widget
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def next_step(qtbot, wizard, expected_step):
    click(qtbot, wizard.next_button)
    assert wizard.step_label.text().startswith(f"Step {expected_step} of 7")


def run_ice(qtbot, page, clock, minutes):
    click(qtbot, page.start_button)
    assert page.start_button.text() == "&Pause"
    clock.advance(dt.timedelta(minutes=minutes))
    qtbot.waitUntil(lambda: "Time is up" in page.message.text(), timeout=3000)
    assert page.remaining_label.text() == "0:00"


def answer_pretreatment(qtbot, wizard, *, skip=False):
    page = wizard.page
    tick(qtbot, page.skip if skip else page.took)


def walk_to_inject(qtbot, wizard, clock, *, skip_pretreatment=False):
    answer_pretreatment(qtbot, wizard, skip=skip_pretreatment)
    next_step(qtbot, wizard, 2)
    next_step(qtbot, wizard, 3)  # the suggested site is already chosen
    next_step(qtbot, wizard, 4)  # the syringe is ready
    run_ice(qtbot, wizard.page, clock, 10)
    next_step(qtbot, wizard, 5)


def finish_from_inject(qtbot, wizard, clock):
    tick(qtbot, wizard.page.done_box)
    next_step(qtbot, wizard, 6)
    page = wizard.page
    click(qtbot, page.start_button)
    clock.advance(dt.timedelta(minutes=3))
    click(qtbot, page.done_button)  # done early
    assert "Done" in page.message.text()
    next_step(qtbot, wizard, 7)
    tick(qtbot, wizard.page.sharps_box)
    assert wizard.next_button.text() == "&Finish"
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.next_button)
