"""Key/value settings table."""

from __future__ import annotations

from collections.abc import Mapping

from il2desk.storage.database import Database


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> dict[str, str]:
        rows = self._db.conn.execute("SELECT key, value FROM settings").fetchall()
        return {row["key"]: row["value"] for row in rows}

    def save(self, values: Mapping[str, str]) -> None:
        """Write several keys at once, all or nothing."""
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )
