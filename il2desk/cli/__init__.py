"""The one command-line parser: `il2desk` alone (or with `--data-dir`) opens the window,
`il2desk COMMAND …` runs a headless subcommand (no widgets are created here).

A subcommand is a module named in `SUBCOMMANDS` (with its help) that has
`add_arguments(parser)` and `run(args) -> int`. `il2desk.cli.common` is what they share:
the exit codes (0 done, 1 failed, 2 bad input), the one-line errors, `open_record`,
and the option value types. To add a command, add its module and one line here.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import NoReturn

from il2desk import version
from il2desk.cli.common import Parser, absolute_path
from il2desk.cli.words import translate
from il2desk.domain.texts import QT_TRANSLATE_NOOP

# name → (module, help, translated when the parser is built). Only the module of the
# command being run is imported, so opening the window does not pay for the import of
# every command (start-up speed).
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "course": ("il2desk.cli.course_cmd",
        QT_TRANSLATE_NOOP("cli", "plan a course (new), list the courses (list), show one (show), "
                                 "stop one early (stop) or cancel one that has not begun "
                                 "(cancel)")),
    "injection": ("il2desk.cli.injection_cmd",
        QT_TRANSLATE_NOOP("cli", "record an injection as given (give) or missed (miss)")),
    "backup": ("il2desk.cli.backup_cmd",
        QT_TRANSLATE_NOOP("cli", "save a backup copy of your whole record to FILE (it holds "
                                 "health information)")),
    "restore": ("il2desk.cli.restore_cmd",
        QT_TRANSLATE_NOOP("cli", "replace your record with the backup in FILE; the current "
                                 "record is kept as a backup")),
    "export-csv": ("il2desk.cli.export_csv_cmd",
        QT_TRANSLATE_NOOP("cli", "write your side-effect diary and/or lab results as CSV files "
                                 "(health information)")),
    "checklist": ("il2desk.cli.checklist_cmd",
        QT_TRANSLATE_NOOP("cli", "write a course's one-page checklist as a PDF file")),
    "export-ics": ("il2desk.cli.export_ics_cmd",
        QT_TRANSLATE_NOOP("cli", "write the injection schedule as a calendar (.ics) file")),
    "labs": ("il2desk.cli.labs_cmd",
        QT_TRANSLATE_NOOP("cli", "add a blood result (add) or list them, each with whether it "
                                 "counts in the trend (list)")),
    "report": ("il2desk.cli.report_cmd",
        QT_TRANSLATE_NOOP("cli", "write the visit report for your doctor as a PDF file (health "
                                 "information)")),
    "desktop-entry": ("il2desk.cli.desktop_entry_cmd",
        QT_TRANSLATE_NOOP("cli", "add il2desk to your applications menu (install) or take it out "
                                 "(remove)")),
}


class _VersionAction(argparse.Action):
    """Like argparse's "version", but reads the version only when asked (start-up speed)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=translate("cli", "print the version and exit"))

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"il2desk {version()}")
        parser.exit()


def add_data_dir(parser: argparse.ArgumentParser, *, default: object = argparse.SUPPRESS,
                 ) -> None:
    """The one --data-dir option: on the main parser (default None: the usual folder),
    and after each command too (`il2desk course list --data-dir X`), where it leaves a
    folder given before the command as it is."""
    parser.add_argument("--data-dir", type=absolute_path, metavar="FOLDER", default=default,
                        help=translate("cli", "keep the record in FOLDER instead of the usual "
                                       "per-user data folder"))


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with `argv`, only the command named in it gets its arguments (the
    others are listed with their help, which is all `--help` needs)."""
    parser = Parser(
        prog="il2desk",
        description=translate("cli", "il2desk: a companion for home interleukin-2 "
                              "injections. With no command, the window opens."),
    )
    parser.add_argument("--version", action=_VersionAction)
    add_data_dir(parser, default=None)
    wanted = set(SUBCOMMANDS) if argv is None else set(argv) & set(SUBCOMMANDS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, english_help) in SUBCOMMANDS.items():
        help_text = translate("cli", english_help)
        command = sub.add_parser(name, help=help_text, description=help_text)
        if name not in wanted:
            continue
        module = importlib.import_module(module_name)
        add_data_dir(command)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


class _Quiet(argparse.ArgumentParser):
    """Reads only --data-dir, silently: the real parser says what is wrong later."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def data_dir_in(argv: list[str]) -> Path | None:
    """The --data-dir the arguments name, read with the one declaration of the option
    (`add_data_dir`) before the full parser is built in the user's language."""
    quiet = _Quiet(add_help=False)
    add_data_dir(quiet, default=None)
    try:
        known, _rest = quiet.parse_known_args(argv)
    except (ValueError, SystemExit):
        return None
    return known.data_dir


def wants_command_line(argv: list[str]) -> bool:
    """A command, --help or --version: the command line speaks (no window opens)."""
    return any(word in SUBCOMMANDS or word in ("-h", "--help", "--version") for word in argv)
