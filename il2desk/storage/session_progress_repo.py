"""Where an unfinished injection session was, so reopening the program resumes it.

This is a bookmark, not the injection record: the injection itself is written
the moment the patient confirms it was given (rule S1). Cancelling removes the
bookmark. One session can be in
progress at a time, so it lives under one key of the settings table (no schema
change needed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from il2desk.domain.timeplan import format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database

KEY = "session.in_progress"


@dataclasses.dataclass(frozen=True)
class SessionProgress:
    injection_id: int
    step: int  # 0-based index of the page the session was on
    site_code: str | None = None
    pretreatment_utc: dt.datetime | None = None
    pretreatment_skipped: bool = False
    ice_before_done: bool = False
    ice_after_done: bool = False
    # rule R9: seconds of each ice countdown already used (it resumes where it was)
    ice_before_used_s: float = 0.0
    ice_after_used_s: float = 0.0


class SessionProgressRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, progress: SessionProgress) -> None:
        data = dataclasses.asdict(progress)
        if progress.pretreatment_utc is not None:
            data["pretreatment_utc"] = format_utc_iso(progress.pretreatment_utc)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (KEY, json.dumps(data, sort_keys=True)))

    def load(self) -> SessionProgress | None:
        row = self._db.conn.execute("SELECT value FROM settings WHERE key = ?",
                                    (KEY,)).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row["value"])
            if data.get("pretreatment_utc"):
                data["pretreatment_utc"] = parse_utc_iso(data["pretreatment_utc"])
            return SessionProgress(**data)
        except (ValueError, TypeError):
            return None  # an unreadable bookmark is dropped, never a crash

    def clear(self) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (KEY,))
