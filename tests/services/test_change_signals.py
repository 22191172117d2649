"""Every area's service says `changed` after each committed write, and only then
(issue 18): views, the Today page, the tray and the reminders follow it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.domain.labs import LabReason, LabReasonCode, LabResult
from il2desk.domain.preferences import SettingError
from il2desk.services.supplies_service import SupplyItem

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def count(qapp):
    """Connects to a service's `changed` and counts the emissions."""
    def counter(service):
        seen = []
        service.changed.connect(lambda: seen.append(1))
        return seen
    return counter


def test_diary_writes_are_announced(ctx, count):
    seen = count(ctx.diary)
    entry = DiaryEntry(None, "chills", Severity.MILD, NOW, "Europe/Paris")
    entry_id = ctx.diary.add(entry, NOW)
    stored = ctx.diary.get(entry_id)
    ctx.diary.update(stored.__class__(**{**stored.__dict__, "note": "after the dose"}))
    ctx.diary.delete(entry_id)
    ctx.diary.restore(stored, NOW)
    ctx.diary.add_many([entry, entry], NOW)
    assert len(seen) == 5
    ctx.diary.page()
    ctx.diary.count()  # reading says nothing
    assert len(seen) == 5


def test_labs_writes_are_announced_and_an_empty_remark_is_not(ctx, count):
    seen = count(ctx.labs)
    result_id = ctx.labs.add(LabResult(None, dt.date(2026, 11, 2), cd4_count=800), NOW)
    ctx.labs.set_reliability_many([])
    assert len(seen) == 1
    ctx.labs.set_reliability_many([(result_id, True, LabReason(LabReasonCode.TEXT, text="a"))])
    ctx.labs.delete(result_id)
    assert len(seen) == 3


def test_site_reaction_writes_are_announced_and_a_refused_one_is_not(ctx, count):
    seen = count(ctx.sites)
    reaction_id = ctx.sites.add("thigh-left", "lump", NOW, size_cm=Decimal("2"))
    ctx.sites.update(reaction_id, "redness", None, "smaller")
    ctx.sites.resolve(reaction_id, NOW)
    assert len(seen) == 3
    with pytest.raises(ValueError):
        ctx.sites.add("thigh-left", "itching", NOW)  # not a kind: nothing written
    assert len(seen) == 3


def test_supplies_writes_are_announced(ctx, count):
    seen = count(ctx.supplies)
    ctx.supplies.set_count(SupplyItem.SYRINGES, 12)
    ctx.supplies.new_sharps_container()
    assert len(seen) == 2
    ctx.supplies.counts()
    assert len(seen) == 2


def test_settings_change_is_announced_once_and_a_refused_or_same_value_is_not(ctx, count):
    seen = count(ctx.settings)
    ctx.settings.update_field("pretreatment_lead_min", "45")
    ctx.settings.update_field("pretreatment_lead_min", "45")  # the same: nothing to say
    assert len(seen) == 1
    with pytest.raises(SettingError):
        ctx.settings.update_field("morning_time", "25:99")
    assert len(seen) == 1


def test_a_failed_write_is_not_announced(ctx, count):
    seen = count(ctx.diary)
    ctx.db.close()  # the record is gone: the write raises, and nobody is told
    with pytest.raises(sqlite3.ProgrammingError):
        ctx.diary.add(DiaryEntry(None, "chills", Severity.MILD, NOW, "Europe/Paris"), NOW)
    assert seen == []


def test_writing_without_a_listener_never_loads_qt(tmp_path):
    # The command line listens to nothing: its writes must not pay for loading Qt.
    script = (
        "import sys, datetime as dt\n"
        "from il2desk.app import build_context\n"
        "from il2desk.domain.labs import LabResult\n"
        f"ctx = build_context({str(tmp_path / 'data')!r}, default_zone='Europe/Paris')\n"
        "ctx.labs.add(LabResult(None, dt.date(2026, 11, 2), cd4_count=800),"
        " ctx.clock.now_utc())\n"
        "ctx.settings.update_field('pretreatment_lead_min', '45')\n"
        "print('PySide6.QtCore' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert result.stdout.strip() == "False", result.stderr
