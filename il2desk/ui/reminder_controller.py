"""Glue between the reminder service and the window: every reminder goes to each
notification back-end, always to the banner, and the window comes to the front.
Also asks the travel question (time zone changed) through the prompter."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from il2desk.domain.reminders import DueReminder
from il2desk.services.context import AppContext
from il2desk.services.notifier import Notifier
from il2desk.services.translation import tr
from il2desk.ui.prompter import Prompter
from il2desk.ui.reminder_texts import describe

log = logging.getLogger(__name__)

# More reminders than this at once are summed up in one desktop message.
SUMMARY_OVER = 3


def bring_to_front(window: QMainWindow) -> None:
    """Show, un-minimise and raise the window (a reminder must be seen)."""
    if window.isMinimized() or window.isHidden():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class ReminderController(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext, prompter: Prompter,
                 notifiers: Sequence[Notifier] = ()) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._prompter = prompter
        self.notifiers: list[Notifier] = list(notifiers)
        ctx.reminders.fired.connect(self.on_fired)
        ctx.reminders.zone_differs.connect(self.ask_about_zone)

    def on_fired(self, due: list[DueReminder]) -> None:
        messages = []
        for item in due:
            text = describe(self._ctx, item.reminder, late=item.late)
            messages.append((text.title, f"{text.body}\n{text.late_note}".strip()))
        if len(messages) > SUMMARY_OVER:
            # After days away, one desktop message instead of a flood; the banner and
            # the late list hold every one of them (rule T2).
            messages = [(tr("{n} reminders are waiting").format(n=len(messages)),
                         tr("They came while il2desk was closed or the computer was "
                             "asleep. Open il2desk to see each one."))]
        for title, body in messages:
            for notifier in self.notifiers:
                try:
                    notifier.notify(title, body)
                except Exception:  # a broken desktop service must not stop the banner
                    log.exception("notification back-end failed")
        bring_to_front(self._window)

    def ask_about_zone(self, home: str, system: str) -> None:
        follow = self._prompter.confirm(
            self._window, tr("Your computer's time zone changed"),
            tr("Your computer is now set to {system}, but your injection times are set "
                "in {home}.\n\nShould the injection times follow the new time zone (the "
                "same clock times there), or stay at home time?").format(
                system=system, home=home),
            yes=tr("Follow {system}").format(system=system),
            no=tr("Keep {home} time").format(home=home))
        if follow:
            self._ctx.reminders.follow_zone(system)
        else:
            self._ctx.reminders.keep_home_zone(system)
