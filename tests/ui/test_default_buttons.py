"""Enter presses the dialog's own default button, never Emergency signs (issue 23: the
AT-SPI walk read "Emergency signs, default button" in two dialogs)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from il2desk.ui.late_reminders import LateRemindersDialog
from il2desk.ui.views.past_course_dialog import PastCourseDialog


def test_save_is_the_default_of_the_past_course_dialog(window, qtbot):
    past = PastCourseDialog(window.ctx, window.show_emergency, window)
    past.show()
    qtbot.waitExposed(past)
    assert past.save_button.isDefault()
    assert not past.emergency_button.isDefault()
    past.close()


def test_close_is_the_default_of_the_late_reminders_dialog(window, qtbot):
    late = LateRemindersDialog(window.ctx, window.show_emergency, window)
    late.show()
    qtbot.waitExposed(late)
    close = late.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isDefault()
    emergency = late.findChild(type(close), "emergencyButton")
    assert emergency is not None and not emergency.isDefault()
    late.close()
