"""Words for a mixed vial, shared by the supplies list and the preparation wizard (D5)."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.timeplan import from_utc
from il2desk.services.supplies_service import Vial
from il2desk.services.translation import COURSE_DAY_AND_TIME, tr
from il2desk.ui.i18n import date_text


def local_time_text(utc: dt.datetime, zone_name: str) -> str:
    """ "Monday 23 November, 09:00" in the zone the vial was mixed in."""
    return date_text(from_utc(utc, zone_name), COURSE_DAY_AND_TIME)


def doses_left_text(vial: Vial) -> str:
    left = vial.doses_left
    return tr("not said") if left is None else str(left)


def expiry_text(vial: Vial, now_utc: dt.datetime) -> str:
    """rule D5: the state in words, so colour is never the only signal."""
    until = local_time_text(vial.usable_until_utc, vial.zone_name)
    if vial.is_expired(now_utc):
        return tr("EXPIRED since {0}: do not use").format(until)
    return tr("usable until {0}").format(until)
