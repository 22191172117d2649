"""The course wizard's draft: what its pages filled, and the plan it becomes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from il2desk.domain.course import Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.domain.regimen import blood_work_due
from il2desk.ui.course_wizard.draft import CourseDraft

WHEN = {"start_date": dt.date(2026, 12, 2), "morning": dt.time(8), "evening": dt.time(20),
        "zone_name": "Europe/Paris", "interval_weeks": 8, "days": 5, "per_day": 2,
        "interval_confirmed": False}


def test_no_plan_before_the_dose_and_the_days():
    draft = CourseDraft(today=dt.date(2026, 11, 20), existing=[])
    assert draft.plan() is None
    draft.dose_miu = Decimal("4.5")
    assert draft.plan() is None  # the When page has not been passed yet
    draft.when = dict(WHEN)
    assert draft.plan() is not None


def test_the_plan_holds_what_each_page_wrote():
    draft = CourseDraft(today=dt.date(2026, 11, 20), existing=[], dose_miu=Decimal("9"),
                        dose_confirmed=True, when=dict(WHEN), preparation=Preparation.VIAL,
                        syringe_kind=SyringeKind.U100_05,
                        concentration_miu_per_ml=Decimal(18),
                        prechecks={"blood_pressure": True},
                        support={"company": True, "blood_work": False})
    plan = draft.plan()
    assert (plan.dose_miu, plan.dose_confirmed) == (Decimal("9"), True)
    assert (plan.start_date, plan.zone_name, plan.days) == (dt.date(2026, 12, 2),
                                                            "Europe/Paris", 5)
    assert (plan.preparation, plan.syringe_kind, plan.concentration_miu_per_ml) == (
        Preparation.VIAL, SyringeKind.U100_05, Decimal(18))
    assert plan.prechecks == {"blood_pressure": True}
    assert plan.support == {"company": True, "blood_work": False}
    assert plan.blood_work_date == blood_work_due(dt.date(2026, 12, 2))  # rule R16
    assert plan.notes == ""
