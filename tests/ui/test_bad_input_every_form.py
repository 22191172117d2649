"""Bad input in every form field that takes a number, a date or a time (issue 11).

One table, FIELDS: (form, field, how to reach it, bad values). Each (form, field, bad
value) is its own test. The bad value is typed into the real widget with the keyboard,
then the field is left or the form's own button pressed, as a user would, and:

1. a message in plain words is visible beside the field (the FieldError under it);
2. nothing was stored: every table of the database is the same before and after;
3. the app goes on: no exception, the form is still open on the same page (Qt
   warnings fail the tests already).

Some widgets cannot hold a bad value at all: a spin box with a range, a date or time
edit. Their keys are typed all the same, and the test checks that the widget refused
them ("refused by the widget"): it shows a value inside its own range, not the typed
text, and that value is all that was stored. Values those widgets can hold but the form
must still refuse (a course start in the past, 1 week between courses) are "rule"
values, checked like a text field: message beside it, nothing stored.

Not covered, on purpose: `il2desk course new` (the CLI, tested under tests/cli), and the
time zone fields (a name chosen from a list, not a number, date or time).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from il2desk.domain.course import Preparation
from il2desk.domain.diary import Severity
from il2desk.domain.labs import ViralLoadForm
from il2desk.domain.preferences import Preferences
from il2desk.storage.settings_repo import SettingsRepository
from il2desk.storage.supplies_repo import SupplyItem
from il2desk.ui.host import ViewHost
from il2desk.ui.syringe_wizard import PageId, SyringePreparationWizard
from il2desk.ui.widgets import FieldError
from tests.builders import a_course
from tests.ui.course_wizard.wizard_walk import make_wizard, next_page, type_dose
from tests.ui.preparation_walk import walk_preparation_pages
from tests.ui.session.session_walk import make_course, open_session

TODAY = dt.date(2026, 11, 23)  # the fixed clock's day in Europe/Paris (tests/conftest.py)

# -- the bad values, by kind of field ---------------------------------------------------
NUMBER = ("abc", "", "-1", "1e999", "4,5,6", "NaN")


def number(*beyond_range: str, optional: bool = False) -> tuple[str, ...]:
    """The number values, plus the field's own out-of-range ones; an optional field
    takes "" as "not given", so "" is left out there."""
    return tuple(v for v in (*NUMBER, *beyond_range) if v or not optional)


TIME = ("25:00", "7pm?", "")
DATE = ("31/02/2027", "yesterday")
# Dates a date edit can show but a rule forbids: stepped to with the arrow keys.
RULE_DAYS = {"3 days ago": -3, "2 days ago": -2, "in 3 days": 3}
PHONE = ("abc", "-1", "1e999", "4,5,6", "NaN", "1" * 41)  # "" clears the number: allowed


# -- what a driver hands back -----------------------------------------------------------
@dataclasses.dataclass
class Reached:
    """A form opened at the field under test."""

    field: QWidget  # where the bad value is typed
    error: FieldError | None  # the message beside it (None: the widget refuses alone)
    submit: Callable[[], None]  # what the user presses after typing
    form: QWidget  # the window or dialog that must stay open
    on_page: Callable[[], bool] = lambda: True  # a wizard stays on the same page
    stored: Callable[[], object] | None = None  # a live-saving widget: the stored value


@dataclasses.dataclass
class Env:
    qtbot: object
    ctx: object
    prompter: object
    request: pytest.FixtureRequest

    @property
    def window(self):  # built only for the forms that live in the main window
        return activate(self.qtbot, self.request.getfixturevalue("window"))


@dataclasses.dataclass(frozen=True)
class Field:
    form: str
    name: str
    reach: Callable[[Env], Reached]
    bad: tuple[str, ...]
    refused_by: str = "message"  # or "widget": the widget cannot hold a bad value
    rule: tuple[str, ...] = ()  # held by the widget, refused by the form with a message


# -- small helpers ----------------------------------------------------------------------
def activate(qtbot, window: QWidget) -> QWidget:
    """The form's window takes the keyboard, so Tab leaves a field as for a user."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click on the box itself (a long label's middle is outside the hit area)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Clear the field and type, as a user would; a spin or date edit is then left."""
    widget.setFocus()
    if isinstance(widget, QDateTimeEdit):
        if text in RULE_DAYS:
            step_days(qtbot, widget, RULE_DAYS[text])
        else:
            # Typing goes into the selected part: the hours for a time, else the first.
            hours = QDateTimeEdit.Section.HourSection
            wants_time = text in TIME and bool(widget.displayedSections() & hours)
            widget.setSelectedSection(hours if wants_time else widget.sectionAt(0))
            if text:
                qtbot.keyClicks(widget, text)
            else:
                qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return
    if isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def step_days(qtbot, edit: QDateTimeEdit, days: int) -> None:
    """Move a date edit to today + `days` with the arrow keys (one day a press)."""
    target = TODAY + dt.timedelta(days=days)
    diff = (target - edit.date().toPython()).days
    for _ in range(abs(diff)):
        qtbot.keyClick(edit, Qt.Key.Key_Up if diff > 0 else Qt.Key.Key_Down)
    if edit.minimumDate().toPython() <= target <= edit.maximumDate().toPython():
        assert edit.date().toPython() == target


def snapshot(ctx) -> dict[str, list[tuple]]:
    """Every row of every table, to compare before and after."""
    conn = ctx.db.conn
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {name: [tuple(row) for row in conn.execute(f'SELECT * FROM "{name}"')]
            for name in tables}


def stored_preference(ctx, key: str):
    """A setting as it is in the database now (not as the view holds it)."""
    return getattr(Preferences.from_mapping(SettingsRepository(ctx.db).load(),
                                            default_zone="UTC"), key)


# What a message in plain words never holds: program words, placeholders, markup.
JARGON = re.compile(r"Traceback|Error\b|Exception|\bNone\b|\bnan\b|Decimal|[{}<>]|\\n",
                    re.IGNORECASE)
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton)  # what a user fills in


def assert_plain_words(message: str) -> None:
    assert message.strip(), "the message is empty"
    assert JARGON.search(message) is None, f"not plain words: {message!r}"
    assert re.search(r"[A-Za-z]{3,}.*[A-Za-z]{3,}", message), f"not a sentence: {message!r}"


def assert_beside(field: QWidget, error: QWidget) -> None:
    """The message is right under its field: close, and no other field in between."""
    window = field.window()

    def box(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    field_box, error_box = box(field), box(error)
    assert field_box.top() <= error_box.top() <= field_box.bottom() + 80, (
        f"the message is {error_box.top() - field_box.bottom()} px away from its field")
    between = [
        widget for widget in window.findChildren(QWidget)
        if isinstance(widget, INPUTS) and widget.isVisible() and widget is not field
        and not field.isAncestorOf(widget) and not widget.isAncestorOf(field)
        and field_box.bottom() < box(widget).top() < error_box.top()
        and box(widget).left() < error_box.right() and error_box.left() < box(widget).right()
    ]
    assert not between, f"other fields between the field and its message: {between}"


# -- drivers: one small function per form -----------------------------------------------
def settings(attr: str, key: str) -> Callable[[Env], Reached]:
    """Settings save as soon as a field is left (Return or Tab)."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.go_to("settings")
        view = window.stack.currentWidget()
        edit = getattr(view, attr)
        live = isinstance(edit, QSpinBox)
        return Reached(
            field=edit, error=view.errors[key], form=window,
            submit=lambda: env.qtbot.keyClick(edit, Qt.Key.Key_Return),
            stored=(lambda: stored_preference(env.ctx, key)) if live else None)
    return reach


