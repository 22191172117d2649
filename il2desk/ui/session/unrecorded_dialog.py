"""Rule T2: one question for the injections past their window with nothing recorded
("what happened to these injections?"), instead of one late banner each.

For each: "I gave it" (when, and where if known), "I missed it" (why, optional), "Not
given — the course was stopped" (rule R17: the course ends, what was given stays, the
rest is marked not given) or "Answer later". A dose told afterwards goes through
rule S1 like any other: less than 8 hours from another one asks first, with both
times. The reminders of the answered
injections (pre-treatment, ice, injection) are answered with them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import Injection, StopReason
from il2desk.domain.regimen import Slot
from il2desk.domain.sites import SITE_CODES, site_label
from il2desk.services.course_service import InjectionNotPending
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.session.inject_page import ask_spacing
from il2desk.ui.session.page import LocalTimeEdit, format_local
from il2desk.ui.widgets import FieldError, heading, paragraph

# What the patient said, per row.
GAVE, MISSED, STOPPED, LATER = "gave", "missed", "stopped", "later"


class UnrecordedRow(QFrame):
    def __init__(self, injection: Injection, now_utc, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.injection = injection
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        which = (self.tr("Morning injection, day {0}") if injection.slot is Slot.MORNING
                 else self.tr("Evening injection, day {0}")).format(injection.day)
        self.title = QLabel(self.tr("{0} — planned {1}").format(
            which, format_local(injection.planned_utc, injection.zone_name)))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        grid.addWidget(self.title, 0, 0, 1, 3)
        self.gave = QRadioButton(self.tr("I gave it, at:"))
        self.gave.setAccessibleName(self.tr("I gave it ({0})").format(which))
        self.time_edit = LocalTimeEdit(injection.zone_name)
        self.time_edit.setAccessibleName(self.tr("When I gave it"))
        self.time_edit.set_utc(min(injection.planned_utc, now_utc))
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Where I gave it"))
        self.site_combo.addItem(self.tr("Site not noted"), None)
        for code in SITE_CODES:
            self.site_combo.addItem(translate_message(site_label(code)), code)
        self.missed = QRadioButton(self.tr("I missed it"))
        self.missed.setAccessibleName(self.tr("I missed it ({0})").format(which))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why (optional; your doctor may want to know)"))
        self.reason_edit.setAccessibleName(self.tr("Why I missed it"))
        self.stopped = QRadioButton(self.tr("Not given — the course was stopped"))
        self.stopped.setAccessibleName(self.tr("Not given, the course was stopped ({0})"
                                               ).format(which))
        self.later = QRadioButton(self.tr("Answer later"))
        self.later.setAccessibleName(self.tr("Answer later ({0})").format(which))
        self.later.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.gave, self.missed, self.stopped, self.later):
            group.addButton(button)
        grid.addWidget(self.gave, 1, 0)
        grid.addWidget(self.time_edit, 1, 1)
        grid.addWidget(self.site_combo, 1, 2)
        self.error = FieldError()  # right under the time it is about
        grid.addWidget(self.error, 2, 1, 1, 2)
        grid.addWidget(self.missed, 3, 0)
        grid.addWidget(self.reason_edit, 3, 1, 1, 2)
        grid.addWidget(self.stopped, 4, 0, 1, 3)
        grid.addWidget(self.later, 5, 0)
        self.gave.toggled.connect(self._enable)
        self.missed.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.time_edit.setEnabled(self.gave.isChecked())
        self.site_combo.setEnabled(self.gave.isChecked())
        self.reason_edit.setEnabled(self.missed.isChecked())

    @property
    def answer(self) -> str:
        if self.gave.isChecked():
            return GAVE
        if self.stopped.isChecked():
            return STOPPED
        return MISSED if self.missed.isChecked() else LATER


class UnrecordedDialog(QDialog):
    def __init__(self, host: ViewHost, injections: list[Injection],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("unrecordedDialog")
        self.setWindowTitle(self.tr("What happened to these injections?"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What happened to these injections?")))
        layout.addWidget(paragraph(self.tr(
            "Their time has passed and nothing is recorded for them (il2desk was closed, "
            "or the computer was asleep). Tell il2desk what happened, so your record is "
            "right; you can also answer later.")))
        rows_widget = QWidget()
        rows_box = QVBoxLayout(rows_widget)
        now = host.ctx.clock.now_utc()
        self.rows = [UnrecordedRow(i, now) for i in injections]
        for row in self.rows:
            rows_box.addWidget(row)
        rows_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows_widget)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save the answers"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Answer &later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.recorded: list[int] = []

    def save(self) -> None:
        """Write each answer (oldest first, so rule S1 sees the doses told before)."""
        service = self.host.ctx.course_service
        now = self.host.ctx.clock.now_utc()
        stay = False
        stopped = {row.injection.course_id for row in self.rows if row.answer == STOPPED}
        for row in self.rows:
            row.error.clear_error()
            injection = row.injection
            if row.answer in (LATER, STOPPED) or injection.id in self.recorded:
                continue
            try:
                if row.answer == MISSED:
                    reason = row.reason_edit.text().strip() or self.tr("Told afterwards")
                    service.mark_missed(injection.id, reason)
                else:
                    given = row.time_edit.value_utc()
                    if given > now:
                        row.error.show_error(self.tr(
                            "That time is still to come. Please give the time you injected."))
                        stay = True
                        continue
                    booking = service.booking_for(injection, given)
                    concern = service.spacing_concern(booking)
                    if concern is not None and not ask_spacing(
                            self.host.prompter, self, concern, injection, injection.zone_name):
                        row.error.show_error(self.tr("Nothing was recorded for this one."))
                        stay = True
                        continue
                    service.record_given(booking, row.site_combo.currentData(),
                                         confirm_spacing=concern is not None)
            except InjectionNotPending:
                pass  # answered meanwhile elsewhere: nothing more to write
            self.recorded.append(injection.id)
            self._answer_reminders(injection.id)
        if stay:
            return
        for course_id in sorted(stopped):
            self._stop_course(course_id)
        self.accept()

    def _stop_course(self, course_id: int) -> None:
        """Rule R17: what was given stays; the injections not given are marked so (not
        "missed"); a course stopped for side effects counts as hard to tolerate (R3)."""
        side_effects = self.host.prompter.confirm(
            self, self.tr("The course was stopped"),
            self.tr("Was the course stopped because of side effects? (Your doctor may then "
                    "suggest a lower dose next time.)"),
            yes=self.tr("Yes, side effects"), no=self.tr("No, another reason"))
        service = self.host.ctx.course_service
        pending = [i.id for i in service.pending(course_id)]
        service.stop_course(course_id, StopReason.SIDE_EFFECTS if side_effects
                            else StopReason.OTHER)
        for injection_id in pending:
            self._answer_reminders(injection_id)

    def _answer_reminders(self, injection_id: int) -> None:
        """Its pre-treatment, ice and injection reminders go with it (rule T2)."""
        reminders = self.host.ctx.reminders
        for reminder in reminders.unanswered():
            if reminder.injection_id == injection_id:
                reminders.acknowledge(reminder.key)
