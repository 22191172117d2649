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
    m0005_application_id,
    m0006_visit_questions,
    m0007_spacing_confirmed,
    m0008_course_states,
    m0009_lab_reason_codes,
)

MIGRATIONS: list[tuple[str, ...]] = [
    m0001_initial.STATEMENTS,
    m0002_diary_symptom_index.STATEMENTS,
    m0003_missed_reason.STATEMENTS,
    m0004_reaction_size_and_scab.STATEMENTS,
    m0005_application_id.STATEMENTS,
    m0006_visit_questions.STATEMENTS,
    m0007_spacing_confirmed.STATEMENTS,
    m0008_course_states.STATEMENTS,
    m0009_lab_reason_codes.STATEMENTS,
]

LATEST_VERSION = len(MIGRATIONS)

APPLICATION_ID = m0005_application_id.APPLICATION_ID
# The first schema version whose records carry APPLICATION_ID (records of earlier
# versions are recognised by their tables instead).
APPLICATION_ID_VERSION = MIGRATIONS.index(m0005_application_id.STATEMENTS) + 1