def choose_vial(env: Env, page) -> None:
    tick(env.qtbot, page.vial_radio)


def vial_amount_known(env: Env, page) -> None:
    choose_vial(env, page)
    page.vial_miu_edit.setText("18")


def stop_course_dialog(env: Env) -> Reached:
    """Courses ▸ Stop this course… on a course that began on Friday (rule R17)."""
    from il2desk.domain.course import StopReason

    start = TODAY - dt.timedelta(days=3)
    a_course(env.ctx, start=start, created_utc=env.ctx.clock.now_utc() - dt.timedelta(days=5))
    window = env.window
    window.go_to("today")
    window.go_to("courses")
    view = window.view("courses")
    view.refresh()
    click(env.qtbot, view.stop_button)
    dialog = activate(env.qtbot, view.stop_dialog)
    tick(env.qtbot, dialog.reason_buttons[StopReason.OTHER])
    return Reached(field=dialog.when_edit, error=dialog.when_error, form=dialog,
                   submit=lambda: click(env.qtbot, dialog.stop_button))


def course_wizard(page: str, attr: str, error: str | None,
                  *, fill: Callable[[Env, object], None] | None = None) -> Callable[[Env], Reached]:
    """The course wizard (issue 4), walked with its own test helpers to `page`."""
    def reach(env: Env) -> Reached:
        wizard = activate(env.qtbot, make_wizard(env.qtbot, env.ctx))
        next_page(env.qtbot, wizard)  # before you start → dose
        if page != "dose":
            type_dose(env.qtbot, wizard, "4.5")
            next_page(env.qtbot, wizard)  # → when
        if page in ("preparation", "support"):
            next_page(env.qtbot, wizard)  # → syringes
        if page == "support":
            next_page(env.qtbot, wizard)  # → support
        target = getattr(wizard, f"{page}_page")
        assert wizard.page is target
        if fill is not None:
            fill(env, target)
        message = None
        if error is not None:
            message = target.errors[error] if error in getattr(target, "errors", {}) \
                else getattr(target, error)
        return Reached(field=getattr(target, attr), error=message, form=wizard,
                       submit=lambda: next_page(env.qtbot, wizard),
                       on_page=lambda: wizard.page is target)
    return reach


