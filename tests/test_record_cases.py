"""Every damaged, hostile or read-only record place, in one table (issue 21).

One row per case. For each: the window is started as the program starts it (offscreen,
tests/window_probe.py) and the command line runs a reading command (`course list`)
and a writing one (`course new …`); each outcome is compared with the row, and the
record file's bytes (sha256) before and after wherever the promise is "never written".

Root ignores permissions: the rows about permissions run as an ordinary user (through
`setpriv` without the capabilities that bypass them, tests/record_places.py), so they
mean the same under root as for anyone. The read-only mount row needs a tmpfs and is
skipped where mounting is not allowed.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from il2desk.storage.migrations import LATEST_VERSION
from tests.builders import an_older_record
from tests.record_places import (
    as_ordinary_user,
    assert_one_line,
    il2desk,
    open_window,
    read_only_tmpfs,
    remove_user_folder,
    sha256,
    user_folder,
)

RECORD = "il2desk.sqlite3"
FIRST_COURSE = ("course", "new", "--start", "2027-01-04", "--dose-miu", "4.5", "--prefilled",
              "--confirm-dose")
NEW_COURSE = ("course", "new", "--start", "2027-06-07", "--dose-miu", "4.5", "--prefilled",
              "--confirm-dose")  # (after the first: the writing command of every row)
OPENED, READ_ONLY = "opened", "read-only"  # the window's outcomes besides a refusal


@pytest.fixture(scope="module")
def good_record() -> bytes:
    """The bytes of a healthy il2desk record holding one planned course."""
    folder = user_folder()
    try:
        assert il2desk("--data-dir", str(folder / "data"), *FIRST_COURSE).returncode == 0
        return (folder / "data" / RECORD).read_bytes()
    finally:
        remove_user_folder(folder)


# -- how each case is made: (base folder, good record bytes) -> (data folder, file) --------
def _data(base: Path, record: bytes | None = None) -> Path:
    data = base / "data"
    data.mkdir()
    if record is not None:
        (data / RECORD).write_bytes(record)
        (data / RECORD).chmod(0o600)
    return data


def foreign(application_id: int) -> Callable[[Path, bytes], tuple[Path, Path]]:
    def make(base: Path, _good: bytes) -> tuple[Path, Path]:
        data = _data(base)
        conn = sqlite3.connect(data / RECORD)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, taken TEXT)")
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
        conn.close()
        return data, data / RECORD
    return make


def newer(base: Path, good: bytes) -> tuple[Path, Path]:
    data = _data(base, good)
    conn = sqlite3.connect(data / RECORD)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    return data, data / RECORD


def garbage(base: Path, _good: bytes) -> tuple[Path, Path]:
    data = _data(base, b"this is a shopping list, not a record\n" * 40)
    return data, data / RECORD


def truncated(base: Path, good: bytes) -> tuple[Path, Path]:
    data = _data(base, good[: len(good) // 3])
    return data, data / RECORD


def empty(base: Path, _good: bytes) -> tuple[Path, Path]:
    data = _data(base, b"")
    return data, data / RECORD


def _crash_with_journal(data: Path) -> None:
    """Leave a -wal holding a committed save beside the record, as a crash does."""
    record = data / RECORD
    conn = sqlite3.connect(record)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO settings (key, value) VALUES ('doctor_phone', '555 0100')")
    conn.commit()
    saved = {suffix: Path(f"{record}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}
    conn.close()  # (removes the journal: put it back as the crash left it)
    for suffix, content in saved.items():
        Path(f"{record}{suffix}").write_bytes(content)
        Path(f"{record}{suffix}").chmod(0o600)


def left_over_journal(base: Path, good: bytes) -> tuple[Path, Path]:
    data = _data(base, good)
    _crash_with_journal(data)
    return data, data / RECORD


def read_only_record(base: Path, good: bytes) -> tuple[Path, Path]:
    data = _data(base, good)
    (data / RECORD).chmod(0o400)
    return data, data / RECORD


def read_only_folder(base: Path, good: bytes) -> tuple[Path, Path]:
    data = _data(base, good)
    data.chmod(0o500)
    return data, data / RECORD


def read_only_empty(base: Path, _good: bytes) -> tuple[Path, Path]:
    """Nothing to show, and no new record can be made there."""
    data = _data(base, b"")
    data.chmod(0o500)
    return data, data / RECORD


def read_only_older_record(base: Path, _good: bytes) -> tuple[Path, Path]:
    """A record of the version before this one (it needs a migration), read-only."""
    data = _data(base)
    with an_older_record(data / RECORD, LATEST_VERSION - 1):
        pass
    (data / RECORD).chmod(0o400)
    return data, data / RECORD


def read_only_folder_with_journal(base: Path, good: bytes) -> tuple[Path, Path]:
    """A crash's journal, its -shm gone, in a read-only folder: it cannot be read whole."""
    data = _data(base, good)
    _crash_with_journal(data)
    Path(f"{data / RECORD}-shm").unlink()
    data.chmod(0o500)
    return data, data / RECORD


