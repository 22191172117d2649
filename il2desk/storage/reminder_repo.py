"""Stored reminders and their states (rule T2: never dropped, never shown twice).

`sync` makes the table match the reminders the plan calls for, in one transaction:
new ones are added as pending, waiting ones the plan no longer wants (course
cancelled, injection recorded, time changed) are removed, and the state of everything
else is left alone. Shown and acknowledged reminders are kept for good, so their key
can never come back as pending.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from il2desk.domain.reminders import PlannedReminder, ReminderKind, ReminderState, StoredReminder
from il2desk.domain.timeplan import format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database


def _opt(text: str | None) -> dt.datetime | None:
    return parse_utc_iso(text) if text else None


class ReminderRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing ------------------------------------------------------------------------
    def sync(self, planned: Sequence[PlannedReminder]) -> tuple[int, int]:
        """Match the table to the plan; returns (added, withdrawn).

        Read first and write only when something differs, because this runs before
        every check and a write transaction would needlessly lock the file.
        """
        wanted = {r.key: r for r in planned}
        rows = self._db.conn.execute(
            "SELECT key, state, kind, injection_id FROM reminders").fetchall()
        existing = {row["key"]: row["state"] for row in rows}
        # Rule T2 (issue 20): an injection that moved (travel, a new time) keeps the
        # reminders already shown for it; the moved ones are stored as answered, so a
        # reminder is never shown twice because its injection moved.
        told = {(row["kind"], row["injection_id"]) for row in rows
                if row["injection_id"] is not None
                and row["state"] in (ReminderState.SHOWN.value,
                                     ReminderState.ACKNOWLEDGED.value)}
        new = [r for key, r in wanted.items() if key not in existing]
        # Waiting reminders the plan no longer wants are withdrawn; a shown one whose
        # reason is gone (injection recorded, course cancelled) counts as answered.
        # Shown and acknowledged rows stay as the record of what the user was told.
        waiting = (ReminderState.PENDING.value, ReminderState.SNOOZED.value)
        stale = [k for k, state in existing.items() if k not in wanted and state in waiting]
        settled = [k for k, state in existing.items()
                   if k not in wanted and state == ReminderState.SHOWN.value]
        if not (new or stale or settled):
            return 0, 0
        with self._db.transaction() as conn:
            conn.executemany(
                """INSERT OR IGNORE INTO reminders (key, kind, course_id, injection_id,
                       due_utc, state) VALUES (?, ?, ?, ?, ?, ?)""",
                [(r.key, r.kind.value, r.course_id, r.injection_id,
                  format_utc_iso(r.due_utc),
                  ReminderState.ACKNOWLEDGED.value
                  if (r.kind.value, r.injection_id) in told else ReminderState.PENDING.value)
                 for r in new])
            conn.executemany("DELETE FROM reminders WHERE key = ? AND state IN "
                             "('pending', 'snoozed')", [(k,) for k in stale])
            conn.executemany("UPDATE reminders SET state = 'acknowledged' WHERE key = ? "
                             "AND state = 'shown'", [(k,) for k in settled])
        return len(new), len(stale)

    def mark_shown(self, keys: Sequence[tuple[str, bool]], now_utc: dt.datetime) -> None:
        """Record that reminders were shown (and whether late), all or nothing."""
        with self._db.transaction() as conn:
            conn.executemany(
                """UPDATE reminders SET state = 'shown', shown_utc = ?,
                       shown_late = MAX(shown_late, ?), snoozed_until_utc = NULL
                   WHERE key = ? AND state IN ('pending', 'snoozed')""",
                [(format_utc_iso(now_utc), int(late), key) for key, late in keys])

    def snooze(self, key: str, until_utc: dt.datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE reminders SET state = 'snoozed', snoozed_until_utc = ?
                   WHERE key = ? AND state != 'acknowledged'""",
                (format_utc_iso(until_utc), key))

    def acknowledge(self, key: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE reminders SET state = 'acknowledged', "
                         "snoozed_until_utc = NULL WHERE key = ?", (key,))

    # -- reading ------------------------------------------------------------------------
    def get(self, key: str) -> StoredReminder | None:
        row = self._db.conn.execute("SELECT * FROM reminders WHERE key = ?",
                                    (key,)).fetchone()
        return self._reminder(row) if row is not None else None

    def waiting(self) -> list[StoredReminder]:
        rows = self._db.conn.execute(
            "SELECT * FROM reminders WHERE state IN ('pending', 'snoozed') ORDER BY due_utc")
        return [self._reminder(row) for row in rows.fetchall()]

    def unanswered(self) -> list[StoredReminder]:
        """Shown, but the user has not dismissed or snoozed them yet."""
        rows = self._db.conn.execute(
            "SELECT * FROM reminders WHERE state = 'shown' ORDER BY due_utc")
        return [self._reminder(row) for row in rows.fetchall()]

    def late(self, limit: int = 100) -> list[StoredReminder]:
        """Reminders shown late (rule T2), newest due first, whatever their state now."""
        rows = self._db.conn.execute(
            "SELECT * FROM reminders WHERE shown_late = 1 ORDER BY due_utc DESC LIMIT ?",
            (limit,))
        return [self._reminder(row) for row in rows.fetchall()]

    def all(self) -> list[StoredReminder]:
        rows = self._db.conn.execute("SELECT * FROM reminders ORDER BY due_utc, key")
        return [self._reminder(row) for row in rows.fetchall()]

    @staticmethod
    def _reminder(row: sqlite3.Row) -> StoredReminder:
        return StoredReminder(
            key=row["key"], kind=ReminderKind(row["kind"]), course_id=row["course_id"],
            injection_id=row["injection_id"], due_utc=parse_utc_iso(row["due_utc"]),
            state=ReminderState(row["state"]),
            snoozed_until_utc=_opt(row["snoozed_until_utc"]),
            shown_utc=_opt(row["shown_utc"]), shown_late=bool(row["shown_late"]),
        )
