"""Wizard page 3, "When" (rules R4, R7, T1): start day, times, interval, the 10 times."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
)

from il2desk.domain.course import CoursePlan
from il2desk.domain.course_validation import default_start, interval_problem, validate_plan
from il2desk.domain.errors import FieldInputError
from il2desk.domain.preferences import Preferences
from il2desk.domain.regimen import (
    DAYS_PER_COURSE,
    DEFAULT_INTERVAL_WEEKS,
    MAX_DAYS_LOW_DOSE,
    WEDNESDAY_REASON,
)
from il2desk.domain.schedule import PlannedDose, plan_course
from il2desk.domain.timeplan import TimeAdjustment, is_valid_zone
from il2desk.services.translation import COURSE_DAY
from il2desk.ui.colours import colour_for
from il2desk.ui.course_wizard.draft import CourseDraft
from il2desk.ui.date_fields import DateField, TimeField
from il2desk.ui.dates import (
    from_qdate,
    from_qtime,
    long_date,
    to_qdate,
    to_qtime,
)
from il2desk.ui.i18n import date_text, plural_suffix, translate_message
from il2desk.ui.widgets import (
    FieldError,
    fit_to_contents,
    follow_app_font,
    paragraph,
    width_for_text,
)
from il2desk.ui.wizard_base import WizardPage

FIELDS = ("start_date", "evening", "zone_name", "interval_weeks", "days", "per_day")


class WhenPage(WizardPage):
    def __init__(self, draft: CourseDraft, prefs: Preferences) -> None:
        super().__init__()
        self.title = self.tr("When")
        self.draft = draft
        today = draft.today
        self._today = today
        self._existing = list(draft.existing)
        self._ignore_id = draft.ignore_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addLayout(form)
        self.errors: dict[str, FieldError] = {key: FieldError() for key in FIELDS}

        # Rules R4 and R7: the Wednesday nearest the last course's start + its interval.
        first_day, self._previous = default_start(self._existing, today, self._ignore_id)
        self.start_edit = DateField(to_qdate(first_day))
        self.start_edit.setAccessibleName(self.tr("First day of the course"))
        fit_to_contents(self.start_edit)
        width_for_text(self.start_edit, "Wednesday 30 September 2026")  # the longest
        self._row(form, self.tr("&First day:"), self.start_edit, "start_date")
        self.interval_box = QCheckBox(self.tr("Yes, my doctor wants this course to start "
                                              "sooner than the interval"))
        self.interval_box.setObjectName("confirmInterval")
        self.interval_box.setVisible(False)
        form.addRow("", self.interval_box)
        self.interval_note = paragraph("")
        self.interval_note.setObjectName("intervalNote")
        self.interval_note.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.interval_note)
        if self._previous is not None:
            last = self._previous
            self.interval_note.setText(self.tr(
                "%n week(s) after your last course, which began on {date}.", "",
                last.plan.interval_weeks).format(date=long_date(last.start_date)))
        self.interval_note.setVisible(self._previous is not None)
        self.reason = paragraph(self.tr("We suggest a Wednesday. {reason}").format(
            reason=translate_message(WEDNESDAY_REASON)))
        self.reason.setObjectName("wednesdayReason")
        self.reason.setContentsMargins(12, 0, 0, 0)  # the palette's text colour: dark-safe
        layout.addWidget(self.reason)
        # A word-wrapped label inside a form row gets odd extra height: second form.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addLayout(form)

        # rule R18: the doctor's regimen — days, and injections per day.
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS_LOW_DOSE)  # validate_plan explains the limits
        self.days_spin.setValue(DAYS_PER_COURSE)
        plural_suffix(self.days_spin, lambda n: self.tr(" day(s)", "", n))
        fit_to_contents(self.days_spin)
        self.days_spin.setAccessibleName(self.tr("Days of injections"))
        self._row(form, self.tr("&Days of injections:"), self.days_spin, "days")
        self.per_day_combo = QComboBox()
        self.per_day_combo.addItem(self.tr("Twice a day (morning and evening)"), 2)
        self.per_day_combo.addItem(self.tr("Once a day"), 1)
        self.per_day_combo.setAccessibleName(self.tr("Injections per day"))
        fit_to_contents(self.per_day_combo)
        self._row(form, self.tr("Injections &per day:"), self.per_day_combo, "per_day")

        self.morning_edit = TimeField(to_qtime(prefs.morning_time))
        fit_to_contents(self.morning_edit)
        self.morning_edit.setAccessibleName(self.tr("Morning injection time"))
        self.morning_label = self._row(form, self.tr("&Morning injection:"), self.morning_edit,
                                       None)
        self.evening_edit = TimeField(to_qtime(prefs.evening_time))
        fit_to_contents(self.evening_edit)
        self.evening_edit.setAccessibleName(self.tr("Evening injection time"))
        self.evening_label = self._row(form, self.tr("&Evening injection:"), self.evening_edit,
                                       "evening")
        self._form = form

        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        zones = zoneinfo.available_timezones() - {"localtime", "posixrules"}
        self.zone_combo.addItems(sorted(zones))
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_combo.setCurrentText(prefs.time_zone)
        # The text box inside takes the focus; unnamed, a screen reader said only its text.
        self.zone_combo.lineEdit().setAccessibleName(self.tr("Time zone"))
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        # As wide as about 26 letters of the current text size (no pixel width that
        # would clip at extra large text).
        self.zone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone_combo.setMinimumContentsLength(26)
        fit_to_contents(self.zone_combo)
        self._row(form, self.tr("&Time zone:"), self.zone_combo, "zone_name")

        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 99)  # validate_plan explains values out of range
        self.interval_spin.setValue(DEFAULT_INTERVAL_WEEKS)  # rule R4
        plural_suffix(self.interval_spin, lambda n: self.tr(" week(s)", "", n))
        fit_to_contents(self.interval_spin)
        self.interval_spin.setAccessibleName(self.tr("Weeks from this course to the next"))
        self._row(form, self.tr("Next &course after:"), self.interval_spin, "interval_weeks")

        heading = QLabel(self.tr("Your 10 injections"))
        self.schedule_heading = heading
        follow_app_font(heading, 1.0, bold=True)  # not a style sheet: it follows text size
        heading.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        self.schedule = QLabel()
        self.schedule.setObjectName("injectionSchedule")
        self.schedule.setWordWrap(True)
        self.schedule.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The list scrolls when the window is too short for all ten (extra large text).
        scroll = QScrollArea()
        scroll.setObjectName("scheduleScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.schedule)
        scroll.setAccessibleName(self.tr("Your 10 injections"))
        layout.addWidget(scroll, 1)

        self.start_edit.dateChanged.connect(self._update)
        self.morning_edit.timeChanged.connect(self._update)
        self.evening_edit.timeChanged.connect(self._update)
        self.zone_combo.currentTextChanged.connect(self._update)
        self.interval_spin.valueChanged.connect(self._update)
        self.interval_box.toggled.connect(self._update)
        self.days_spin.valueChanged.connect(self._update)
        self.per_day_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _row(self, form: QFormLayout, text: str, widget, error_key: str | None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        if error_key is not None:
            form.addRow("", self.errors[error_key])
        return label

    def per_day(self) -> int:
        return int(self.per_day_combo.currentData())

    def _follow_shape(self) -> None:
        """Once a day: one time, no evening (rule R18)."""
        once = self.per_day() == 1
        self._form.setRowVisible(self.evening_edit, not once)
        self.morning_label.setText(self.tr("&Injection time:") if once
                                   else self.tr("&Morning injection:"))
        self.morning_edit.setAccessibleName(self.tr("Injection time") if once
                                            else self.tr("Morning injection time"))
        count = self.days_spin.value() * self.per_day()
        self.schedule_heading.setText(self.tr("Your 10 injections") if count == 10
                                      else self.tr("Your %n injection(s)", "", count))

    def load(self, plan: CoursePlan) -> None:
        self.start_edit.setDate(to_qdate(plan.start_date))
        self.morning_edit.setTime(to_qtime(plan.morning))
        self.evening_edit.setTime(to_qtime(plan.evening))
        self.zone_combo.setCurrentText(plan.zone_name)
        self.interval_spin.setValue(plan.interval_weeks)
        self.days_spin.setValue(plan.days)
        self.per_day_combo.setCurrentIndex(self.per_day_combo.findData(plan.per_day))

    # -- values -------------------------------------------------------------------------
    def start_date(self) -> dt.date:
        return from_qdate(self.start_edit.date())

    def values(self) -> dict[str, object]:
        return {"start_date": self.start_date(), "morning": from_qtime(self.morning_edit.time()),
                "evening": from_qtime(self.evening_edit.time()),
                "zone_name": self.zone_combo.currentText().strip(),
                "interval_weeks": self.interval_spin.value(),
                "days": self.days_spin.value(), "per_day": self.per_day(),
                "interval_confirmed": self.interval_box.isVisible()
                and self.interval_box.isChecked()}

    def _check(self) -> dict[str, str]:
        dose = self.draft.dose_miu or Decimal("4.5")  # the dose page checks the dose itself
        plan = CoursePlan(dose_miu=dose, dose_confirmed=True, **self.values())  # type: ignore[arg-type]
        errors = validate_plan(plan, self._today, self._existing, ignore_id=self._ignore_id)
        return {key: message for key, message in errors.items() if key in FIELDS}

    def _update(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        self._follow_shape()
        # Rule R4: a start sooner than the interval after the last course is confirmed.
        probe = CoursePlan(start_date=self.start_date(), zone_name="UTC",
                           dose_miu=Decimal(1), morning=dt.time(8), evening=dt.time(20))
        self.interval_box.setVisible(
            interval_problem(probe, self._existing, self._ignore_id) is not None)
        values = self.values()
        self.reason.setVisible(self.start_date().weekday() == 2)
        zone_name = str(values["zone_name"])
        if not is_valid_zone(zone_name):
            self.schedule.setText(self.tr("Choose a time zone from the list to see the times."))
            return
        try:
            doses = plan_course(self.start_date(), values["morning"], values["evening"],  # type: ignore[arg-type]
                                zone_name, self.days_spin.value(), self.per_day())
        except FieldInputError as problem:
            self.schedule.setText(translate_message(problem.message))
            return
        self.schedule.setText(schedule_html(doses, self.palette()))

    def commit(self) -> bool:
        errors = self._check()
        for key, message in errors.items():
            self.errors[key].show_error(message)
        if errors:
            return False
        self.draft.when = self.values()
        return True


def schedule_html(doses: Sequence[PlannedDose], palette: QPalette) -> str:
    """The injections as a table: day, date, time, morning or evening, and a note where
    the clocks change that night (rule T1). (The When page and the summary show it.)"""
    rows = []
    warning = colour_for("warning", palette).name()  # readable light or dark
    for planned in doses:
        local = planned.time.local
        slot = (QCoreApplication.translate("WhenPage", "morning")
                if planned.slot.value == "morning"
                else QCoreApplication.translate("WhenPage", "evening"))
        note = ""
        if planned.time.adjustment is TimeAdjustment.MOVED_FORWARD:  # rule T1
            note = QCoreApplication.translate(
                "WhenPage", "The clocks go forward that night: {asked} does not exist, so "
                "this one is at {time}.").format(
                asked=planned.time.requested.strftime("%H:%M"), time=local.strftime("%H:%M"))
        elif planned.time.adjustment is TimeAdjustment.FIRST_OCCURRENCE:
            note = QCoreApplication.translate(
                "WhenPage", "The clocks go back that night: {time} happens twice; this is "
                "the first one.").format(time=local.strftime("%H:%M"))
        rows.append(
            f"<tr><td>{planned.index}.</td><td>{date_text(local, COURSE_DAY)}</td>"
            f"<td><b>{local:%H:%M}</b></td><td>{slot}</td>"
            f"<td style='color:{warning}'>{note}</td></tr>")
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"

