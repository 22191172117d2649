"""No traceback ever reaches the user: a calm message, details to the log, the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger("il2desk.unexpected")


def tr(text: str) -> str:
    # pyside6-lupdate files a module-level tr("...") under the empty context.
    return QCoreApplication.translate("", text)


def install_exception_hook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox  # only when needed: start-up speed

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Something went wrong"))
        box.setText(tr(
            "Something went wrong in il2desk, but nothing you saved was lost. "
            "You can go on using the program."
        ))
        box.setInformativeText(tr("The details were written to {path}, "
                                  "in case someone helps you with it.").format(path=log_file))
        box.open()

    sys.excepthook = hook
