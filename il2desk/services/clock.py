"""The clock is passed in, so tests move time instead of sleeping."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now_utc(self) -> dt.datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    def now_utc(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that only moves when told to (tests, benchmarks, screenshots)."""

    def __init__(self, now_utc: dt.datetime) -> None:
        if now_utc.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = now_utc.astimezone(dt.UTC)
        self._mono = 1000.0

    def now_utc(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: dt.timedelta, *, wall_only: bool = False) -> None:
        """Move time on; `wall_only` simulates sleep or a clock change."""
        self._now += delta
        if not wall_only:
            self._mono += delta.total_seconds()

    def set(self, now_utc: dt.datetime) -> None:
        self._now = now_utc.astimezone(dt.UTC)
