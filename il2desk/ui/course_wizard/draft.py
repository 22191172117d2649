"""What the course wizard's pages have filled so far, and the course it becomes.

Each page writes its part here on Next (wizard_base.py); a page that needs what an
earlier page asked (the When page the dose, the blood-test page the first day) reads
it here, never from the other page's widgets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from il2desk.domain.course import Course, CoursePlan, Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.domain.regimen import blood_work_due


@dataclasses.dataclass
class CourseDraft:
    today: dt.date
    existing: list[Course]  # the courses stored before, for the checks (rules R4, R7)
    editing: Course | None = None  # the course being changed, if any
    prechecks: dict[str, bool] = dataclasses.field(default_factory=dict)  # rule R14
    dose_miu: Decimal | None = None
    dose_confirmed: bool = False  # rule R2
    # The When page's values: start_date, morning, evening, zone_name, interval_weeks,
    # days, per_day, interval_confirmed (CoursePlan's names).
    when: dict[str, object] = dataclasses.field(default_factory=dict)
    preparation: Preparation = Preparation.PREFILLED
    syringe_kind: SyringeKind | None = None
    concentration_miu_per_ml: Decimal | None = None  # rule D2
    support: dict[str, bool] = dataclasses.field(default_factory=dict)  # rule R10
    new_phone: str | None = None  # typed on the support page, saved with the course

    @property
    def ignore_id(self) -> int | None:
        """The course the checks leave out (the one being changed)."""
        return self.editing.id if self.editing is not None else None

    @property
    def start_date(self) -> dt.date | None:
        start = self.when.get("start_date")
        return start if isinstance(start, dt.date) else None

    def plan(self) -> CoursePlan | None:
        """The course as the pages filled it; None while the dose or the days are
        missing (a page not passed yet)."""
        start = self.start_date
        if self.dose_miu is None or start is None:
            return None
        base = self.editing.plan if self.editing is not None else None
        return CoursePlan(
            dose_miu=self.dose_miu, dose_confirmed=self.dose_confirmed,
            preparation=self.preparation, syringe_kind=self.syringe_kind,
            concentration_miu_per_ml=self.concentration_miu_per_ml,
            prechecks=dict(self.prechecks), support=dict(self.support),
            blood_work_date=blood_work_due(start),  # rule R16
            notes=base.notes if base is not None else "",
            **self.when,  # type: ignore[arg-type]
        )
