"""Dates on screen: long and short forms, today in the user's zone, and Qt's date and
time types (shared by the views and the course wizard)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime

from il2desk.domain.timeplan import from_utc, is_valid_zone
from il2desk.services.context import AppContext
from il2desk.services.translation import LONG_DAY, SHORT_DAY
from il2desk.ui.i18n import date_text


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def long_date(day: dt.date) -> str:
    """ "Wednesday 2 December 2026" — a day in a sentence (the weekday spelled out)."""
    return date_text(day, LONG_DAY)


def short_date(day: dt.date) -> str:
    """ "Wed 2 Dec 2026" — a day in a table cell or a list row."""
    return date_text(day, SHORT_DAY)


def local_today(ctx: AppContext) -> dt.date:
    """Today's date in the user's zone, from ctx.clock (never the wall clock)."""
    zone_name = ctx.settings.current.time_zone
    now = ctx.clock.now_utc()
    return from_utc(now, zone_name).date() if is_valid_zone(zone_name) else now.date()
