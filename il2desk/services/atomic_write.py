"""Write an exported file whole or not at all.

The data go to a temporary file in the destination's own folder (so the final rename
stays on one file system and is atomic), are flushed to disk with fsync, and only
then replace the destination. A failure at any step removes the temporary file and
leaves whatever was there before untouched, and the caller gets an `ExportProblem`
whose text is a plain sentence to show the user.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message
from il2desk.storage.paths import fsync_folder

__all__ = ["ExportProblem", "atomic_path", "write_bytes_atomic"]


class ExportProblem(Exception):
    """An export that could not be made: `message` says why (a message value, or a
    sentence already in the user's language); str() is the English."""

    @property
    def message(self) -> str | Message:
        return self.args[0] if self.args else ""


def _folder_message(folder: Path, error: OSError) -> Message:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return message(QT_TRANSLATE_NOOP(
            "domain", "The disk is full: nothing was written. Please free some space on "
            "the disk holding “{folder}”, or choose another place."), folder=str(folder))
    if error.errno == errno.EROFS:
        return message(QT_TRANSLATE_NOOP(
            "domain", "The folder “{folder}” is on a read-only disk: nothing was written. "
            "Please choose another place."), folder=str(folder))
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return message(QT_TRANSLATE_NOOP(
            "domain", "The folder “{folder}” does not exist. Please choose another place."),
            folder=str(folder))
    return message(QT_TRANSLATE_NOOP(
        "domain", "il2desk cannot save in the folder “{folder}” (it may be read-only or not "
        "yours). Nothing was saved. Please choose another place."), folder=str(folder))


@contextlib.contextmanager
def atomic_path(destination: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `destination`.

    For writers that want a file name (QPdfWriter). Whatever the body raises, the
    temporary file is removed and `destination` is left as it was.
    """
    destination = Path(destination)
    folder = destination.parent if str(destination.parent) else Path(".")
    if destination.is_dir():
        raise ExportProblem(message(QT_TRANSLATE_NOOP(
            "domain", "“{path}” is a folder. Please give a file name."), path=str(destination)))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=suffix,
                                         dir=folder)
    except OSError as error:
        raise ExportProblem(_folder_message(folder, error)) from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        # Flush what the writer left in the file to the disk before it takes the name.
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, destination)
    except OSError as error:
        raise ExportProblem(_folder_message(folder, error)) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    fsync_folder(folder)


def write_bytes_atomic(destination: Path, data: bytes) -> None:
    """Write `data` to `destination` whole or not at all (raises ExportProblem)."""
    with atomic_path(destination) as temp, open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()


def write_with(destination: Path, writer: Callable[[Path], None], suffix: str = ".tmp") -> None:
    """Let `writer` fill a temporary file, then move it into place atomically."""
    with atomic_path(destination, suffix) as temp:
        writer(temp)
