"""Entry point: `il2desk` and `python -m il2desk`."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Literal


def _only_the_window(argv: list[str]) -> Path | Literal[False] | None:
    """For `il2desk` and `il2desk --data-dir PATH` (how the window is opened): the data
    folder (None: the usual one), without building the command-line parser (argparse
    looks for its own translations on the disk, a few ms of every start). False for
    anything else, which goes through the parser."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return Path(argv[1])
    return False


def main(argv: list[str] | None = None) -> int:
    # No garbage collection while starting: what is built now (modules, classes, the
    # window) lives as long as the program, and scanning it again and again took
    # several ms of the start. The window's start-up steps freeze these objects out of
    # later collections and switch collection back on (app.py); a command-line
    # subcommand switches it back on at once.
    gc.disable()
    try:
        argv = sys.argv[1:] if argv is None else argv
        window_data_dir = _only_the_window(argv)
        if window_data_dir is not False:
            from il2desk.app import run_gui

            return run_gui(window_data_dir)
        from il2desk.cli import build_parser  # (not needed to open the window)

        args = build_parser(argv).parse_args(argv)
        run = getattr(args, "run", None)
        if run is not None:
            gc.enable()
            try:
                return int(run(args))
            except Exception as error:
                return _explained(error)
        from il2desk.app import run_gui

        return run_gui(args.data_dir)
    finally:
        gc.enable()  # (also after --help, --version, or a refused argument)


def _explained(error: Exception) -> int:
    """A record that is busy, full or read-only while a command writes: one plain
    line and exit 1, never a traceback (issue 21). Anything else is a bug: raised."""
    import sqlite3

    from il2desk.storage.database import explain_sqlite_error

    message = explain_sqlite_error(error) if isinstance(error, sqlite3.Error) else None
    if message is None:
        raise error
    print(f"il2desk: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
