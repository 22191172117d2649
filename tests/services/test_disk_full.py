"""A full disk (issue 21): every output is written whole or not at all.

Two ways to fill a disk: a simulated ENOSPC where the data is flushed (works
everywhere), and a real small tmpfs where this machine lets the tests mount one.
In both, an existing good file stays exactly as it was, no partial file is left,
the message is "The disk is full: nothing was written", and a full disk is never
reported as a damaged record or as "il2desk is already open".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from il2desk.domain.labs import LabResult, ViralLoadForm
from il2desk.services import atomic_write
from il2desk.services.atomic_write import ExportProblem
from il2desk.services.checklist import write_course_checklist_pdf
from il2desk.services.csv_export import export_diary, export_labs
from il2desk.services.ics_export import export_calendar
from il2desk.storage import database
from il2desk.storage.backup import automatic_backup, list_backups, manual_backup
from il2desk.storage.database import DatabaseProblem, is_disk_full
from il2desk.storage.record_problems import explain_sqlite_error
from tests.services.outputs_support import course_maker

FULL = "The disk is full: nothing was written"


def write_pdf(ctx, course_id, dest):
    write_course_checklist_pdf(ctx.courses, ctx.settings.current, course_id, dest)


def write_ics(ctx, course_id, dest):
    export_calendar(ctx.courses, ctx.settings.current, [course_id], dest, ctx.clock.now_utc())


def write_diary(ctx, _course_id, dest):
    export_diary(ctx.db, dest)


def write_labs(ctx, _course_id, dest):
    export_labs(ctx.db, dest)


def write_backup(ctx, _course_id, dest):
    manual_backup(ctx.db, dest)


def write_report(ctx, _course_id, dest):
    from il2desk.services.visit_report import load_visit_report, write_visit_report_pdf

    today = ctx.clock.now_utc().date()
    report = load_visit_report(ctx.courses, ctx.labs, ctx.diary, ctx.sites,
                               ctx.settings.current, today)
    write_visit_report_pdf(report, dest)


OUTPUTS = {"checklist.pdf": write_pdf, "calendar.ics": write_ics, "diary.csv": write_diary,
           "labs.csv": write_labs, "backup.sqlite3": write_backup, "report.pdf": write_report}


def refused_for_a_full_disk(action) -> None:
    """Run `action`; it must fail, and say (or mean) that the disk is full."""
    try:
        action()
    except ExportProblem as problem:
        assert FULL in str(problem)
    except (OSError, sqlite3.Error) as error:  # backups: the CLI words them (is_disk_full)
        assert is_disk_full(error), error
    else:
        pytest.fail("a write to a full disk was reported as done")


@pytest.fixture
def course_id(ctx, qapp):
    ctx.labs.add(LabResult(id=None, drawn_date=dt.date(2026, 11, 2), cd4_count=640,
                           cd4_percent=Decimal("31"),
                           viral_load_form=ViralLoadForm.UNDETECTABLE), ctx.clock.now_utc())
    return course_maker(ctx)()


@pytest.mark.parametrize("name", OUTPUTS)
def test_simulated_full_disk_keeps_the_old_file(ctx, course_id, tmp_path, monkeypatch, name):
    dest = tmp_path / "out" / name
    dest.parent.mkdir()
    OUTPUTS[name](ctx, course_id, dest)  # a good file, from before
    good = dest.read_bytes()

    def no_space(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # Where a full disk shows up last: when the data are flushed to the disk.
    monkeypatch.setattr(atomic_write.os, "fsync", no_space)
    monkeypatch.setattr(database.os, "fsync", no_space)
    refused_for_a_full_disk(lambda: OUTPUTS[name](ctx, course_id, dest))
    assert dest.read_bytes() == good
    assert sorted(p.name for p in dest.parent.iterdir()) == [name]  # no partial file


def test_a_pdf_cut_off_by_the_writer_is_never_reported_written(ctx, course_id, tmp_path,
                                                               monkeypatch):
    from il2desk.services import checklist

    dest = tmp_path / "checklist.pdf"
    real_bytes = bytes

    def cut(value=b"", *args):
        data = real_bytes(value, *args) if args else real_bytes(value)
        return data[: len(data) // 2] if data.startswith(b"%PDF-") else data

    monkeypatch.setattr(checklist, "bytes", cut, raising=False)
    with pytest.raises(ExportProblem, match="could not be made"):
        write_pdf(ctx, course_id, dest)
    assert not dest.exists()


# --- a real full disk ---------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, or a skip where this machine does not allow mounting one."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs",
                             str(mount_point)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"no tmpfs here ({result.stderr.strip()}); the simulated test runs")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk holding `folder`, leaving about `leave` bytes free (0: none)."""
    def free() -> int:
        stats = os.statvfs(folder)
        return stats.f_bavail * stats.f_frsize

    with open(folder / "filler", "ab", buffering=0) as handle:
        with contextlib.suppress(OSError):
            while free() > leave + 4096:
                handle.write(b"\0" * 4096)
        if leave == 0:
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0")
    assert free() <= leave + 4096


