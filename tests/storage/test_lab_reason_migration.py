"""Issue 18 §2: a lab result's rule R16 reason is stored as a code and values. A record
made by the previous version, which stored English sentences, is converted; a sentence
that matches no known form is kept word for word and still shown."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from il2desk.domain.labs import LabReason, LabReasonCode
from il2desk.storage.database import Database
from il2desk.storage.lab_repo import LabRepository
from il2desk.storage.migrations import LATEST_VERSION, MIGRATIONS, m0009_lab_reason_codes
from il2desk.storage.paths import DataPaths
from tests.builders import an_older_record

PREVIOUS = MIGRATIONS.index(m0009_lab_reason_codes.STATEMENTS)  # the version before
T = "2026-10-01T08:00:00+00:00"
MARCH_4 = dt.date(2026, 3, 4)
WHY_AFTER = ("Within 4 weeks after a course the counts are still changed by it, so this "
             "result is kept but left out of the trend and the suggestions.")
# Exactly what the previous version wrote (its judge_reliability, run for these draws).
OLD_REASONS = {
    1: "",
    2: ("Drawn during the course that started on 04 March 2026: the counts are changed by "
        "it, so this result is kept but left out of the trend and the suggestions."),
    3: "Drawn 1 day after the last injection of the course that started on 04 March 2026. "
       + WHY_AFTER,
    4: "Drawn 12 days after the last injection of the course that started on 04 March 2026. "
       + WHY_AFTER,
    5: "Drawn 28 days after the last injection of the course that started on 31 December "
       "2025. " + WHY_AFTER,
    # Not the previous version's words (edited by hand, or a form never written):
    6: "Drawn soon after a course, ask the doctor.",
    7: "Drawn 3 day after the last injection of the course that started on 04 March 2026. "
       + WHY_AFTER,  # "3 day": not a form it wrote
    8: "Drawn during the course that started on 31 February 2026: the counts are changed by "
       "it, so this result is kept but left out of the trend and the suggestions.",
    9: "Drawn 2 days after the last injection of the course that started on 04 Maytember "
       "2026. " + WHY_AFTER,
    10: "Drawn x days after the last injection of the course that started on 04 March 2026. "
        + WHY_AFTER,
    11: "",  # marked unreliable with no reason
}


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths.create(tmp_path / "data")


def _previous_version_record(paths: DataPaths) -> None:
    with an_older_record(paths.database, PREVIOUS) as conn:
        for result_id, reason in OLD_REASONS.items():
            conn.execute(
                "INSERT INTO lab_results (id, drawn_date, cd4_count, cd4_percent, "
                "viral_load_form, viral_load, unreliable, unreliable_reason, note, "
                "created_utc) VALUES (?, '2026-03-20', 700, '31.5', 'below', 50, ?, ?, "
                "'it''s mine', ?)", (result_id, int(bool(reason) or result_id == 11), reason, T))


def test_a_previous_record_keeps_codes_and_values_not_sentences(paths):
    _previous_version_record(paths)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    try:
        assert db.schema_version == LATEST_VERSION
        columns = [row[1] for row in db.conn.execute("PRAGMA table_info(lab_results)")]
        assert "unreliable_reason" not in columns
        stored = {row[0]: (row[1], json.loads(row[2])) for row in db.conn.execute(
            "SELECT id, unreliable_code, unreliable_params FROM lab_results")}
        assert stored == {
            1: ("", {}),
            2: ("during_course", {"start": "2026-03-04"}),
            3: ("after_course", {"start": "2026-03-04", "days": 1}),
            4: ("after_course", {"start": "2026-03-04", "days": 12}),
            5: ("after_course", {"start": "2025-12-31", "days": 28}),
            6: ("text", {"text": OLD_REASONS[6]}),
            7: ("text", {"text": OLD_REASONS[7]}),
            8: ("text", {"text": OLD_REASONS[8]}),
            9: ("text", {"text": OLD_REASONS[9]}),
            10: ("text", {"text": OLD_REASONS[10]}),
            11: ("", {}),
        }
        results = {r.id: r for r in LabRepository(db).all()}
        # Everything else is kept as it was.
        assert all(r.cd4_count == 700 and str(r.cd4_percent) == "31.5"
                   and r.viral_load == 50 and r.note == "it's mine" for r in results.values())
        assert [r.unreliable for r in results.values()] == [False] + [True] * 10
        assert results[3].unreliable_reason == LabReason(
            LabReasonCode.AFTER_COURSE, course_start=MARCH_4, days_after=1)
        # The converted reasons say what the old sentences said (the date now in the one
        # long style); the unknown ones are shown as they were written.
        assert str(results[2].reason_message) == OLD_REASONS[2].replace(
            "04 March 2026", "Wednesday 4 March 2026")
        for result_id in (3, 4):
            assert str(results[result_id].reason_message) == OLD_REASONS[result_id].replace(
                "04 March 2026", "Wednesday 4 March 2026")
        for result_id in (6, 7, 8, 9, 10):
            assert results[result_id].reason_message == OLD_REASONS[result_id]
        assert str(results[11].reason_message) == "unreliable — too soon after a course"
        assert results[1].reason_message == ""
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexes = {row[1] for row in db.conn.execute("PRAGMA index_list(lab_results)")}
        assert {"labs_by_date", "labs_by_date_id"} <= indexes
    finally:
        db.close()
