"""Where il2desk keeps its files, and how those files are made private.

Every path decision lives here so the `--data-dir` override reaches everything.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import appdirs

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Joined, message, sentences

APP_NAME = "il2desk"
DATABASE_FILE = "il2desk.sqlite3"
LOG_FILE = "il2desk.log"
BACKUP_DIR = "backups"
PROBLEM_COPIES_DIR = "kept-copies"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The per-user data folder (appdirs), e.g. ~/.local/share/il2desk on Linux."""
    return Path(appdirs.user_data_dir(APP_NAME, False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the user only; tighten it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _tighten(path, PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> None:
    """Take a file's rights away from everyone else (health data is nobody else's
    business)."""
    _tighten(path, PRIVATE_FILE_MODE)


def _tighten(path: Path, private_mode: int) -> None:
    """Remove the group's and others' rights; never add one (issue 21: a folder or
    file someone made read-only stays read-only). A read-only mount refuses even
    this; nothing can be written there anyway, which the opening of the record says."""
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & ~private_mode:
            path.chmod(mode & private_mode)
    except FileNotFoundError:
        return
    except PermissionError:
        return
    except OSError as error:
        if error.errno != errno.EROFS:
            raise


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside this block (SQLite's -wal/-shm too) start as 0600."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


# Below this much free space a disk counts as full: SQLite needs room for its journal.
NEARLY_FULL_BYTES = 256 * 1024


def disk_is_full(folder: Path) -> bool:
    """True when the disk holding `folder` has (nearly) no space left."""
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


class DataFolderProblem(Exception):
    """The data folder cannot be made or used; `message` is plain words (issue 21)."""

    def __init__(self, folder: Path, error: OSError) -> None:
        self.folder = folder
        self.error = error
        super().__init__(str(self.message))

    @property
    def message(self) -> Joined:
        if self.folder.is_symlink() and not self.folder.exists():
            text = QT_TRANSLATE_NOOP(
                "domain", "The folder for your record, {folder}, is a link to a place "
                "that does not exist (perhaps a disk that is not connected).")
        elif self.folder.exists() and not self.folder.is_dir():
            text = QT_TRANSLATE_NOOP(
                "domain", "The folder for your record, {folder}, is a file, not a folder.")
        elif self.error.errno in (errno.ENOSPC, errno.EDQUOT):
            text = QT_TRANSLATE_NOOP(
                "domain", "The disk is full: nothing was written. The folder for your "
                "record, {folder}, could not be made.")
        elif self.error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            text = QT_TRANSLATE_NOOP(
                "domain", "The folder for your record, {folder}, cannot be made or "
                "written: the place is read-only.")
        else:
            text = QT_TRANSLATE_NOOP(
                "domain", "The folder for your record, {folder}, cannot be used.")
        return sentences(message(text, folder=str(self.folder)), message(QT_TRANSLATE_NOOP(
            "domain", "Nothing was changed. Please check the folder, or start il2desk "
            "with --data-dir and another folder.")))


class DataPaths:
    """The files of one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def create(cls, root: Path | None = None) -> DataPaths:
        # Absolute at once: a relative --data-dir must name the same folder whatever
        # happens later, and SQLite's read-only check opens it by (absolute) URI.
        paths = cls((Path(root) if root is not None else default_data_dir()).absolute())
        try:
            ensure_private_dir(paths.root)
        except OSError as error:
            raise DataFolderProblem(paths.root, error) from error
        return paths

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def log_file(self) -> Path:
        return self.root / LOG_FILE

    @property
    def backups(self) -> Path:
        return ensure_private_dir(self.root / BACKUP_DIR)

    @property
    def kept_copies(self) -> Path:
        return ensure_private_dir(self.root / PROBLEM_COPIES_DIR)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (the record's backups, every export); not
    every platform can open a folder, which is then left as it is."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