def preparation(page: PageId, attr: str, error: str | None, *, preparation=Preparation.VIAL,
                fill: Callable[[Env, object], None] | None = None) -> Callable[[Env], Reached]:
    """The syringe preparation wizard (rule R11), walked to `page`; stores on Finish only."""
    def reach(env: Env) -> Reached:
        host = ViewHost(ctx=env.ctx, show_emergency=lambda: None, go_to=lambda _key: None,
                        prompter=env.prompter, start_session=lambda _id: None,
                        request_restart=lambda: None)
        wizard = SyringePreparationWizard(host, dose_miu=Decimal("4.5"),
                                          preparation=preparation)
        env.qtbot.addWidget(wizard)
        wizard.show()
        env.qtbot.waitExposed(wizard)
        activate(env.qtbot, wizard)
        walk_preparation_pages(wizard, lambda _page: None, stop_at=page)
        assert wizard.page_id == page
        target = wizard.page
        if fill is not None:
            fill(env, target)
        errors = getattr(target, "errors", None)
        message = None if error is None else (errors[error] if errors else target.error)
        return Reached(
            field=getattr(target, attr), error=message, form=wizard,
            submit=lambda: click(env.qtbot, wizard.next_button),
            on_page=lambda: wizard.page_id == page)
    return reach


def choose_compute(env: Env, page) -> None:
    tick(env.qtbot, page.compute_radio)  # "I only know the vial amount and the diluent"


def vial_known(env: Env, page) -> None:
    choose_compute(env, page)
    type_into(env.qtbot, page.vial_edit, "22")


def strength_known(env: Env, page) -> None:
    type_into(env.qtbot, page.concentration_edit, "18")


def strength_and_hours_known(env: Env, page) -> None:
    strength_known(env, page)
    type_into(env.qtbot, page.hours_spin, "24")


