"""Build a record of 20 years of use, for the benchmark (not a test).

120 courses (1,200 injections), 20,000 diary entries, 500 lab results and 2,000 site
reactions, written through the same schema the app uses.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from il2desk.domain.course import CoursePlan
from il2desk.domain.timeplan import format_utc_iso
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.paths import DataPaths

COURSES = 120
DIARY_ENTRIES = 20_000
LAB_RESULTS = 500
SITE_REACTIONS = 2_000
ZONE = "Europe/Madrid"
SYMPTOMS = ("fever", "chills", "aches", "fatigue", "sinus_congestion", "nausea",
            "diarrhea", "site_swelling", "site_redness", "site_lump")
SITES = ("abdomen-upper-left", "abdomen-upper-right", "abdomen-lower-left",
         "abdomen-lower-right", "thigh-left", "thigh-right", "arm-left", "arm-right")


def build(root: Path, *, today: dt.date, seed: int = 7) -> DataPaths:
    rng = random.Random(seed)
    paths = DataPaths.create(root)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies)
    courses = CourseRepository(db)
    now = dt.datetime.combine(today, dt.time(12), dt.UTC)
    first = today - dt.timedelta(weeks=8 * (COURSES - 2))
    course_ids = []
    for n in range(COURSES):
        start = first + dt.timedelta(weeks=8 * n)
        past = start < today
        plan = CoursePlan(start_date=start, zone_name=ZONE, dose_miu=Decimal("4.5"),
                          morning=dt.time(8), evening=dt.time(20), recorded_after=past)
        course_ids.append((courses.create(plan, now), start))
    with db.transaction() as conn:
        injection_ids = [r[0] for r in conn.execute(
            "SELECT id FROM injections WHERE status = 'done'")]
        conn.executemany(
            "UPDATE injections SET site_code = ? WHERE id = ?",
            [(SITES[i % len(SITES)], iid) for i, iid in enumerate(injection_ids)])
        rows = []
        for i in range(DIARY_ENTRIES):
            course_id, start = course_ids[i % (COURSES - 2)]
            when = dt.datetime.combine(start, dt.time(9), dt.UTC) + dt.timedelta(
                minutes=rng.randrange(0, 60 * 24 * 9))
            rows.append((course_id, rng.choice(SYMPTOMS),
                         rng.choice(("mild", "moderate", "severe")),
                         format_utc_iso(when), ZONE, f"note {i}", format_utc_iso(when)))
        conn.executemany(
            "INSERT INTO diary_entries (course_id, symptom, severity, occurred_utc, zone_name,"
            " note, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        labs = []
        for i in range(LAB_RESULTS):
            drawn = first + dt.timedelta(days=14 * i)
            labs.append((drawn.isoformat(), rng.randrange(300, 1200), str(rng.randrange(15, 45)),
                         "below", 50, format_utc_iso(now)))
        conn.executemany(
            "INSERT INTO lab_results (drawn_date, cd4_count, cd4_percent, viral_load_form,"
            " viral_load, created_utc) VALUES (?, ?, ?, ?, ?, ?)", labs)
        reactions = []
        for i in range(SITE_REACTIONS):
            noted = now - dt.timedelta(days=rng.randrange(1, 365 * 20))
            resolved = None if i % 200 == 0 else format_utc_iso(noted + dt.timedelta(days=20))
            reactions.append((SITES[i % len(SITES)], rng.choice(("swelling", "redness", "lump")),
                              format_utc_iso(noted), resolved))
        conn.executemany(
            "INSERT INTO site_reactions (site_code, kind, noted_utc, resolved_utc)"
            " VALUES (?, ?, ?, ?)", reactions)
    db.close()
    return paths
