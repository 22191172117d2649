"""Issue 19 (rule R17): a record made by the previous version is brought to the new
course and injection states; nothing that refers to a course or an injection is lost."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from il2desk.domain.course import CourseStatus, InjectionStatus, StopReason
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.migrations import LATEST_VERSION, MIGRATIONS, m0008_course_states
from il2desk.storage.paths import DataPaths
from tests.builders import an_older_record

PREVIOUS = MIGRATIONS.index(m0008_course_states.STATEMENTS)  # the version before
T = "2026-10-01T08:00:00+00:00"


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths.create(tmp_path / "data")


def _course(conn, course_id: int, start: str, status: str) -> None:
    conn.execute(
        "INSERT INTO courses (id, start_date, zone_name, dose_miu, morning_local, "
        "evening_local, status, created_utc, updated_utc) VALUES "
        "(?, ?, 'UTC', '4.5', '08:00', '20:00', ?, ?, '2026-10-03T10:00:00+00:00')",
        (course_id, start, status, T))


def _injections(conn, course_id: int, start: dt.date, statuses: list[str]) -> None:
    for seq, status in enumerate(statuses, start=1):
        day = (seq + 1) // 2
        slot = "morning" if seq % 2 else "evening"
        when = dt.datetime.combine(start + dt.timedelta(days=day - 1),
                                   dt.time(8 if slot == "morning" else 20))
        conn.execute(
            "INSERT INTO injections (id, course_id, seq, day, slot, planned_local, "
            "planned_utc, zone_name, status, given_utc, ics_uid) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, 'UTC', ?, ?, ?)",
            (course_id * 100 + seq, course_id, seq, day, slot, when.isoformat(),
             when.isoformat() + "+00:00", status,
             when.isoformat() + "+00:00" if status == "done" else None,
             f"uid-{course_id}-{seq}@il2desk.local"))


def _previous_version_record(paths: DataPaths) -> None:
    with an_older_record(paths.database, PREVIOUS) as conn:
        _course(conn, 1, "2026-08-05", "planned")  # given in full
        _injections(conn, 1, dt.date(2026, 8, 5), ["done"] * 9 + ["missed"])
        _course(conn, 2, "2026-09-30", "cancelled")  # "cancelled" on day 3: stopped early
        _injections(conn, 2, dt.date(2026, 9, 30), ["done"] * 5 + ["planned"] * 5)
        _course(conn, 3, "2026-11-25", "cancelled")  # cancelled before it began
        _injections(conn, 3, dt.date(2026, 11, 25), ["planned"] * 10)
        _course(conn, 4, "2027-01-20", "planned")  # still to come
        _injections(conn, 4, dt.date(2027, 1, 20), ["planned"] * 9 + ["skipped"])
        # Rule S1 (the migration before): a dose given close to another, confirmed.
        conn.execute("UPDATE injections SET spacing_confirmed = 1 WHERE id = 102")
        # Things that refer to the courses and injections.
        conn.execute("INSERT INTO diary_entries (course_id, symptom, severity, occurred_utc, "
                     "zone_name, created_utc) VALUES (2, 'fever', 'severe', ?, 'UTC', ?)", (T, T))
        conn.execute("INSERT INTO site_reactions (site_code, injection_id, kind, noted_utc) "
                     "VALUES ('thigh-left', 203, 'lump', ?)", (T,))
        conn.execute("INSERT INTO reminders (key, kind, course_id, injection_id, due_utc) "
                     "VALUES ('injection:injection401@x', 'injection', 4, 401, ?)", (T,))


def test_a_previous_record_comes_to_the_new_states(paths):
    _previous_version_record(paths)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    assert db.schema_version == LATEST_VERSION
    repo = CourseRepository(db)
    courses = {c.id: c for c in repo.list()}
    assert courses[1].status is CourseStatus.PLANNED  # over: shown as completed
    assert courses[2].status is CourseStatus.STOPPED
    assert courses[2].stop_reason is StopReason.OTHER
    assert courses[2].stopped_utc == dt.datetime(2026, 10, 3, 10, 0, tzinfo=dt.UTC)
    assert courses[3].status is CourseStatus.CANCELLED and courses[3].stop_reason is None
    assert courses[4].status is CourseStatus.PLANNED

    def states(course_id: int) -> list[InjectionStatus]:
        return [i.status for i in repo.injections(course_id)]

    assert states(1) == [InjectionStatus.DONE] * 9 + [InjectionStatus.MISSED]
    assert states(2) == [InjectionStatus.DONE] * 5 + [InjectionStatus.NOT_GIVEN] * 5
    assert states(3) == [InjectionStatus.NOT_GIVEN] * 10
    assert states(4) == [InjectionStatus.PLANNED] * 9 + [InjectionStatus.NOT_GIVEN]
    # Given injections keep their times; the calendar UIDs stay.
    assert repo.injections(2)[0].given_utc is not None
    assert repo.injections(2)[0].ics_uid == "uid-2-1@il2desk.local"
    # The tables are rebuilt: rule S1's confirmation is carried over too.
    assert [i.id for i in repo.injections(1) if i.spacing_confirmed] == [102]
    # What referred to them still does.
    assert db.conn.execute("SELECT course_id FROM diary_entries").fetchone()[0] == 2
    assert db.conn.execute("SELECT injection_id FROM site_reactions").fetchone()[0] == 203
    assert db.conn.execute("SELECT injection_id FROM reminders").fetchone()[0] == 401
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # The new shape (rule R18): 5 days of 2 injections for the old courses.
    assert [tuple(r) for r in db.conn.execute("SELECT DISTINCT days, per_day FROM courses")] \
        == [(5, 2)]
    db.close()


def test_the_new_states_are_enforced(paths):
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute(
            "INSERT INTO courses (start_date, zone_name, dose_miu, morning_local, "
            "evening_local, status, created_utc, updated_utc) VALUES "
            "('2026-01-01', 'UTC', '4.5', '08:00', '20:00', 'skipped', ?, ?)", (T, T))
    db.close()
