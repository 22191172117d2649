"""Courses and their planned injections."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from il2desk.domain.course import (
    Course,
    CoursePlan,
    CourseStatus,
    Injection,
    InjectionStatus,
    Preparation,
    Route,
    StopReason,
)
from il2desk.domain.dose import SyringeKind
from il2desk.domain.regimen import Slot
from il2desk.domain.timeplan import TimeAdjustment, format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database

UID_DOMAIN = "il2desk.local"


def new_ics_uid() -> str:
    """A calendar UID that stays with a planned injection for life (rule: stable UIDs)."""
    import uuid  # here, not at the top: only planning a course needs it (start-up speed)

    return f"{uuid.uuid4()}@{UID_DOMAIN}"


def _opt_utc(text: str | None) -> dt.datetime | None:
    return parse_utc_iso(text) if text else None


def _opt_decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


class CourseRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing ------------------------------------------------------------------------
    def create(self, plan: CoursePlan, now_utc: dt.datetime) -> int:
        """Store the course and its 10 injections in one transaction; returns its id."""
        status = CourseStatus.DONE if plan.recorded_after else CourseStatus.PLANNED
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO courses (start_date, zone_name, dose_miu, dose_confirmed,
                       morning_local, evening_local, interval_weeks, preparation,
                       syringe_kind, concentration_miu_per_ml, status, recorded_after,
                       hard_to_tolerate, blood_work_date, notes, created_utc, updated_utc)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*self._plan_columns(plan), status.value, int(plan.recorded_after),
                 int(plan.hard_to_tolerate), plan.effective_blood_work_date.isoformat(),
                 plan.notes, format_utc_iso(now_utc), format_utc_iso(now_utc)),
            )
            course_id = int(cursor.lastrowid)
            self._write_regimen(conn, course_id, plan)
            self._write_checks(conn, course_id, plan)
            injection_status = (InjectionStatus.DONE if plan.recorded_after
                                else InjectionStatus.PLANNED)
            for dose in plan.doses():
                conn.execute(
                    """INSERT INTO injections (course_id, seq, day, slot, planned_local,
                           planned_utc, zone_name, adjustment, status, given_utc, ics_uid)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (course_id, dose.index, dose.day, dose.slot.value,
                     dose.time.requested.isoformat(timespec="minutes"),
                     format_utc_iso(dose.time.utc), dose.time.zone_name,
                     dose.time.adjustment.value, injection_status.value,
                     format_utc_iso(dose.time.utc) if plan.recorded_after else None,
                     new_ics_uid()),
                )
        return course_id

    def replan(self, course_id: int, plan: CoursePlan, now_utc: dt.datetime) -> None:
        """Change a planned course: new times for its injections, same calendar UIDs
        (their sequence goes up so calendars update the events instead of adding)."""
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE courses SET start_date = ?, zone_name = ?, dose_miu = ?,
                       dose_confirmed = ?, morning_local = ?, evening_local = ?,
                       interval_weeks = ?, preparation = ?, syringe_kind = ?,
                       concentration_miu_per_ml = ?, blood_work_date = ?, notes = ?,
                       updated_utc = ?
                   WHERE id = ?""",
                (*self._plan_columns(plan), plan.effective_blood_work_date.isoformat(),
                 plan.notes, format_utc_iso(now_utc), course_id),
            )
            conn.execute("DELETE FROM course_checks WHERE course_id = ?", (course_id,))
            self._write_checks(conn, course_id, plan)
            self._write_regimen(conn, course_id, plan)
            self._reshape(conn, course_id, plan)
            for dose in plan.doses():
                conn.execute(
                    """UPDATE injections SET day = ?, slot = ?, planned_local = ?,
                           planned_utc = ?, zone_name = ?, adjustment = ?,
                           ics_sequence = ics_sequence + 1
                       WHERE course_id = ? AND seq = ? AND status = 'planned'""",
                    (dose.day, dose.slot.value,
                     dose.time.requested.isoformat(timespec="minutes"),
                     format_utc_iso(dose.time.utc), dose.time.zone_name,
                     dose.time.adjustment.value, course_id, dose.index),
                )

    def set_status(self, course_id: int, status: CourseStatus, now_utc: dt.datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE courses SET status = ?, updated_utc = ? WHERE id = ?",
                         (status.value, format_utc_iso(now_utc), course_id))
            if status is CourseStatus.CANCELLED:
                # Calendars must see the change: bump every event's sequence.
                conn.execute("UPDATE injections SET ics_sequence = ics_sequence + 1 "
                             "WHERE course_id = ?", (course_id,))
                # rule R17: what was still planned is not given.
                conn.execute("UPDATE injections SET status = 'not_given' "
                             "WHERE course_id = ? AND status = 'planned'", (course_id,))

    # -- rule R17: stopping early, cancelling before it began (issue 19) ------------------
    def stop(self, course_id: int, reason: StopReason, at_utc: dt.datetime,
             hard_to_tolerate: bool, now_utc: dt.datetime) -> None:
        """Stop a course early in one transaction: given injections stay, the planned
        ones become "not given" (their calendar events' sequence goes up, so an export
        shows them cancelled). Check with `domain.course_stop.plan_stop` first."""
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE courses SET status = 'stopped', stop_reason = ?, stopped_utc = ?,
                       hard_to_tolerate = ?, updated_utc = ?
                   WHERE id = ? AND status = 'planned'""",
                (reason.value, format_utc_iso(at_utc), int(hard_to_tolerate),
                 format_utc_iso(now_utc), course_id))
            conn.execute(
                """UPDATE injections SET status = 'not_given', ics_sequence = ics_sequence + 1
                   WHERE course_id = ? AND status = 'planned'""", (course_id,))

    def cancel(self, course_id: int, now_utc: dt.datetime) -> None:
        """Cancel a course that has not begun: kept, marked cancelled, its injections
        not given (check with `domain.course_stop.check_cancel` first)."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE courses SET status = 'cancelled', updated_utc = ? "
                         "WHERE id = ? AND status = 'planned'",
                         (format_utc_iso(now_utc), course_id))
            conn.execute(
                """UPDATE injections SET status = 'not_given', ics_sequence = ics_sequence + 1
                   WHERE course_id = ? AND status = 'planned'""", (course_id,))

    def set_hard_to_tolerate(self, course_id: int, value: bool, now_utc: dt.datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE courses SET hard_to_tolerate = ?, updated_utc = ? WHERE id = ?",
                         (int(value), format_utc_iso(now_utc), course_id))

    def set_check(self, course_id: int, key: str, kind: str, answer: bool) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO course_checks (course_id, key, kind, answer) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (course_id, key) DO UPDATE SET answer = excluded.answer",
                (course_id, key, kind, int(answer)),
            )

    # -- reading ------------------------------------------------------------------------
    @property
    def database(self) -> Database:
        """The record these courses live in (for what an export remembers)."""
        return self._db

    def get(self, course_id: int) -> Course | None:
        row = self._db.conn.execute("SELECT * FROM courses WHERE id = ?",
                                    (course_id,)).fetchone()
        return self._course(row) if row is not None else None

    def list(self, *, statuses: tuple[CourseStatus, ...] | None = None) -> list[Course]:
        """All courses, newest start first."""
        sql = "SELECT * FROM courses"
        params: tuple[str, ...] = ()
        if statuses:
            sql += f" WHERE status IN ({','.join('?' * len(statuses))})"
            params = tuple(s.value for s in statuses)
        rows = self._db.conn.execute(sql + " ORDER BY start_date DESC, id DESC", params)
        checks: dict[int, list[sqlite3.Row]] = {}
        for check in self._db.conn.execute(
                "SELECT course_id, key, kind, answer FROM course_checks"):
            checks.setdefault(check["course_id"], []).append(check)
        return [self._course(row, checks.get(row["id"], [])) for row in rows.fetchall()]

    def injections(self, course_id: int) -> list[Injection]:
        rows = self._db.conn.execute(
            "SELECT * FROM injections WHERE course_id = ? ORDER BY seq", (course_id,))
        return [self._injection(row) for row in rows.fetchall()]

    def has_any(self) -> bool:
        return self._db.conn.execute("SELECT EXISTS (SELECT 1 FROM courses)").fetchone()[0] == 1

    def injection_counts(self) -> dict[int, tuple[int, int]]:
        """{course id: (injections done, injections missed)} in one query."""
        rows = self._db.conn.execute(
            "SELECT course_id, sum(status = 'done'), sum(status = 'missed') "
            "FROM injections GROUP BY course_id")
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    def injection_status_counts(self) -> dict[int, dict[InjectionStatus, int]]:
        """{course id: {injection state: how many}} in one query (rule R17 states)."""
        out: dict[int, dict[InjectionStatus, int]] = {}
        for row in self._db.conn.execute(
                "SELECT course_id, status, count(*) FROM injections GROUP BY course_id, status"):
            out.setdefault(row[0], dict.fromkeys(InjectionStatus, 0))[
                InjectionStatus(row[1])] = int(row[2])
        return out

    def last_given_utc(self) -> dict[int, dt.datetime]:
        """{course id: when its last given injection was given}, in one query (rule R16
        windows end 4 weeks after the last injection actually given)."""
        rows = self._db.conn.execute(
            "SELECT course_id, max(given_utc) FROM injections WHERE status = 'done' "
            "AND given_utc IS NOT NULL GROUP BY course_id")
        return {row[0]: parse_utc_iso(row[1]) for row in rows}

    def injection(self, injection_id: int) -> Injection | None:
        row = self._db.conn.execute("SELECT * FROM injections WHERE id = ?",
                                    (injection_id,)).fetchone()
        return self._injection(row) if row is not None else None

    def next_planned_injection(self, after_utc: dt.datetime) -> Injection | None:
        """The first still-planned injection of a planned course at or after a moment."""
        row = self._db.conn.execute(
            """SELECT i.* FROM injections i JOIN courses c ON c.id = i.course_id
               WHERE c.status = 'planned' AND i.status = 'planned' AND i.planned_utc >= ?
               ORDER BY i.planned_utc LIMIT 1""",
            (format_utc_iso(after_utc),),
        ).fetchone()
        return self._injection(row) if row is not None else None

    # -- mapping ------------------------------------------------------------------------
    @staticmethod
    def _plan_columns(plan: CoursePlan) -> tuple[object, ...]:
        return (
            plan.start_date.isoformat(), plan.zone_name, str(plan.dose_miu),
            int(plan.dose_confirmed), plan.morning.strftime("%H:%M"),
            plan.evening.strftime("%H:%M"), plan.interval_weeks, plan.preparation.value,
            plan.syringe_kind.value if plan.syringe_kind else None,
            str(plan.concentration_miu_per_ml) if plan.concentration_miu_per_ml else None,
        )

    @staticmethod
    def _write_regimen(conn: sqlite3.Connection, course_id: int, plan: CoursePlan) -> None:
        """Rule R18: the days and injections per day the doctor set."""
        conn.execute("UPDATE courses SET days = ?, per_day = ?, route = ? WHERE id = ?",
                     (plan.days, plan.per_day, plan.route.value, course_id))

    @staticmethod
    def _reshape(conn: sqlite3.Connection, course_id: int, plan: CoursePlan) -> None:
        """A replanned course whose shape changed (rule R18): injections the new plan no
        longer has are "not given" (the course was shortened; calendars see them
        cancelled), and the ones it adds are inserted with new calendar UIDs. Each
        existing injection keeps its seq, so it keeps its UID."""
        doses = plan.doses()
        wanted = sorted(dose.index for dose in doses) or [0]  # none: all go (hospital)
        conn.execute(
            f"""UPDATE injections SET status = 'not_given', ics_sequence = ics_sequence + 1
               WHERE course_id = ? AND status = 'planned'
                     AND seq NOT IN ({','.join('?' * len(wanted))})""",
            (course_id, *wanted))
        have = {row[0] for row in conn.execute(
            "SELECT seq FROM injections WHERE course_id = ?", (course_id,))}
        for dose in doses:
            if dose.index in have:
                continue
            conn.execute(
                """INSERT INTO injections (course_id, seq, day, slot, planned_local,
                       planned_utc, zone_name, adjustment, status, ics_uid)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?)""",
                (course_id, dose.index, dose.day, dose.slot.value,
                 dose.time.requested.isoformat(timespec="minutes"),
                 format_utc_iso(dose.time.utc), dose.time.zone_name,
                 dose.time.adjustment.value, new_ics_uid()))

    @staticmethod
    def _write_checks(conn: sqlite3.Connection, course_id: int, plan: CoursePlan) -> None:
        rows = [(course_id, k, "precheck", int(v)) for k, v in plan.prechecks.items()]
        rows += [(course_id, k, "support", int(v)) for k, v in plan.support.items()]
        conn.executemany(
            "INSERT INTO course_checks (course_id, key, kind, answer) VALUES (?, ?, ?, ?)", rows)

    def _course(self, row: sqlite3.Row, checks: list[sqlite3.Row] | None = None) -> Course:
        if checks is None:
            checks = self._db.conn.execute(
                "SELECT key, kind, answer FROM course_checks WHERE course_id = ?", (row["id"],)
            ).fetchall()
        plan = CoursePlan(
            start_date=dt.date.fromisoformat(row["start_date"]),
            zone_name=row["zone_name"],
            dose_miu=Decimal(row["dose_miu"]),
            morning=dt.time.fromisoformat(row["morning_local"]),
            evening=dt.time.fromisoformat(row["evening_local"]),
            interval_weeks=row["interval_weeks"],
            dose_confirmed=bool(row["dose_confirmed"]),
            preparation=Preparation(row["preparation"]),
            syringe_kind=SyringeKind(row["syringe_kind"]) if row["syringe_kind"] else None,
            concentration_miu_per_ml=_opt_decimal(row["concentration_miu_per_ml"]),
            prechecks={c["key"]: bool(c["answer"]) for c in checks if c["kind"] == "precheck"},
            support={c["key"]: bool(c["answer"]) for c in checks if c["kind"] == "support"},
            blood_work_date=(dt.date.fromisoformat(row["blood_work_date"])
                             if row["blood_work_date"] else None),
            recorded_after=bool(row["recorded_after"]),
            hard_to_tolerate=bool(row["hard_to_tolerate"]),
            notes=row["notes"],
            days=row["days"], per_day=row["per_day"], route=Route(row["route"]),
        )
        return Course(id=row["id"], plan=plan, status=CourseStatus(row["status"]),
                      created_utc=parse_utc_iso(row["created_utc"]),
                      updated_utc=parse_utc_iso(row["updated_utc"]),
                      stop_reason=StopReason(row["stop_reason"]) if row["stop_reason"] else None,
                      stopped_utc=_opt_utc(row["stopped_utc"]))

    @staticmethod
    def _injection(row: sqlite3.Row) -> Injection:
        return Injection(
            id=row["id"], course_id=row["course_id"], seq=row["seq"], day=row["day"],
            slot=Slot(row["slot"]),
            planned_local=dt.datetime.fromisoformat(row["planned_local"]),
            planned_utc=parse_utc_iso(row["planned_utc"]), zone_name=row["zone_name"],
            adjustment=TimeAdjustment(row["adjustment"]),
            status=InjectionStatus(row["status"]), given_utc=_opt_utc(row["given_utc"]),
            late=bool(row["late"]), site_code=row["site_code"],
            pretreatment_utc=_opt_utc(row["pretreatment_utc"]),
            pretreatment_skipped=bool(row["pretreatment_skipped"]),
            ice_before_done=bool(row["ice_before_done"]),
            ice_after_done=bool(row["ice_after_done"]),
            sharps_done=bool(row["sharps_done"]), vial_id=row["vial_id"],
            ics_uid=row["ics_uid"], ics_sequence=row["ics_sequence"],
            spacing_confirmed=bool(row["spacing_confirmed"]),
        )
