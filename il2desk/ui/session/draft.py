"""What the session has gathered so far. Nothing is stored until the last step."""

from __future__ import annotations

import dataclasses
import datetime as dt

from il2desk.domain.booking import Booking
from il2desk.domain.course import Course, Injection


@dataclasses.dataclass
class SessionDraft:
    course: Course
    injection: Injection
    pretreatment_utc: dt.datetime | None = None
    pretreatment_skipped: bool = False
    site_code: str | None = None
    ice_before_done: bool = False
    ice_after_done: bool = False
    booking: Booking | None = None
    sharps_done: bool = False
    open_diary_after: bool = False  # step 7: "and how you feel" (not stored)
