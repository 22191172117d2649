"""Shared pieces of the headless subcommands: opening the record, one-line errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from il2desk.services.atomic_write import ExportProblem
from il2desk.services.context import AppContext
from il2desk.storage.database import DatabaseProblem


def fail(message: str) -> int:
    """Print one line on stderr and return the exit code for a refused command."""
    print(f"il2desk: {' '.join(message.split())}", file=sys.stderr)
    return 1


def with_context(args: argparse.Namespace, action: Callable[[AppContext], int]) -> int:
    """Open the record, run `action`, close the record; plain one-line errors."""
    from il2desk.app import build_context  # the one place that builds the world

    try:
        ctx = build_context(args.data_dir)
    except DatabaseProblem as problem:
        return fail(problem.message)
    try:
        return action(ctx)
    except ExportProblem as problem:
        return fail(str(problem))
    finally:
        ctx.db.close()
