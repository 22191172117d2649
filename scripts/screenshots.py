"""Take screenshots of the real app on a real (virtual) X screen.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py
Each shot is a function below; it gets the app context and the main window, puts the
window in the state to show, and returns the widget to grab (the whole screen region
of that widget is grabbed, so dialogs on top are included).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from il2desk.app import build_context  # noqa: E402
from il2desk.services.clock import FixedClock  # noqa: E402
from il2desk.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
CLOCK = FixedClock(dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC))

Shot = Callable[[object, MainWindow], QWidget]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(fn: Shot) -> Shot:
        SHOTS[name] = fn
        return fn

    return register


@shot("main-window")
def main_window(ctx, window: MainWindow) -> QWidget:
    window.go_to("today")
    return window


@shot("settings")
def settings(ctx, window: MainWindow) -> QWidget:
    window.go_to("settings")
    return window


@shot("emergency-panel")
def emergency(ctx, window: MainWindow) -> QWidget:
    ctx.settings.update_field("doctor_name", "Dr. Rivera")
    ctx.settings.update_field("doctor_phone", "+1 555 0100")
    window.go_to("today")
    window.show_emergency()
    return window.emergency_panel


def _seed_history(ctx) -> None:
    """A realistic year: six past courses every 8 weeks, diary entries that get worse on
    the last days (rule R7), blood work 2 weeks before each course, one result drawn
    too soon after a course (rule R16)."""
    import random
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan
    from il2desk.domain.diary import DiaryEntry, Severity
    from il2desk.domain.labs import LabResult, ViralLoadForm, judge_reliability

    rng = random.Random(8)
    zone = "America/New_York"
    now = ctx.clock.now_utc()
    starts = [dt.date(2026, 1, 7) + dt.timedelta(weeks=8 * i) for i in range(6)]
    for start in starts:
        ctx.courses.create(CoursePlan(
            start_date=start, zone_name=zone, dose_miu=Decimal("7.5"), morning=dt.time(8),
            evening=dt.time(20), recorded_after=True,
            hard_to_tolerate=start == starts[-1]), now)
    symptoms = ["chills", "fatigue", "aches", "fever", "nausea", "site_redness", "sinus"]
    entries = []
    for n, start in enumerate(starts):
        for day in range(1, 8):
            worst = min(3, max(1, (day + rng.randint(-1, 1) + (n == 5)) // 2))
            if day > 5:
                worst = 1
                if rng.random() < 0.5:
                    continue
            for _ in range(rng.randint(1, 3)):
                severity = list(Severity)[rng.randint(0, worst - 1)]
                code = rng.choice(symptoms)
                occurred = dt.datetime.combine(start + dt.timedelta(days=day - 1),
                                               dt.time(rng.randint(12, 23), 15), dt.UTC)
                entries.append(DiaryEntry(
                    None, code, severity, occurred, zone,
                    temperature_c=Decimal(f"38.{rng.randint(0, 8)}") if code == "fever"
                    else None,
                    note="took ibuprofen" if code in ("fever", "aches") else ""))
    ctx.diary.add_many(entries, now)
    counts = [380, 430, 470, 540, 610, 655]
    loads = [(ViralLoadForm.VALUE, 120), (ViralLoadForm.BELOW, 50),
             (ViralLoadForm.UNDETECTABLE, None), (ViralLoadForm.BELOW, 50),
             (ViralLoadForm.UNDETECTABLE, None), (ViralLoadForm.UNDETECTABLE, None)]
    draws = [(s - dt.timedelta(days=14), c, f, v)
             for s, c, (f, v) in zip(starts, counts, loads, strict=True)]
    draws.append((dt.date(2026, 11, 20), 690, ViralLoadForm.UNDETECTABLE, None))
    draws.append((starts[2] + dt.timedelta(days=12), 1240, ViralLoadForm.VALUE, 380))
    for drawn, count, form, load in draws:
        verdict = judge_reliability(drawn, starts)
        ctx.labs.add(LabResult(None, drawn, cd4_count=count,
                               cd4_percent=Decimal(count) / 25, viral_load_form=form,
                               viral_load=load, unreliable=verdict.unreliable,
                               unreliable_reason=verdict.reason), now)


@shot("diary-grid")
def diary_grid(ctx, window: MainWindow) -> QWidget:
    _seed_history(ctx)
    window.resize(1100, 850)  # tall enough to show all six courses of the year
    window.go_to("diary")
    view = window.stack.currentWidget()
    view.tabs.setCurrentIndex(1)
    return window


@shot("diary-list")
def diary_list(ctx, window: MainWindow) -> QWidget:
    _seed_history(ctx)
    window.go_to("diary")
    view = window.stack.currentWidget()
    view.form.select_symptom("fever")
    view.table.selectRow(0)
    return window


@shot("labs-chart")
def labs_chart(ctx, window: MainWindow) -> QWidget:
    _seed_history(ctx)
    window.go_to("labs")
    view = window.stack.currentWidget()
    view.table.selectRow(4)  # the result drawn too soon after a course: reason shown
    return window


def grab(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    for _ in range(20):
        app.processEvents()
    screen = widget.screen()
    geo = widget.frameGeometry()
    pixmap = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    if pixmap.toImage().allGray() and pixmap.toImage().pixelColor(5, 5).value() == 0:
        pixmap = widget.grab()  # some X servers return black for the root window
    pixmap.save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main(names: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names or list(SHOTS):
        with tempfile.TemporaryDirectory() as tmp:
            ctx = build_context(Path(tmp), clock=CLOCK, default_zone="America/New_York")
            window = MainWindow(ctx)
            window.resize(1100, 760)
            window.move(40, 40)
            window.show()
            target = SHOTS[name](ctx, window)
            QTimer.singleShot(400, app.quit)
            app.exec()
            grab(target, OUT / f"{name}.png")
            for top in app.topLevelWidgets():
                top.close()
            ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
