"""Lab results (rule R16): every write goes through here and is announced."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.labs import LabReason, LabResult
from il2desk.services.changes import ChangeNotifier
from il2desk.storage.database import Database
from il2desk.storage.lab_repo import LabRepository


class LabsService(ChangeNotifier):
    """Owns the lab results' writes; `changed` after each committed one."""

    def __init__(self, db: Database) -> None:
        self._repo = LabRepository(db)

    def add(self, result: LabResult, now_utc: dt.datetime) -> int:
        result_id = self._repo.add(result, now_utc)
        self.announce()
        return result_id

    def delete(self, result_id: int) -> None:
        self._repo.delete(result_id)
        self.announce()

    def set_reliability_many(self, marks: list[tuple[int, bool, LabReason | None]]) -> None:
        """Re-mark several results in one transaction (after courses changed)."""
        if not marks:
            return
        self._repo.set_reliability_many(marks)
        self.announce()

    def get(self, result_id: int) -> LabResult | None:
        return self._repo.get(result_id)

    def all(self) -> list[LabResult]:
        """Every result, oldest drawn first."""
        return self._repo.all()

    def page(self, *, after: tuple[str, int] | None = None, limit: int = 200) -> list[LabResult]:
        return self._repo.page(after=after, limit=limit)
