"""Step 5: inject, and confirm when.

The dose is booked to the planned injection it belongs to (an evening dose given at
00:30 is that evening's); more than an hour from the planned time is recorded as late,
keeping both times.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from il2desk.domain.booking import Booking, Pending, book_dose
from il2desk.domain.course import InjectionStatus
from il2desk.domain.regimen import Slot
from il2desk.domain.sites import site_label
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import LocalTimeEdit, SessionPage, format_local
from il2desk.ui.widgets import FieldError, heading, paragraph

FUTURE_SLACK = dt.timedelta(minutes=1)


def _duration(delta: dt.timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


class InjectPage(SessionPage):
    def __init__(self, host: ViewHost, draft: SessionDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, draft, parent)
        self.title = self.tr("Inject")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Give the injection"), level=2))
        self.what_label = QLabel()
        self.what_label.setObjectName("injectWhat")
        self.what_label.setWordWrap(True)
        font = self.what_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.what_label.setFont(font)
        layout.addWidget(self.what_label)
        layout.addWidget(paragraph(self.tr(
            "Pinch up the skin, put the needle in, push the plunger slowly, then pull "
            "the needle out.")))
        self.done_box = QCheckBox(self.tr("I have &given the injection"))
        self.done_box.setAccessibleName(self.tr("I have given the injection"))
        layout.addWidget(self.done_box)
        when = QLabel(self.tr("&When (change it if you injected earlier):"))
        self.time_edit = LocalTimeEdit(self.zone_name)
        self.time_edit.setObjectName("givenTime")
        self.time_edit.setAccessibleName(self.tr("When I gave the injection"))
        when.setBuddy(self.time_edit)
        layout.addWidget(when)
        layout.addWidget(self.time_edit)
        self.booking_label = paragraph("")
        self.booking_label.setObjectName("bookingLabel")
        layout.addWidget(self.booking_label)
        self.error = FieldError()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.time_edit.dateTimeChanged.connect(lambda _v: self._preview())
        self._time_set = False

    def enter(self) -> None:
        plan = self.draft.course.plan
        self.what_label.setText(self.tr("{0} into: {1}").format(
            format_dose_miu(plan.dose_miu),
            translate_message(site_label(self.draft.site_code or ""))))
        self.what_label.setAccessibleName(self.what_label.text())
        if not self._time_set:
            self.time_edit.set_utc(self.now_utc())
            self._time_set = True
        self._preview()

    def booking(self) -> Booking:
        pending = [Pending(i.id, i.planned_utc)
                   for i in self.host.ctx.courses.injections(self.draft.course.id)
                   if i.status is InjectionStatus.PLANNED]
        if not any(p.injection_id == self.draft.injection.id for p in pending):
            pending.append(Pending(self.draft.injection.id, self.draft.injection.planned_utc))
        return book_dose(pending, self.time_edit.value_utc())

    def _describe(self, booking: Booking) -> str:
        injection = self.host.ctx.courses.injection(booking.injection_id)
        slot = injection.slot if injection else self.draft.injection.slot
        day = injection.day if injection else self.draft.injection.day
        which = (self.tr("the morning dose of day {0}") if slot is Slot.MORNING
                 else self.tr("the evening dose of day {0}")).format(day)
        planned = format_local(booking.planned_utc, self.zone_name)
        text = self.tr("This is recorded as {0} (planned {1}).").format(which, planned)
        if booking.late:
            side = self.tr("after") if booking.difference > dt.timedelta(0) else self.tr("before")
            text += " " + self.tr(
                "It was given {0} {1} the planned time, so it is noted as late, with both "
                "times kept.").format(_duration(booking.difference), side)
        return text

    def _preview(self) -> None:
        self.booking_label.setText(self._describe(self.booking()))
        self.booking_label.setAccessibleName(self.booking_label.text())

    def commit(self) -> bool:
        if not self.done_box.isChecked():
            self.error.show_error(self.tr(
                "Tick “I have given the injection” when it is done. If you are not giving "
                "it now, use Cancel: nothing is recorded."))
            return False
        if self.time_edit.value_utc() > self.now_utc() + FUTURE_SLACK:
            self.error.show_error(self.tr(
                "That time is still to come. Please give the time you injected."))
            return False
        self.error.clear_error()
        self.draft.booking = self.booking()
        return True
