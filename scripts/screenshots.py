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

Shot = Callable[[object, MainWindow], QWidget | None]
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


def _demo_course(ctx) -> int:
    """A vial course crossing a DST change, with the doctor's number saved."""
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan, Preparation
    from il2desk.domain.dose import SyringeKind

    ctx.settings.update_field("doctor_name", "Dr. Rivera")
    ctx.settings.update_field("doctor_phone", "+1 555 0100")
    plan = CoursePlan(
        start_date=dt.date(2027, 3, 10), zone_name="America/New_York",
        dose_miu=Decimal("4.5"), morning=dt.time(8, 0), evening=dt.time(20, 0),
        preparation=Preparation.VIAL, syringe_kind=SyringeKind.U100_03,
        concentration_miu_per_ml=Decimal("18"),
        prechecks={"infection": False, "blood_pressure": True},
        support={"company": True, "childcare": True, "doctor_number": True,
                 "sharps": False, "pretreatment": False},
    )
    return ctx.courses.create(plan, CLOCK.now_utc())


@shot("checklist")
def checklist(ctx, window: MainWindow) -> None:
    """The printed checklist itself: the PDF page rendered with pdftoppm (US Letter)."""
    import subprocess

    from PySide6.QtGui import QPageSize

    from il2desk.services.checklist import write_course_checklist_pdf

    course_id = _demo_course(ctx)
    for name, size in (("checklist", QPageSize.PageSizeId.Letter),
                       ("checklist-a4", QPageSize.PageSizeId.A4)):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "checklist.pdf"
            write_course_checklist_pdf(ctx.courses, ctx.settings.current, course_id, pdf,
                                       page_size=QPageSize(size))
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
                            str(OUT / name)], check=True)
        print(f"wrote docs/screenshots/{name}.png")
    return None


@shot("about")
def about(ctx, window: MainWindow) -> QWidget:
    from il2desk.ui.about_dialog import AboutDialog

    # A typical Linux data folder instead of this run's temporary one.
    dialog = AboutDialog(Path("/home/alex/.local/share/il2desk"),
                         show_emergency=window.show_emergency, prompter=window.prompter,
                         parent=window)
    dialog.show()
    return dialog


@shot("checklist-preview")
def checklist_preview(ctx, window: MainWindow) -> QWidget:
    _demo_course(ctx)
    window.update_course_actions()
    window.print_checklist_action.trigger()
    preview = window.checklist_preview
    preview.resize(900, 800)
    return preview
WIZARD_PAGES = ("before-you-start", "dose", "when", "preparation", "support", "blood-work",
                "summary")


def _wizard_at(ctx, window: MainWindow, page: int) -> QWidget:
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan

    # A previous course marked hard to tolerate, so the dose page shows rule R3.
    ctx.courses.create(CoursePlan(
        start_date=dt.date(2026, 9, 2), zone_name="America/New_York",
        dose_miu=Decimal("7.5"), morning=dt.time(8), evening=dt.time(20),
        recorded_after=True, hard_to_tolerate=True), CLOCK.now_utc())
    window.go_to("today")
    view = window.view("today")
    view.plan_course()
    wizard = view.wizard
    wizard.precheck_page.boxes["blood_pressure"].setChecked(True)
    wizard.dose_page.dose_edit.setText("6")
    wizard.support_page.boxes["company"].setChecked(True)
    for _ in range(page):
        wizard.next()
    if page == 1:
        wizard.dose_page.dose_edit.setFocus()
    return wizard


def _wizard_shot(number: int, name: str) -> None:
    shot(f"wizard-{number + 1}-{name}")(lambda ctx, window: _wizard_at(ctx, window, number))


for _number, _name in enumerate(WIZARD_PAGES):
    _wizard_shot(_number, _name)


@shot("wizard-dose-typo")
def wizard_typo(ctx, window: MainWindow) -> QWidget:
    wizard = _wizard_at(ctx, window, 1)
    wizard.dose_page.dose_edit.setText("45")
    wizard.next()  # refused: the confirm box is not ticked (rule R2)
    return wizard


@shot("wizard-when-dst")
def wizard_dst(ctx, window: MainWindow) -> QWidget:
    from PySide6.QtCore import QDate, QTime

    wizard = _wizard_at(ctx, window, 2)
    wizard.when_page.start_edit.setDate(QDate(2027, 3, 10))
    wizard.when_page.morning_edit.setTime(QTime(2, 30))
    wizard.when_page.evening_edit.setTime(QTime(14, 30))
    return wizard


def _two_courses(ctx) -> None:
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan

    ctx.courses.create(CoursePlan(
        start_date=dt.date(2026, 9, 2), zone_name="America/New_York",
        dose_miu=Decimal("7.5"), morning=dt.time(8), evening=dt.time(20),
        recorded_after=True, hard_to_tolerate=True, notes="Tired on days 4 and 5"),
        CLOCK.now_utc())
    ctx.courses.create(CoursePlan(
        start_date=dt.date(2026, 11, 23), zone_name="America/New_York",
        dose_miu=Decimal("6"), morning=dt.time(8), evening=dt.time(20),
        support={"company": True, "sharps": True, "doctor_number": True}),
        CLOCK.now_utc())


@shot("today-empty")
def today_empty(ctx, window: MainWindow) -> QWidget:
    window.go_to("today")
    return window


@shot("today")
def today(ctx, window: MainWindow) -> QWidget:
    _two_courses(ctx)
    CLOCK.set(dt.datetime(2026, 11, 23, 12, 35, tzinfo=dt.UTC))  # 07:35 in New York
    window.go_to("today")
    window.view("today").refresh()
    return window


@shot("courses")
def courses(ctx, window: MainWindow) -> QWidget:
    _two_courses(ctx)
    window.go_to("courses")
    window.view("courses").refresh()
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
            # exit(), not quit(): Qt 6 quit() closes every window, dialogs included, before
            # the grab.
            QTimer.singleShot(400, lambda: app.exit(0))
            app.exec()
            if target is not None:  # None: the shot wrote its own picture
                grab(target, OUT / f"{name}.png")
            for top in app.topLevelWidgets():
                top.close()
            ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
