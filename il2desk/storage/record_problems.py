"""What can be wrong with a record file, in plain words (issue 21).

The kinds of problem `storage/database.py` finds when it checks or opens the record,
the message each one shows the patient (a message value, rendered by the ui or the
command line in the user's language), and the plain words for the SQLite errors a user
can do something about (a full disk, a read-only place, a busy record).
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Joined, Message, message, sentences
from il2desk.storage.paths import DataFolderProblem

SQLITE_HEADER = b"SQLite format 3\x00"


class ProblemKind(enum.StrEnum):
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    NEWER = "newer"
    # The record is sound, but its place cannot be written: no copy, no restore offered.
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    # Sound and read-only, but from an older il2desk: it needs a migration (a write).
    OLDER_READ_ONLY = "older_read_only"
    FOLDER = "folder"  # the data folder itself cannot be used (DataFolderProblem)
    BUSY = "busy"  # another program held the record longer than BUSY_TIMEOUT_MS


_PROBLEM_TEXT = {
    ProblemKind.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "domain",
        "The file where il2desk keeps your record is not a record file any more. "
        "It may have been overwritten by another program."
    ),
    ProblemKind.FOREIGN: QT_TRANSLATE_NOOP(
        "domain",
        "The file where il2desk keeps your record belongs to another program: it is "
        "not an il2desk record. It may have been put there by mistake."
    ),
    ProblemKind.DAMAGED: QT_TRANSLATE_NOOP(
        "domain",
        "The file where il2desk keeps your record is damaged, perhaps by a crash "
        "or a full disk."
    ),
    ProblemKind.NEWER: QT_TRANSLATE_NOOP(
        "domain",
        "Your record was saved by a newer version of il2desk than this one. "
        "Please use the newer version, so that nothing it saved is lost."
    ),
    ProblemKind.BUSY: QT_TRANSLATE_NOOP(
        "domain",
        "Another program has kept your record busy for a while, so il2desk cannot open "
        "it now. Please close that program (or wait a little) and try again."
    ),
    ProblemKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "domain",
        "The disk is full, so il2desk cannot open your record for saving. Your record "
        "itself is fine. Please free some space, then start il2desk again."
    ),
    ProblemKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "domain",
        "il2desk cannot save anything in your record: its file or its folder is "
        "read-only (or on a read-only disk), and il2desk does not change that by itself. "
        "Your record itself is fine. Please make it writable, or start il2desk with "
        "--data-dir and a folder you can write to."
    ),
    ProblemKind.OLDER_READ_ONLY: QT_TRANSLATE_NOOP(
        "domain",
        "Your record was saved by an older version of il2desk. This version has to bring "
        "it up to date before it can show it, and that means saving in it, but its file "
        "or its folder is read-only (or on a read-only disk), and il2desk does not change "
        "that by itself. Your record itself is fine. Please make it writable, or open it "
        "with the version of il2desk that saved it."
    ),
}

# The kinds where the file itself cannot be trusted (a backup is offered for these).
UNTRUSTED_KINDS = frozenset({ProblemKind.NOT_SQLITE, ProblemKind.FOREIGN,
                             ProblemKind.DAMAGED, ProblemKind.NEWER})


class DatabaseProblem(Exception):
    """The record file cannot be used safely; `copy_path` holds a copy of it."""

    def __init__(self, kind: ProblemKind, path: Path, copy_path: Path | None, detail: str,
                 text: Joined | None = None):
        self.kind = kind
        self.path = path
        self.copy_path = copy_path
        self.detail = detail
        self._text = text  # the whole message, when it was worded elsewhere (FOLDER)
        super().__init__(str(self.message))

    @classmethod
    def from_folder(cls, problem: DataFolderProblem) -> DatabaseProblem:
        return cls(ProblemKind.FOLDER, problem.folder, None, str(problem.error),
                   text=problem.message)

    @property
    def untrusted(self) -> bool:
        """True when the file itself is the problem (not the place it is in)."""
        return self.kind in UNTRUSTED_KINDS

    @property
    def message(self) -> Joined:
        if self._text is not None:
            return self._text
        parts: list[Message] = [message(_PROBLEM_TEXT[self.kind]), message(QT_TRANSLATE_NOOP(
            "domain", "Nothing was changed in it."))]
        if self.copy_path is not None:
            parts.append(message(QT_TRANSLATE_NOOP("domain", "A copy was kept at {path}."),
                                 path=str(self.copy_path)))
        if self.kind in (ProblemKind.DAMAGED, ProblemKind.NOT_SQLITE, ProblemKind.FOREIGN):
            # The way back, named in both places it exists.
            parts.append(message(QT_TRANSLATE_NOOP(
                "domain", "To go back to a backup, use File ▸ Restore a backup… in the "
                "window, or the command il2desk restore FILE.")))
        return sentences(*parts)


class RecordReadOnly(sqlite3.OperationalError):
    """A write asked of a record that was opened read-only (issue 21). Raised before
    anything is tried, so nothing is half-written. A sqlite3.OperationalError, so every
    place that already says a storage error plainly says this one too."""

    def __init__(self) -> None:
        super().__init__("attempt to write a readonly database (the record was opened "
                         "read-only)")


READ_ONLY_REFUSAL = QT_TRANSLATE_NOOP(
    "domain", "Nothing was saved: your record is read-only here (its file, its folder or "
    "its disk), and il2desk does not change that by itself. You can look at it, and make "
    "copies and exports elsewhere.")


# How long a write waits for another program that holds the record (issue 21).
BUSY_TIMEOUT_MS = 10_000


_KNOWN_ERRORS = {
    "database or disk is full": QT_TRANSLATE_NOOP(
        "domain", "The disk is full, so nothing could be saved. "
        "Free some space and try again; what was saved before is safe."),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP(
        "domain", "The record file cannot be written "
        "(it is read-only). What was saved before is safe."),
    "database is locked": QT_TRANSLATE_NOOP(
        "domain", "Another program has kept your record busy for a while, so nothing was "
        "saved. What was saved before is safe. Please close that program (or wait a "
        "little) and try again."),
    "disk i/o error": QT_TRANSLATE_NOOP(
        "domain", "The disk reported an error while saving. What was saved before "
        "is safe; please try again."),
}


def explain_sqlite_error(error: sqlite3.Error) -> str | None:
    """Plain words for the errors a user can do something about; None for bugs."""
    if isinstance(error, RecordReadOnly):
        return READ_ONLY_REFUSAL
    text = str(error).lower()
    for needle, said in _KNOWN_ERRORS.items():
        if needle in text:
            return said
    return None
