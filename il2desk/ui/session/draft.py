"""What the session has gathered so far.

The dose itself is written the moment the inject step confirms it (`given`); what
comes before is kept as a bookmark only (resume offer), what comes after completes
the written record at Finish.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from il2desk.domain.booking import Booking
from il2desk.domain.course import Course, Injection
from il2desk.services.course_service import GivenDose


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
