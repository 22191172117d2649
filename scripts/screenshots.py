"""Take screenshots of the real app on a real (virtual) X screen.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py
Add `--lang es` to take the shots in Spanish (written as NAME-es.png; build the .qm
first with scripts/build-translations.sh).
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

Shot = Callable[[object, MainWindow], QWidget | None]
SUFFIX = {"lang": ""}  # "-es" when the shots are taken in Spanish
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
                            str(OUT / f"{name}{SUFFIX['lang']}")], check=True)
        print(f"wrote docs/screenshots/{name}{SUFFIX['lang']}.png")
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


# -- syringe preparation (issue 5) -------------------------------------------------------


def _prep_wizard(ctx, window: MainWindow, preparation: str = "vial", dose: str = "4.5",
                 syringe: str | None = "u100-0.5"):
    from decimal import Decimal

    from il2desk.domain.dose import SyringeKind
    from il2desk.ui.syringe_wizard import SyringePreparationWizard

    wizard = SyringePreparationWizard(
        window.host, dose_miu=Decimal(dose), preparation=preparation,
        syringe_kind=SyringeKind(syringe) if syringe else None, parent=window)
    wizard.resize(900, 680)
    wizard.move(80, 60)
    wizard.show()

    def take() -> None:
        wizard.early_pixmap = wizard.grab()

    QTimer.singleShot(300, take)
    return wizard


def _walk_to(wizard, page_id, *, concentration: str = "18") -> None:
    """Press Next, filling each page on the way, until `page_id` shows."""
    from il2desk.ui.syringe_wizard import PageId

    for _ in range(15):
        if wizard.page_id == page_id:
            return
        page = wizard.page
        if getattr(page, "confirm_box", None) is not None:
            page.confirm_box.setChecked(True)
        if wizard.page_id == PageId.STRENGTH:
            page.concentration_edit.setText(concentration)
            page.hours_spin.setValue(48)
            page.doses_spin.setValue(4)
        if wizard.page_id == PageId.PREFILLED:
            page.label_dose_edit.setText("4.5")
        wizard.next()


def _add_vials(ctx) -> None:
    from decimal import Decimal

    from il2desk.storage.vial_repo import NewVial

    now = CLOCK.now_utc()
    for mixed_h, until_h, drawn in ((-30, 18, 2), (-80, -8, 3)):
        with ctx.db.transaction() as conn:
            vial_id = ctx.supplies.vials.insert(conn, NewVial(
                mixed_utc=now + dt.timedelta(hours=mixed_h),
                usable_until_utc=now + dt.timedelta(hours=until_h),
                zone_name="America/New_York", concentration_miu_per_ml=Decimal(18),
                doses_expected=4))
            for _ in range(drawn):
                ctx.supplies.vials.add_draw(conn, vial_id)


def _prep_step_shot(name: str, page: str, *, preparation: str = "vial") -> None:
    @shot(name)
    def _shot(ctx, window: MainWindow) -> QWidget:
        from il2desk.ui.syringe_wizard import PageId

        wizard = _prep_wizard(ctx, window, preparation)
        _walk_to(wizard, PageId[page])
        return wizard


for _name, _page in (("wash-hands", "WASH"), ("wipe-stopper", "WIPE"),
                     ("add-diluent", "DILUENT"), ("swirl", "SWIRL"),
                     ("check-clear", "CLEAR"), ("strength", "STRENGTH"),
                     ("draw", "DRAW"), ("draw-up", "DRAW_UP"),
                     ("remove-bubbles", "BUBBLES"), ("sharps", "SHARPS")):
    _prep_step_shot(f"prep-{_name}", _page)


@shot("prep-vial-choice")
def prep_vial_choice(ctx, window: MainWindow) -> QWidget:
    from il2desk.ui.syringe_wizard import PageId

    _add_vials(ctx)
    wizard = _prep_wizard(ctx, window)
    _walk_to(wizard, PageId.VIAL_CHOICE)
    page = wizard.page
    page.vial_list.setCurrentRow(1)  # the expired one: warned before drawing (rule D5)
    return wizard


@shot("prep-strength-computed")
def prep_strength_computed(ctx, window: MainWindow) -> QWidget:
    from il2desk.ui.syringe_wizard import PageId

    wizard = _prep_wizard(ctx, window)
    _walk_to(wizard, PageId.STRENGTH)
    page = wizard.page
    page.compute_radio.setChecked(True)
    page.vial_edit.setText("22")
    page.diluent_edit.setText("1.2")
    return wizard


@shot("prep-draw-refused")
def prep_draw_refused(ctx, window: MainWindow) -> QWidget:
    from il2desk.ui.syringe_wizard import PageId

    wizard = _prep_wizard(ctx, window, dose="1.7", syringe="u100-1")
    _walk_to(wizard, PageId.DRAW)
    return wizard


@shot("prep-prefilled-mismatch")
def prep_prefilled_mismatch(ctx, window: MainWindow) -> QWidget:
    from il2desk.ui.syringe_wizard import PageId

    wizard = _prep_wizard(ctx, window, "prefilled", syringe=None)
    _walk_to(wizard, PageId.PREFILLED)
    wizard.page.label_dose_edit.setText("7.5")
    wizard.next()  # refused: stays, with the explanation beside the field
    return wizard


@shot("prep-sharps-full")
def prep_sharps_full(ctx, window: MainWindow) -> QWidget:
    from il2desk.storage.supplies_repo import SupplyItem
    from il2desk.ui.syringe_wizard import PageId

    ctx.supplies.set_count(SupplyItem.SHARPS_CAPACITY, 100)
    ctx.supplies.set_count(SupplyItem.SHARPS_USED, 100)
    wizard = _prep_wizard(ctx, window, "prefilled", syringe=None)
    _walk_to(wizard, PageId.SHARPS)
    return wizard


@shot("supplies")
def supplies(ctx, window: MainWindow) -> QWidget:
    import datetime as _dt
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan, Preparation
    from il2desk.storage.supplies_repo import SupplyItem

    _add_vials(ctx)
    ctx.courses.create(CoursePlan(
        start_date=_dt.date(2026, 11, 25), zone_name="America/New_York",
        dose_miu=Decimal("4.5"), morning=_dt.time(8), evening=_dt.time(20),
        preparation=Preparation.VIAL), CLOCK.now_utc())
    for item, count in ((SupplyItem.SYRINGES, 6), (SupplyItem.SWABS, 40),
                        (SupplyItem.PILLS, 30), (SupplyItem.SHARPS_USED, 12),
                        (SupplyItem.SHARPS_CAPACITY, 100)):
        ctx.supplies.set_count(item, count)
    window.go_to("supplies")
    return window


def _reminders_due(ctx) -> None:
    """A course starting Wednesday; time moved to its first injection, so the injection
    reminder is on time and the pre-treatment and course-start ones are late (rule T2)."""
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan

    plan = CoursePlan(start_date=dt.date(2026, 11, 25), zone_name="America/New_York",
                      dose_miu=Decimal("4.5"), morning=dt.time(8, 0), evening=dt.time(20, 0))
    course_id = ctx.courses.create(plan, CLOCK.now_utc())
    ctx.reminders.sync()
    CLOCK.set(ctx.courses.injections(course_id)[0].planned_utc)
    ctx.reminders.check()


@shot("reminder-banner")
def reminder_banner(ctx, window: MainWindow) -> QWidget:
    _reminders_due(ctx)
    window.go_to("today")
    window.view("today").refresh()  # built before the course was stored
    return window


@shot("late-reminders")
def late_reminders(ctx, window: MainWindow) -> QWidget:
    window.go_to("today")
    _reminders_due(ctx)
    window.show_late_reminders()
    return window.late_dialog


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


# -- issue 24: the visit report ----------------------------------------------------------
def _visit_history(ctx) -> None:
    """The year of _seed_history, plus a course to come, a name, a question, an emergency
    sign and a site reaction still open."""
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan
    from il2desk.domain.diary import DiaryEntry, Severity

    _seed_history(ctx)
    now = ctx.clock.now_utc()
    ctx.courses.create(CoursePlan(start_date=dt.date(2026, 12, 9), zone_name="America/New_York",
                                  dose_miu=Decimal("6"), morning=dt.time(8),
                                  evening=dt.time(20)), now)
    ctx.settings.update_field("patient_name", "Alex Morgan")
    ctx.diary.add(DiaryEntry(None, "fainting", Severity.SEVERE,
                             dt.datetime(2026, 10, 18, 19, 0, tzinfo=dt.UTC),
                             "America/New_York", is_emergency=True,
                             note="Called the doctor; fluids at home, fine the next day."), now)
    ctx.reactions.add("thigh-left", "lump", dt.datetime(2026, 10, 16, 14, tzinfo=dt.UTC),
                      size_cm=Decimal("2"))
    ctx.visit_questions.save(dt.date(2026, 11, 23),
                             ("Can I travel for two weeks in January?",), now)


@shot("visit-report")
def visit_report(ctx, window: MainWindow) -> None:
    """The visit report itself, the last 6 months: the PDF page rendered with pdftoppm."""
    import subprocess

    from PySide6.QtGui import QPageSize

    from il2desk.domain.visit_report import Period
    from il2desk.services.visit_report import load_visit_report, write_visit_report_pdf

    _visit_history(ctx)
    today = dt.date(2026, 11, 23)
    report = load_visit_report(ctx.courses, ctx.labs, ctx.diary, ctx.reactions,
                               ctx.settings.current, today,
                               period=Period(dt.date(2026, 5, 23), today),
                               own_questions=ctx.visit_questions.for_date(today))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        write_visit_report_pdf(report, pdf, page_size=QPageSize(QPageSize.PageSizeId.A4))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
                        str(OUT / f"visit-report{SUFFIX['lang']}")], check=True)
    print(f"wrote docs/screenshots/visit-report{SUFFIX['lang']}.png")
    return None


@shot("visit-report-dialog")
def visit_report_dialog(ctx, window: MainWindow) -> QWidget:
    _visit_history(ctx)
    window.visit_report_action.trigger()
    return window.visit_report_dialog


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
        for box in ("took", "done_box"):  # the pre-treatment starts with no answer
            if hasattr(page, box):
                getattr(page, box).setChecked(True)
        wizard.next()
    page = wizard.page
    if hasattr(page, "timer"):
        page.start_button.click()
        CLOCK.advance(dt.timedelta(minutes=3, seconds=20))
        page.timer.poll()
    return wizard


def _register_session_shots() -> None:
    # The order hands do it (issue 20): the ice pack just before the injection.
    names = ["pretreatment", "site", "prepare", "ice-before", "inject", "ice-after", "sharps"]
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


# -- extra large text (issue 12) ---------------------------------------------------------
# The same screens with Settings ▸ Text size at "extra large": nothing may clip or overlap.
XL_SHOTS = ("today-empty", "today", "courses", "sites", "diary-list", "diary-grid", "labs-chart",
            "supplies", "settings", *(f"wizard-{n + 1}-{name}"
                                      for n, name in enumerate(WIZARD_PAGES)),
            "prep-vial-choice", "prep-strength", "prep-draw", "emergency-panel",
            "reminder-banner", "session-2-site", "session-5-inject")


def _xl(name: str) -> None:
    def take(ctx, window: MainWindow) -> QWidget | None:
        from il2desk.ui.i18n import apply_text_size

        ctx.settings.update_field("text_size", "xlarge")
        apply_text_size(QApplication.instance(), "xlarge")  # as app.py does on a change
        window.resize(1100, 760)
        return SHOTS[name](ctx, window)

    shot(f"xl-{name}")(take)


for _name in XL_SHOTS:
    _xl(_name)


# -- a dark desktop (issue 12) ------------------------------------------------------------
DARK_SHOTS = ("today", "diary-grid", "labs-chart", "supplies", "wizard-2-dose",
              "wizard-1-before-you-start", "prep-draw", "sites", "reminder-banner")


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (("Window", "#2a2a2a"), ("WindowText", "#eeeeee"),
                         ("Base", "#1e1e1e"), ("AlternateBase", "#262626"),
                         ("Text", "#eeeeee"), ("Button", "#353535"),
                         ("ButtonText", "#eeeeee"), ("Highlight", "#3d7ab8"),
                         ("HighlightedText", "#ffffff"), ("ToolTipBase", "#353535"),
                         ("ToolTipText", "#eeeeee"), ("PlaceholderText", "#a0a0a0")):
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def _dark(name: str) -> None:
    def take(ctx, window: MainWindow) -> QWidget | None:
        QApplication.instance().setPalette(dark_palette())
        return SHOTS[name](ctx, window)

    shot(f"dark-{name}")(take)


for _name in DARK_SHOTS:
    _dark(_name)


def grab(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    for _ in range(20):
        app.processEvents()
    early = getattr(widget, "early_pixmap", None)
    if early is not None:
        # Wizards are closed (and emptied) when the event loop quits, so their picture
        # is taken while the loop still runs (see _prep_wizard).
        early.save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")
        return
    screen = widget.screen()
    geo = widget.frameGeometry()
    pixmap = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    if pixmap.toImage().allGray() and pixmap.toImage().pixelColor(5, 5).value() == 0:
        pixmap = widget.grab()  # some X servers return black for the root window
    pixmap.save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main(names: list[str]) -> int:
    from il2desk.ui.i18n import apply_text_size

    lang = "en"
    if "--lang" in names:
        at = names.index("--lang")
        lang = names[at + 1]
        names = names[:at] + names[at + 2:]
    app = QApplication(sys.argv[:1])
    from il2desk.ui.i18n import install_translators

    # English too, as the app does: its plural forms ("5 days", not "5 day(s)") are a
    # translation (il2desk_en.qm).
    install_translators(app, lang)
    suffix = "" if lang == "en" else f"-{lang}"
    SUFFIX["lang"] = suffix
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names or list(SHOTS):
        CLOCK.set(START)  # a shot may move time; the next one starts afresh
        apply_text_size(app, "normal")  # an "xl-" shot before must not enlarge this one
        app.setPalette(app.style().standardPalette())  # nor a "dark-" one darken it
        with tempfile.TemporaryDirectory() as tmp:
            ctx = build_context(Path(tmp), clock=CLOCK, default_zone="America/New_York")
            window = MainWindow(ctx)
            window.resize(1100, 760)
            window.move(40, 40)
            window.show()
            if not window.start_up.done:  # the reminder banner comes after the paint
                started = QEventLoop()
                window.start_up.finished.connect(started.quit)
                started.exec()
            target = SHOTS[name](ctx, window)
            # A local loop: QApplication.quit() would first try to close every window
            # (Qt 6), and a session wizard asks before it closes.
            loop = QEventLoop()
            QTimer.singleShot(400, loop.quit)
            loop.exec()
            if target is not None:  # None: the shot wrote its own picture
                grab(target, OUT / f"{name}{suffix}.png")
            for top in app.topLevelWidgets():
                top.close()
            ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
