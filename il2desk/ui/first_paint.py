"""A hidden start-up probe: quit right after the main window is first painted.

Used only by scripts/measure-startup.py to time a cold start (process start to first
painted window) for the bundle and for the pip install alike. It is switched on by the
environment variable IL2DESK_QUIT_AFTER_PAINT=1 and is never imported otherwise, so a
normal start pays nothing for it. It touches no data: it only quits the event loop.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIT_AFTER_PAINT_ENV = "IL2DESK_QUIT_AFTER_PAINT"
FIRST_PAINT_MARKER = "il2desk-first-paint"


class FirstPaintProbe(QObject):
    """Watches one widget; on its first paint, says so on stdout and quits."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            watched.removeEventFilter(self)
            # Quit after this paint pass has been flushed to the screen.
            QTimer.singleShot(0, self._report_and_quit)
        return False

    def _report_and_quit(self) -> None:
        if sys.stdout is not None:  # a windowed Windows build has no stdout
            print(FIRST_PAINT_MARKER, flush=True)
        # exit(), not quit(): quit() first closes the windows, and closing with reminders
        # pending asks whether to keep running.
        QCoreApplication.exit(0)
