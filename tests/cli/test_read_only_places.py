"""Read-only places, odd data folders and symlinked records (issue 21).

il2desk never changes permissions to make something writable: a read-only record
or folder is refused with plain words (exit 1, one line, no traceback) and its bytes
stay as they were. Permission tests run the command as an ordinary user (root may
write anywhere): directly when the tests are not root, else through `setpriv` without
the capabilities that bypass file permissions.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from il2desk.storage.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]


def as_ordinary_user() -> list[str]:
    """Root without the powers that ignore file permissions: it then meets them as any
    owner does (a 0400 record cannot be written), and can still read the checkout and
    its virtual environment wherever they are (a 0700 temporary folder included)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def il2desk(*args: str, user: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(user or []), sys.executable, "-m", "il2desk", *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "HOME": tempfile.gettempdir()})


@pytest.fixture
def user_dir():
    """A folder of the test's own (outside pytest's root-only tmp folder)."""
    folder = Path(tempfile.mkdtemp(prefix="il2desk-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def make_record(data_dir: Path, user: list[str]) -> Path:
    result = il2desk("--data-dir", str(data_dir), "course", "list", user=user)
    assert result.returncode == 0, result.stderr
    return data_dir / "il2desk.sqlite3"


def assert_one_line_refusal(result, *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("what", ["record", "folder"])
def test_a_read_only_record_or_folder_is_refused_and_left_read_only(user_dir, what):
    user = as_ordinary_user()
    data_dir = user_dir / "data"
    record = make_record(data_dir, user)
    target = record if what == "record" else data_dir
    mode = 0o400 if what == "record" else 0o500
    target.chmod(mode)
    before = record.read_bytes()
    result = il2desk("--data-dir", str(data_dir), "course", "list", user=user)
    assert_one_line_refusal(result, "read-only", "Nothing was changed")
    assert stat.S_IMODE(target.stat().st_mode) == mode  # not made writable
    assert record.read_bytes() == before


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
    mount_point = tmp_path / "ro"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                      capture_output=True).returncode != 0:
        pytest.skip("no tmpfs here")
    try:
        make_record(mount_point / "data", [])
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_read_only_disk_is_said_plainly(read_only_mount, tmp_path):
    data_dir = read_only_mount / "data"
    record = data_dir / "il2desk.sqlite3"
    before = record.read_bytes()
    result = il2desk("--data-dir", str(data_dir), "course", "list")
    assert_one_line_refusal(result, "read-only", "Nothing was changed")
    result = il2desk("--data-dir", str(data_dir), "restore", str(tmp_path / "none.sqlite3"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    result = il2desk("--data-dir", str(read_only_mount / "new-data"), "course", "list")
    assert_one_line_refusal(result, "read-only")
    assert record.read_bytes() == before


def test_the_window_says_read_only_instead_of_already_open(read_only_mount, qapp):
    from il2desk.app import build_context, place_problem_text
    from il2desk.services.single_instance import SingleInstance
    from il2desk.storage.database import DatabaseProblem, ProblemKind
    from il2desk.ui.problem_dialog import build_problem_box

    data_dir = read_only_mount / "data"
    instance = SingleInstance(data_dir)
    assert instance.acquire(listen=False) is False
    assert instance.lock_not_writable
    assert "read-only" in place_problem_text(data_dir)
    with pytest.raises(DatabaseProblem) as caught:
        build_context(data_dir, default_zone="UTC")
    assert caught.value.kind is ProblemKind.READ_ONLY
    box, restore_button = build_problem_box(caught.value, backup=None)
    assert restore_button is None  # a sound record: nothing to restore
    assert "read-only" in box.text()
