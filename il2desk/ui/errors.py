"""No traceback ever reaches the user: a calm message, details to the log, the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from il2desk.services.translation import tr

log = logging.getLogger("il2desk.unexpected")
_shown: list = []  # the message boxes on screen


def _plain_storage_message(error: BaseException) -> str | None:
    import sqlite3

    from il2desk.services.record_files import explain_sqlite_error
    from il2desk.ui.i18n import translate_message

    if isinstance(error, sqlite3.Error):
        message = explain_sqlite_error(error)
        if message is not None:
            return translate_message(message)
    return None


def _show_record_again(window: object, error: BaseException) -> None:
    """After a save refused in a read-only record (issue 21), the view shows the record
    again (once the refused click is over): nothing looks saved that was not."""
    from PySide6.QtCore import QTimer

    from il2desk.services.record_files import RecordReadOnly

    if not isinstance(error, RecordReadOnly):
        return
    # The main window, even when no window is active (a desktop without a window manager).
    for candidate in (window, *QApplication.topLevelWidgets()):
        refresh = getattr(candidate, "refresh_current_view", None)
        if callable(refresh) and candidate.isVisible():
            QTimer.singleShot(0, refresh)
            return


def install_exception_hook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox  # only when needed: start-up speed

        window = QApplication.activeWindow()
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Something went wrong"))
        # Kept alive until closed: without a parent window nothing else holds it.
        _shown.append(box)
        box.finished.connect(lambda _result, box=box: _shown.remove(box))
        plain = _plain_storage_message(error)
        if plain is not None:
            # A record kept busy by another program, a full or read-only disk: say
            # that, in plain words, instead of "something went wrong" (issue 21).
            box.setText(plain)
            box.open()
            _show_record_again(window, error)
            return
        box.setText(tr(
            "Something went wrong in il2desk, but nothing you saved was lost. "
            "You can go on using the program."
        ))
        box.setInformativeText(tr("The details were written to {path}, "
                                  "in case someone helps you with it.").format(path=log_file))
        box.open()

    sys.excepthook = hook
