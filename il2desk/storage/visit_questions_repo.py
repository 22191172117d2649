"""The patient's own questions for the doctor, kept with the date of the visit report
they were typed for (issue 24): the next report of the same day starts from them."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.timeplan import format_utc_iso
from il2desk.storage.database import Database


class VisitQuestionsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, report_date: dt.date, questions: tuple[str, ...],
             now_utc: dt.datetime) -> None:
        """Keep the questions of the report made on `report_date` (replacing earlier
        ones of that date); no questions removes the row."""
        with self._db.transaction() as conn:
            if not questions:
                conn.execute("DELETE FROM visit_questions WHERE report_date = ?",
                             (report_date.isoformat(),))
                return
            conn.execute(
                "INSERT INTO visit_questions (report_date, questions, saved_utc) "
                "VALUES (?, ?, ?) ON CONFLICT (report_date) DO UPDATE SET "
                "questions = excluded.questions, saved_utc = excluded.saved_utc",
                (report_date.isoformat(), "\n".join(questions), format_utc_iso(now_utc)))

    def for_date(self, report_date: dt.date) -> tuple[str, ...]:
        row = self._db.conn.execute(
            "SELECT questions FROM visit_questions WHERE report_date = ?",
            (report_date.isoformat(),)).fetchone()
        return tuple(row[0].split("\n")) if row is not None else ()

    def latest(self) -> tuple[dt.date, tuple[str, ...]] | None:
        """The most recent report date with questions, and its questions."""
        row = self._db.conn.execute(
            "SELECT report_date, questions FROM visit_questions "
            "ORDER BY report_date DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return dt.date.fromisoformat(row[0]), tuple(row[1].split("\n"))
