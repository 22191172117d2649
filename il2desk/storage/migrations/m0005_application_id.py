"""Schema version 5: the record carries il2desk's own mark, SQLite's `application_id`.

With it a SQLite file written by another program is told apart from an il2desk record
before anything is written to it (issue 21). Older records get the mark here; the
header field commits with the migration's transaction.
"""

# "IL2D" in ASCII: a number of our own, not in SQLite's list of registered ids.
APPLICATION_ID = 0x494C3244

STATEMENTS: tuple[str, ...] = (
    f"PRAGMA application_id = {APPLICATION_ID}",
)
