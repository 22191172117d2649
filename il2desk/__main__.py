"""Entry point: `il2desk` and `python -m il2desk`."""

from __future__ import annotations

import sys

from il2desk.cli import build_parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    run = getattr(args, "run", None)
    if run is not None:
        return int(run(args))
    from il2desk.app import run_gui

    return run_gui(args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
