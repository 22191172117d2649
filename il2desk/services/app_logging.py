"""A rotating log file in the data folder: details for a helper, never shown raw."""

from __future__ import annotations

import logging
from pathlib import Path

from il2desk.storage.paths import make_private_file, private_umask

MAX_BYTES = 512_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.Handler):
    """Writes to a RotatingFileHandler that is opened at the first record.

    Most starts log nothing before the window is up, so the start does not pay for
    importing logging.handlers (and the socket and pickle modules it brings).
    """

    il2desk = True  # marks our handler among the root logger's handlers

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.baseFilename = str(log_file.resolve())
        self._file: logging.Handler | None = None
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                with private_umask():  # the log names the data folder: keep it private
                    self._file = logging.handlers.RotatingFileHandler(
                        self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                        encoding="utf-8")
            except OSError:
                return  # a read-only or full folder: the user is told so, not the log
            make_private_file(self.log_file)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(log_file: Path) -> None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "il2desk", False)]:
        if getattr(old, "baseFilename", None) == str(log_file.resolve()):
            return
        # Another data folder (tests, or --data-dir in the same process): switch files.
        root.removeHandler(old)
        old.close()
    root.addHandler(RotatingLog(log_file))
    root.setLevel(logging.INFO)
