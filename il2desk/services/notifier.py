"""Notification back-ends behind one small interface.

The reminder controller sends every reminder to each available back-end: the
freedesktop notification service over D-Bus where it answers, the tray icon's message
where a tray exists (ui/tray.py, it needs QtWidgets), and always the in-app banner.
A back-end that fails is logged and skipped; the banner never depends on it.
"""

from __future__ import annotations

import logging
import shutil
from typing import Protocol

from PySide6.QtCore import QProcess
from PySide6.QtDBus import QDBusConnection

from il2desk import APP_ID

log = logging.getLogger(__name__)

FDO_SERVICE = "org.freedesktop.Notifications"
FDO_PATH = "/org/freedesktop/Notifications"
FDO_INTERFACE = "org.freedesktop.Notifications"


class Notifier(Protocol):
    def notify(self, title: str, body: str) -> bool:
        """Show a message outside the window; False when it could not."""
        ...


def gvariant_string(text: str) -> str:
    """`text` as a GVariant text-format string literal (what `gdbus call` parses)."""
    escaped = (text.replace("\\", "\\\\").replace("'", "\\'")
               .replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))
    return f"'{escaped}'"


def notify_command(title: str, body: str) -> list[str] | None:
    """The `gdbus` (GLib) or `busctl` (systemd) call that sends one notification with
    exactly the types the specification asks for; None when neither tool is here."""
    gdbus = shutil.which("gdbus")
    if gdbus:
        # gdbus reads the method's signature by introspection, so 0 becomes uint32.
        return [gdbus, "call", "--session", "--dest", FDO_SERVICE, "--object-path",
                FDO_PATH, "--method", f"{FDO_INTERFACE}.Notify",
                gvariant_string("il2desk"), "0", gvariant_string(APP_ID),
                gvariant_string(title), gvariant_string(body), "@as []",
                "{'urgency': <byte 2>, 'desktop-entry': <'" + APP_ID + "'>}", "0"]
    busctl = shutil.which("busctl")
    if busctl:
        return [busctl, "--user", "call", FDO_SERVICE, FDO_PATH, FDO_INTERFACE, "Notify",
                "susssasa{sv}i", "il2desk", "0", APP_ID, title, body, "0",
                "2", "urgency", "y", "2", "desktop-entry", "s", APP_ID, "0"]
    return None


class DBusNotifier:
    """freedesktop.org notifications (GNOME, KDE, XFCE… all answer this).

    QtDBus finds out whether the service answers. The call itself goes through
    `gdbus`/`busctl`: PySide6's QtDBus cannot send the uint32 and the empty string
    array that Notify's signature (susssasa{sv}i) requires — it sends int32 and an
    empty variant array, which strict servers such as GNOME Shell refuse.
    """

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()

    def available(self) -> bool:
        if not self._bus.isConnected() or notify_command("", "") is None:
            return False
        reply = self._bus.interface().isServiceRegistered(FDO_SERVICE)
        return bool(reply.value()) if reply.isValid() else False

    def notify(self, title: str, body: str) -> bool:
        command = notify_command(title, body)
        if command is None:
            return False
        # Detached: a slow notification service must never hold up the window.
        process = QProcess()
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        started = process.startDetached()
        ok = bool(started[0] if isinstance(started, tuple) else started)
        if not ok:
            log.warning("could not start %s for a desktop notification", command[0])
        return ok


class RecordingNotifier:
    """For tests and for a desktop without any notification service."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, body: str) -> bool:
        self.sent.append((title, body))
        return True
