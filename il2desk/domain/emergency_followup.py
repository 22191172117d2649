"""Rules R13, R21, R19: after a sign that means "call your doctor now", or an active
infection, is noted in the diary, the program keeps asking whether the patient reached
the doctor, until they answer (issue 20). Pure: which noted sign still waits for an
answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from il2desk.domain.diary import DiaryEntry

# A sign older than this is not asked about any more (the course has moved on).
FOLLOW_UP_WINDOW = dt.timedelta(days=7)


class DoctorAnswer(StrEnum):
    GO_ON = "go_on"  # "Yes, the doctor says go on"
    STOP = "stop"  # "Yes, the doctor says stop the course" (rule R17)


def sign_waiting(entries: Iterable[DiaryEntry], answered_up_to_id: int,
                 now_utc: dt.datetime) -> DiaryEntry | None:
    """The latest emergency sign noted in the last FOLLOW_UP_WINDOW and not answered
    yet (its entry id is above the last one answered), or None."""
    waiting = [e for e in entries
               if e.asks_for_the_doctor and e.id is not None and e.id > answered_up_to_id
               and now_utc - FOLLOW_UP_WINDOW <= e.occurred_utc <= now_utc]
    return max(waiting, key=lambda e: (e.occurred_utc, e.id or 0), default=None)
