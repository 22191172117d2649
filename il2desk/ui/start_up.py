"""The window first, the rest right after: start-up steps that wait for the first paint.

Someone who feels ill should see the window at once (issue 11). What the first
window does not show (reminders, the tray icon, the socket that answers a second
launch, the desktop-notification lookup, the resume offer) runs just after the window
has been painted, one step per turn of the event loop so clicks are answered between
steps. Should no paint come (no screen), a fallback timer runs the steps anyway: the
reminders must start whatever happens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1500


class AfterFirstPaint(QObject):
    """Runs `steps` in order once `window` has been painted for the first time."""

    finished = Signal()

    def __init__(self, window: QWidget, steps: Sequence[Callable[[], object]]) -> None:
        super().__init__(window)
        self._window = window
        self._steps = list(steps)
        self._started = False
        self.done = False
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._begin)
        self._fallback.start(FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # After this paint pass has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self, self._begin)
        return False

    def _begin(self) -> None:
        if self._started:
            return
        self._started = True
        self._fallback.stop()
        self._window.removeEventFilter(self)
        self._next()

    def _next(self) -> None:
        if not self._steps:
            self.done = True
            self.finished.emit()
            return
        step = self._steps.pop(0)
        try:
            step()
        except Exception:
            # Reported like any unexpected error (log + calm message), and the next
            # steps still run: one failure must not keep the reminders away.
            sys.excepthook(*sys.exc_info())
        QTimer.singleShot(0, self, self._next)
