"""A rotating log file in the data folder: details for a helper, never shown raw."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from il2desk.storage.paths import make_private_file, private_umask


def setup_logging(log_file: Path) -> None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "il2desk", False)]:
        if getattr(old, "baseFilename", None) == str(log_file.resolve()):
            return
        # Another data folder (tests, or --data-dir in the same process): switch files.
        root.removeHandler(old)
        old.close()
    with private_umask():
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
    make_private_file(log_file)
    handler.il2desk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
