"""Entry point: `il2desk` and `python -m il2desk`."""

from __future__ import annotations

import gc
import sys

from il2desk.cli import build_parser


def main(argv: list[str] | None = None) -> int:
    # No garbage collection while starting: what is built now (modules, classes, the
    # window) lives as long as the program, and scanning it again and again took
    # several ms of the start. The window's start-up steps freeze these objects out of
    # later collections and switch collection back on (app.py); a command-line
    # subcommand switches it back on at once.
    gc.disable()
    try:
        argv = sys.argv[1:] if argv is None else argv
        args = build_parser(argv).parse_args(argv)
        run = getattr(args, "run", None)
        if run is not None:
            gc.enable()
            return int(run(args))
        from il2desk.app import run_gui

        return run_gui(args.data_dir)
    finally:
        gc.enable()  # (also after --help, --version, or a refused argument)


if __name__ == "__main__":
    sys.exit(main())
