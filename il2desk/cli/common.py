"""What every headless subcommand shares: opening the record, one-line errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from il2desk.services.context import AppContext
from il2desk.storage.database import DatabaseProblem
from il2desk.storage.paths import DataPaths


def data_dir(args: argparse.Namespace) -> Path | None:
    return getattr(args, "data_dir", None)


def data_paths(args: argparse.Namespace) -> DataPaths:
    return DataPaths.create(data_dir(args))


def fail(message: str, code: int = 2) -> int:
    """Print a one-line message for the user and return the exit code."""
    print(f"il2desk: {message}", file=sys.stderr)
    return code


def open_context(args: argparse.Namespace) -> AppContext | None:
    """The app context, or None after printing why the record cannot be opened."""
    from il2desk.app import build_context

    try:
        return build_context(data_dir(args))
    except DatabaseProblem as problem:
        fail(problem.message)
        return None
