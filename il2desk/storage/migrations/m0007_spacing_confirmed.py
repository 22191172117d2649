"""Rule S1: an injection recorded less than 8 hours after another one, or more than 2
hours before its planned time, keeps that the patient confirmed it explicitly."""

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE injections ADD COLUMN spacing_confirmed INTEGER NOT NULL DEFAULT 0",
)
