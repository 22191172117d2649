"""Mixed vials and supply counts are stored exactly and come back after a restart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from il2desk.storage.supplies_repo import SupplyItem
from il2desk.storage.vial_repo import NewVial


def test_vial_round_trip_and_draws(make_ctx, clock):
    ctx = make_ctx()
    now = clock.now_utc()
    vial_id = ctx.supplies.vials.create(NewVial(
        mixed_utc=now, usable_until_utc=now + dt.timedelta(hours=48), zone_name="Europe/Paris",
        concentration_miu_per_ml=Decimal("18"), vial_miu=Decimal("22"),
        diluent_ml=Decimal("1.2"), doses_expected=4))
    with ctx.db.transaction() as conn:
        ctx.supplies.vials.add_draw(conn, vial_id)
    ctx.db.close()
    vial = make_ctx().supplies.vials.get(vial_id)
    assert vial.concentration_miu_per_ml == Decimal("18")
    assert vial.diluent_ml == Decimal("1.2")
    assert vial.doses_drawn == 1
    assert vial.doses_left == 3
    assert not vial.is_expired(now)
    assert vial.is_expired(now + dt.timedelta(hours=48))  # rule D5


def test_discarded_vials_leave_the_list(ctx, clock):
    now = clock.now_utc()
    vial_id = ctx.supplies.vials.create(NewVial(
        mixed_utc=now, usable_until_utc=now, zone_name="UTC",
        concentration_miu_per_ml=Decimal(18)))
    assert [v.id for v in ctx.supplies.vials.list()] == [vial_id]
    ctx.supplies.vials.discard(vial_id)
    assert ctx.supplies.vials.list() == []
    assert ctx.supplies.vials.list(include_discarded=True)[0].discarded


def test_supply_counts_never_go_below_zero(ctx):
    repo = ctx.supplies.supplies
    assert repo.count(SupplyItem.SYRINGES) == 0
    repo.set(SupplyItem.SYRINGES, 3)
    with ctx.db.transaction() as conn:
        repo.add_in(conn, SupplyItem.SYRINGES, -5)
        repo.add_in(conn, SupplyItem.SWABS, -1)
    assert repo.count(SupplyItem.SYRINGES) == 0
    assert repo.count(SupplyItem.SWABS) == 0
