"""Schema version 8: courses as they really happen (issue 19, rules R17 and R18).

- A course can be "stopped" early, with the reason (side effects, infection, the
  doctor's decision, other) and when; "cancelled" is kept for a course that never began.
- An injection can be "not_given": the course was stopped or shortened. It is a state
  of its own, not "missed". The old "skipped" (issue 20's first stop) becomes "not_given".
- The doctor's regimen: days per course and injections per day (rule R18), so a
  course may hold up to 28 days of one or two injections; and the route: at home, or
  in hospital by continuous infusion (no home injections, but it counts for R4/R16).

SQLite cannot change a CHECK, so both tables are rebuilt (the runner turns foreign
keys off around the migration, as SQLite's documented procedure asks, and checks
them before committing). Existing records are brought to the new states: a
cancelled course in which an injection had been given was in fact stopped early
(reason "other", at its last change); the injections still planned in a cancelled
or stopped course were not given.
"""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE courses_v8 (
        id                       INTEGER PRIMARY KEY,
        start_date               TEXT NOT NULL,
        zone_name                TEXT NOT NULL,
        dose_miu                 TEXT NOT NULL,
        dose_confirmed           INTEGER NOT NULL DEFAULT 0,
        morning_local            TEXT NOT NULL,
        evening_local            TEXT NOT NULL,
        interval_weeks           INTEGER NOT NULL DEFAULT 8,
        preparation              TEXT NOT NULL DEFAULT 'prefilled'
                                 CHECK (preparation IN ('prefilled', 'vial')),
        syringe_kind             TEXT,
        concentration_miu_per_ml TEXT,
        status                   TEXT NOT NULL DEFAULT 'planned'
                                 CHECK (status IN ('planned', 'done', 'stopped', 'cancelled')),
        stop_reason              TEXT
                                 CHECK (stop_reason IN ('side_effects', 'infection',
                                                        'doctor', 'other')),
        stopped_utc              TEXT,
        days                     INTEGER NOT NULL DEFAULT 5 CHECK (days BETWEEN 1 AND 28),
        per_day                  INTEGER NOT NULL DEFAULT 2 CHECK (per_day IN (1, 2)),
        route                    TEXT NOT NULL DEFAULT 'home'
                                 CHECK (route IN ('home', 'hospital')),
        recorded_after           INTEGER NOT NULL DEFAULT 0,
        hard_to_tolerate         INTEGER NOT NULL DEFAULT 0,
        blood_work_date          TEXT,
        notes                    TEXT NOT NULL DEFAULT '',
        created_utc              TEXT NOT NULL,
        updated_utc              TEXT NOT NULL
    )
    """,
    """
    INSERT INTO courses_v8 (id, start_date, zone_name, dose_miu, dose_confirmed,
        morning_local, evening_local, interval_weeks, preparation, syringe_kind,
        concentration_miu_per_ml, status, stop_reason, stopped_utc, recorded_after,
        hard_to_tolerate, blood_work_date, notes, created_utc, updated_utc)
    SELECT c.id, c.start_date, c.zone_name, c.dose_miu, c.dose_confirmed,
        c.morning_local, c.evening_local, c.interval_weeks, c.preparation, c.syringe_kind,
        c.concentration_miu_per_ml,
        CASE WHEN c.status = 'cancelled' AND EXISTS (
                 SELECT 1 FROM injections i WHERE i.course_id = c.id AND i.status = 'done')
             THEN 'stopped' ELSE c.status END,
        CASE WHEN c.status = 'cancelled' AND EXISTS (
                 SELECT 1 FROM injections i WHERE i.course_id = c.id AND i.status = 'done')
             THEN 'other' END,
        CASE WHEN c.status = 'cancelled' AND EXISTS (
                 SELECT 1 FROM injections i WHERE i.course_id = c.id AND i.status = 'done')
             THEN c.updated_utc END,
        c.recorded_after, c.hard_to_tolerate, c.blood_work_date, c.notes, c.created_utc,
        c.updated_utc
    FROM courses c
    """,
    "DROP TABLE courses",
    "ALTER TABLE courses_v8 RENAME TO courses",
    "CREATE INDEX courses_by_start ON courses (start_date)",
    """
    CREATE TABLE injections_v8 (
        id                     INTEGER PRIMARY KEY,
        course_id              INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        seq                    INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 56),
        day                    INTEGER NOT NULL CHECK (day BETWEEN 1 AND 28),
        slot                   TEXT NOT NULL CHECK (slot IN ('morning', 'evening')),
        planned_local          TEXT NOT NULL,
        planned_utc            TEXT NOT NULL,
        zone_name              TEXT NOT NULL,
        adjustment             TEXT NOT NULL DEFAULT 'none',
        status                 TEXT NOT NULL DEFAULT 'planned'
                               CHECK (status IN ('planned', 'done', 'missed', 'not_given')),
        given_utc              TEXT,
        late                   INTEGER NOT NULL DEFAULT 0,
        site_code              TEXT REFERENCES sites (code),
        pretreatment_utc       TEXT,
        pretreatment_skipped   INTEGER NOT NULL DEFAULT 0,
        ice_before_done        INTEGER NOT NULL DEFAULT 0,
        ice_after_done         INTEGER NOT NULL DEFAULT 0,
        sharps_done            INTEGER NOT NULL DEFAULT 0,
        vial_id                INTEGER REFERENCES vials (id),
        ics_uid                TEXT NOT NULL UNIQUE,
        ics_sequence           INTEGER NOT NULL DEFAULT 0,
        missed_reason          TEXT NOT NULL DEFAULT '',
        spacing_confirmed      INTEGER NOT NULL DEFAULT 0,  -- rule S1 (m0007)
        UNIQUE (course_id, seq)
    )
    """,
    """
    INSERT INTO injections_v8 (id, course_id, seq, day, slot, planned_local, planned_utc,
        zone_name, adjustment, status, given_utc, late, site_code, pretreatment_utc,
        pretreatment_skipped, ice_before_done, ice_after_done, sharps_done, vial_id,
        ics_uid, ics_sequence, missed_reason, spacing_confirmed)
    SELECT i.id, i.course_id, i.seq, i.day, i.slot, i.planned_local, i.planned_utc,
        i.zone_name, i.adjustment,
        CASE WHEN i.status = 'skipped' THEN 'not_given'
             WHEN i.status = 'planned' AND (SELECT c.status FROM courses c
                                            WHERE c.id = i.course_id)
                                           IN ('cancelled', 'stopped') THEN 'not_given'
             ELSE i.status END,
        i.given_utc, i.late, i.site_code, i.pretreatment_utc, i.pretreatment_skipped,
        i.ice_before_done, i.ice_after_done, i.sharps_done, i.vial_id, i.ics_uid,
        i.ics_sequence, i.missed_reason, i.spacing_confirmed
    FROM injections i
    """,
    "DROP TABLE injections",
    "ALTER TABLE injections_v8 RENAME TO injections",
    "CREATE INDEX injections_by_planned ON injections (planned_utc)",
    "CREATE INDEX injections_by_site ON injections (site_code, given_utc)",
)
