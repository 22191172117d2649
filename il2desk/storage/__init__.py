"""Storage layer: the SQLite file, its migrations and the repositories over it (no Qt)."""
