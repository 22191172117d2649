"""Lab results round-trip, including the rule R16 mark and reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from il2desk.domain.labs import LabResult, ViralLoadForm
from il2desk.storage.lab_repo import LabRepository

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def test_round_trip_and_order(ctx):
    repo = LabRepository(ctx.db)
    a = repo.add(LabResult(None, dt.date(2026, 9, 1), cd4_count=520,
                           cd4_percent=Decimal("27.5"), viral_load_form=ViralLoadForm.BELOW,
                           viral_load=50), NOW)
    b = repo.add(LabResult(None, dt.date(2026, 3, 15), cd4_count=1400, unreliable=True,
                           unreliable_reason="Drawn 7 days after…"), NOW)
    results = repo.all()
    assert [r.id for r in results] == [b, a]
    assert results[0].unreliable and results[0].unreliable_reason.startswith("Drawn 7")
    assert results[1].cd4_percent == Decimal("27.5")
    assert results[1].viral_load_text == "below 50 copies/mL"
    assert [r.id for r in repo.page(limit=1)] == [a]
    assert [r.id for r in repo.page(after=("2026-09-01", a), limit=5)] == [b]
    repo.set_reliability(b, False, "")
    assert not repo.get(b).unreliable
    repo.delete(a)
    assert repo.get(a) is None
