"""Ordered schema migrations.

`MIGRATIONS[i]` takes the schema from version i to version i + 1; the version lives in
`PRAGMA user_version`. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from il2desk.storage.migrations import (
    m0001_initial,
    m0002_diary_symptom_index,
    m0003_missed_reason,
    m0004_reaction_size_and_scab,
    m0005_spacing_confirmed,
)

MIGRATIONS: list[tuple[str, ...]] = [
    m0001_initial.STATEMENTS,
    m0002_diary_symptom_index.STATEMENTS,
    m0003_missed_reason.STATEMENTS,
    m0004_reaction_size_and_scab.STATEMENTS,
    m0005_spacing_confirmed.STATEMENTS,
]

LATEST_VERSION = len(MIGRATIONS)