@pytest.mark.parametrize("leave", [0, 8 * 1024])  # 8 KB: room for a cut-off file
@pytest.mark.parametrize("name", OUTPUTS)
def test_real_full_disk_writes_nothing(ctx, course_id, small_disk, name, leave):
    dest = small_disk / name
    OUTPUTS[name](ctx, course_id, small_disk / "size")
    size = (small_disk / "size").stat().st_size
    (small_disk / "size").unlink()
    if size <= leave + 8192:
        pytest.skip("this output fits in the room left")
    fill(small_disk, leave=leave)
    refused_for_a_full_disk(lambda: OUTPUTS[name](ctx, course_id, dest))
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_failed_automatic_backup_leaves_no_file_and_takes_no_slot(small_disk, make_ctx,
                                                                  monkeypatch):
    from il2desk.app import build_context

    ctx = build_context(small_disk / "data", default_zone="UTC")
    ctx.settings.update_field("doctor_phone", "555 0100")
    now = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
    for day in range(7):
        automatic_backup(ctx.db, ctx.paths, now + dt.timedelta(days=day))
    before = sorted(p.name for p in ctx.paths.backups.iterdir())
    # what an interrupted backup of an older version left behind
    (ctx.paths.backups / "auto-20261108T090000Z.sqlite3-journal").write_bytes(b"x" * 512)
    fill(small_disk, leave=0)
    with pytest.raises(sqlite3.Error) as caught:
        automatic_backup(ctx.db, ctx.paths, now + dt.timedelta(days=30))
    assert is_disk_full(caught.value)
    assert sorted(p.name for p in ctx.paths.backups.iterdir()) == before  # journal gone too
    assert len([b for b in list_backups(ctx.paths.backups) if b.automatic]) == 7
    ctx.db.close()


def test_a_healthy_record_on_a_full_disk_is_not_called_damaged(small_disk):
    from il2desk.app import build_context

    ctx = build_context(small_disk / "data", default_zone="UTC")
    ctx.settings.update_field("doctor_phone", "555 0100")
    ctx.db.close()
    record = small_disk / "data" / "il2desk.sqlite3"
    before = record.read_bytes()
    fill(small_disk, leave=0)
    try:
        ctx = build_context(small_disk / "data", default_zone="UTC")
    except DatabaseProblem as problem:
        assert problem.kind is database.ProblemKind.DISK_FULL, problem.message
        assert problem.copy_path is None
    else:
        with pytest.raises(sqlite3.OperationalError) as caught:
            ctx.settings.update_field("doctor_phone", "555 0199")
        assert "disk is full" in explain_sqlite_error(caught.value)
        ctx.db.close()
    assert not (small_disk / "data" / "kept-copies").exists() or not any(
        (small_disk / "data" / "kept-copies").iterdir())
    # (read as it stands: on a full disk SQLite cannot make the -shm to read it in WAL)
    check = sqlite3.connect(f"{record.as_uri()}?mode=ro&immutable=1", uri=True)
    assert check.execute("SELECT value FROM settings WHERE key = 'doctor_phone'"
                         ).fetchone()[0] == "555 0100"
    check.close()
    assert record.read_bytes() == before


def test_a_full_disk_is_not_called_already_open(small_disk, qapp):
    from il2desk.app import place_problem_text
    from il2desk.services.single_instance import SingleInstance

    folder = small_disk / "data"
    folder.mkdir()
    fill(small_disk, leave=0)
    instance = SingleInstance(folder)
    assert instance.acquire(listen=False) is False
    assert instance.lock_not_writable
    assert FULL in place_problem_text(folder)
    assert "already open" not in place_problem_text(folder)
