"""A course as the program holds it: the plan the user made and its 10 injections.

`CoursePlan` is what the course wizard and `il2desk course new` produce; the storage
layer turns it into a stored `Course` with 10 `Injection` rows (rule R1). All three are
frozen: change a copy with `dataclasses.replace(record, field=value)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from il2desk.domain.dose import SyringeKind
from il2desk.domain.regimen import (
    DAYS_PER_COURSE,
    DEFAULT_INTERVAL_WEEKS,
    INJECTIONS_PER_DAY,
    Slot,
    blood_work_due,
    course_end,
)
from il2desk.domain.timeplan import TimeAdjustment

if TYPE_CHECKING:  # the schedule is worked out when a course is planned, not to read one
    from il2desk.domain.schedule import PlannedDose


class CourseStatus(StrEnum):
    """What is stored about a course (rule R17). Whether a planned course is under way
    or completed follows from its dates and injections: `visit_report.course_state`."""

    PLANNED = "planned"
    DONE = "done"  # recorded afterwards, as done
    STOPPED = "stopped"  # ended early: what was given stays, the rest was not given
    CANCELLED = "cancelled"  # before it began


class StopReason(StrEnum):
    """Rule R17: why a course ended early."""

    SIDE_EFFECTS = "side_effects"
    INFECTION = "infection"
    DOCTOR = "doctor"
    OTHER = "other"


class Preparation(StrEnum):
    """Rule R11: pre-filled syringes, or a vial the patient mixes."""

    PREFILLED = "prefilled"
    VIAL = "vial"


class Route(StrEnum):
    """Rule R18: injections at home, or a continuous IV infusion in hospital (recorded
    for the history, the interval and the lab windows; no home injections)."""

    HOME = "home"
    HOSPITAL = "hospital"


class InjectionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"  # given
    MISSED = "missed"  # with the reason the patient gave
    NOT_GIVEN = "not_given"  # rule R17: the course was stopped or shortened


def _no_answers() -> Mapping[str, bool]:
    """The default answers of a plan: none (read-only, like the answers of a stored plan)."""
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class CoursePlan:
    """Everything the user decided for a course, before it is stored."""

    start_date: dt.date
    zone_name: str
    dose_miu: Decimal
    morning: dt.time
    evening: dt.time
    interval_weeks: int = DEFAULT_INTERVAL_WEEKS
    dose_confirmed: bool = False  # rule R2: the user confirmed an unusual dose
    preparation: Preparation = Preparation.PREFILLED
    syringe_kind: SyringeKind | None = None
    concentration_miu_per_ml: Decimal | None = None
    # rule R14 answers ("yes" = flagged) and rule R10 support items (True = ticked)
    prechecks: Mapping[str, bool] = field(default_factory=_no_answers)
    support: Mapping[str, bool] = field(default_factory=_no_answers)
    blood_work_date: dt.date | None = None
    recorded_after: bool = False  # a past course entered afterwards, stored as done
    hard_to_tolerate: bool = False
    notes: str = ""
    # rule R18: the doctor's regimen (a standard course is 5 days of 2 injections).
    days: int = DAYS_PER_COURSE
    per_day: int = INJECTIONS_PER_DAY  # 2, or 1 (at the `morning` time)
    # rule R4: the user confirmed a start closer than the interval to the last course
    # (asked each time; not stored).
    interval_confirmed: bool = False
    route: Route = Route.HOME  # HOSPITAL: dose_miu is the daily dose, no injections

    def doses(self) -> list[PlannedDose]:
        from il2desk.domain.schedule import plan_course

        if self.route is Route.HOSPITAL:
            return []
        return plan_course(self.start_date, self.morning, self.evening, self.zone_name,
                           self.days, self.per_day)

    @property
    def injection_count(self) -> int:
        return 0 if self.route is Route.HOSPITAL else self.days * self.per_day

    @property
    def end_date(self) -> dt.date:
        return course_end(self.start_date, self.days)

    @property
    def effective_blood_work_date(self) -> dt.date:
        return self.blood_work_date or blood_work_due(self.start_date)  # rule R16


@dataclass(frozen=True, slots=True)
class Injection:
    """One of a course's 10 injections: when it is planned and what was recorded."""

    id: int
    course_id: int
    seq: int
    day: int
    slot: Slot
    planned_local: dt.datetime  # naive wall time that was asked for
    planned_utc: dt.datetime  # aware UTC instant (rule T1)
    zone_name: str
    adjustment: TimeAdjustment
    status: InjectionStatus
    given_utc: dt.datetime | None
    late: bool
    site_code: str | None
    pretreatment_utc: dt.datetime | None
    pretreatment_skipped: bool
    ice_before_done: bool
    ice_after_done: bool
    sharps_done: bool
    vial_id: int | None
    ics_uid: str
    ics_sequence: int
    spacing_confirmed: bool = False  # rule S1: the patient confirmed a close dose


@dataclass(frozen=True, slots=True)
class Course:
    """A stored course: its plan, and where it stands (rule R17)."""

    id: int
    plan: CoursePlan
    status: CourseStatus
    created_utc: dt.datetime
    updated_utc: dt.datetime
    stop_reason: StopReason | None = None  # set when the course was stopped early
    stopped_utc: dt.datetime | None = None

    # Shortcuts to the plan's most used fields.
    @property
    def start_date(self) -> dt.date:
        return self.plan.start_date

    @property
    def end_date(self) -> dt.date:
        return self.plan.end_date

    @property
    def dose_miu(self) -> Decimal:
        return self.plan.dose_miu

    @property
    def zone_name(self) -> str:
        return self.plan.zone_name