def session(step: int) -> Callable[[Env], Reached]:
    """The injection session (issue 5): step 1 pre-treatment time or step 5 given time."""
    def reach(env: Env) -> Reached:
        injections = make_course(env.ctx, env.ctx.clock)
        wizard = activate(env.qtbot, open_session(env.qtbot, env.window, injections[0].id))
        # Closing the window at the end asks "Stop the session?": yes.
        env.prompter.confirm_answers.append(True)
        tick(env.qtbot, wizard.page.took)  # step 1 starts with no answer (issue 20)
        for _ in range(step - 1):
            click(env.qtbot, wizard.next_button)
        page = wizard.page
        assert wizard.index == step - 1
        if step == 5:
            tick(env.qtbot, page.done_box)  # only the time is wrong
        return Reached(field=page.time_edit, error=page.error, form=wizard,
                       submit=lambda: click(env.qtbot, wizard.next_button),
                       on_page=lambda: wizard.index == step - 1)
    return reach


def unrecorded_question(env: Env) -> Reached:
    """Rule T2 (issue 20): "what happened to these injections?", a dose told afterwards."""
    make_course(env.ctx, env.ctx.clock)
    env.ctx.clock.set(env.ctx.clock.now_utc() + dt.timedelta(days=1))
    env.window.ask_unrecorded()
    dialog = activate(env.qtbot, env.window.unrecorded_dialog)
    row = dialog.rows[0]
    tick(env.qtbot, row.gave)
    return Reached(field=row.time_edit, error=row.error, form=dialog,
                   submit=lambda: click(env.qtbot, dialog.save_button))


def diary(attr: str, key: str, *, symptom: str, unit: str = "C") -> Callable[[Env], Reached]:
    """The quick diary entry (issue 7): symptom and strength chosen, then the field."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.go_to("diary")
        form = window.stack.currentWidget().form
        form.select_symptom(symptom)
        click(env.qtbot, form.severity_buttons[Severity.MILD])
        form.temperature_unit.setCurrentIndex(form.temperature_unit.findData(unit))
        return Reached(field=getattr(form, attr), error=form.errors[key], form=window,
                       submit=lambda: click(env.qtbot, form.save_button))
    return reach


def labs(attr: str, key: str | None, *, fill: Callable[[object], None] | None = None
         ) -> Callable[[Env], Reached]:
    """Lab results (issue 8): one field typed, Save pressed."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.go_to("labs")
        form = window.stack.currentWidget().form
        if fill is not None:
            fill(form)
        return Reached(field=getattr(form, attr), error=form.errors[key] if key else None,
                       form=window, submit=lambda: click(env.qtbot, form.save_button))
    return reach


def viral_load_is_a_number(form) -> None:
    form.vl_form_combo.setCurrentIndex(form.vl_form_combo.findData(ViralLoadForm.VALUE.value))


def sites(attr: str, error: str | None) -> Callable[[Env], Reached]:
    """Sites (issue 6): a new reaction, Add pressed."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.go_to("sites")
        view = window.stack.currentWidget()
        return Reached(field=getattr(view, attr),
                       error=getattr(view, error) if error else None, form=window,
                       submit=lambda: click(env.qtbot, view.add_button))
    return reach


def supplies_count(item: SupplyItem) -> Callable[[Env], Reached]:
    """Supplies (issue 10): each count saves as it changes (a spin box, 0 to 9999)."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.go_to("supplies")
        view = window.stack.currentWidget()
        spin = view.spins[item]
        return Reached(field=spin, error=None, form=window, submit=lambda: None,
                       stored=lambda: env.ctx.supplies.counts()[item])
    return reach


def supplies_practice(env: Env) -> Reached:
    window = env.window
    window.go_to("supplies")
    view = window.stack.currentWidget()
    return Reached(field=view.practice_dose, error=view.practice_error, form=window,
                   submit=lambda: click(env.qtbot, view.practice_button))


