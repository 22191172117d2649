"""Side-effect diary entries (rules R13, R15).

Reading is page by page, newest first, with keyset paging on (occurred_utc, id) so the
thousandth page costs what the first does: years of entries stay instant.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.domain.timeplan import format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database

PageKey = tuple[str, int]  # (occurred_utc text, id) of the last row of a page


class DiaryRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing ------------------------------------------------------------------------
    def add(self, entry: DiaryEntry, now_utc: dt.datetime) -> int:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO diary_entries (course_id, symptom, other_text, severity,
                       temperature_c, occurred_utc, zone_name, note, is_emergency, created_utc)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*self._columns(entry), format_utc_iso(now_utc)),
            )
            return int(cursor.lastrowid)

    def restore(self, entry: DiaryEntry, created_utc: dt.datetime) -> int:
        """Put a deleted entry back with its old id (undo of a delete)."""
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO diary_entries (id, course_id, symptom, other_text, severity,
                       temperature_c, occurred_utc, zone_name, note, is_emergency, created_utc)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (entry.id, *self._columns(entry), format_utc_iso(created_utc)),
            )
        assert entry.id is not None
        return entry.id

    def update(self, entry: DiaryEntry) -> None:
        if entry.id is None:
            raise ValueError("update needs a stored entry")
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE diary_entries SET course_id = ?, symptom = ?, other_text = ?,
                       severity = ?, temperature_c = ?, occurred_utc = ?, zone_name = ?,
                       note = ?, is_emergency = ?
                   WHERE id = ?""",
                (*self._columns(entry), entry.id),
            )

    def delete(self, entry_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM diary_entries WHERE id = ?", (entry_id,))

    def add_many(self, entries: list[DiaryEntry], now_utc: dt.datetime) -> None:
        """Many entries in one transaction (imports, seeded screenshots, benchmarks)."""
        created = format_utc_iso(now_utc)
        with self._db.transaction() as conn:
            conn.executemany(
                """INSERT INTO diary_entries (course_id, symptom, other_text, severity,
                       temperature_c, occurred_utc, zone_name, note, is_emergency, created_utc)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(*self._columns(e), created) for e in entries],
            )

    # -- reading ------------------------------------------------------------------------
    def get(self, entry_id: int) -> DiaryEntry | None:
        row = self._db.conn.execute("SELECT * FROM diary_entries WHERE id = ?",
                                    (entry_id,)).fetchone()
        return self._entry(row) if row is not None else None

    def created_utc(self, entry_id: int) -> dt.datetime | None:
        row = self._db.conn.execute("SELECT created_utc FROM diary_entries WHERE id = ?",
                                    (entry_id,)).fetchone()
        return parse_utc_iso(row[0]) if row is not None else None

    def count(self, symptom: str | None = None) -> int:
        if symptom is None:
            row = self._db.conn.execute("SELECT COUNT(*) FROM diary_entries").fetchone()
        else:
            row = self._db.conn.execute(
                "SELECT COUNT(*) FROM diary_entries WHERE symptom = ?", (symptom,)).fetchone()
        return int(row[0])

    def page(self, *, after: PageKey | None = None, limit: int = 200,
             symptom: str | None = None) -> list[DiaryEntry]:
        """Newest first; pass the last row's `page_key` as `after` for the next page."""
        where: list[str] = []
        params: list[object] = []
        if symptom is not None:
            where.append("symptom = ?")
            params.append(symptom)
        if after is not None:
            where.append("(occurred_utc < ? OR (occurred_utc = ? AND id < ?))")
            params += [after[0], after[0], after[1]]
        sql = "SELECT * FROM diary_entries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY occurred_utc DESC, id DESC LIMIT ?"
        params.append(limit)
        return [self._entry(r) for r in self._db.conn.execute(sql, params).fetchall()]

    def between(self, start_utc: dt.datetime, end_utc: dt.datetime) -> list[DiaryEntry]:
        """Entries with start ≤ occurred < end, oldest first (a course's grid)."""
        rows = self._db.conn.execute(
            """SELECT * FROM diary_entries WHERE occurred_utc >= ? AND occurred_utc < ?
               ORDER BY occurred_utc, id""",
            (format_utc_iso(start_utc), format_utc_iso(end_utc)),
        ).fetchall()
        return [self._entry(r) for r in rows]

    def symptoms_used(self) -> list[str]:
        """Distinct symptom codes in the diary (for the filter list)."""
        rows = self._db.conn.execute("SELECT DISTINCT symptom FROM diary_entries").fetchall()
        return [r[0] for r in rows]

    @staticmethod
    def page_key(entry: DiaryEntry) -> PageKey:
        assert entry.id is not None
        return (format_utc_iso(entry.occurred_utc), entry.id)

    # -- mapping ------------------------------------------------------------------------
    @staticmethod
    def _columns(entry: DiaryEntry) -> tuple[object, ...]:
        return (
            entry.course_id, entry.symptom, entry.other_text, entry.severity.value,
            str(entry.temperature_c) if entry.temperature_c is not None else None,
            format_utc_iso(entry.occurred_utc), entry.zone_name, entry.note,
            int(entry.is_emergency),
        )

    @staticmethod
    def _entry(row: sqlite3.Row) -> DiaryEntry:
        return DiaryEntry(
            id=row["id"], symptom=row["symptom"], severity=Severity(row["severity"]),
            occurred_utc=parse_utc_iso(row["occurred_utc"]), zone_name=row["zone_name"],
            other_text=row["other_text"],
            temperature_c=(Decimal(row["temperature_c"])
                           if row["temperature_c"] is not None else None),
            note=row["note"], course_id=row["course_id"],
            is_emergency=bool(row["is_emergency"]),
        )
