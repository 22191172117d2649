"""Idle benchmark (issue 18; `make bench-idle`): does il2desk sleep when nothing is due?

Three processes run side by side for the same IDLE_S seconds: a bare PySide6 window, il2desk's
window open with a course planned and nothing due, and il2desk hidden (as in the tray).
For each, after it settled: voluntary context switches per minute summed over all its
threads (/proc/PID/task/*/status), CPU time (user + system), resident memory at the
start and the end of the idle span. Goal: ≤ 1 switch a minute, CPU < 0.05 s, memory flat.

Run under Xvfb (`xvfb-run -a`) for a real display; else Qt's offscreen platform.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

IDLE_S = float(os.environ.get("IL2DESK_IDLE_SECONDS", "120"))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def plan_a_course(data_dir: Path) -> None:
    """A course starting in three days: planned, nothing due during the benchmark."""
    from il2desk.app import build_context
    from il2desk.domain.course import CoursePlan

    ctx = build_context(data_dir)
    start = dt.date.today() + dt.timedelta(days=3)
    ctx.courses.create(CoursePlan(start_date=start, zone_name=ctx.settings.current.time_zone,
                                  dose_miu=Decimal("4.5"), morning=dt.time(8),
                                  evening=dt.time(20)), ctx.clock.now_utc())
    ctx.db.close()


def switches(pid: int) -> dict[str, int]:
    """Voluntary context switches of each of the process's threads, by thread id."""
    counts: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    counts[task.name] = int(line.split()[1])
        except FileNotFoundError:  # a thread that just ended
            continue
    return counts


def switches_between(before: dict[str, int], after: dict[str, int]) -> int:
    """Summed over all threads: those alive at both ends, and those started meanwhile.
    (A thread that ended meanwhile took its count with it; `ended` says how many.)"""
    return sum(count - before.get(tid, 0) for tid, count in after.items())


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def threads(pid: int) -> int:
    return len(list(Path(f"/proc/{pid}/task").iterdir()))


def snapshot(pid: int) -> tuple[dict[str, int], float, int]:
    return switches(pid), cpu_seconds(pid), rss_kib(pid)


def main() -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    with tempfile.TemporaryDirectory(prefix="il2desk-idle-") as tmp:
        procs: dict[str, subprocess.Popen[str]] = {}
        for mode in ("bare", "window", "hidden"):
            data = Path(tmp) / mode
            if mode != "bare":
                plan_a_course(data)
            procs[mode] = subprocess.Popen(
                [sys.executable, str(ROOT / "tests" / "bench" / "idle_child.py"), mode,
                 str(data)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                env=env, cwd=tmp)
        try:
            for mode, proc in procs.items():
                assert proc.stdout is not None
                if proc.stdout.readline().strip() != "ready":
                    raise RuntimeError(f"{mode}: the window did not come up")
            before = {mode: snapshot(p.pid) for mode, p in procs.items()}
            time.sleep(IDLE_S)
            after = {mode: snapshot(p.pid) for mode, p in procs.items()}
            counts = {mode: threads(p.pid) for mode, p in procs.items()}
        finally:
            for proc in procs.values():
                proc.terminate()
                proc.wait(timeout=10)
    minutes = IDLE_S / 60
    print(f"idle benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
          f"{platform.node()} ({platform.machine()}, {os.cpu_count()} CPUs), "
          f"Qt platform {env['QT_QPA_PLATFORM']}, {IDLE_S:.0f} s idle")
    labels = {"bare": "bare PySide6 window", "window": "il2desk, window open",
              "hidden": "il2desk, window hidden"}
    for mode in procs:
        (s0, c0, r0), (s1, c1, r1) = before[mode], after[mode]
        ended = len(set(s0) - set(s1))
        print(f"{labels[mode]:24} switches/min {switches_between(s0, s1) / minutes:6.2f}   "
              f"CPU {c1 - c0:5.2f} s   RSS {r0 / 1024:6.1f} → {r1 / 1024:6.1f} MiB   "
              f"threads {counts[mode]}" + (f" ({ended} ended)" if ended else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