def past_course(attr: str, error: str) -> Callable[[Env], Reached]:
    """Courses ▸ Record a past course…: the dialog, with a good dose unless tested."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.go_to("courses")
        view = window.stack.currentWidget()
        click(env.qtbot, view.past_button)
        dialog = view.past_dialog
        env.qtbot.waitExposed(dialog)
        activate(env.qtbot, dialog)
        if attr != "dose_edit":
            type_into(env.qtbot, dialog.dose_edit, "4.5")
        return Reached(field=getattr(dialog, attr), error=getattr(dialog, error), form=dialog,
                       submit=lambda: click(env.qtbot, dialog.save_button))
    return reach


def visit_report(attr: str) -> Callable[[Env], Reached]:
    """File ▸ Visit report…, with "Dates I choose" as the period (issue 24)."""
    def reach(env: Env) -> Reached:
        window = env.window
        window.visit_report_action.trigger()
        dialog = window.visit_report_dialog
        env.qtbot.waitExposed(dialog)
        activate(env.qtbot, dialog)
        dialog.period_choice.setCurrentIndex(dialog.period_choice.findData("dates"))
        return Reached(field=getattr(dialog, attr), error=dialog.period_error, form=dialog,
                       submit=lambda: click(env.qtbot, dialog.pdf_button))
    return reach


# -- THE TABLE: form, field, how to reach it, bad values --------------------------------
FIELDS: tuple[Field, ...] = (
    # Settings (issue 2): text fields for times and the phone, spin boxes for minutes.
    Field("settings", "morning time", settings("morning_time", "morning_time"), TIME),
    Field("settings", "evening time", settings("evening_time", "evening_time"), TIME,
          rule=("12:00",)),  # less than 8 hours after 08:00
    Field("settings", "doctor's phone", settings("doctor_phone", "doctor_phone"), PHONE),
    Field("settings", "pre-treatment minutes",
          settings("pretreatment_lead", "pretreatment_lead_min"), number("999"),
          refused_by="widget"),  # spin box 5–180
    Field("settings", "ice before minutes", settings("ice_before", "ice_before_min"),
          number("99"), refused_by="widget"),  # spin box 1–30
    Field("settings", "ice after minutes", settings("ice_after", "ice_after_min"),
          number("99"), refused_by="widget"),  # spin box 1–30
    Field("settings", "recent sites to rest", settings("avoid_recent", "avoid_recent_sites"),
          number("9"), refused_by="widget"),  # spin box 0–7
    # Course wizard (issue 4).
    Field("course wizard", "dose", course_wizard("dose", "dose_edit", "error"),
          number("45")),  # rule R2: 45 needs the confirmation box
    Field("course wizard", "first day", course_wizard("when", "start_edit", "start_date"),
          DATE, refused_by="widget", rule=("3 days ago",)),
    Field("course wizard", "morning time", course_wizard("when", "morning_edit", None),
          TIME, refused_by="widget"),  # a time edit; its rule message is under evening
    Field("course wizard", "evening time", course_wizard("when", "evening_edit", "evening"),
          TIME, refused_by="widget", rule=("12:00",)),
    Field("course wizard", "weeks to next course",
          course_wizard("when", "interval_spin", "interval_weeks"), number("999"),
          refused_by="widget", rule=("1", "60")),  # spin box 1–99; the rule is 2–52
    # Issue 19, rule R18: the days of a course (5 for this dose, 28 for a low one).
    Field("course wizard", "days of injections",
          course_wizard("when", "days_spin", "days"), number("99"),
          refused_by="widget", rule=("9",)),  # spin box 1–28; 9 days of 9 a day: refused
    # Issue 19, rule D2: the vial's strength after mixing, or its amount and diluent.
    Field("course wizard", "vial strength",
          course_wizard("preparation", "strength_edit", "strength", fill=choose_vial),
          number("500")),
    Field("course wizard", "vial amount",
          course_wizard("preparation", "vial_miu_edit", "vial", fill=choose_vial),
          number("500", optional=True)),  # "" with no diluent: asked under the strength
    Field("course wizard", "vial diluent",
          course_wizard("preparation", "diluent_edit", "diluent", fill=vial_amount_known),
          number("50")),
    Field("course wizard", "doctor's phone",
          course_wizard("support", "phone_edit", "phone_error"), PHONE),
    # Syringe preparation wizard (issue 5, rules R11, D2, D5).
    Field("syringe wizard", "dose on the label",
          preparation(PageId.PREFILLED, "label_dose_edit", "error",
                      preparation=Preparation.PREFILLED), number("450", "6")),
    Field("syringe wizard", "strength",
          preparation(PageId.STRENGTH, "concentration_edit", "concentration"),
          number("500")),
    Field("syringe wizard", "vial amount",
          preparation(PageId.STRENGTH, "vial_edit", "vial", fill=choose_compute),
          number("500")),
    Field("syringe wizard", "diluent",
          preparation(PageId.STRENGTH, "diluent_edit", "diluent", fill=vial_known),
          number("50")),
    Field("syringe wizard", "hours usable",
          preparation(PageId.STRENGTH, "hours_spin", "hours", fill=strength_known),
          number("99999"), refused_by="widget", rule=("0",)),  # 0 reads "choose"
    Field("syringe wizard", "doses in the vial",
          preparation(PageId.STRENGTH, "doses_spin", None, fill=strength_and_hours_known),
          number("99"), refused_by="widget"),  # spin box 0–20, 0 = not said
    # Injection session (issue 5): date-and-time edits; a time to come is refused.
    Field("session", "pre-treatment taken at", session(1), TIME + DATE,
          refused_by="widget", rule=("in 3 days",)),
    Field("session", "injection given at", session(5), TIME + DATE,
          refused_by="widget", rule=("in 3 days",)),
    Field("unrecorded question", "given at", unrecorded_question, TIME + DATE,
          refused_by="widget", rule=("in 3 days",)),
    # Diary (issue 7): temperature in °C or °F ("" = not measured), when.
    Field("diary", "temperature °C", diary("temperature_edit", "temperature", symptom="fever"),
          number("45", optional=True)),
    Field("diary", "temperature °F",
          diary("temperature_edit", "temperature", symptom="fever", unit="F"),
          number("38.5", optional=True)),  # 38.5 °F is no body temperature
    Field("diary", "when", diary("when_edit", "when", symptom="fatigue"), TIME + DATE,
          refused_by="widget", rule=("in 3 days",)),
    # Labs (issue 8); a blank count with nothing else is "fill in at least one result".
    Field("labs", "CD4 count", labs("cd4_count_edit", "cd4_count"), number("99999")),
    Field("labs", "CD4 percent", labs("cd4_percent_edit", "cd4_percent"),
          number("150", optional=True)),
    Field("labs", "viral load", labs("vl_edit", "viral_load", fill=viral_load_is_a_number),
          number("999999999")),
    Field("labs", "date drawn", labs("drawn_edit", None), (*DATE, "in 3 days"),
          refused_by="widget"),  # the edit stops at today
    # Sites (issue 6): size in cm ("" = not measured), date noticed.
    Field("sites", "reaction size", sites("size_edit", "size_error"),
          number("45", optional=True)),
    Field("sites", "reaction date", sites("date_edit", None), (*DATE, "in 3 days"),
          refused_by="widget"),  # the edit stops at today
    # Supplies (issue 10): counts are spin boxes 0–9999; the practice dose is typed.
    *(Field("supplies", f"count of {item.value}", supplies_count(item),
            number("99999"), refused_by="widget") for item in SupplyItem),
    Field("supplies", "practice dose", supplies_practice, number("500")),
    # Courses ▸ Record a past course…: the course must be over; the dose as in the wizard.
    Field("past course", "first day", past_course("start_edit", "start_error"), DATE,
          refused_by="widget", rule=("2 days ago", "in 3 days")),
    Field("past course", "dose", past_course("dose_edit", "dose_error"), number("45")),
    # Courses ▸ Stop this course… (issue 19): a stop in the future, or before it began.
    Field("stop course", "when it stopped", stop_course_dialog, TIME + DATE,
          refused_by="widget", rule=("in 3 days",)),
    # File ▸ Visit report…: the period's first day may not come after its last.
    Field("visit report", "first day", visit_report("first_edit"), DATE, refused_by="widget",
          rule=("in 3 days",)),
    Field("visit report", "last day", visit_report("last_edit"), DATE, refused_by="widget"),
)

CASES = [
    pytest.param(field, bad, mode, id=f"{field.form}-{field.name}-{bad!r}")
    for field in FIELDS
    for bad, mode in [(b, field.refused_by) for b in field.bad]
    + [(b, "message") for b in field.rule]
]


@pytest.mark.parametrize(("field", "bad", "mode"), CASES)
def test_bad_value_is_refused(qtbot, ctx, prompter, request, field: Field, bad: str,
                              mode: str) -> None:
    reached = field.reach(Env(qtbot, ctx, prompter, request))
    before = snapshot(ctx)  # after reaching the form: opening it may note things
    type_into(qtbot, reached.field, bad)
    if mode == "message":
        reached.submit()
        assert reached.error is not None
        # (1) a message in plain words, visible, right under the field
        assert reached.error.isVisible(), f"no message for {bad!r}"
        assert_plain_words(reached.error.message)
        assert_beside(reached.field, reached.error)
        # (2) nothing stored
        assert snapshot(ctx) == before
    else:
        # Refused by the widget: it shows a value inside its own range, not the text
        # typed, and that value is all that was (or was not) stored.
        widget = reached.field
        assert widget.hasAcceptableInput()
        if bad and bad not in RULE_DAYS:
            assert bad not in widget.text()
        if isinstance(widget, QSpinBox):
            assert widget.minimum() <= widget.value() <= widget.maximum()
        else:
            shown = widget.dateTime()
            assert shown.isValid()
            assert widget.minimumDateTime() <= shown <= widget.maximumDateTime()
        if reached.stored is not None:
            assert reached.stored() == widget.value()
        else:
            assert snapshot(ctx) == before
    # (3) the app goes on: the form is still open, on the same page
    assert reached.form.isVisible()
    assert reached.on_page()


# -- the inventory: every editable field in il2desk/ui, in the table or why not -----------
UI_DIR = Path(__file__).resolve().parents[2] / "il2desk" / "ui"
EDITORS = re.compile(r"(?:self\.)?(\w+) = (?:QLineEdit|QSpinBox|QDoubleSpinBox|QDateEdit|"
                     r"QTimeEdit|QDateTimeEdit|LocalTimeEdit|DateField|DateTimeField|TimeField)\(")
# (module, the name the widget is built under) → the rows of FIELDS that test it.
IN_TABLE: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("views/settings_view.py", "edit"): (  # _line_field; the doctor's name is words
        ("settings", "morning time"), ("settings", "evening time"),
        ("settings", "doctor's phone")),
    ("views/settings_view.py", "spin"): (  # _minutes_field
        ("settings", "pre-treatment minutes"), ("settings", "ice before minutes"),
        ("settings", "ice after minutes")),
    ("views/settings_view.py", "avoid_recent"): (("settings", "recent sites to rest"),),
    ("course_wizard/dose_page.py", "dose_edit"): (("course wizard", "dose"),),
    ("course_wizard/when_page.py", "start_edit"): (("course wizard", "first day"),),
    ("course_wizard/when_page.py", "morning_edit"): (("course wizard", "morning time"),),
    ("course_wizard/when_page.py", "evening_edit"): (("course wizard", "evening time"),),
    ("course_wizard/when_page.py", "interval_spin"): (
        ("course wizard", "weeks to next course"),),
    ("course_wizard/support_page.py", "phone_edit"): (("course wizard", "doctor's phone"),),
    ("course_wizard/when_page.py", "days_spin"): (("course wizard", "days of injections"),),
    ("course_wizard/preparation_page.py", "strength_edit"): (
        ("course wizard", "vial strength"),),
    ("course_wizard/preparation_page.py", "vial_miu_edit"): (
        ("course wizard", "vial amount"),),
    ("course_wizard/preparation_page.py", "diluent_edit"): (
        ("course wizard", "vial diluent"),),
    ("stop_course_dialog.py", "when_edit"): (("stop course", "when it stopped"),),
    ("syringe_wizard/prefilled_page.py", "label_dose_edit"): (
        ("syringe wizard", "dose on the label"),),
    ("syringe_wizard/strength_page.py", "edit"): (  # _field
        ("syringe wizard", "strength"), ("syringe wizard", "vial amount"),
        ("syringe wizard", "diluent")),
    ("syringe_wizard/strength_page.py", "hours_spin"): (("syringe wizard", "hours usable"),),
    ("syringe_wizard/strength_page.py", "doses_spin"): (
        ("syringe wizard", "doses in the vial"),),
    ("session/pretreatment_page.py", "time_edit"): (("session", "pre-treatment taken at"),),
    ("session/inject_page.py", "time_edit"): (("session", "injection given at"),),
    ("session/unrecorded_dialog.py", "time_edit"): (("unrecorded question", "given at"),),
    ("views/diary_form.py", "temperature_edit"): (
        ("diary", "temperature °C"), ("diary", "temperature °F")),
    ("views/diary_form.py", "when_edit"): (("diary", "when"),),
    ("views/lab_form.py", "drawn_edit"): (("labs", "date drawn"),),
    ("views/lab_form.py", "cd4_count_edit"): (("labs", "CD4 count"),),
    ("views/lab_form.py", "cd4_percent_edit"): (("labs", "CD4 percent"),),
    ("views/lab_form.py", "vl_edit"): (("labs", "viral load"),),
    ("views/sites_view.py", "size_edit"): (("sites", "reaction size"),),
    ("views/sites_view.py", "date_edit"): (("sites", "reaction date"),),
    ("views/supplies_view.py", "spin"): tuple(
        ("supplies", f"count of {item.value}") for item in SupplyItem),
    ("views/supplies_view.py", "practice_dose"): (("supplies", "practice dose"),),
    ("views/past_course_dialog.py", "start_edit"): (("past course", "first day"),),
    ("views/past_course_dialog.py", "dose_edit"): (("past course", "dose"),),
    ("visit_report_dialog.py", "first_edit"): (("visit report", "first day"),),
    ("visit_report_dialog.py", "last_edit"): (("visit report", "last day"),),
}
# Fields that take words, not a number, date or time.
WORDS = {
    ("views/diary_form.py", "other_edit"), ("views/diary_form.py", "note_edit"),
    ("views/lab_form.py", "note_edit"), ("views/sites_view.py", "note_edit"),
    ("views/past_course_dialog.py", "notes_edit"), ("views/settings_view.py", "patient_name"),
    ("session/unrecorded_dialog.py", "reason_edit"),
}


def test_every_field_of_the_app_is_in_the_table_or_takes_words() -> None:
    found = {(str(path.relative_to(UI_DIR)), match.group(1))
             for path in UI_DIR.rglob("*.py")
             for match in EDITORS.finditer(path.read_text(encoding="utf-8"))}
    assert found == set(IN_TABLE) | WORDS, (
        "a field was added or removed: put it in FIELDS (and IN_TABLE), or in WORDS")
    rows = {(field.form, field.name) for field in FIELDS}
    listed = {row for covered in IN_TABLE.values() for row in covered}
    assert listed == rows
