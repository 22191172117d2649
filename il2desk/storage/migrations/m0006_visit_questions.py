"""Schema version 5: the patient's own questions for a visit report (issue 24), kept
with the date of the report they were typed for."""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE visit_questions (
        report_date TEXT PRIMARY KEY,
        questions   TEXT NOT NULL,
        saved_utc   TEXT NOT NULL
    )
    """,
)
