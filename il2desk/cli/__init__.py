"""Command-line options and headless subcommands (no widgets are created here)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from il2desk import __version__

# Each subcommand module registers itself here: (name, help, add_arguments, run).
SubcommandRun = Callable[[argparse.Namespace], int]
SUBCOMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], SubcommandRun]] = []


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="il2desk",
        description="il2desk: a companion for home interleukin-2 injections. "
        "With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"il2desk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help="keep the record in PATH instead of the usual per-user data folder",
    )
    if SUBCOMMANDS:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name, help_text, add_arguments, run in SUBCOMMANDS:
            command = sub.add_parser(name, help=help_text, description=help_text)
            command.add_argument("--data-dir", type=Path, metavar="PATH",
                                 default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            add_arguments(command)
            command.set_defaults(run=run)
    return parser
