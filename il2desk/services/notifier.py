"""Notification back-ends behind one small interface.

The reminder controller sends every reminder to each available back-end: the
freedesktop notification service over D-Bus where it answers, the tray icon's message
where a tray exists (ui/tray.py, it needs QtWidgets), and always the in-app banner.
A back-end that fails is logged and skipped; the banner never depends on it.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from il2desk import APP_ID

log = logging.getLogger(__name__)

FDO_SERVICE = "org.freedesktop.Notifications"
FDO_PATH = "/org/freedesktop/Notifications"
FDO_INTERFACE = "org.freedesktop.Notifications"


class Notifier(Protocol):
    def notify(self, title: str, body: str) -> bool:
        """Show a message outside the window; False when it could not."""
        ...


class DBusNotifier:
    """freedesktop.org notifications (GNOME, KDE, XFCE… all answer this)."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()

    def available(self) -> bool:
        if not self._bus.isConnected():
            return False
        reply = self._bus.interface().isServiceRegistered(FDO_SERVICE)
        return bool(reply.value()) if reply.isValid() else False

    def notify(self, title: str, body: str) -> bool:
        iface = QDBusInterface(FDO_SERVICE, FDO_PATH, FDO_INTERFACE, self._bus)
        if not iface.isValid():
            return False
        # Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout);
        # timeout 0 = stay until the user closes it: a reminder must not fade unseen.
        hints = {"urgency": 2, "desktop-entry": APP_ID}
        reply = iface.call("Notify", "il2desk", 0, APP_ID, title, body, [], hints, 0)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            log.warning("desktop notification refused: %s", reply.errorMessage())
            return False
        return True


class RecordingNotifier:
    """For tests and for a desktop without any notification service."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, body: str) -> bool:
        self.sent.append((title, body))
        return True
