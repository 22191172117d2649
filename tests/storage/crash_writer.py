"""Writer process for the crash-safety test: records entries until it is killed.

After each committed transaction it prints the entry's number and flushes, so the
parent knows exactly which writes were reported as committed.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from il2desk.domain.course import CoursePlan
from il2desk.domain.timeplan import format_utc_iso
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.paths import DataPaths


def main(root: str) -> None:
    paths = DataPaths.create(Path(root))
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies)
    courses = CourseRepository(db)
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    if not courses.list():
        courses.create(CoursePlan(start_date=dt.date(2026, 12, 2), zone_name="UTC",
                                  dose_miu=Decimal("4.5"), morning=dt.time(8),
                                  evening=dt.time(20)), now)
    course_id = courses.list()[0].id
    start = db.conn.execute("SELECT count(*) FROM diary_entries").fetchone()[0]
    n = start
    while True:
        n += 1
        stamp = format_utc_iso(now + dt.timedelta(minutes=n))
        with db.transaction() as conn:
            conn.execute(
                "INSERT INTO diary_entries (course_id, symptom, severity, occurred_utc,"
                " zone_name, note, created_utc) VALUES (?, 'fatigue', 'mild', ?, 'UTC', ?, ?)",
                (course_id, stamp, f"entry-{n}", stamp))
            conn.execute(
                "UPDATE injections SET given_utc = ?, status = 'done' "
                "WHERE course_id = ? AND seq = ?", (stamp, course_id, n % 10 + 1))
        print(n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
