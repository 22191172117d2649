"""Diary entries: stored, edited, deleted, restored; paging stays fast at 20,000."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.storage.diary_repo import DiaryRepository

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def entry(minutes_ago: int, symptom="chills", **changes) -> DiaryEntry:
    base = dict(id=None, symptom=symptom, severity=Severity.MILD,
                occurred_utc=NOW - dt.timedelta(minutes=minutes_ago), zone_name="Europe/Paris")
    base.update(changes)
    return DiaryEntry(**base)


def test_add_get_update_delete_restore(ctx):
    repo = DiaryRepository(ctx.db)
    entry_id = repo.add(entry(5, "fever", temperature_c=Decimal("38.6"), note="took ibuprofen"),
                        NOW)
    stored = repo.get(entry_id)
    assert stored.temperature_c == Decimal("38.6")
    assert stored.note == "took ibuprofen"
    repo.update(DiaryEntry(**{**stored.__dict__, "severity": Severity.SEVERE}))
    assert repo.get(entry_id).severity is Severity.SEVERE
    created = repo.created_utc(entry_id)
    before = repo.get(entry_id)
    repo.delete(entry_id)
    assert repo.get(entry_id) is None
    repo.restore(before, created)
    assert repo.get(entry_id) == before


def test_paging_newest_first_and_filter(ctx):
    repo = DiaryRepository(ctx.db)
    repo.add_many([entry(i, "nausea" if i % 3 == 0 else "chills") for i in range(10)], NOW)
    first = repo.page(limit=4)
    assert [e.occurred_utc for e in first] == sorted((e.occurred_utc for e in first),
                                                     reverse=True)
    second = repo.page(after=repo.page_key(first[-1]), limit=4)
    assert not {e.id for e in first} & {e.id for e in second}
    assert second[0].occurred_utc < first[-1].occurred_utc
    assert repo.count() == 10
    assert repo.count("nausea") == 4
    assert all(e.symptom == "nausea" for e in repo.page(symptom="nausea"))
    assert set(repo.symptoms_used()) == {"nausea", "chills"}


def test_twenty_thousand_entries_page_filter_and_count(ctx):
    # How fast this stays is a benchmark figure (`make bench`, tests/bench/run_bench.py).
    repo = DiaryRepository(ctx.db)
    repo.add_many([entry(i * 37, ("chills", "fever", "fatigue", "nausea")[i % 4],
                         severity=list(Severity)[i % 3]) for i in range(20_000)], NOW)
    page = repo.page(limit=200)
    for _ in range(50):  # scroll far down, page by page
        page = repo.page(after=repo.page_key(page[-1]), limit=200)
    filtered = repo.page(symptom="fever", limit=200)
    total = repo.count("fever")
    window = repo.between(NOW - dt.timedelta(days=60), NOW - dt.timedelta(days=50))
    assert len(page) == 200 and len(filtered) == 200 and total == 5000 and window
