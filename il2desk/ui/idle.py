"""Letting the program sleep when nothing happens (issue 18).

Qt's pixmap cache (QPixmapCache: styled frames, icons drawn from SVG) runs a timer
every 10 to 30 seconds for as long as it holds anything, so a window left open would
wake the program several times a minute, doing nothing. A few seconds after the
window last painted, the cache is emptied and that timer stops with it; the next paint
fills it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QWidget

QUIET_MS = 5000  # this long after the last paint, the window counts as idle


class PixmapCacheTrimmer(QObject):
    """Empties QPixmapCache once `window` has not painted for QUIET_MS."""

    def __init__(self, window: QWidget, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(window)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(QPixmapCache.clear)
        # Only the window's own events: a repaint of any of its widgets reaches the
        # window as one UpdateRequest, so nothing else goes through Python.
        window.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint,
                            QEvent.Type.Hide):
            self._timer.start()
        return False
