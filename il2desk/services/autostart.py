"""Start il2desk at login: an XDG autostart entry on Linux (and other freedesktop
systems); elsewhere the setting says plainly that it is not available here.

The entry lives at $XDG_CONFIG_HOME/autostart/<app id>.desktop (default ~/.config).
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from il2desk import APP_ID

log = logging.getLogger(__name__)

NOT_HERE = QT_TRANSLATE_NOOP("Autostart", "Starting at login is not available on this system "
                             "yet. Open il2desk yourself after logging in.")


class AutostartError(Exception):
    """The entry could not be written or removed; str() is plain words."""


def default_command(data_dir: Path | None) -> list[str]:
    """How to start this il2desk again: the frozen program, the installed command, or
    this Python with `-m il2desk`; with the data folder when it is not the default."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    elif shutil.which("il2desk"):
        command = ["il2desk"]
    else:
        command = [sys.executable, "-m", "il2desk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


class Autostart:
    def __init__(self, command: list[str], *, environ: Mapping[str, str] | None = None,
                 platform: str | None = None) -> None:
        self._command = command
        self._environ = os.environ if environ is None else environ
        self._platform = sys.platform if platform is None else platform

    @property
    def supported(self) -> bool:
        return self._platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))

    @property
    def entry_path(self) -> Path:
        config = self._environ.get("XDG_CONFIG_HOME", "").strip()
        base = Path(config) if config and Path(config).is_absolute() else \
            Path(self._environ.get("HOME", str(Path.home()))) / ".config"
        return base / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        return self.supported and self.entry_path.exists()

    def entry_text(self) -> str:
        exec_line = " ".join(shlex.quote(part) for part in self._command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=il2desk\n"
            "Comment=Reminders for your interleukin-2 injections\n"
            f"Exec={exec_line}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def apply(self, enabled: bool) -> None:
        """Write or remove the entry; raises AutostartError with plain words."""
        if not self.supported:
            raise AutostartError(QCoreApplication.translate("Autostart", NOT_HERE))
        path = self.entry_path
        if self._environ.get("FLATPAK_ID"):
            self._ask_the_portal(enabled)  # then the entry below only remembers the choice
        try:
            if enabled:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(self.entry_text(), encoding="utf-8")
                tmp.replace(path)
                log.info("autostart entry written: %s", path)
            elif path.exists():
                path.unlink()
                log.info("autostart entry removed: %s", path)
        except OSError as error:
            log.warning("autostart: %s", error)
            raise AutostartError(
                QCoreApplication.translate(
                    "Autostart", "il2desk could not change the start-at-login setting "
                    "({reason}). Nothing else was changed.").format(reason=error.strerror)
            ) from error

    def _ask_the_portal(self, enabled: bool) -> None:
        """Inside Flatpak the desktop never reads the sandbox's ~/.config/autostart: the
        Background portal writes the real entry (issue 22)."""
        from il2desk.services.background_portal import PortalError, request_autostart

        try:
            request_autostart(enabled)
        except PortalError as error:
            log.warning("autostart portal: %s", error)
            raise AutostartError(
                QCoreApplication.translate(
                    "Autostart", "il2desk could not ask your desktop to start it at login "
                    "({reason}). Nothing else was changed.").format(reason=error)
            ) from error
