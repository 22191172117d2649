"""The ten injections of a course at their times: rule R1, with rule T1 for the times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from il2desk.domain.errors import FieldInputError
from il2desk.domain.regimen import DAYS_PER_COURSE, Slot, validate_times, wall_gap
from il2desk.domain.wall_time import ResolvedTime, resolve_local

__all__ = ["PlannedDose", "plan_course"]


@dataclass(frozen=True)
class PlannedDose:
    """One of the 10 injections of a course (rule R1) at its resolved time (rule T1)."""

    index: int  # 1..10
    day: int  # 1..5
    slot: Slot
    time: ResolvedTime


def plan_course(start: date, morning: time, evening: time, zone_name: str,
                days: int = DAYS_PER_COURSE, per_day: int = 2) -> list[PlannedDose]:
    """The injections of a course starting on `start` (rules R1, R18 and T1): 10 for
    the standard course; `days` days of `per_day` injections as the doctor set. Once a
    day, the injection is at the `morning` time (the one time of the day).

    Raises FieldInputError (a ValueError; its `message` a message value, for the
    "evening" field) when the evening is not after the morning, because the order of
    the injections would no longer be morning-then-evening. The 8-hour spacing is
    reported by validate_times but not enforced here: the times are the doctor's.
    """
    if per_day == 2 and wall_gap(morning, evening) <= timedelta(0):
        raise FieldInputError(validate_times(morning, evening)[0], field="evening")
    slots = ((Slot.MORNING, morning), (Slot.EVENING, evening))[:per_day]
    doses: list[PlannedDose] = []
    for day_number in range(1, days + 1):
        day = start + timedelta(days=day_number - 1)
        for slot, wall in slots:
            doses.append(
                PlannedDose(
                    index=len(doses) + 1,
                    day=day_number,
                    slot=slot,
                    time=resolve_local(day, wall, zone_name),
                )
            )
    return doses
