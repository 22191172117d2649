"""The base of every session page (a wizard page over the session's draft), and the
local date-and-time field they share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QWidget

from il2desk.domain.timeplan import from_utc
from il2desk.domain.wall_time import resolve_local
from il2desk.services.translation import COURSE_DAY_AND_TIME, INPUT_DAY_AND_TIME
from il2desk.ui.date_fields import DateTimeField
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import date_text
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.wizard_base import WizardPage


class SessionPage(WizardPage):
    """A step of the session, over its draft (`enter`, `leave`, `commit`: wizard_base)."""

    # Something worth keeping for a resume happened (an ice countdown paused or ran on).
    bookmark_wanted = Signal()

    def __init__(self, host: ViewHost, draft: SessionDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.draft = draft

    @property
    def zone_name(self) -> str:
        return self.draft.injection.zone_name

    def now_utc(self) -> dt.datetime:
        return self.host.ctx.clock.now_utc()


class LocalTimeEdit(DateTimeField):
    """A wall-clock date and time in the injection's zone (rule T1), with the same
    keyboard behaviour as every other date field (issue 23)."""

    def __init__(self, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(INPUT_DAY_AND_TIME, parent)
        self.zone_name = zone_name
        self.setMaximumWidth(340)

    def set_utc(self, instant: dt.datetime) -> None:
        local = from_utc(instant, self.zone_name)
        self.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                   QTime(local.hour, local.minute)))

    def value_utc(self) -> dt.datetime:
        qdate, qtime = self.date(), self.time()
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        wall = dt.time(qtime.hour(), qtime.minute())
        return resolve_local(day, wall, self.zone_name).utc


def format_local(instant: dt.datetime, zone_name: str) -> str:
    local = from_utc(instant, zone_name)
    return date_text(local, COURSE_DAY_AND_TIME)
