"""Where il2desk keeps its files, and how those files are made private.

Every path decision lives here so the `--data-dir` override reaches everything.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import appdirs

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
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> None:
    """Set a file to 0600 (health data is nobody else's business)."""
    if os.name == "posix" and path.exists():
        path.chmod(PRIVATE_FILE_MODE)


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


class DataPaths:
    """The files of one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def create(cls, root: Path | None = None) -> DataPaths:
        # Absolute at once: a relative --data-dir must name the same folder whatever
        # happens later, and SQLite's read-only check opens it by (absolute) URI.
        paths = cls((Path(root) if root is not None else default_data_dir()).absolute())
        ensure_private_dir(paths.root)
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
