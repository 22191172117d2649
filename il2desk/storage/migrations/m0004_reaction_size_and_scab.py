"""Schema version 4: reactions get a size in cm and the kind "scab" (rule R12: nodules
can last months and may scab). SQLite cannot change a CHECK, so the table is rebuilt."""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE site_reactions_v4 (
        id           INTEGER PRIMARY KEY,
        site_code    TEXT NOT NULL REFERENCES sites (code),
        injection_id INTEGER REFERENCES injections (id) ON DELETE SET NULL,
        kind         TEXT NOT NULL
                     CHECK (kind IN ('swelling', 'redness', 'lump', 'scab', 'other')),
        size_cm      TEXT,
        noted_utc    TEXT NOT NULL,
        resolved_utc TEXT,
        note         TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    INSERT INTO site_reactions_v4
        (id, site_code, injection_id, kind, noted_utc, resolved_utc, note)
    SELECT id, site_code, injection_id, kind, noted_utc, resolved_utc, note
    FROM site_reactions
    """,
    "DROP TABLE site_reactions",
    "ALTER TABLE site_reactions_v4 RENAME TO site_reactions",
    "CREATE INDEX site_reactions_open ON site_reactions (site_code, resolved_utc)",
)
