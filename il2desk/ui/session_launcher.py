"""The ways into the injection session, for the main window (issue 6).

Start a session for a planned injection (first asking whether the doctor said to go on
when a sign is waiting: rules R13, R19, R21), offer to go on with one left half-way,
and ask the one question about injections past their time with nothing recorded (rule
T2). One session dialog and one question at a time; the window shows them.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # imported when first needed, after the window is up (start-up speed)
    from PySide6.QtWidgets import QDialog

    from il2desk.services.course_service import SessionProgress
    from il2desk.ui.main_window import MainWindow
    from il2desk.ui.session.wizard import SessionWizard


class SessionLauncher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.session_dialog: SessionWizard | None = None
        self.unrecorded_dialog: QDialog | None = None  # rule T2: the one question

    def start(self, injection_id: int, resume: SessionProgress | None = None) -> None:
        """Open the guided injection session for a planned injection (issue 6)."""
        from il2desk.domain.course import InjectionStatus
        from il2desk.ui.session.wizard import SessionWizard

        window = self._window
        if window.refuse_if_read_only(self.tr("Injection session")):
            return  # a session whose dose could not be recorded is not started

        injection = window.ctx.courses.injection(injection_id)
        if injection is None or injection.status is not InjectionStatus.PLANNED:
            window.prompter.inform(
                window, self.tr("Injection session"),
                self.tr("This injection is already recorded, so there is no session "
                        "to start for it."))
            return
        if self.session_dialog is not None:
            self.session_dialog.raise_()
            self.session_dialog.activateWindow()
            return
        if not self._doctor_said_go_on():
            return
        dialog = SessionWizard(window.host, injection, resume=resume, parent=window)
        dialog.finished.connect(self._session_finished)
        self.session_dialog = dialog
        dialog.open()

    def _doctor_said_go_on(self) -> bool:
        """Rules R13, R21, R19: after an emergency sign or an infection, the next session
        starts by asking whether the doctor said to go on; "no" shows the doctor's
        number instead."""
        from il2desk.domain.emergency_followup import DoctorAnswer
        from il2desk.ui.views.followup_box import sign_words

        window = self._window
        sign = window.ctx.course_service.sign_waiting()
        if sign is None:
            return True
        if sign.is_emergency:
            question = self.tr("You noted {0}, a sign to call your doctor now. Has your "
                               "doctor said to go on with the injections?")
        else:  # rule R19
            question = self.tr("You noted {0}. With an infection, the next injection waits "
                               "until it has cleared and your doctor says to go on. Has "
                               "your doctor said to go on with the injections?")
        if window.prompter.confirm(
                window, self.tr("Has your doctor said to go on?"),
                question.format(sign_words(sign)),
                yes=self.tr("Yes, go on"), no=self.tr("Not yet")):
            window.ctx.course_service.answer_sign(sign, DoctorAnswer.GO_ON)
            return True
        window.show_emergency()
        return False

    def ask_unrecorded(self) -> None:
        """Rule T2: one question for every injection past its time with nothing
        recorded (issue 20)."""
        from il2desk.ui.session.unrecorded_dialog import UnrecordedDialog

        window = self._window
        injections = window.ctx.course_service.unrecorded()
        if not injections or self.unrecorded_dialog is not None:
            return
        dialog = UnrecordedDialog(window.host, injections, parent=window)
        dialog.finished.connect(self._unrecorded_answered)
        self.unrecorded_dialog = dialog
        dialog.open()

    def _unrecorded_answered(self, _result: int) -> None:
        dialog, self.unrecorded_dialog = self.unrecorded_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._window.current_view().refresh()

    def offer_resume(self) -> None:
        """A session was left half-way (program closed): offer to go on with it."""
        window = self._window
        if not window.isVisible():
            return  # closed before the offer came up (the record may be closed too)
        try:
            today = window.today_view()
            if today is not None:
                today.check_followup()  # rules R13, R21: "did you reach your doctor?"
            progress = window.ctx.course_service.load_progress()
        except sqlite3.ProgrammingError:
            return  # the record was closed before the offer came up (shutting down)
        if progress is None or self.session_dialog is not None or window.ctx.read_only:
            return
        from il2desk.domain.course import InjectionStatus

        injection = window.ctx.courses.injection(progress.injection_id)
        if injection is None or injection.status is not InjectionStatus.PLANNED:
            window.ctx.course_service.clear_progress()
            return
        slot = self.tr("morning") if injection.slot.value == "morning" else self.tr("evening")
        go_on = window.prompter.confirm(
            window, self.tr("Go on with your injection session?"),
            self.tr("You stopped at step {0} of 7 of the {1} injection of day {2}. Nothing "
                    "about it is recorded yet. Go on where you left off?").format(
                        progress.step + 1, slot, injection.day),
            # Enter goes on: a tired patient back after a crash loses nothing either way.
            yes=self.tr("Go on"), no=self.tr("Stop the session"), default_yes=True)
        if go_on:
            self.start(progress.injection_id, resume=progress)
        else:
            window.ctx.course_service.clear_progress()

    def _session_finished(self, _result: int) -> None:
        dialog, self.session_dialog = self.session_dialog, None
        if dialog is not None:
            dialog.deleteLater()
            if dialog.recorded and dialog.draft.open_diary_after:
                self._window.go_to("diary")  # the patient asked to note how they feel
        self._window.current_view().refresh()
