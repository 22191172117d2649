"""Command-line options and headless subcommands (no widgets are created here).

A subcommand is a module listed in `SUBCOMMAND_MODULES` with `NAME`, `HELP`,
`add_arguments(parser)` and `run(args) -> int` (the exit code). It refuses bad values
with a one-line message on stderr and a non-zero exit, writing nothing.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from il2desk import version

SUBCOMMAND_MODULES: tuple[str, ...] = (
    "il2desk.cli.course_cmd",
    "il2desk.cli.backup_cmd",
    "il2desk.cli.restore_cmd",
    "il2desk.cli.export_csv_cmd",
    "il2desk.cli.checklist_cmd",
    "il2desk.cli.export_ics_cmd",
)


class _VersionAction(argparse.Action):
    """Like argparse's "version", but reads the version only when asked (start-up speed)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"il2desk {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="il2desk",
        description="il2desk: a companion for home interleukin-2 injections. "
        "With no command, the window opens.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help="keep the record in PATH instead of the usual per-user data folder",
    )
    if SUBCOMMAND_MODULES:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module_name in SUBCOMMAND_MODULES:
            module = importlib.import_module(module_name)
            command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
            # Accept --data-dir after the command too (`il2desk course list --data-dir X`).
            command.add_argument("--data-dir", type=Path, metavar="PATH",
                                 default=argparse.SUPPRESS,
                                 help="keep the record in PATH")
            module.add_arguments(command)
            command.set_defaults(run=module.run)
    return parser
