"""Writer process for the crash-safety test: records until it is killed.

It writes through the program's own repositories (the diary, courses, and the
injection log, each write one transaction of theirs) and, after each returns,
prints what was committed and flushes, so the parent knows exactly which writes
were reported as saved. First it prints the durability settings of its connection.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from il2desk.domain.course import CoursePlan
from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.diary_repo import DiaryRepository
from il2desk.storage.injection_log_repo import InjectionLogRepository, SessionRecord
from il2desk.storage.paths import DataPaths


def main(root: str) -> None:
    paths = DataPaths.create(Path(root))
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies)
    sync = db.conn.execute("PRAGMA synchronous").fetchone()[0]
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    print(f"settings {sync} {mode}", flush=True)
    diary, courses, log = DiaryRepository(db), CourseRepository(db), InjectionLogRepository(db)
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    n = db.conn.execute("SELECT count(*) FROM diary_entries").fetchone()[0]
    pending: list[int] = []
    while True:
        n += 1
        moment = now + dt.timedelta(minutes=n)
        entry_id = diary.add(DiaryEntry(id=None, symptom="fatigue", severity=Severity("mild"),
                                        occurred_utc=moment, zone_name="UTC",
                                        note=f"entry-{n}"), moment)
        print(f"diary {entry_id}", flush=True)
        if not pending:
            course_id = courses.create(CoursePlan(
                start_date=dt.date(2026, 12, 2) + dt.timedelta(days=n), zone_name="UTC",
                dose_miu=Decimal("4.5"), morning=dt.time(8), evening=dt.time(20)), moment)
            print(f"course {course_id}", flush=True)
            pending = [i.id for i in courses.injections(course_id)]
        injection_id = pending.pop(0)
        log.record_session(SessionRecord(
            injection_id=injection_id, given_utc=moment, late=False, site_code="abdomen-upper-left",
            pretreatment_utc=None, pretreatment_skipped=True, ice_before_done=True,
            ice_after_done=True, sharps_done=True))
        print(f"injection {injection_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
