"""Lab results (rule R16), newest drawn first, with keyset paging."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

from il2desk.domain.labs import LabReason, LabReasonCode, LabResult, ViralLoadForm
from il2desk.domain.timeplan import format_utc_iso
from il2desk.storage.database import Database


class LabRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, result: LabResult, now_utc: dt.datetime) -> int:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO lab_results (drawn_date, cd4_count, cd4_percent,
                       viral_load_form, viral_load, unreliable, unreliable_code,
                       unreliable_params, note, created_utc)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*self._columns(result), format_utc_iso(now_utc)),
            )
            return int(cursor.lastrowid)

    def delete(self, result_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM lab_results WHERE id = ?", (result_id,))

    def set_reliability(self, result_id: int, unreliable: bool,
                        reason: LabReason | None) -> None:
        self.set_reliability_many([(result_id, unreliable, reason)])

    def set_reliability_many(self, marks: list[tuple[int, bool, LabReason | None]]) -> None:
        """Re-mark several results in one transaction (after courses changed)."""
        with self._db.transaction() as conn:
            conn.executemany(
                "UPDATE lab_results SET unreliable = ?, unreliable_code = ?,"
                " unreliable_params = ? WHERE id = ?",
                [(int(unreliable), *stored_reason(reason), result_id)
                 for result_id, unreliable, reason in marks])

    def get(self, result_id: int) -> LabResult | None:
        row = self._db.conn.execute("SELECT * FROM lab_results WHERE id = ?",
                                    (result_id,)).fetchone()
        return self._result(row) if row is not None else None

    def all(self) -> list[LabResult]:
        """Every result, oldest drawn first (a result every few weeks for decades is a
        few hundred rows: the chart reads them all)."""
        rows = self._db.conn.execute(
            "SELECT * FROM lab_results ORDER BY drawn_date, id").fetchall()
        return [self._result(r) for r in rows]

    def page(self, *, after: tuple[str, int] | None = None, limit: int = 200) -> list[LabResult]:
        """Newest drawn first; `after` is the (drawn_date, id) of the last row shown."""
        if after is None:
            rows = self._db.conn.execute(
                "SELECT * FROM lab_results ORDER BY drawn_date DESC, id DESC LIMIT ?",
                (limit,)).fetchall()
        else:
            rows = self._db.conn.execute(
                """SELECT * FROM lab_results
                   WHERE drawn_date < ? OR (drawn_date = ? AND id < ?)
                   ORDER BY drawn_date DESC, id DESC LIMIT ?""",
                (after[0], after[0], after[1], limit)).fetchall()
        return [self._result(r) for r in rows]

    @staticmethod
    def _columns(result: LabResult) -> tuple[object, ...]:
        return (
            result.drawn_date.isoformat(), result.cd4_count,
            str(result.cd4_percent) if result.cd4_percent is not None else None,
            result.viral_load_form.value, result.viral_load, int(result.unreliable),
            *stored_reason(result.unreliable_reason), result.note,
        )

    @staticmethod
    def _result(row: sqlite3.Row) -> LabResult:
        return LabResult(
            id=row["id"], drawn_date=dt.date.fromisoformat(row["drawn_date"]),
            cd4_count=row["cd4_count"],
            cd4_percent=Decimal(row["cd4_percent"]) if row["cd4_percent"] is not None else None,
            viral_load_form=ViralLoadForm(row["viral_load_form"]),
            viral_load=row["viral_load"], unreliable=bool(row["unreliable"]),
            unreliable_reason=read_reason(row["unreliable_code"], row["unreliable_params"]),
            note=row["note"],
        )


def stored_reason(reason: LabReason | None) -> tuple[str, str]:
    """A rule R16 reason as the record keeps it: its code and its values as JSON."""
    if reason is None or reason.code is LabReasonCode.NONE:
        return "", "{}"
    params: dict[str, object] = {}
    if reason.course_start is not None:
        params["start"] = reason.course_start.isoformat()
    if reason.days_after is not None:
        params["days"] = reason.days_after
    if reason.text:
        params["text"] = reason.text
    return reason.code.value, json.dumps(params, ensure_ascii=False, sort_keys=True)


def read_reason(code: str, params_json: str) -> LabReason | None:
    """The stored code and values back as a reason; whatever cannot be read (a code of
    a later version, damaged values) still reads as "unreliable", with no details."""
    if not code:
        return None
    try:
        params = json.loads(params_json)
        if not isinstance(params, dict):
            raise ValueError(params_json)
        start = params.get("start")
        days = params.get("days")
        text = params.get("text", "")
        return LabReason(
            LabReasonCode(code),
            course_start=dt.date.fromisoformat(start) if isinstance(start, str) else None,
            days_after=days if isinstance(days, int) and not isinstance(days, bool) else None,
            text=text if isinstance(text, str) else "")
    except ValueError:
        return LabReason(LabReasonCode.TEXT)
