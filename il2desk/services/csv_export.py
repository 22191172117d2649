"""Diary and lab results as CSV for the doctor: UTF-8, a header row, ISO dates.

Files are written whole or not at all (services/atomic_write); a failure raises
ExportProblem with a plain sentence.

A spreadsheet program runs a cell that begins with `=`, `+`, `-` or `@` as a formula
(and some strip a leading tab or carriage return first), so text the user typed is
neutralised with the usual leading apostrophe; numbers and dates, which il2desk
writes itself, stay numbers and dates (issue 21). The file starts with a UTF-8
byte-order mark so that spreadsheet programs on Windows read accents right.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from il2desk.domain.labs import LabResult
from il2desk.domain.timeplan import from_utc, parse_utc_iso
from il2desk.services.atomic_write import write_bytes_atomic
from il2desk.storage.database import Database
from il2desk.storage.lab_repo import read_reason

DIARY_HEADER = ("date_time", "time_zone", "course_id", "symptom", "details", "severity",
                "temperature_c", "emergency_sign", "note", "course_state")
LABS_HEADER = ("date_drawn", "cd4_cells_per_ul", "cd4_percent", "viral_load_copies_per_ml",
               "unreliable", "unreliable_reason", "note")


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: object) -> str:
    """Text the user typed, made safe to open in a spreadsheet program."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS) or text.lstrip(" \t\r\n").startswith(
            _FORMULA_STARTS[:4]):
        return "'" + text
    return text


def _course_states(db: Database, now_utc: dt.datetime | None) -> dict[int, str]:
    """Rule R17: each course's state in words ("stopped early (side effects)"), as of
    today in the course's zone; the file is for the doctor, in English like its other
    words."""
    from il2desk.domain.visit_report import course_state_of, state_message
    from il2desk.storage.course_repo import CourseRepository

    repo = CourseRepository(db)
    counts = repo.injection_status_counts()
    out: dict[int, str] = {}
    if now_utc is None:
        from il2desk.services.clock import SystemClock

        now_utc = SystemClock().now_utc()
    for course in repo.list():
        today = from_utc(now_utc, course.zone_name).date()
        state = course_state_of(course, counts.get(course.id, {}), today)
        out[course.id] = state_message(state, course.stop_reason).english()
    return out


def diary_csv(db: Database, now_utc: dt.datetime | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DIARY_HEADER)
    rows = db.conn.execute(
        "SELECT course_id, symptom, other_text, severity, temperature_c, occurred_utc,"
        " zone_name, note, is_emergency FROM diary_entries ORDER BY occurred_utc, id")
    states = _course_states(db, now_utc)
    for row in rows:
        local = from_utc(parse_utc_iso(row["occurred_utc"]), row["zone_name"])
        writer.writerow((
            local.isoformat(timespec="minutes"), row["zone_name"], row["course_id"] or "",
            text_cell(row["symptom"]), text_cell(row["other_text"]),
            text_cell(row["severity"]), row["temperature_c"] or "",
            "yes" if row["is_emergency"] else "no", text_cell(row["note"]),
            states.get(row["course_id"], ""),
        ))
    return out.getvalue()


def _viral_load_text(form: str, value: int | None) -> str:
    if form == "value" and value is not None:
        return str(value)
    if form == "below" and value is not None:
        return f"<{value}"
    if form == "undetectable":
        return "undetectable"
    return ""


def labs_csv(db: Database) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(LABS_HEADER)
    rows = db.conn.execute(
        "SELECT drawn_date, cd4_count, cd4_percent, viral_load_form, viral_load, unreliable,"
        " unreliable_code, unreliable_params, note FROM lab_results ORDER BY drawn_date, id")
    for row in rows:
        # The record keeps the reason as a code and values; the file says it in words.
        reason = read_reason(row["unreliable_code"], row["unreliable_params"])
        why = str(LabResult(None, dt.date.min, unreliable=bool(row["unreliable"]),
                            unreliable_reason=reason).reason_message)
        writer.writerow((
            row["drawn_date"], "" if row["cd4_count"] is None else row["cd4_count"],
            row["cd4_percent"] or "", _viral_load_text(row["viral_load_form"], row["viral_load"]),
            "yes" if row["unreliable"] else "no", text_cell(why),
            text_cell(row["note"]),
        ))
    return out.getvalue()


def export_diary(db: Database, dest: Path) -> None:
    write_bytes_atomic(dest, diary_csv(db).encode("utf-8-sig"))


def export_labs(db: Database, dest: Path) -> None:
    write_bytes_atomic(dest, labs_csv(db).encode("utf-8-sig"))
