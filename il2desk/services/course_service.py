"""Courses, their injections and the injection session's bookmark: every write of them
goes through here, and `changed` is emitted after each committed one (views, the Today
page and the reminder scheduler subscribe instead of polling).

The injection rules live in the domain (rule S1 in domain/booking.py); this service
applies them to the stored record: which injection is due, whether recording a dose
needs the patient's confirmation, and writing the dose at once when it is given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QObject, Signal

from il2desk.domain.booking import (
    Booking,
    Pending,
    Planned,
    SpacingConcern,
    book_dose,
    spacing_concern,
    unrecorded,
)
from il2desk.domain.course import CoursePlan, CourseStatus, Injection, InjectionStatus, StopReason
from il2desk.domain.course_stop import StopPlan
from il2desk.domain.diary import DiaryEntry
from il2desk.domain.emergency_followup import FOLLOW_UP_WINDOW, DoctorAnswer, sign_waiting
from il2desk.domain.rotation import Use
from il2desk.services import course_stop
from il2desk.services.clock import Clock
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.diary_repo import DiaryRepository
from il2desk.storage.followup_repo import FollowUpRepository
from il2desk.storage.injection_log_repo import (
    GivenDose,
    InjectionLogRepository,
    InjectionNotPending,
)
from il2desk.storage.session_progress_repo import SessionProgress, SessionProgressRepository

# What the ui needs of the storage layer, given from here so the ui never imports it.
__all__ = ["CourseService", "GivenDose", "InjectionNotPending", "NothingDue",
           "SessionProgress", "SpacingNotConfirmed"]


class SpacingNotConfirmed(Exception):
    """Rule S1: the dose needs the patient's explicit confirmation; nothing was written."""

    def __init__(self, concern: SpacingConcern) -> None:
        super().__init__(concern.reasons)
        self.concern = concern


class NothingDue(Exception):
    """The course has no injection left to record."""


