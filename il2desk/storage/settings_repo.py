"""Key/value settings table."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path

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


def stored_setting(database: Path, key: str) -> str | None:
    """One setting read straight from the record's file, before (or without) opening the
    record: nothing is created, migrated or waited for. None when the file is missing,
    busy or unreadable (the caller then uses the default).

    Without a write-ahead log beside it, the file holds everything and is read as it is
    (`immutable`: no lock, no -shm file left behind); with one, read-only through it."""
    if not database.is_file():
        return None
    wal = database.with_name(database.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{database.absolute().as_uri()}?{mode}", uri=True,
                               timeout=0.05)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return None
    return row[0] if row and isinstance(row[0], str) else None
