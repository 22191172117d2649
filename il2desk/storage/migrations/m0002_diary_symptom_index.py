"""Schema version 2: the diary filtered by symptom stays instant over years of entries."""

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX diary_by_symptom ON diary_entries (symptom, occurred_utc, id)",
    "CREATE INDEX labs_by_date_id ON lab_results (drawn_date, id)",
)
