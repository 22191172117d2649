"""A date and a wall-clock time in a time zone, turned into one instant (rule T1).

On a spring-forward day a time that does not exist moves forward by the gap; on a
fall-back day an ambiguous time takes its first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from il2desk.domain.timeplan import TimeAdjustment, zone

__all__ = ["ResolvedTime", "resolve_local"]


@dataclass(frozen=True)
class ResolvedTime:
    """One wall-clock request resolved to one instant (rule T1)."""

    local: datetime  # aware, tzinfo is the ZoneInfo of zone_name
    utc: datetime  # aware, UTC
    zone_name: str
    adjustment: TimeAdjustment
    requested: datetime  # naive wall time that was asked for


def _wall(instant: datetime, tz: ZoneInfo) -> datetime:
    return instant.astimezone(tz).replace(tzinfo=None, fold=0)


def resolve_local(day: date, wall: time, zone_name: str) -> ResolvedTime:
    """Turn a date and wall-clock time in `zone_name` into one instant (rule T1).

    Gaps and ambiguities are found by round-tripping both folds through UTC rather
    than assuming a one-hour change, so any gap size works (Australia/Lord_Howe
    moves by 30 minutes, Pacific/Apia once skipped a whole day).
    """
    if wall.tzinfo is not None:
        raise ValueError("wall must be a naive time; the zone comes from zone_name")
    tz = zone(zone_name)
    requested = datetime.combine(day, wall.replace(fold=0))
    candidates = [requested.replace(tzinfo=tz, fold=fold).astimezone(UTC) for fold in (0, 1)]
    matching = sorted({u for u in candidates if _wall(u, tz) == requested})
    if len(matching) == 2:
        # The wall time happened twice: take the earlier instant (fold=0).
        utc, adjustment = matching[0], TimeAdjustment.FIRST_OCCURRENCE
    elif len(matching) == 1:
        utc, adjustment = matching[0], TimeAdjustment.NONE
    else:
        # In a gap neither fold round-trips. The candidate read with the offset from
        # before the change lands later on the clock, by exactly the gap: that is the
        # "move forward" the rule asks for.
        later = [u for u in candidates if _wall(u, tz) > requested]
        utc, adjustment = min(later), TimeAdjustment.MOVED_FORWARD
    return ResolvedTime(
        local=utc.astimezone(tz),
        utc=utc,
        zone_name=zone_name,
        adjustment=adjustment,
        requested=requested,
    )
