"""Time il2desk's start: from process start to the first painted main window.

Each command is started repeatedly with IL2DESK_QUIT_AFTER_PAINT=1 (the app prints a
marker after the first paint and quits; see il2desk/ui/first_paint.py). Runs of the
different commands are interleaved so that load from other processes hits them alike.
Run it on a real (virtual) X screen:

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/measure-startup.py \\
        --runs 7 bundle=dist/il2desk/il2desk "pip=packaging/.venv-build/bin/il2desk"

Each command gets its own throw-away data folder (--data-dir) and one first start
that creates the record (shown apart), so every timed start opens an existing record,
as a patient's would. Prints a Markdown table (milliseconds).

Cold starts: `--evict NAME=PATH` (repeatable) drops the files under PATH from the page
cache (posix_fadvise DONTNEED; no root needed, nothing is written) before every start of
NAME, so each start reads them from disk again, like the first start after booting.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARKER = "il2desk-first-paint"


def evict(paths: list[Path]) -> None:
    """Ask the kernel to forget the cached pages of every file under `paths`."""
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)  # dirty pages (a fresh build) cannot be dropped
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def start_once(command: list[str], data_dir: Path, timeout_s: float) -> float:
    """Seconds from spawning the process to the first-paint marker on its stdout."""
    env = {**os.environ, "IL2DESK_QUIT_AFTER_PAINT": "1"}
    env.pop("PYTHONPATH", None)
    started = time.perf_counter()
    proc = subprocess.Popen([*command, "--data-dir", str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - started
                proc.wait(timeout=timeout_s)
                return elapsed
        raise RuntimeError(f"{shlex.join(command)} exited ({proc.wait()}) without painting")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed starts per command")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--evict", action="append", default=[], metavar="NAME=PATH",
                        help="drop PATH's files from the page cache before each start "
                        "of NAME (a cold start)")
    parser.add_argument("commands", nargs="+", metavar="NAME=COMMAND",
                        help="a label and the command line that starts il2desk")
    args = parser.parse_args(argv)
    named = []
    for item in args.commands:
        name, _, command = item.partition("=")
        named.append((name, shlex.split(command)))

    to_evict: dict[str, list[Path]] = {name: [] for name, _ in named}
    for item in args.evict:
        name, _, path = item.partition("=")
        to_evict[name].append(Path(path))

    def timed(name: str, command: list[str], data_dir: Path) -> float:
        evict(to_evict[name])
        return start_once(command, data_dir, args.timeout)

    times: dict[str, list[float]] = {name: [] for name, _ in named}
    with tempfile.TemporaryDirectory() as tmp:
        dirs = {name: Path(tmp) / name for name, _ in named}
        first: dict[str, float] = {}
        for name, command in named:  # creates each record; timed but kept apart
            first[name] = timed(name, command, dirs[name])
        for _ in range(args.runs):
            for name, command in named:
                times[name].append(timed(name, command, dirs[name]))

    print(f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} on {platform.node()} "
          f"({platform.machine()}, {os.cpu_count()} CPUs, load average "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}), "
          f"{args.runs} timed starts each, interleaved"
          + (f"; page cache dropped before each start for: {', '.join(args.evict)}"
             if args.evict else "; page cache warm") + ".\n")
    print("| start | first start (new record) | median | min | max |")
    print("|---|---|---|---|---|")
    for name, _ in named:
        ms = [t * 1000 for t in times[name]]
        print(f"| {name} | {first[name] * 1000:.0f} | {statistics.median(ms):.0f} | "
              f"{min(ms):.0f} | {max(ms):.0f} |")
    print("\nAll runs (ms): " + "; ".join(
        f"{name}: {', '.join(f'{t * 1000:.0f}' for t in times[name])}" for name, _ in named))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
