"""Schema version 3: why an injection was skipped (issue 6: "recorded as missed with a
reason; nothing is silently lost")."""

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE injections ADD COLUMN missed_reason TEXT NOT NULL DEFAULT ''",
)
