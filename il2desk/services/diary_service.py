"""The side-effect diary (rules R13, R15): every write goes through here and is announced."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.diary import DiaryEntry
from il2desk.services.changes import ChangeNotifier
from il2desk.storage.database import Database
from il2desk.storage.diary_repo import DiaryRepository, PageKey


class DiaryService(ChangeNotifier):
    """Owns the diary's writes; `changed` after each committed one."""

    def __init__(self, db: Database) -> None:
        self._repo = DiaryRepository(db)

    # -- writing (each one transaction, then `changed`) ---------------------------------
    def add(self, entry: DiaryEntry, now_utc: dt.datetime) -> int:
        entry_id = self._repo.add(entry, now_utc)
        self.announce()
        return entry_id

    def add_many(self, entries: list[DiaryEntry], now_utc: dt.datetime) -> None:
        self._repo.add_many(entries, now_utc)
        self.announce()

    def restore(self, entry: DiaryEntry, created_utc: dt.datetime) -> int:
        """Put a deleted entry back with its old id (undo of a delete)."""
        entry_id = self._repo.restore(entry, created_utc)
        self.announce()
        return entry_id

    def update(self, entry: DiaryEntry) -> None:
        self._repo.update(entry)
        self.announce()

    def delete(self, entry_id: int) -> None:
        self._repo.delete(entry_id)
        self.announce()

    # -- reading ------------------------------------------------------------------------
    def get(self, entry_id: int) -> DiaryEntry | None:
        return self._repo.get(entry_id)

    def created_utc(self, entry_id: int) -> dt.datetime | None:
        return self._repo.created_utc(entry_id)

    def count(self, symptom: str | None = None) -> int:
        return self._repo.count(symptom)

    def page(self, *, after: PageKey | None = None, limit: int = 200,
             symptom: str | None = None) -> list[DiaryEntry]:
        """Newest first; pass the last row's `page_key` as `after` for the next page."""
        return self._repo.page(after=after, limit=limit, symptom=symptom)

    def between(self, start_utc: dt.datetime, end_utc: dt.datetime) -> list[DiaryEntry]:
        return self._repo.between(start_utc, end_utc)

    def symptoms_used(self) -> list[str]:
        return self._repo.symptoms_used()

    @staticmethod
    def page_key(entry: DiaryEntry) -> PageKey:
        return DiaryRepository.page_key(entry)
