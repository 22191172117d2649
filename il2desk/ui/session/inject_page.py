"""Step 5: inject, and confirm when. The dose is written the moment Next confirms it.

The dose is booked to the injection that is due (domain/booking.py): an evening dose
given at 00:30 is that evening's. Rule S1: a dose less than 8 hours from another one
given, or more than 2 hours before its planned time, is written only after the
patient confirms it, seeing both times; declining writes nothing. A dose booked to
another injection than the one the session was opened for is asked about too:
nothing is booked silently to another slot.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from il2desk.domain.booking import Booking, SpacingConcern, Timing
from il2desk.domain.course import InjectionStatus
from il2desk.domain.regimen import Slot
from il2desk.domain.sites import site_label
from il2desk.services.course_service import (
    InjectionNotPending,
    NothingDue,
    SpacingNotConfirmed,
)
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import LocalTimeEdit, SessionPage, format_local
from il2desk.ui.widgets import FieldError, heading, paragraph

FUTURE_SLACK = dt.timedelta(minutes=1)


# These sentences are shared with the T2 question (unrecorded_dialog.py); they are in
# the InjectPage context, marked with QCoreApplication.translate and a literal so
# lupdate finds them.
def which_text(injection) -> str:
    """ "the morning injection of day 2" """
    if injection.slot is Slot.MORNING:
        text = QCoreApplication.translate("InjectPage", "the morning injection of day {0}")
    else:
        text = QCoreApplication.translate("InjectPage", "the evening injection of day {0}")
    return text.format(injection.day)


def duration_text(delta: dt.timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes == 0:
        return QCoreApplication.translate("InjectPage", "less than a minute")
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return QCoreApplication.translate("InjectPage", "{0} h {1} min").format(hours, minutes)
    if hours:
        return QCoreApplication.translate("InjectPage", "{0} h").format(hours)
    return QCoreApplication.translate("InjectPage", "{0} min").format(minutes)


def spacing_text(concern: SpacingConcern, injection, zone: str) -> str:
    """Rule S1 in plain words, with both times (the session and the T2 question)."""
    booking = concern.booking
    parts = []
    if concern.too_soon and concern.nearest_given_utc is not None:
        parts.append(QCoreApplication.translate(
            "InjectPage", "You recorded an injection on {0}.").format(
                format_local(concern.nearest_given_utc, zone)))
    parts.append(QCoreApplication.translate(
        "InjectPage", "The next one, {0}, is planned for {1}.").format(
            which_text(injection), format_local(booking.planned_utc, zone)))
    if concern.too_soon and concern.nearest_given_utc is not None:
        parts.append(QCoreApplication.translate(
            "InjectPage", "Giving it on {0} is {1} after the other one: the two injections "
            "of a day are at least 8 hours apart.").format(
                format_local(booking.given_utc, zone),
                duration_text(booking.given_utc - concern.nearest_given_utc)))
    elif concern.too_early:
        parts.append(QCoreApplication.translate(
            "InjectPage", "Giving it on {0} is {1} before its planned time.").format(
                format_local(booking.given_utc, zone), duration_text(booking.difference)))
    parts.append(QCoreApplication.translate(
        "InjectPage", "Record it as given only if your doctor told you to."))
    return " ".join(parts)


def spacing_title(concern: SpacingConcern) -> str:
    if concern.too_soon:
        return QCoreApplication.translate("InjectPage", "Less than 8 hours apart?")
    return QCoreApplication.translate("InjectPage", "Earlier than planned?")


def ask_spacing(prompter, parent, concern: SpacingConcern, injection, zone: str) -> bool:
    """Rule S1: the explicit confirmation, with both times; False records nothing."""
    return prompter.confirm(
        parent, spacing_title(concern), spacing_text(concern, injection, zone),
        yes=QCoreApplication.translate("InjectPage", "Record it: my doctor told me to"),
        no=QCoreApplication.translate("InjectPage", "Do not record it"))


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
            "Take the ice pack off. Pinch up the skin, put the needle in, push the plunger "
            "slowly, then pull the needle out.")))
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
        layout.addWidget(paragraph(self.tr(
            "Next saves the injection in your record at once.")))
        self.error = FieldError()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.time_edit.dateTimeChanged.connect(lambda _v: self._preview())
        self._time_set = False

    @property
    def service(self):
        return self.host.ctx.course_service

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

    def booking(self) -> Booking | None:
        try:
            return self.service.due_booking(self.draft.course.id, self.time_edit.value_utc())
        except NothingDue:
            return None

    def _which(self, injection_id: int) -> str:
        return which_text(self.host.ctx.courses.injection(injection_id) or self.draft.injection)

    def _describe(self, booking: Booking) -> str:
        planned = format_local(booking.planned_utc, self.zone_name)
        text = self.tr("This is recorded as {0} (planned {1}).").format(
            self._which(booking.injection_id), planned)
        if booking.timing is Timing.LATE:
            text += " " + self.tr(
                "It was given {0} after the planned time, so it is noted as late, with both "
                "times kept.").format(self._duration(booking.difference))
        elif booking.timing is Timing.EARLY:
            text += " " + self.tr(
                "It is {0} before the planned time, so it is noted as early, with both "
                "times kept.").format(self._duration(booking.difference))
        return text

    def _duration(self, delta: dt.timedelta) -> str:
        return duration_text(delta)

    def _preview(self) -> None:
        booking = self.booking()
        self.booking_label.setText(self._describe(booking) if booking else self.tr(
            "Every injection of this course is already recorded."))
        self.booking_label.setAccessibleName(self.booking_label.text())

    def spacing_text(self, concern: SpacingConcern) -> str:
        injection = (self.host.ctx.courses.injection(concern.booking.injection_id)
                     or self.draft.injection)
        return spacing_text(concern, injection, self.zone_name)

    def commit(self) -> bool:
        if self.draft.given is not None:
            return True  # already saved (Back is off after this step, but be sure)
        if not self.done_box.isChecked():
            self.error.show_error(self.tr(
                "Tick “I have given the injection” when it is done. If you are not giving "
                "it now, use Cancel: nothing is recorded."))
            return False
        if self.time_edit.value_utc() > self.now_utc() + FUTURE_SLACK:
            self.error.show_error(self.tr(
                "That time is still to come. Please give the time you injected."))
            return False
        own = self.host.ctx.courses.injection(self.draft.injection.id)
        if own is None or own.status is not InjectionStatus.PLANNED:
            self.draft.already_recorded = True  # another window recorded it meanwhile
            return False
        booking = self.booking()
        if booking is None:
            self.error.show_error(self.tr(
                "Every injection of this course is already recorded, so nothing more can "
                "be recorded."))
            return False
        if booking.injection_id != self.draft.injection.id and not self._confirm_other(booking):
            self.error.show_error(self.tr("Nothing was recorded. Check the time and try again."))
            return False
        concern = self.service.spacing_concern(booking)
        confirmed = False
        if concern is not None:
            injection = (self.host.ctx.courses.injection(booking.injection_id)
                         or self.draft.injection)
            confirmed = ask_spacing(self.host.prompter, self, concern, injection,
                                    self.zone_name)
            if not confirmed:
                self.error.show_error(self.tr(
                    "Nothing was recorded. If you have not given it, wait for its planned "
                    "time; if you have, ask your doctor what to do next."))
                return False
        return self._save(booking, confirmed)

    def _confirm_other(self, booking: Booking) -> bool:
        return self.host.prompter.confirm(
            self, self.tr("Another injection?"),
            self.tr("This session was opened for {0}, but an injection given at {1} is {2} "
                    "(planned {3}). Record it as that one?").format(
                        self._which(self.draft.injection.id),
                        format_local(booking.given_utc, self.zone_name),
                        self._which(booking.injection_id),
                        format_local(booking.planned_utc, self.zone_name)),
            yes=self.tr("Record it so"), no=self.tr("Do not record it"))

    def _save(self, booking: Booking, confirmed: bool) -> bool:
        d = self.draft
        assert d.site_code is not None
        try:
            d.given = self.service.record_dose(
                booking, d.given_dose(booking, spacing_confirmed=confirmed))
        except SpacingNotConfirmed:
            # Another dose was recorded meanwhile (another window): ask again.
            self.error.show_error(self.tr(
                "Another injection was recorded meanwhile. Nothing was recorded; press Next "
                "again to check."))
            return False
        except InjectionNotPending:
            self.error.show_error(self.tr(
                "This injection was already recorded, so nothing more was written."))
            d.already_recorded = True
            return False
        self.error.clear_error()
        d.booking = booking
        self.done_box.setEnabled(False)
        self.time_edit.setEnabled(False)
        return True