def folder_is_a_file(base: Path, _good: bytes) -> tuple[Path, Path]:
    (base / "data").write_text("not a folder")
    return base / "data", base / "data"


def dangling_symlink(base: Path, _good: bytes) -> tuple[Path, Path]:
    (base / "data").symlink_to(base / "unplugged-disk" / "il2desk")
    return base / "data", base / "data"


def parent_is_a_file(base: Path, _good: bytes) -> tuple[Path, Path]:
    (base / "notes").write_text("my notes")
    return base / "notes" / "data", base / "notes"


def missing_parent(base: Path, _good: bytes) -> tuple[Path, Path]:
    """A disk not plugged in under a folder only the system may write (like /media)."""
    (base / "media").mkdir()
    (base / "media").chmod(0o555)
    return base / "media" / "usb-disk" / "il2desk", base / "media"


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path, bytes], tuple[Path, Path]]
    window: str  # OPENED, READ_ONLY, or words of the message shown before it stops
    cli_list: tuple[int, str]  # exit code, and words of the one line (exit 1)
    cli_new: tuple[int, str]
    unchanged: bool = True  # the file's bytes are the same after everything
    as_user: bool = False  # about permissions: run as an ordinary user


FOREIGN = "belongs to another program"
DAMAGED = "is damaged"
READ_ONLY_SAVE = "Nothing was saved: your record is read-only here"
CANNOT_SAVE = "cannot save anything in your record: its file or its folder is read-only"

CASES = [
    Case("another program's file", foreign(0x50484F54), FOREIGN, (1, FOREIGN), (1, FOREIGN)),
    Case("another program's file, no id", foreign(0), FOREIGN, (1, FOREIGN), (1, FOREIGN)),
    Case("a newer version's record", newer, "newer version", (1, "newer version"),
         (1, "newer version")),
    Case("garbage bytes", garbage, "not a record file", (1, "not a record file"),
         (1, "not a record file")),
    Case("a truncated record", truncated, DAMAGED, (1, DAMAGED), (1, DAMAGED)),
    # An empty file holds nothing to lose: SQLite (and il2desk) take it as a new record.
    Case("an empty file", empty, OPENED, (0, ""), (0, ""), unchanged=False),
    # Opened as usual; the journal is copied aside first (checked below).
    Case("a journal left by a crash", left_over_journal, OPENED, (0, ""), (0, ""),
         unchanged=False),
    Case("a read-only record", read_only_record, READ_ONLY, (0, ""), (1, READ_ONLY_SAVE),
         as_user=True),
    Case("a read-only folder", read_only_folder, READ_ONLY, (0, ""), (1, READ_ONLY_SAVE),
         as_user=True),
    Case("an empty file in a read-only folder", read_only_empty, CANNOT_SAVE,
         (1, CANNOT_SAVE), (1, CANNOT_SAVE), as_user=True),
    Case("a read-only record of the previous version", read_only_older_record,
         "older version", (1, "older version"), (1, "older version"), as_user=True),
    Case("a read-only folder with a crash's journal", read_only_folder_with_journal,
         CANNOT_SAVE, (1, CANNOT_SAVE), (1, CANNOT_SAVE), as_user=True),
    Case("the data folder is a file", folder_is_a_file, "is a file, not a folder",
         (1, "is a file, not a folder"), (1, "is a file, not a folder")),
    Case("a dangling symlink", dangling_symlink, "a link to a place that does not exist",
         (1, "does not exist"), (1, "does not exist")),
    Case("the parent is a file", parent_is_a_file, "cannot be used", (1, "cannot be used"),
         (1, "cannot be used")),
    Case("a missing parent", missing_parent, "cannot be made or written",
         (1, "cannot be made or written"), (1, "cannot be made or written"), as_user=True),
]


def listing(folder: Path) -> set[str]:
    """What is in the folder (and its sub-folders), but the log and the instance lock."""
    if not folder.is_dir() or folder.is_symlink():
        return set()
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} - {
        "il2desk.log", "il2desk.lock"}


