"""Lab results round-trip, including the rule R16 mark and reason."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from il2desk.domain.labs import LabReason, LabReasonCode, LabResult, ViralLoadForm
from il2desk.storage.lab_repo import LabRepository

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def test_round_trip_and_order(ctx):
    repo = LabRepository(ctx.db)
    a = repo.add(LabResult(None, dt.date(2026, 9, 1), cd4_count=520,
                           cd4_percent=Decimal("27.5"), viral_load_form=ViralLoadForm.BELOW,
                           viral_load=50), NOW)
    reason = LabReason(LabReasonCode.AFTER_COURSE, course_start=dt.date(2026, 3, 4),
                       days_after=7)
    b = repo.add(LabResult(None, dt.date(2026, 3, 15), cd4_count=1400, unreliable=True,
                           unreliable_reason=reason), NOW)
    results = repo.all()
    assert [r.id for r in results] == [b, a]
    assert results[0].unreliable and results[0].unreliable_reason == reason
    assert str(results[0].reason_message).startswith("Drawn 7 days after")
    # The record holds the code and its values, not a sentence (issue 18 §2).
    assert tuple(ctx.db.conn.execute("SELECT unreliable_code, unreliable_params"
                                     " FROM lab_results WHERE id = ?", (b,)).fetchone()) == (
        "after_course", json.dumps({"days": 7, "start": "2026-03-04"}))
    assert results[1].cd4_percent == Decimal("27.5")
    assert str(results[1].viral_load_text) == "below 50 copies/mL"
    assert [r.id for r in repo.page(limit=1)] == [a]
    assert [r.id for r in repo.page(after=("2026-09-01", a), limit=5)] == [b]
    repo.set_reliability(b, False, None)
    assert not repo.get(b).unreliable
    repo.delete(a)
    assert repo.get(a) is None


@pytest.mark.parametrize("code, params", [
    ("from_a_later_version", '{"start": "2026-03-04"}'),
    ("after_course", "not json"),
    ("after_course", "[1, 2]"),
    ("during_course", '{"start": "4 March"}'),
])
def test_a_reason_that_cannot_be_read_still_shows_the_mark(ctx, code, params):
    repo = LabRepository(ctx.db)
    result_id = repo.add(LabResult(None, dt.date(2026, 3, 15), cd4_count=1400,
                                   unreliable=True), NOW)
    with ctx.db.transaction() as conn:
        conn.execute("UPDATE lab_results SET unreliable_code = ?, unreliable_params = ?"
                     " WHERE id = ?", (code, params, result_id))
    result = repo.get(result_id)
    assert result.unreliable
    assert str(result.reason_message) == "unreliable — too soon after a course"