class CourseService(QObject):
    changed = Signal()

    def __init__(self, db: Database, courses: CourseRepository, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._courses = courses
        self._log = InjectionLogRepository(db)
        self._progress = SessionProgressRepository(db)
        self._diary = DiaryRepository(db)  # read only: the diary's writes are elsewhere
        self._followup = FollowUpRepository(db)
        self._clock = clock

    # -- courses ------------------------------------------------------------------------
    def create_course(self, plan: CoursePlan) -> int:
        course_id = self._courses.create(plan, self._clock.now_utc())
        self.changed.emit()
        return course_id

    def replan(self, course_id: int, plan: CoursePlan) -> None:
        self._courses.replan(course_id, plan, self._clock.now_utc())
        self.changed.emit()

    def set_status(self, course_id: int, status: CourseStatus) -> None:
        self._courses.set_status(course_id, status, self._clock.now_utc())
        self.changed.emit()

    def set_hard_to_tolerate(self, course_id: int, value: bool) -> None:
        self._courses.set_hard_to_tolerate(course_id, value, self._clock.now_utc())
        self.changed.emit()

    def set_check(self, course_id: int, key: str, kind: str, answer: bool) -> None:
        self._courses.set_check(course_id, key, kind, answer)
        self.changed.emit()

    def preview_stop(self, course_id: int, reason: StopReason,
                     at_utc: dt.datetime | None = None) -> StopPlan:
        """What stopping would do (FieldInputError in plain words when it cannot)."""
        now = self._clock.now_utc()
        return course_stop.preview_stop(self._courses, course_id, reason, at_utc or now, now)

    def stop_course(self, course_id: int, reason: StopReason,
                    at_utc: dt.datetime | None = None) -> StopPlan:
        """Rule R17: end a course early; what was given stays in the record, the rest is
        not given, and a stop for side effects makes it hard to tolerate (rule R3)."""
        now = self._clock.now_utc()
        plan = course_stop.stop_course(self._courses, course_id, reason, at_utc or now, now)
        self.changed.emit()
        return plan

    def cancel_course(self, course_id: int) -> None:
        """Rule R17: a course that has not begun is cancelled (kept in the history)."""
        course_stop.cancel_course(self._courses, course_id, self._clock.now_utc())
        self.changed.emit()

    # -- after an emergency sign (rules R13, R21) ---------------------------------------
    def sign_waiting(self) -> DiaryEntry | None:
        """The emergency sign noted lately that still waits for "did you reach your
        doctor?", or None."""
        now = self._clock.now_utc()
        entries = self._diary.between(now - FOLLOW_UP_WINDOW, now + dt.timedelta(seconds=1))
        return sign_waiting(entries, self._followup.answered_up_to(), now)

    def answer_sign(self, entry: DiaryEntry, answer: DoctorAnswer) -> None:
        """The patient reached the doctor. "Stop the course" stops the course under way
        (rule R17). After an emergency sign it was stopped for side effects, so it was
        hard to tolerate (rule R3); an infection (rule R19) says nothing of the dose."""
        assert entry.id is not None
        if answer is DoctorAnswer.STOP:
            course = self.course_under_way()
            if course is not None:
                self.stop_course(course.id, StopReason.SIDE_EFFECTS if entry.is_emergency
                                 else StopReason.INFECTION)
        self._followup.answer(entry.id, answer.value)
        self.changed.emit()

    def course_under_way(self):
        """The planned course with injections still to give, the earliest first."""
        for course in sorted(self._courses.list(statuses=(CourseStatus.PLANNED,)),
                             key=lambda c: c.start_date):
            if self.pending(course.id):
                return course
        return None

    # -- which injection, and rule S1 ---------------------------------------------------
    def pending(self, course_id: int) -> list[Injection]:
        return [i for i in self._courses.injections(course_id)
                if i.status is InjectionStatus.PLANNED]

    def due_booking(self, course_id: int, given_utc: dt.datetime) -> Booking:
        """The injection a dose given at `given_utc` is booked to (the due one)."""
        pending = [Pending(i.id, i.planned_utc) for i in self.pending(course_id)]
        if not pending:
            raise NothingDue(course_id)
        return book_dose(pending, given_utc)

    def spacing_concern(self, booking: Booking) -> SpacingConcern | None:
        """Rule S1 against every dose already given."""
        return spacing_concern(booking, self._log.given_times())

    # -- injections ---------------------------------------------------------------------
    def unrecorded(self) -> list[Injection]:
        """Rule T2: injections of planned courses past their window with no answer,
        oldest first (asked about in one question)."""
        now = self._clock.now_utc()
        found: list[Injection] = []
        for course in self._courses.list(statuses=(CourseStatus.PLANNED,)):
            injections = self._courses.injections(course.id)
            closed = set(unrecorded([Planned(i.id, i.planned_utc,
                                             i.status is InjectionStatus.PLANNED)
                                     for i in injections], now))
            found += [i for i in injections if i.id in closed]
        return sorted(found, key=lambda i: (i.planned_utc, i.id))

    def booking_for(self, injection: Injection, given_utc: dt.datetime) -> Booking:
        """A dose told afterwards for one named injection (the patient chose it)."""
        return Booking(injection.id, injection.planned_utc, given_utc)

    def record_given(self, booking: Booking, site_code: str | None, *,
                     confirm_spacing: bool = False,
                     pretreatment_utc: dt.datetime | None = None,
                     pretreatment_skipped: bool = False,
                     ice_before_done: bool = False) -> GivenDose:
        """Write a given dose at once (rule S1). Without `confirm_spacing`, a dose the
        spacing rule questions raises SpacingNotConfirmed and nothing is written; with
        it, the record keeps that the patient confirmed."""
        return self.record_dose(booking, GivenDose(
            injection_id=booking.injection_id, given_utc=booking.given_utc,
            late=booking.late, site_code=site_code, pretreatment_utc=pretreatment_utc,
            pretreatment_skipped=pretreatment_skipped, ice_before_done=ice_before_done,
            spacing_confirmed=confirm_spacing))

    def record_dose(self, booking: Booking, dose: GivenDose) -> GivenDose:
        """Write `dose`, booked as `booking`, at once (rule S1): a dose the spacing rule
        questions is written only with `dose.spacing_confirmed` (else SpacingNotConfirmed
        and nothing is written), and the record keeps whether it was questioned."""
        concern = self.spacing_concern(booking)
        if concern is not None and not dose.spacing_confirmed:
            raise SpacingNotConfirmed(concern)
        dose = dataclasses.replace(dose, spacing_confirmed=concern is not None)
        self._log.record_given(dose)
        self.changed.emit()
        return dose

    def complete_given(self, injection_id: int, *, ice_after_done: bool,
                       sharps_done: bool) -> None:
        self._log.complete_given(injection_id, ice_after_done=ice_after_done,
                                 sharps_done=sharps_done)
        self.changed.emit()

    def mark_missed(self, injection_id: int, reason: str) -> None:
        self._log.mark_missed(injection_id, reason)
        self.changed.emit()

    def missed_reason(self, injection_id: int) -> str:
        return self._log.missed_reason(injection_id)

    def site_history(self) -> list[Use]:
        return self._log.site_history()

    # -- the session's bookmark ---------------------------------------------------------
    # A bookmark is not part of the record (nothing shown depends on it), so saving or
    # clearing it does not emit `changed`.
    def save_progress(self, progress: SessionProgress) -> None:
        self._progress.save(progress)

    def load_progress(self) -> SessionProgress | None:
        return self._progress.load()

    def clear_progress(self) -> None:
        self._progress.clear()
