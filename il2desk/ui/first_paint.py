"""A hidden start-up probe: quit right after the main window is first painted.

Used by the benchmark (tests/bench) and scripts/measure-startup.py to time a cold
start (process start to first painted window) for the bundle and for the pip install
alike. It is switched on by the environment variable IL2DESK_QUIT_AFTER_PAINT=1 (or
=exit, to stop right at the first paint) and is never imported otherwise, so a normal
start pays nothing for it. It touches no data.

The marker is printed right after the first paint; the program quits only once the
start-up steps that wait for that paint have run too, so a measure of peak memory
includes them (an honest peak, not one taken before the work was done).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from il2desk.ui.start_up import AfterFirstPaint

QUIT_AFTER_PAINT_ENV = "IL2DESK_QUIT_AFTER_PAINT"
# The variable's value that stops the process right at the marker, before the start-up
# steps: tests/bench/count_instructions.py counts the instructions up to the first paint.
EXIT_AT_PAINT = "exit"
FIRST_PAINT_MARKER = "il2desk-first-paint"


class FirstPaintProbe(QObject):
    """Watches one widget; on its first paint, says so on stdout; then quits."""

    def __init__(self, widget: QWidget, start_up: AfterFirstPaint | None = None) -> None:
        super().__init__(widget)
        self._done = False
        self._start_up = start_up
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
        if os.environ.get(QUIT_AFTER_PAINT_ENV) == EXIT_AT_PAINT:
            os._exit(0)  # (only ever on the benchmark's own copy of a record)
        if self._start_up is not None and not self._start_up.done:
            self._start_up.finished.connect(self._quit)
        else:
            self._quit()

    def _quit(self) -> None:
        # exit(), not quit(): quit() first closes the windows, and closing with reminders
        # pending asks whether to keep running.
        QCoreApplication.exit(0)
