"""No traceback ever reaches the user: a calm message, details to the log, the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("il2desk.unexpected")


def install_exception_hook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is None:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Something went wrong")
        box.setText(
            "Something went wrong in il2desk, but nothing you saved was lost. "
            "You can go on using the program."
        )
        box.setInformativeText(f"The details were written to {log_file}, "
                               "in case someone helps you with it.")
        box.open()

    sys.excepthook = hook
