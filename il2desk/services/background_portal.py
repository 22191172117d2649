"""Start at login inside Flatpak: the desktop's Background portal (issue 22).

In the sandbox, ~/.config/autostart is the sandbox's own folder, which no desktop reads;
a Flatpak app asks xdg-desktop-portal instead (org.freedesktop.portal.Background,
RequestBackground with `autostart`), which writes the host's autostart entry for the
app's own command. The desktop may ask the user first; the answer comes later as a
signal on the returned request, which is not waited for: il2desk's setting records the
choice, and the desktop's own settings show whether it was allowed.

The call goes through `gdbus` (or `busctl`), like the desktop notifications
(notifier.py): PySide6's QtDBus does not send the `a{sv}` options reliably.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable

DESTINATION = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
# Shown by some desktops when they ask the user. Plain ASCII without quotes: it is
# written into GVariant text below.
REASON = "il2desk starts at login to remind you of your injections"


class PortalError(Exception):
    """The portal could not be asked; str() says why, for the log and the message."""


def request_command(autostart: bool) -> list[str] | None:
    """The command that asks the portal, or None without gdbus and busctl."""
    flag = "true" if autostart else "false"
    gdbus = shutil.which("gdbus")
    if gdbus:
        return [gdbus, "call", "--session", "--dest", DESTINATION,
                "--object-path", OBJECT_PATH, "--method", f"{INTERFACE}.RequestBackground",
                "''", f"{{'reason': <'{REASON}'>, 'autostart': <{flag}>}}"]
    busctl = shutil.which("busctl")
    if busctl:
        return [busctl, "--user", "call", DESTINATION, OBJECT_PATH, INTERFACE,
                "RequestBackground", "sa{sv}", "", "2", "reason", "s", REASON,
                "autostart", "b", flag]
    return None


def request_autostart(enabled: bool,
                      run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run
                      ) -> None:
    """Ask the portal to start il2desk at login (or not); raises PortalError."""
    command = request_command(enabled)
    if command is None:
        raise PortalError("neither gdbus nor busctl is there to reach the desktop portal")
    try:
        result = run(command, capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PortalError(f"the desktop portal did not answer: {error}") from error
    if result.returncode != 0:
        lines = (result.stderr or "").strip().splitlines()
        raise PortalError(lines[-1] if lines else f"exit status {result.returncode}")
