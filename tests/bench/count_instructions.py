"""Instructions from process start to the first painted window, counted by valgrind.

Start-up times on a shared machine vary by 10–20 % from one run to the next, which
hides a change of a few ms. The number of instructions the CPU runs does not vary
(±0.1 % here), so this shows whether a change to the start-up made it lighter. It
counts CPU work only, not waiting for the disk or for a busy machine: it complements
the timed figures of `make bench`, it does not replace them.

The same three starts as `make bench`: il2desk (`python -m il2desk` over a record of
20 years), a bare PySide6 window and a window with the same kinds of widgets. Each
stops right after its first paint (IL2DESK_QUIT_AFTER_PAINT=exit). Threads are
counted apart: the record's check runs alongside the loading of Qt, on a thread of its
own (storage/database.py), and does not hold up the window.

Needs valgrind (Debian: `apt-get install valgrind`); takes about a minute, as Python
runs some 50 times slower under it. Run: `.venv/bin/python tests/bench/count_instructions.py`
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.make_history import build  # noqa: E402
from tests.bench.run_bench import TODAY  # noqa: E402


def count(command: list[str], out_dir: Path, name: str) -> list[int]:
    """Instructions per thread (the main thread first) of `command` under callgrind."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "IL2DESK_QUIT_AFTER_PAINT": "exit", "PYTHONHASHSEED": "0"}
    out = out_dir / f"{name}.out"
    subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes",
                    f"--callgrind-out-file={out}", *command],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    per_thread = []
    for part in sorted(out_dir.glob(f"{name}.out-*")):  # one file per thread: -01, -02…
        match = re.search(r"^(?:summary|totals): (\d+)", part.read_text(), re.MULTILINE)
        if match:
            per_thread.append(int(match.group(1)))
    if not per_thread:
        raise RuntimeError(f"callgrind wrote no counts for {name}")
    return per_thread


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    compileall.compile_dir(ROOT / "il2desk", quiet=1)  # as `pip install` does
    with tempfile.TemporaryDirectory(prefix="il2desk-instructions-") as tmp:
        paths = build(Path(tmp) / "data", today=TODAY)
        probe = str(ROOT / "tests" / "bench" / "startup_probe.py")
        commands = {
            "il2desk": [sys.executable, "-m", "il2desk", "--data-dir", str(paths.root)],
            "bare PySide6 window": [sys.executable, probe, "bare"],
            "same widgets without il2desk": [sys.executable, probe, "widgets"],
        }
        counts = {name: count(cmd, Path(tmp), f"run{i}")
                  for i, (name, cmd) in enumerate(commands.items())}
    bare_main = counts["bare PySide6 window"][0]
    for name, threads in counts.items():
        others = f", other threads {sum(threads[1:]) / 1e6:.1f}M" if threads[1:] else ""
        print(f"instructions to first paint, {name:<30} main thread "
              f"{threads[0] / 1e6:7.1f}M ({threads[0] / bare_main:.2f}x){others}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
