"""Read-only places, odd data folders and symlinked records (issue 21).

il2desk never changes permissions to make something writable: a read-only record or
folder is opened read-only, so reading commands and copies elsewhere work, and every
writing command fails with one plain line (exit 1, no traceback) before anything is
tried; its bytes and its permissions stay as they were. The window and the reading
and writing commands of every case are in tests/test_record_cases.py; here, the other
commands. Permission tests run as an ordinary user (tests/record_places.py: root
through `setpriv` without the capabilities that bypass file permissions).
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from il2desk.storage.paths import DataPaths
from tests.record_places import (
    as_ordinary_user,
    assert_one_line,
    il2desk,
    read_only_tmpfs,
    remove_user_folder,
    sha256,
    user_folder,
)


@pytest.fixture
def user_dir():
    """A folder of the test's own (outside pytest's root-only tmp folder)."""
    folder = user_folder()
    yield folder
    remove_user_folder(folder)


def make_record(data_dir: Path, user: list[str] | None) -> Path:
    result = il2desk("--data-dir", str(data_dir), "course", "new", "--start", "2027-01-04",
                     "--dose-miu", "4.5", "--prefilled", "--confirm-dose", user=user)
    assert result.returncode == 0, result.stderr
    return data_dir / "il2desk.sqlite3"


def assert_one_line_refusal(result, *words: str) -> None:
    assert_one_line(result, 1, *words)


@pytest.mark.parametrize("what", ["record", "folder"])
def test_a_read_only_record_is_read_copied_and_exported_but_never_written(user_dir, what):
    user = as_ordinary_user()
    data_dir = user_dir / "data"
    record = make_record(data_dir, user)
    target = record if what == "record" else data_dir
    mode = 0o400 if what == "record" else 0o500
    target.chmod(mode)
    before, names = sha256(record), sorted(p.name for p in data_dir.iterdir())
    out = user_dir / "out"
    out.mkdir()
    for command in (["course", "show", "1"], ["labs", "list"],
                    ["export-csv", "--diary", str(out / "diary.csv")],
                    ["export-ics", "--all", str(out / "doses.ics")],
                    ["backup", str(out / "copy.sqlite3")]):
        result = il2desk("--data-dir", str(data_dir), *command, user=user)
        assert result.returncode == 0 and result.stderr == "", (command, result.stderr)
    assert "DTSTART" in (out / "doses.ics").read_text()  # the course's events
    assert sha256(out / "copy.sqlite3") is not None
    for command in (["labs", "add", "--date", "2026-11-20", "--cd4", "500"],
                    ["course", "cancel", "1"]):
        result = il2desk("--data-dir", str(data_dir), *command, user=user)
        assert_one_line_refusal(result, "Nothing was saved: your record is read-only here")
    result = il2desk("--data-dir", str(data_dir), "restore", str(out / "copy.sqlite3"),
                     user=user)
    assert_one_line_refusal(result, "read-only", "Nothing was changed")
    assert stat.S_IMODE(target.stat().st_mode) == mode  # not made writable
    assert sha256(record) == before
    # Nothing beside it either: no journal, no lock, no backup or copy folders.
    assert sorted(p.name for p in data_dir.iterdir()) == names


def test_backup_refuses_a_read_only_destination_and_keeps_the_folder_mode(user_dir):
    user = as_ordinary_user()
    data_dir = user_dir / "data"
    make_record(data_dir, user)
    out = user_dir / "out"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    result = il2desk("--data-dir", str(data_dir), "backup", str(out / "b.sqlite3"), user=user)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o755  # the user's folder keeps its rights
    old = out / "old.sqlite3"
    old.write_bytes(b"an older backup")
    old.chmod(0o444)
    result = il2desk("--data-dir", str(data_dir), "backup", str(old), user=user)
    assert_one_line_refusal(result, "read-only")
    assert old.read_bytes() == b"an older backup"


@pytest.mark.parametrize("case", ["a file", "a dangling symlink", "inside a file"])
def test_an_odd_data_folder_gives_one_plain_line(tmp_path, case):
    target = tmp_path / "data"
    if case == "a file":
        target.write_text("not a folder")
    elif case == "a dangling symlink":
        target.symlink_to(tmp_path / "unplugged-disk" / "il2desk")
    else:
        (tmp_path / "notes").write_text("x")
        target = tmp_path / "notes" / "data"
    for command in (["course", "list"], ["restore", str(tmp_path / "x.sqlite3")],
                    ["export-csv", "--diary", str(tmp_path / "d.csv")]):
        result = il2desk("--data-dir", str(target), *command)
        assert_one_line_refusal(result, "Nothing was changed")


def test_a_record_reached_through_a_symlink_gets_private_journals(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "record.sqlite3"
    sqlite3.connect(real).close()
    real.chmod(0o644)
    paths = DataPaths.create(tmp_path / "data")
    paths.database.symlink_to(real)
    from il2desk.storage.database import Database

    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('k', 'v')")
    for suffix in ("", "-wal", "-shm"):
        journal = elsewhere / f"record.sqlite3{suffix}"
        assert journal.exists()
        assert stat.S_IMODE(journal.stat().st_mode) == 0o600, suffix
    db.close()


@pytest.fixture
def read_only_mount(tmp_path):
    """A tmpfs holding a healthy record, then made read-only (skip where not allowed)."""
    with read_only_tmpfs(tmp_path / "ro", lambda place: make_record(place / "data", [])) \
            as place:
        yield place


def test_a_read_only_disk_refuses_a_restore_and_a_new_folder(read_only_mount, tmp_path):
    data_dir = read_only_mount / "data"
    record = data_dir / "il2desk.sqlite3"
    before = record.read_bytes()
    result = il2desk("--data-dir", str(data_dir), "restore", str(tmp_path / "none.sqlite3"))
    assert_one_line_refusal(result, "read-only", "Nothing was changed")
    result = il2desk("--data-dir", str(read_only_mount / "new-data"), "course", "list")
    assert_one_line_refusal(result, "read-only")
    assert record.read_bytes() == before


def test_the_window_opens_a_read_only_disk_read_only(read_only_mount, qtbot):
    from il2desk.app import build_context, read_only_place
    from il2desk.services.single_instance import SingleInstance
    from il2desk.storage.paths import DataPaths
    from il2desk.ui.main_window import MainWindow
    from il2desk.ui.prompter import ScriptedPrompter

    data_dir = read_only_mount / "data"
    instance = SingleInstance(data_dir)
    assert instance.acquire(listen=False) is False
    assert instance.lock_not_writable  # no lock there, and none needed:
    assert read_only_place(DataPaths(data_dir))  # so the window opens (app.run_gui)
    ctx = build_context(data_dir, default_zone="UTC")
    try:
        assert ctx.read_only
        window = MainWindow(ctx, prompter=ScriptedPrompter())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.start_up.done)  # its steps run on the open record
        assert window.read_only_banner is not None and window.read_only_banner.isVisible()
    finally:
        ctx.db.close()
