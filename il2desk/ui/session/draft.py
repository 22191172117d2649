"""What the session has gathered so far.

The dose itself is written the moment the inject step confirms it (`given`); what
comes before is kept as a bookmark only (resume offer), what comes after completes
the written record at Finish. The draft is what becomes both: `progress()` is the
bookmark, `given_dose()` the dose written (the services store them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from il2desk.domain.booking import Booking
from il2desk.domain.course import Course, Injection
from il2desk.services.course_service import GivenDose, SessionProgress


@dataclasses.dataclass
class SessionDraft:
    course: Course
    injection: Injection
    pretreatment_utc: dt.datetime | None = None
    pretreatment_skipped: bool = False
    pretreatment_answered: bool = False  # the step starts with no answer chosen
    site_code: str | None = None
    ice_before_done: bool = False
    ice_after_done: bool = False
    # Seconds of each ice countdown already used, so a resumed session goes on from there.
    ice_before_used_s: float = 0.0
    ice_after_used_s: float = 0.0
    booking: Booking | None = None
    given: GivenDose | None = None  # written to the record (rule S1: saved at once)
    already_recorded: bool = False  # the injection was recorded elsewhere meanwhile
    sharps_done: bool = False
    open_diary_after: bool = False  # step 7: "and how you feel" (not stored)

    @classmethod
    def resumed(cls, course: Course, injection: Injection,
                progress: SessionProgress | None) -> SessionDraft:
        """A new draft, or one that goes on from a bookmark of this injection."""
        if progress is None or progress.injection_id != injection.id:
            return cls(course=course, injection=injection)
        return cls(course=course, injection=injection,
                   **{field.name: getattr(progress, field.name)
                      for field in dataclasses.fields(SessionProgress)
                      if field.name not in ("injection_id", "step")},
                   pretreatment_answered=(progress.pretreatment_skipped
                                          or progress.pretreatment_utc is not None))

    def progress(self, step: int) -> SessionProgress:
        """The bookmark of this draft at `step` (0-based), so a session closed half-way
        goes on from there."""
        return SessionProgress(
            injection_id=self.injection.id, step=step,
            **{field.name: getattr(self, field.name)
               for field in dataclasses.fields(SessionProgress)
               if field.name not in ("injection_id", "step")})

    def given_dose(self, booking: Booking, *, spacing_confirmed: bool) -> GivenDose:
        """The dose to write now (rule S1), as the inject step booked it
        (`spacing_confirmed`: the patient confirmed a dose the spacing rule questions)."""
        return GivenDose(
            injection_id=booking.injection_id, given_utc=booking.given_utc,
            late=booking.late, site_code=self.site_code,
            pretreatment_utc=self.pretreatment_utc,
            pretreatment_skipped=self.pretreatment_skipped,
            ice_before_done=self.ice_before_done, spacing_confirmed=spacing_confirmed)
