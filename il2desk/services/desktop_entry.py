"""The applications-menu entry on Linux and other freedesktop systems (issue 22).

A pip or pipx install puts il2desk's files where no desktop looks. `il2desk desktop-entry
install` (and Help ▸ Add il2desk to the applications menu) copies the menu entry
(.desktop), the software-centre description (AppStream metainfo) and the hicolor icons
into the user's data folder ($XDG_DATA_HOME, by default ~/.local/share), with an `Exec`
that starts this very installation; `remove` takes them away again. The bundle's
install.sh uses the same command. The record (~/.local/share/il2desk) is never touched.

No Qt here: the command works without a screen.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from il2desk import APP_ID
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message
from il2desk.resources import resource

ICON_SIZES_PX = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"

# (file under resources/, where it goes under the data folder): the menu entry aside.
_COPIED = [
    (f"linux/{METAINFO_FILE}", f"metainfo/{METAINFO_FILE}"),
    *((f"icons/hicolor/{px}x{px}/apps/{APP_ID}.png",) * 2 for px in ICON_SIZES_PX),
    (f"icons/hicolor/scalable/apps/{APP_ID}.svg",) * 2,
]

# Characters that make an Exec argument need double quotes (Desktop Entry Spec, "The
# Exec key"); inside the quotes these four take a backslash.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = re.compile(r'(["`$\\])')


class MenuEntryError(Exception):
    """The entry could not be written or removed: `message` says why (a message value,
    shown in the user's language); str() is the English."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.message = said


def _os_problem(template: str, error: OSError) -> MenuEntryError:
    return MenuEntryError(message(template, reason=error.strerror or str(error),
                                  file=str(error.filename or "")))


def this_installation() -> list[str]:
    """The command that starts the il2desk now running: the bundle's program, the
    `il2desk` script this process was started by (pip, pipx), or this Python with
    `-m il2desk`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    started_as = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started_as is not None and started_as.name == "il2desk" and started_as.is_file():
        # Not resolved: pipx's ~/.local/bin/il2desk link survives an upgrade.
        return [str(started_as.absolute())]
    return [sys.executable, "-m", "il2desk"]


def exec_value(command: Sequence[str]) -> str:
    """The command as the value of a .desktop file's Exec key."""
    parts = []
    for arg in command:
        if "\n" in arg or "\r" in arg:
            raise MenuEntryError(message(QT_TRANSLATE_NOOP(
                "domain", "the program's path has a line break in it: {path}"), path=repr(arg)))
        arg = arg.replace("%", "%%")  # % starts a field code
        if not arg or any(char in _RESERVED for char in arg):
            arg = '"' + _ESCAPED_IN_QUOTES.sub(r"\\\1", arg) + '"'
        parts.append(arg.replace("\\", "\\\\"))  # the .desktop string escape, on top
    return " ".join(parts)


def _data_home(environ: Mapping[str, str]) -> Path:
    value = environ.get("XDG_DATA_HOME", "").strip()
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or str(Path.home())) / ".local" / "share"


def _data_dirs(environ: Mapping[str, str]) -> list[Path]:
    value = environ.get("XDG_DATA_DIRS", "").strip() or "/usr/local/share:/usr/share"
    return [Path(p) for p in value.split(":") if p and Path(p).is_absolute()]


@dataclass(frozen=True)
class MenuEntry:
    """The files of the user's menu entry under one data folder."""

    data_home: Path
    home: Path
    system_dirs: tuple[Path, ...] = ()

    @classmethod
    def for_user(cls, environ: Mapping[str, str] | None = None) -> MenuEntry:
        env = os.environ if environ is None else environ
        return cls(data_home=_data_home(env),
                   home=Path(env.get("HOME") or str(Path.home())),
                   system_dirs=tuple(_data_dirs(env)))

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / DESKTOP_FILE

    def files(self) -> list[Path]:
        """Every file `install` writes."""
        return [self.desktop_file, *(self.data_home / target for _, target in _COPIED)]

    def installed(self) -> bool:
        return self.desktop_file.is_file()

    def provided_by_the_system(self) -> bool:
        """A package (.deb, Flatpak) already gives il2desk a menu entry for everyone."""
        return any((folder / "applications" / DESKTOP_FILE).is_file()
                   for folder in self.system_dirs)

    def install(self, command: Sequence[str], resources: Path | None = None) -> None:
        """Write the entry, starting `command`; raises MenuEntryError in plain words."""
        source = resources if resources is not None else resource()
        try:
            template = (source / "linux" / DESKTOP_FILE).read_text(encoding="utf-8")
            exec_line = f"Exec={exec_value(command)}"
            desktop = re.sub(r"(?m)^Exec=.*$", lambda _: exec_line, template)
            for origin, target in _COPIED:
                _write_whole(self.data_home / target, (source / origin).read_bytes())
            # The menu entry last: once it is there, everything it points to is too.
            _write_whole(self.desktop_file, desktop.encode("utf-8"))
        except OSError as error:
            raise _os_problem(QT_TRANSLATE_NOOP(
                "domain", "could not add il2desk to the applications menu: {reason} ({file})"),
                error) from error
        self._refresh_icon_cache()

    def remove(self) -> bool:
        """Take the entry away (and the folders it leaves empty); False if there was none.
        Raises MenuEntryError in plain words."""
        found = False
        try:
            for path in self.files():
                if path.is_file() or path.is_symlink():
                    path.unlink()
                    found = True
                self._remove_empty_folders(path.parent)
        except OSError as error:
            raise _os_problem(QT_TRANSLATE_NOOP(
                "domain", "could not remove il2desk from the applications menu: {reason} "
                "({file})"), error) from error
        self._refresh_icon_cache()
        return found

    def _remove_empty_folders(self, folder: Path) -> None:
        # Only folders inside the home folder (~/.local/share included, when install made
        # it) or inside the data folder; rmdir only ever removes an empty folder.
        def inside(outer: Path) -> bool:
            return folder != outer and folder.is_relative_to(outer)

        while ((inside(self.home) or inside(self.data_home)) and folder.is_dir()
               and not any(folder.iterdir())):
            folder.rmdir()
            folder = folder.parent

    def _refresh_icon_cache(self) -> None:
        # Only a cache that exists: creating one in the user's folder could later hide
        # icons other programs add there. A missing tool is fine.
        hicolor = self.data_home / "icons" / "hicolor"
        tool = shutil.which("gtk-update-icon-cache")
        if tool and (hicolor / "icon-theme.cache").is_file():
            subprocess.run([tool, "-q", "-t", "-f", str(hicolor)], check=False,
                           capture_output=True, timeout=30)


def _write_whole(target: Path, data: bytes) -> None:
    """Written whole or not at all (a temporary file renamed over the target)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.chmod(0o644)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
