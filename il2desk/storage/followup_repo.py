"""Rules R13, R21: up to which emergency sign noted in the diary the patient has
answered "did you reach your doctor?" (issue 20). One value, kept under a key of the
settings table (no schema change)."""

from __future__ import annotations

import json

from il2desk.storage.database import Database

KEY = "emergency.answered"


class FollowUpRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def answered_up_to(self) -> int:
        """The id of the last diary entry answered about (0: none yet)."""
        row = self._db.conn.execute("SELECT value FROM settings WHERE key = ?",
                                    (KEY,)).fetchone()
        if row is None:
            return 0
        try:
            return int(json.loads(row["value"])["entry_id"])
        except (ValueError, TypeError, KeyError):
            return 0  # an unreadable value asks again: safer than never asking

    def answer(self, entry_id: int, outcome: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (KEY, json.dumps({"entry_id": entry_id, "outcome": outcome})))
