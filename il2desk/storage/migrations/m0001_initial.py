"""Schema version 1: every table the first features need.

Conventions: instants are ISO 8601 UTC text (`*_utc`) with the IANA zone name beside
them (`zone_name`); wall-clock times are naive ISO text (`*_local`); doses, volumes and
concentrations are Decimal text with the unit in the column name (rule D1).
"""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE courses (
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
                                 CHECK (status IN ('planned', 'done', 'cancelled')),
        recorded_after           INTEGER NOT NULL DEFAULT 0,
        hard_to_tolerate         INTEGER NOT NULL DEFAULT 0,
        blood_work_date          TEXT,
        notes                    TEXT NOT NULL DEFAULT '',
        created_utc              TEXT NOT NULL,
        updated_utc              TEXT NOT NULL
    )
    """,
    "CREATE INDEX courses_by_start ON courses (start_date)",
    """
    CREATE TABLE course_checks (
        course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        key       TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('precheck', 'support')),
        answer    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (course_id, key)
    )
    """,
    """
    CREATE TABLE sites (
        code       TEXT PRIMARY KEY,
        region     TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        enabled    INTEGER NOT NULL DEFAULT 1
    )
    """,
    """
    INSERT INTO sites (code, region, sort_order) VALUES
        ('abdomen-upper-left',  'abdomen', 1),
        ('abdomen-upper-right', 'abdomen', 2),
        ('abdomen-lower-left',  'abdomen', 3),
        ('abdomen-lower-right', 'abdomen', 4),
        ('thigh-left',          'thigh',   5),
        ('thigh-right',         'thigh',   6),
        ('arm-left',            'arm',     7),
        ('arm-right',           'arm',     8)
    """,
    """
    CREATE TABLE vials (
        id                       INTEGER PRIMARY KEY,
        mixed_utc                TEXT NOT NULL,
        usable_until_utc         TEXT NOT NULL,
        zone_name                TEXT NOT NULL,
        vial_miu                 TEXT,
        diluent_ml               TEXT,
        concentration_miu_per_ml TEXT NOT NULL,
        doses_drawn              INTEGER NOT NULL DEFAULT 0,
        doses_expected           INTEGER,
        discarded                INTEGER NOT NULL DEFAULT 0,
        note                     TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE injections (
        id                     INTEGER PRIMARY KEY,
        course_id              INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        seq                    INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 10),
        day                    INTEGER NOT NULL CHECK (day BETWEEN 1 AND 5),
        slot                   TEXT NOT NULL CHECK (slot IN ('morning', 'evening')),
        planned_local          TEXT NOT NULL,
        planned_utc            TEXT NOT NULL,
        zone_name              TEXT NOT NULL,
        adjustment             TEXT NOT NULL DEFAULT 'none',
        status                 TEXT NOT NULL DEFAULT 'planned'
                               CHECK (status IN ('planned', 'done', 'missed', 'skipped')),
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
        UNIQUE (course_id, seq)
    )
    """,
    "CREATE INDEX injections_by_planned ON injections (planned_utc)",
    "CREATE INDEX injections_by_site ON injections (site_code, given_utc)",
    """
    CREATE TABLE site_reactions (
        id           INTEGER PRIMARY KEY,
        site_code    TEXT NOT NULL REFERENCES sites (code),
        injection_id INTEGER REFERENCES injections (id) ON DELETE SET NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('swelling', 'redness', 'lump', 'other')),
        noted_utc    TEXT NOT NULL,
        resolved_utc TEXT,
        note         TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX site_reactions_open ON site_reactions (site_code, resolved_utc)",
    """
    CREATE TABLE diary_entries (
        id            INTEGER PRIMARY KEY,
        course_id     INTEGER REFERENCES courses (id) ON DELETE SET NULL,
        symptom       TEXT NOT NULL,
        other_text    TEXT NOT NULL DEFAULT '',
        severity      TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
        temperature_c TEXT,
        occurred_utc  TEXT NOT NULL,
        zone_name     TEXT NOT NULL,
        note          TEXT NOT NULL DEFAULT '',
        is_emergency  INTEGER NOT NULL DEFAULT 0,
        created_utc   TEXT NOT NULL
    )
    """,
    "CREATE INDEX diary_by_time ON diary_entries (occurred_utc)",
    "CREATE INDEX diary_by_course ON diary_entries (course_id, occurred_utc)",
    """
    CREATE TABLE lab_results (
        id                INTEGER PRIMARY KEY,
        drawn_date        TEXT NOT NULL,
        cd4_count         INTEGER,
        cd4_percent       TEXT,
        viral_load_form   TEXT NOT NULL DEFAULT 'none'
                          CHECK (viral_load_form IN ('none', 'value', 'undetectable', 'below')),
        viral_load        INTEGER,
        unreliable        INTEGER NOT NULL DEFAULT 0,
        unreliable_reason TEXT NOT NULL DEFAULT '',
        note              TEXT NOT NULL DEFAULT '',
        created_utc       TEXT NOT NULL
    )
    """,
    "CREATE INDEX labs_by_date ON lab_results (drawn_date)",
    """
    CREATE TABLE supplies (
        item  TEXT PRIMARY KEY,
        count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0)
    )
    """,
    """
    CREATE TABLE reminders (
        id                INTEGER PRIMARY KEY,
        key               TEXT NOT NULL UNIQUE,
        kind              TEXT NOT NULL,
        course_id         INTEGER REFERENCES courses (id) ON DELETE CASCADE,
        injection_id      INTEGER REFERENCES injections (id) ON DELETE CASCADE,
        due_utc           TEXT NOT NULL,
        state             TEXT NOT NULL DEFAULT 'pending'
                          CHECK (state IN ('pending', 'shown', 'snoozed', 'acknowledged')),
        snoozed_until_utc TEXT,
        shown_utc         TEXT,
        shown_late        INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX reminders_due ON reminders (state, due_utc)",
)
