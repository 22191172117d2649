"""What happened at an injection, and site usage history.

A given dose is written the moment the patient confirms it (rule S1: "saved at that
moment, whatever happens after"), in one transaction; the steps after it (ice pack
after, sharps) complete that record later and can never undo it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from il2desk.domain.rotation import Use
from il2desk.domain.timeplan import format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database


class InjectionNotPending(Exception):
    """The planned injection was already recorded (or does not exist)."""


@dataclasses.dataclass(frozen=True)
class SessionRecord:
    injection_id: int
    given_utc: dt.datetime
    late: bool  # rule: more than an hour from the planned time (planned_utc is kept)
    site_code: str
    pretreatment_utc: dt.datetime | None  # rule R8: None when skipped
    pretreatment_skipped: bool
    ice_before_done: bool  # rule R9
    ice_after_done: bool  # rule R9
    sharps_done: bool  # rule R11


@dataclasses.dataclass(frozen=True)
class GivenDose:
    """What is known the moment the patient says "I have given the injection"."""

    injection_id: int
    given_utc: dt.datetime
    late: bool  # more than an hour after the planned time (planned_utc is kept)
    site_code: str | None  # None: told afterwards without the site
    pretreatment_utc: dt.datetime | None = None  # rule R8: None when skipped or unknown
    pretreatment_skipped: bool = False
    ice_before_done: bool = False  # rule R9
    spacing_confirmed: bool = False  # rule S1: the patient confirmed a close dose


class InjectionLogRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record_session(self, record: SessionRecord) -> None:
        """Mark the planned injection done with everything the session gathered."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """UPDATE injections SET status = 'done', given_utc = ?, late = ?,
                       site_code = ?, pretreatment_utc = ?, pretreatment_skipped = ?,
                       ice_before_done = ?, ice_after_done = ?, sharps_done = ?
                   WHERE id = ? AND status = 'planned'""",
                (format_utc_iso(record.given_utc), int(record.late), record.site_code,
                 format_utc_iso(record.pretreatment_utc) if record.pretreatment_utc else None,
                 int(record.pretreatment_skipped), int(record.ice_before_done),
                 int(record.ice_after_done), int(record.sharps_done), record.injection_id),
            )
            if cursor.rowcount != 1:
                raise InjectionNotPending(record.injection_id)

    def record_given(self, dose: GivenDose) -> None:
        """Mark the planned injection done now (rule S1); raises InjectionNotPending
        when it is no longer planned, writing nothing."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """UPDATE injections SET status = 'done', given_utc = ?, late = ?,
                       site_code = ?, pretreatment_utc = ?, pretreatment_skipped = ?,
                       ice_before_done = ?, spacing_confirmed = ?
                   WHERE id = ? AND status = 'planned'""",
                (format_utc_iso(dose.given_utc), int(dose.late), dose.site_code,
                 format_utc_iso(dose.pretreatment_utc) if dose.pretreatment_utc else None,
                 int(dose.pretreatment_skipped), int(dose.ice_before_done),
                 int(dose.spacing_confirmed), dose.injection_id),
            )
            if cursor.rowcount != 1:
                raise InjectionNotPending(dose.injection_id)

    def complete_given(self, injection_id: int, *, ice_after_done: bool,
                       sharps_done: bool) -> None:
        """The steps after the injection (rules R9, R11), on a dose already given."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE injections SET ice_after_done = ?, sharps_done = ? "
                "WHERE id = ? AND status = 'done'",
                (int(ice_after_done), int(sharps_done), injection_id))

    def given_times(self) -> list[dt.datetime]:
        """When every dose already given was given (rule S1 compares against them)."""
        rows = self._db.conn.execute(
            "SELECT given_utc FROM injections WHERE status = 'done' AND given_utc IS NOT NULL"
            " ORDER BY given_utc").fetchall()
        return [parse_utc_iso(row[0]) for row in rows]

    def mark_missed(self, injection_id: int, reason: str) -> None:
        """A planned injection the patient skipped: kept in the record as missed, with
        their reason (it is no longer offered as the next step)."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE injections SET status = 'missed', missed_reason = ? "
                "WHERE id = ? AND status = 'planned'", (reason.strip(), injection_id))
            if cursor.rowcount != 1:
                raise InjectionNotPending(injection_id)

    def missed_reason(self, injection_id: int) -> str:
        row = self._db.conn.execute("SELECT missed_reason FROM injections WHERE id = ?",
                                    (injection_id,)).fetchone()
        return row[0] if row else ""

    def site_history(self) -> list[Use]:
        """Every injection given at a known site, newest first."""
        rows = self._db.conn.execute(
            """SELECT site_code, given_utc FROM injections
               WHERE status = 'done' AND site_code IS NOT NULL AND given_utc IS NOT NULL
               ORDER BY given_utc DESC, id DESC"""
        ).fetchall()
        return [Use(row["site_code"], parse_utc_iso(row["given_utc"])) for row in rows]
