"""A view shows a change made elsewhere at once, through its service's `changed`,
without anyone refreshing it by hand (issue 18)."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.domain.labs import LabResult
from il2desk.services.supplies_service import SupplyItem

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def shown(window, key: str):
    window.go_to(key)
    return window.view(key)


def test_diary_view_follows_an_entry_added_elsewhere(window, ctx):
    view = shown(window, "diary")
    before = view.model.total
    ctx.diary.add(DiaryEntry(None, "chills", Severity.MILD, NOW, "Europe/Paris"), NOW)
    assert view.model.total == before + 1
    assert view.count_label.text() == f"{before + 1} entr{'y' if before == 0 else 'ies'}"


def test_labs_view_follows_a_result_added_elsewhere(window, ctx):
    view = shown(window, "labs")
    ctx.labs.add(LabResult(None, dt.date(2026, 11, 2), cd4_count=812), NOW)
    assert view.model.rowCount() == 1


def test_sites_view_follows_a_reaction_noted_elsewhere(window, ctx):
    view = shown(window, "sites")
    assert view.reaction_list.count() == 0
    ctx.sites.add("thigh-left", "lump", NOW)  # e.g. noted during an injection session
    assert view.reaction_list.count() == 1


def test_supplies_view_follows_a_count_changed_elsewhere(window, ctx):
    view = shown(window, "supplies")
    ctx.supplies.set_count(SupplyItem.SYRINGES, 7)
    assert view.spins[SupplyItem.SYRINGES].value() == 7


def test_hidden_view_still_follows_and_shows_fresh_when_opened(window, ctx):
    view = shown(window, "diary")
    window.go_to("today")
    ctx.diary.add(DiaryEntry(None, "fatigue", Severity.MODERATE, NOW, "Europe/Paris"), NOW)
    assert shown(window, "diary") is view and view.model.total == 1
