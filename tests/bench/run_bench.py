"""Speed benchmark over 20 years of history (run on demand: `make bench`).

Prints one line per figure. Goals: cold start ≤ 1.5× a bare PySide6 window, peak memory
≤ 1.5× the same, and every interaction under 100 ms.
"""

from __future__ import annotations

import compileall
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.make_history import build  # noqa: E402

REPEAT = 5
TODAY = dt.date(2026, 11, 25)


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from launch to the first line on stdout (the first-paint marker), and the
    child's peak memory in KiB (from wait4, for that process alone)."""
    launched = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    painted = time.perf_counter()
    proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    if not line or status != 0:
        raise RuntimeError(f"{command} did not paint a window (status {status})")
    return painted - launched, usage.ru_maxrss


COLD_REPEAT = 21  # start-up times are noisy on a shared machine: more runs (11 gave 1.48–1.65x)


def cold_starts(data_dir: Path) -> dict[str, tuple[float, int]]:
    """Median seconds from launching the process to its first painted window, and the
    median peak memory (KiB), for each way of starting:

    - `app`: the real entry point (`python -m il2desk`, with its single-instance
      check, reminders and tray); it quits only after the start-up steps that follow
      the first paint, so its peak memory includes them;
    - `bare`: an empty PySide6 window started the same way (the yardstick);
    - `widgets`: a window with the same kinds of widgets as il2desk's first window but
      none of its code or data (what Qt alone costs for a window with text).

    The three are started in turn, run after run, so that a busy moment of the
    machine falls on all of them alike.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IL2DESK_QUIT_AFTER_PAINT": "1"}
    probe = str(ROOT / "tests" / "bench" / "startup_probe.py")
    commands = {
        "app": [sys.executable, "-m", "il2desk", "--data-dir", str(data_dir)],
        "bare": [sys.executable, probe, "bare"],
        "widgets": [sys.executable, probe, "widgets"],
    }
    samples: dict[str, list[tuple[float, int]]] = {mode: [] for mode in commands}
    for _ in range(COLD_REPEAT):
        for mode, command in commands.items():
            samples[mode].append(_launch(command, env))
    return {mode: (statistics.median(s for s, _ in runs),
                   int(statistics.median(k for _, k in runs)))
            for mode, runs in samples.items()}


def timed(fn: Callable[[], object]) -> float:
    """Median milliseconds of `fn` over REPEAT runs (after one warm-up run)."""
    fn()
    samples = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def line(name: str, value: str, goal: str = "") -> None:
    print(f"{name:<40} {value:>14}  {goal}")


def main() -> int:
    # As `pip install` does: the modules' bytecode exists before the first start (an
    # environment with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module
    # at every start, and measure that instead).
    compileall.compile_dir(ROOT / "il2desk", quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="il2desk-bench-"))
    t = time.perf_counter()
    paths = build(tmp / "data", today=TODAY)
    line("build 20-year history", f"{time.perf_counter() - t:.2f} s",
         f"({paths.database.stat().st_size / 1e6:.1f} MB)")

    starts = cold_starts(paths.root)
    (app_s, app_rss), (bare_s, bare_rss) = starts["app"], starts["bare"]
    widgets_s, widgets_rss = starts["widgets"]
    line("cold start, il2desk", f"{app_s * 1000:.0f} ms")
    line("cold start, bare PySide6 window", f"{bare_s * 1000:.0f} ms")
    line("cold start, same widgets without il2desk", f"{widgets_s * 1000:.0f} ms",
         "(for comparison)")
    line("cold start ratio", f"{app_s / bare_s:.2f}x", "goal ≤ 1.5x")
    line("peak memory, il2desk", f"{app_rss / 1024:.0f} MiB")
    line("peak memory, bare PySide6 window", f"{bare_rss / 1024:.0f} MiB")
    line("peak memory, same widgets without il2desk", f"{widgets_rss / 1024:.0f} MiB")
    line("peak memory ratio", f"{app_rss / bare_rss:.2f}x", "goal ≤ 1.5x")

    from PySide6.QtWidgets import QApplication

    from il2desk.app import build_context
    from il2desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = build_context(paths.root)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()

    for key in window.view_keys():
        def open_view(key: str = key) -> None:
            window.go_to("today" if key != "today" else "settings")
            app.processEvents()
            t0 = time.perf_counter()
            window.go_to(key)
            app.processEvents()
            open_view.ms.append((time.perf_counter() - t0) * 1000)  # type: ignore[attr-defined]

        open_view.ms = []  # type: ignore[attr-defined]
        first = time.perf_counter()
        window.go_to(key)
        app.processEvents()
        first_ms = (time.perf_counter() - first) * 1000
        for _ in range(REPEAT):
            open_view()
        again = statistics.median(open_view.ms)  # type: ignore[attr-defined]
        line(f"open view '{key}' (first / again)", f"{first_ms:.1f} / {again:.1f} ms",
             "goal < 100 ms")

    for name, fn in extra_figures(ctx, window, app, tmp).items():
        try:
            line(name, f"{timed(fn):.1f} ms", "goal < 100 ms")
        except Exception as error:  # a figure that cannot be taken is reported, not fatal
            line(name, "failed", repr(error))
    for name, (fn, goal) in diary_figures(ctx, window, app).items():
        try:
            line(name, f"{timed(fn):.1f} ms", goal)
        except Exception as error:
            line(name, "failed", repr(error))
    name = "write the visit report PDF"
    try:
        line(name, f"{timed(visit_report_figure(ctx, tmp)):.1f} ms", "goal < 200 ms")
    except Exception as error:
        line(name, "failed", repr(error))
    ctx.db.close()
    return 0


def extra_figures(ctx, window, app, tmp: Path) -> dict[str, Callable[[], object]]:
    from il2desk.domain.diary import DiaryEntry, Severity
    from il2desk.services.checklist import write_course_checklist_pdf
    from il2desk.services.ics_export import export_calendar

    figures: dict[str, Callable[[], object]] = {}
    now = ctx.clock.now_utc
    course_id = ctx.courses.list()[0].id  # the newest (planned) course

    def save_diary_entry() -> None:
        ctx.diary.add(DiaryEntry(id=None, symptom="fatigue", severity=Severity("mild"),
                                 occurred_utc=now(), zone_name="UTC"), now())

    def today_refresh() -> None:
        window.view("today").refresh()
        app.processEvents()

    def export_ics() -> None:
        export_calendar(ctx.courses, ctx.settings.current, [course_id], tmp / "course.ics",
                        now())

    def export_pdf() -> None:
        write_course_checklist_pdf(ctx.courses, ctx.settings.current, course_id,
                                   tmp / "checklist.pdf")

    figures["save a diary entry"] = save_diary_entry
    figures["Today screen refresh"] = today_refresh
    figures["export a course to .ics"] = export_ics
    figures["write a course checklist PDF"] = export_pdf
    return figures


def diary_figures(ctx, window, app) -> dict[str, tuple[Callable[[], object], str]]:
    """Years of diary entries stay instant (moved here from the unit tests, which check
    the paging and filtering themselves): the repository's keyset pages, filter, count
    and time window, and the Diary view's symptom filter over the whole history."""
    from il2desk.storage.diary_repo import DiaryRepository

    repo = DiaryRepository(ctx.db)
    now = ctx.clock.now_utc()

    def scroll_filter_count() -> None:
        page = repo.page(limit=200)
        for _ in range(50):  # scroll far down, page by page
            page = repo.page(after=repo.page_key(page[-1]), limit=200)
        repo.page(symptom="fever", limit=200)
        repo.count("fever")
        repo.between(now - dt.timedelta(days=60), now - dt.timedelta(days=50))

    window.go_to("diary")
    app.processEvents()
    view = window.view("diary")
    symptoms = iter(("fever", "chills") * (REPEAT + 1))

    def filter_view() -> None:  # one symptom, then the other: each run is one filter
        view.filter_combo.setCurrentIndex(view.filter_combo.findData(next(symptoms)))
        app.processEvents()

    return {"diary: 51 pages of 200, filter, count": (scroll_filter_count, "goal < 500 ms"),
            "Diary view: filter by a symptom": (filter_view, "goal < 500 ms")}


def visit_report_figure(ctx, tmp: Path) -> Callable[[], object]:
    """Issue 24: the visit report for the default period (since the course before
    last), from reading the record to the PDF written, as File ▸ Visit report… and
    `il2desk report` do."""
    from il2desk.services.visit_report import load_visit_report, write_visit_report_pdf

    def write_report() -> None:
        report = load_visit_report(ctx.courses, ctx.labs, ctx.diary, ctx.reactions,
                                   ctx.settings.current, ctx.clock.now_utc().date(),
                                   own_questions=("Can I travel between two courses?",))
        write_visit_report_pdf(report, tmp / "visit-report.pdf")

    return write_report


if __name__ == "__main__":
    sys.exit(main())
