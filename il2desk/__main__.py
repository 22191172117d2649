"""Entry point: `il2desk` and `python -m il2desk`."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from il2desk.cli import build_parser, data_dir_in, wants_command_line
from il2desk.cli.common import run_command
from il2desk.cli.words import start_language

NO_DISPLAY_MESSAGE = ("il2desk needs a desktop session to show its window; "
                      "`il2desk --help` lists the commands that work without one")


def _no_display() -> bool:
    """True on Linux and other X11/Wayland systems started outside any desktop session
    (ssh, a text console, a service): Qt would abort there (exit 134) with a message
    about a missing plugin. Windows and macOS always have a screen to ask for."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(os.environ.get(name)
                   for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _run_window(data_dir: Path | None) -> int:
    # Checked before anything is created, so a start with no screen leaves no data
    # folder behind.
    if _no_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from il2desk.app import run_gui

    return run_gui(data_dir)


def main(argv: list[str] | None = None) -> int:
    # No garbage collection while starting: what is built now (modules, classes, the
    # window) lives as long as the program, and scanning it again and again took
    # several ms of the start. The window's start-up steps freeze these objects out of
    # later collections and switch collection back on (app.py); a command-line
    # subcommand switches it back on at once.
    gc.disable()
    try:
        argv = sys.argv[1:] if argv is None else argv
        if wants_command_line(argv):
            # The help, a refused value and the result, all in the user's language.
            start_language(argv, data_dir_in(argv))
        args = build_parser(argv).parse_args(argv)
        run = getattr(args, "run", None)
        if run is not None:
            gc.enable()
            return run_command(run, args)  # exit 0, 1 or 2, one line
        return _run_window(args.data_dir)
    finally:
        gc.enable()  # (also after --help, --version, or a refused argument)


if __name__ == "__main__":
    sys.exit(main())
