"""What every subcommand shares: its exit codes, one-line errors, opening the record,
and the value types of its options.

Every command ends the same way (`run_command`), listed in `il2desk --help`:
  0  done;
  1  failed: the record or a file could not be read or written; one line says why;
  2  bad input: an option or value was refused (argparse's own code); nothing written.

A subcommand's `run(args)` returns DONE or raises `Failed` / `BadInput` with a plain
sentence; errors of the record and of files are turned into one line here, so no
command prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from il2desk.cli.words import translate, words

if TYPE_CHECKING:
    from il2desk.services.context import AppContext

DONE = 0
FAILED = 1
BAD_INPUT = 2



def exit_codes_help() -> str:
    return translate("cli", "exit codes (every command):\n"
                     "  0  done\n"
                     "  1  failed: the record or a file could not be read or written (one "
                     "line says why)\n"
                     "  2  bad input: an option or value was refused; nothing was written")

# Dates a person can mean: anything else is a typing slip (and 9999-12-31 would
# overflow the course's own dates).
FIRST_YEAR, LAST_YEAR = 1970, 2199
# SQLite stores integers in 64 bits: a larger course number cannot exist.
LARGEST_NUMBER = 2**63 - 1


class CommandError(Exception):
    """A plain sentence for the user, and the exit code that goes with it."""

    code = FAILED


class Failed(CommandError):
    code = FAILED


class BadInput(CommandError):
    code = BAD_INPUT


def say(message: object) -> None:
    """One line on stderr, whatever the message's own line breaks (a message value is
    said in its English)."""
    print(f"il2desk: {' '.join(str(message).split())}", file=sys.stderr)


def run_command(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a subcommand and turn every expected problem into one line and its code."""
    from il2desk.services.atomic_write import ExportProblem
    from il2desk.services.record_files import DatabaseProblem, explain_sqlite_error

    try:
        return int(run(args))
    except CommandError as error:
        say(str(error))
        return error.code
    except DatabaseProblem as problem:
        say(words(problem.message))
        return FAILED
    except ExportProblem as problem:
        say(words(problem.message))
        return FAILED
    except sqlite3.Error as error:
        explained = explain_sqlite_error(error)
        say(words(explained) if explained else translate(
            "cli", "The record could not be read or written ({error}). Nothing was "
            "saved.").format(error=error))
        return FAILED
    except BrokenPipeError:
        # The reader of the output went away (`| head`): what was done stays done.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (no flush error at exit)
        return FAILED
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        say(f"{error.strerror or error}{where}.")
        return FAILED


# -- the record ---------------------------------------------------------------------------
def data_dir(args: argparse.Namespace) -> Path | None:
    return getattr(args, "data_dir", None)


@contextlib.contextmanager
def open_record(args: argparse.Namespace) -> Iterator[AppContext]:
    """The record (and its services) for one command; closed however the command ends."""
    from il2desk.app import build_context
    from il2desk.cli.words import use_language
    from il2desk.services.record_files import DatabaseProblem

    try:
        ctx = build_context(data_dir(args))
    except DatabaseProblem as problem:
        raise Failed(translate("cli", "Cannot open the record: {problem}").format(
            problem=words(problem.message))) from None
    try:
        # Settings' language as the settings service reads it (the same as read before
        # the options, unless the file could not be read then).
        use_language(ctx.settings.current.language)
        yield ctx
    finally:
        ctx.db.close()


# -- option values (argparse types: a refusal is one line and exit 2) -------------------
def absolute_path(text: str) -> Path:
    """A FILE or folder as given, made absolute at once: relative paths work every
    time, whatever the command does with them later (SQLite wants absolute URIs)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            translate("cli", "an empty path; please give a file or folder name"))
    return Path(text).expanduser().absolute()


def date_value(text: str) -> dt.date:
    """A day written YYYY-MM-DD (not 20270203, which is easy to misread)."""
    not_a_date = translate("cli", "“{text}” is not a date; please write it as YYYY-MM-DD, "
                           "e.g. 2027-02-03").format(text=text)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise argparse.ArgumentTypeError(not_a_date)
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(not_a_date) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(translate(
            "cli", "{text} is out of range; please give a year between {first} and "
            "{last}").format(text=text, first=FIRST_YEAR, last=LAST_YEAR))
    return day


def time_value(text: str) -> dt.time:
    """A clock time HH:MM (24-hour)."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise argparse.ArgumentTypeError(
            translate("cli", "“{text}” is not a time like 08:00").format(text=text))
    return dt.time(int(match.group(1)), int(match.group(2)))


def zone_value(text: str) -> str:
    """An IANA time zone name such as Europe/Paris."""
    from il2desk.domain.timeplan import is_valid_zone

    name = text.strip()
    if not name:
        raise argparse.ArgumentTypeError(
            translate("cli", "empty; please give a time zone such as Europe/Paris"))
    if not is_valid_zone(name):
        raise argparse.ArgumentTypeError(translate(
            "cli", "“{text}” is not a known time zone; please give one such as "
            "Europe/Paris").format(text=text))
    return name


def course_number(text: str) -> int:
    """A course's number as `il2desk course list` shows it."""
    try:
        number = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "“{text}” is not a course number").format(text=text)) from None
    if not 1 <= number <= LARGEST_NUMBER:
        raise argparse.ArgumentTypeError(translate(
            "cli", "{text} is out of range; `il2desk course list` shows the course "
            "numbers").format(text=text))
    return number


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A whole number from `low` to `high`."""
    def parse(text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("cli", "“{text}” is not a whole number").format(text=text)
            ) from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(translate(
                "cli", "{text} is out of range; please give {low} to {high}").format(
                text=text, low=low, high=high))
        return number
    parse.__name__ = "whole number"
    return parse


class Parser(argparse.ArgumentParser):
    """argparse, with the exit codes under every command's help and a refused value
    told in one plain line (exit 2). Sub-commands' parsers are Parsers too."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("epilog", exit_codes_help())
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(BAD_INPUT, "il2desk: " + translate("cli", "{problem} (see `{command} "
                                                      "--help`)").format(
            problem=message, command=self.prog) + "\n")


def existing_course(ctx: AppContext, number: int):
    """The course numbered `number`; bad input (exit 2) saying where the numbers are."""
    course = ctx.courses.get(number)
    if course is None:
        raise BadInput(translate("cli", "There is no course number {number}; `il2desk course "
                                 "list` shows them.").format(number=number))
    return course