def unexpected_files(folder: Path, before: set[str]) -> set[str]:
    """What appeared in the folder besides copies kept aside of a file that cannot be
    trusted, the (empty) backups folder looked in for one to offer, and the empty
    journal files SQLite makes beside a record it reads in a place it may write."""
    new = listing(folder) - before
    return {name for name in new
            if not name.startswith("kept-copies") and name != "backups"
            and not (name.endswith(("-shm", "-wal")) and "/" not in name
                     and (name.endswith("-shm") or (folder / name).stat().st_size == 0))}


def check_window(case: Case, report: dict) -> None:
    assert "Traceback" not in report["stderr"], report["stderr"]
    if case.window in (OPENED, READ_ONLY):
        assert report["exit"] == 0 and report["boxes"] == [], report
        window = report["window"]
        assert window is not None, report
        assert window["read_only"] is (case.window == READ_ONLY)
        if case.window == READ_ONLY:  # the plain banner, always visible
            assert window["banner"] and "read-only" in window["banner"]
            assert "nothing can be saved" in window["banner"]
        else:
            assert window["banner"] is None
        # No reminder is marked shown in a read-only record: none runs there.
        assert window["reminders_running"] is (case.window == OPENED)
    else:  # said plainly, once, and the program stops
        assert report["exit"] == 1 and report["window"] is None, report
        assert len(report["boxes"]) == 1, report
        assert case.window in report["boxes"][0], report["boxes"][0]


def check_command(result: subprocess.CompletedProcess[str], expected: tuple[int, str]) -> None:
    code, words = expected
    if code == 0:
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    else:
        assert_one_line(result, code, words)


@pytest.mark.timeout(240)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_damaged_hostile_or_read_only_case(case: Case, good_record: bytes) -> None:
    user = as_ordinary_user() if case.as_user else []
    base = user_folder()
    try:
        data_dir, watched = case.make(base, good_record)
        before, folder_before = sha256(watched), listing(watched.parent)
        journal_before = sha256(Path(f"{watched}-wal"))
        mode_before = watched.lstat().st_mode if watched.exists() or watched.is_symlink() \
            else None

        check_window(case, open_window(data_dir, user))
        listed = il2desk("--data-dir", str(data_dir), "course", "list", user=user)
        check_command(listed, case.cli_list)
        check_command(il2desk("--data-dir", str(data_dir), *NEW_COURSE, user=user),
                      case.cli_new)

        if case.window == READ_ONLY:  # the course is there to read
            assert "2027-01-04 to 2027-01-08" in listed.stdout
        if case.unchanged:
            assert sha256(watched) == before, "the file was written"
            if mode_before is not None:
                assert watched.lstat().st_mode == mode_before, "its permissions changed"
            if case.window == READ_ONLY:  # nothing beside it: no journal, no backup
                assert listing(watched.parent) == folder_before
            else:
                assert not unexpected_files(watched.parent, folder_before)
        if case.make is left_over_journal:
            # The journal was copied aside, with the record, before anything opened them.
            copies = sorted((data_dir / "kept-copies").glob("*-journal-*.sqlite3"))
            assert copies and sha256(copies[0]) == before
            assert sha256(Path(f"{copies[0]}-wal")) == journal_before
        if case.window == OPENED:  # the automatic backup ran (none from a read-only one)
            assert list((data_dir / "backups").glob("auto-*.sqlite3"))
        if case.make is not empty and case.unchanged is False:
            assert "2027-01-04 to 2027-01-08" in listed.stdout
    finally:
        remove_user_folder(base)


@pytest.fixture
def read_only_mount(tmp_path, good_record):
    """A tmpfs holding a healthy record, then made read-only (skipped where not allowed)."""
    with read_only_tmpfs(tmp_path / "ro", lambda place: _data(place, good_record)) as place:
        yield place / "data"


@pytest.mark.timeout(120)
def test_a_read_only_mount_opens_read_only_even_for_root(read_only_mount):
    """Root's powers do not reach a read-only mount: the real case, without setpriv."""
    record = read_only_mount / RECORD
    before = sha256(record)
    check_window(Case("", read_only_record, READ_ONLY, (0, ""), (1, "")),
                 open_window(read_only_mount))
    listed = il2desk("--data-dir", str(read_only_mount), "course", "list")
    check_command(listed, (0, ""))
    assert "2027-01-04 to 2027-01-08" in listed.stdout
    check_command(il2desk("--data-dir", str(read_only_mount), *NEW_COURSE),
                  (1, READ_ONLY_SAVE))
    assert sha256(record) == before
    assert sorted(os.listdir(read_only_mount)) == [RECORD]
    shutil.rmtree(read_only_mount.parent / "nothing", ignore_errors=True)
