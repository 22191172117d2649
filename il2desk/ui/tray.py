"""The system-tray icon, where the desktop has a tray: reminder messages, and a menu
to show the window or quit (closing the window keeps il2desk running there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QSystemTrayIcon

from il2desk.ui.reminder_controller import bring_to_front

if TYPE_CHECKING:
    from il2desk.services.reminder_service import ReminderService


def tray_available() -> bool:
    # False on GNOME by default and under Xvfb: the caller falls back to asking.
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTray(QSystemTrayIcon):
    def __init__(self, window: QMainWindow, quit_app,
                 reminders: ReminderService | None = None) -> None:
        icon = window.windowIcon()
        if icon.isNull():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        super().__init__(icon, window)
        self._window = window
        self.setToolTip("il2desk")
        menu = QMenu(window)
        show = QAction(self.tr("&Show il2desk"), menu)
        show.triggered.connect(lambda: bring_to_front(window))
        quit_action = QAction(self.tr("&Quit il2desk"), menu)
        quit_action.triggered.connect(quit_app)
        menu.addAction(show)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.setContextMenu(menu)
        self.activated.connect(self._activated)
        self._reminders = reminders
        if reminders is not None:
            # The icon's tip says what waits for an answer, as soon as that changes.
            reminders.changed.connect(self.update_tip)
            self.update_tip()

    def update_tip(self) -> None:
        waiting = len(self._reminders.unanswered()) if self._reminders is not None else 0
        if waiting == 0:
            self.setToolTip("il2desk")
        elif waiting == 1:
            self.setToolTip(self.tr("il2desk: a reminder is waiting for you"))
        else:
            self.setToolTip(self.tr("il2desk: {n} reminders are waiting for you").format(
                n=waiting))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            bring_to_front(self._window)

    def notify(self, title: str, body: str) -> bool:
        self.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 0)
        return True
