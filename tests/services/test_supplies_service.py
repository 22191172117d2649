"""Would the next course run out? What did one preparation use? (rules R1, R11, D5)"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from il2desk.domain.course import Preparation
from il2desk.storage.supplies_repo import SupplyItem
from il2desk.storage.vial_repo import NewVial
from tests.builders import a_course


def plan_course(ctx, clock, preparation=Preparation.VIAL) -> int:
    return a_course(ctx, start=dt.date(2026, 11, 25), preparation=preparation,
                    created_utc=clock.now_utc())


def test_without_a_course_a_standard_course_of_ten_is_checked(ctx):
    needs = ctx.supplies.course_needs()
    assert needs.course is None
    assert needs.injections == 10  # rule R1
    assert needs.needed == {SupplyItem.SYRINGES: 10, SupplyItem.SWABS: 20,
                            SupplyItem.PILLS: 20}
    assert {s.item for s in needs.shortfalls} == {SupplyItem.SYRINGES, SupplyItem.SWABS,
                                                  SupplyItem.PILLS}


def test_next_planned_course_runs_out_of_syringes(ctx, clock):
    plan_course(ctx, clock)
    ctx.supplies.set_count(SupplyItem.SYRINGES, 9)
    ctx.supplies.set_count(SupplyItem.SWABS, 20)
    ctx.supplies.set_count(SupplyItem.PILLS, 40)
    needs = ctx.supplies.course_needs()
    assert needs.course is not None
    assert [(s.item, s.missing) for s in needs.shortfalls] == [(SupplyItem.SYRINGES, 1)]
    ctx.supplies.set_count(SupplyItem.SYRINGES, 10)
    assert ctx.supplies.course_needs().shortfalls == []


def test_prefilled_course_needs_no_syringes_from_the_box(ctx, clock):
    plan_course(ctx, clock, Preparation.PREFILLED)
    ctx.supplies.set_count(SupplyItem.SWABS, 10)
    ctx.supplies.set_count(SupplyItem.PILLS, 20)
    assert ctx.supplies.course_needs().shortfalls == []


def test_record_preparation_is_one_transaction(ctx, clock):
    course_id = plan_course(ctx, clock)
    injection = ctx.courses.injections(course_id)[0]
    ctx.supplies.set_count(SupplyItem.SYRINGES, 5)
    ctx.supplies.set_count(SupplyItem.SWABS, 5)
    ctx.supplies.set_count(SupplyItem.VIALS, 3)
    now = clock.now_utc()
    vial_id = ctx.supplies.record_preparation(
        preparation=Preparation.VIAL,
        new_vial=NewVial(mixed_utc=now, usable_until_utc=now + dt.timedelta(hours=24),
                         zone_name="Europe/Paris", concentration_miu_per_ml=Decimal(18)),
        injection_id=injection.id, sharps_done=True)
    counts = ctx.supplies.counts()
    assert counts[SupplyItem.SYRINGES] == 4
    assert counts[SupplyItem.SWABS] == 4
    assert counts[SupplyItem.SHARPS_USED] == 1
    assert counts[SupplyItem.VIALS] == 2  # issue 19: unmixed vials are counted too
    assert ctx.supplies.vials.get(vial_id).doses_drawn == 1
    # A second dose from the same vial mixes none.
    ctx.supplies.record_preparation(preparation=Preparation.VIAL, vial_id=vial_id)
    assert ctx.supplies.counts()[SupplyItem.VIALS] == 2
    stored = ctx.courses.injection(injection.id)
    assert stored.vial_id == vial_id
    assert stored.sharps_done


def test_failed_record_stores_nothing(ctx, clock):
    course_id = plan_course(ctx, clock)
    injection = ctx.courses.injections(course_id)[0]
    ctx.supplies.set_count(SupplyItem.SYRINGES, 5)
    # A vial that does not exist breaks the injection's foreign key at the last write:
    # the syringe count changed before it must be rolled back.
    with pytest.raises(sqlite3.IntegrityError):
        ctx.supplies.record_preparation(preparation=Preparation.VIAL, vial_id=999,
                                        injection_id=injection.id, sharps_done=True)
    assert ctx.supplies.counts()[SupplyItem.SYRINGES] == 5
    assert ctx.supplies.counts()[SupplyItem.SHARPS_USED] == 0
    assert ctx.courses.injection(injection.id).vial_id is None


def test_sharps_full(ctx):
    assert not ctx.supplies.sharps().full  # capacity not said
    ctx.supplies.set_count(SupplyItem.SHARPS_CAPACITY, 2)
    ctx.supplies.set_count(SupplyItem.SHARPS_USED, 2)
    assert ctx.supplies.sharps().full
    ctx.supplies.new_sharps_container()
    assert not ctx.supplies.sharps().full
