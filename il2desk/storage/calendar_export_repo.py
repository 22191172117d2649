"""What the last calendar export was, so a change of privacy reaches calendars.

Calendar programs replace an imported event only when its SEQUENCE went up. When
the user switches between "full" and "discreet" events, every event must change
(the dose is added or removed), so each switch raises an offset that the export
adds to every SEQUENCE (issue 21). Kept in the settings table under two keys of its
own (the preferences ignore keys they do not know).
"""

from __future__ import annotations

from il2desk.storage.database import Database

LAST_PRIVACY_KEY = "calendar_export_privacy"
OFFSET_KEY = "calendar_export_sequence_offset"


class CalendarExportState:
    def __init__(self, db: Database) -> None:
        self._db = db

    def sequence_offset(self, privacy: str) -> int:
        """The offset for an export in `privacy`; one higher than the last export's
        when the privacy changed since then. Remembered at once (except in a record
        opened read-only, issue 21: the export is still right, only not remembered)."""
        if self._db.read_only:
            return self._offset(self._db.conn, privacy)[0]
        with self._db.transaction() as conn:
            offset, last = self._offset(conn, privacy)
            if last != privacy:
                conn.executemany(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [(LAST_PRIVACY_KEY, privacy), (OFFSET_KEY, str(offset))])
        return offset

    @staticmethod
    def _offset(conn, privacy: str) -> tuple[int, str | None]:
        """(the offset for `privacy`, the privacy of the last export)."""
        rows = dict(conn.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?)",
            (LAST_PRIVACY_KEY, OFFSET_KEY)).fetchall())
        last = rows.get(LAST_PRIVACY_KEY)
        offset = int(rows.get(OFFSET_KEY) or 0)
        if last is not None and last != privacy:
            offset += 1
        return offset, last
