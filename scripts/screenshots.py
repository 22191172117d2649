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

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from il2desk.app import build_context  # noqa: E402
from il2desk.services.clock import FixedClock  # noqa: E402
from il2desk.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
CLOCK = FixedClock(START)

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


# -- issue 6: the injection session and the Sites view ------------------------------------
SESSION_NOW = dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)  # 08:05 in New York


def _course_with_history(ctx) -> int:
    """A course started on Friday with six injections done; returns the next one's id."""
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan, Preparation
    from il2desk.domain.dose import SyringeKind
    from il2desk.storage.injection_log_repo import SessionRecord

    CLOCK.set(SESSION_NOW)
    plan = CoursePlan(start_date=dt.date(2026, 11, 20), zone_name="America/New_York",
                      dose_miu=Decimal("4.5"), morning=dt.time(8), evening=dt.time(20),
                      preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_05,
                      concentration_miu_per_ml=Decimal("18"))
    injections = ctx.courses.injections(ctx.courses.create(plan, SESSION_NOW))
    sites = ["abdomen-upper-left", "abdomen-upper-right", "abdomen-lower-left",
             "abdomen-lower-right", "thigh-left", "thigh-right"]
    for injection, site in zip(injections[:6], sites, strict=True):
        ctx.injection_log.record_session(SessionRecord(
            injection_id=injection.id, given_utc=injection.planned_utc, late=False,
            site_code=site, pretreatment_utc=injection.planned_utc, pretreatment_skipped=False,
            ice_before_done=True, ice_after_done=True, sharps_done=True))
    ctx.reactions.add("abdomen-upper-left", "lump", SESSION_NOW - dt.timedelta(days=2),
                      "about 2 cm, hard")
    return injections[6].id


def _session_step(ctx, window: MainWindow, step: int) -> QWidget:
    from il2desk.ui.prompter import ScriptedPrompter

    # Closing the shot's window stops the session: answer that question without a dialog.
    stop_answers = ScriptedPrompter()
    stop_answers.confirm_answers.extend([True] * 3)
    window.host.prompter = stop_answers
    window.go_to("today")
    window.start_session(_course_with_history(ctx))
    wizard = window.session_dialog
    assert wizard is not None
    for _ in range(step - 1):
        page = wizard.page
        if hasattr(page, "done_box"):
            page.done_box.setChecked(True)
        wizard.next()
    page = wizard.page
    if hasattr(page, "timer"):
        page.start_button.click()
        CLOCK.advance(dt.timedelta(minutes=3, seconds=20))
        page.timer.poll()
    return wizard


def _register_session_shots() -> None:
    names = ["pretreatment", "site", "ice-before", "prepare", "inject", "ice-after", "sharps"]
    for number, name in enumerate(names, start=1):
        def make(ctx, window, step=number):
            return _session_step(ctx, window, step)

        shot(f"session-{number}-{name}")(make)


_register_session_shots()


@shot("sites")
def sites(ctx, window: MainWindow) -> QWidget:
    _course_with_history(ctx)
    window.go_to("sites")
    window.stack.currentWidget().body_map.buttons["abdomen-upper-left"].click()
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
            CLOCK.set(START)
            ctx = build_context(Path(tmp), clock=CLOCK, default_zone="America/New_York")
            window = MainWindow(ctx)
            window.resize(1100, 760)
            window.move(40, 40)
            window.show()
            target = SHOTS[name](ctx, window)
            # A local loop: QApplication.quit() would first try to close every window
            # (Qt 6), and a session wizard asks before it closes.
            loop = QEventLoop()
            QTimer.singleShot(400, loop.quit)
            loop.exec()
            grab(target, OUT / f"{name}.png")
            for top in app.topLevelWidgets():
                top.close()
            ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
