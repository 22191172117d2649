"""Rule R9: the ice-pack countdown.

The remaining time is computed from the clock's monotonic reading, not by counting
ticks, so a slow machine does not stretch the countdown and tests move a FixedClock
instead of sleeping. The QTimer only decides how often the display is refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from il2desk.services.clock import Clock


class IceTimer(QObject):
    ticked = Signal(int)  # whole seconds remaining
    finished = Signal(bool)  # True when it ran out, False when ended early

    TICK_MS = 200

    def __init__(self, clock: Clock, duration_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.duration_s = duration_s
        self._used_s = 0.0  # time counted before the current run
        self._started_at: float | None = None
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.poll)

    # -- state --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def started(self) -> bool:
        return self.running or self._used_s > 0 or self.done

    def remaining_s(self) -> float:
        used = self._used_s
        if self._started_at is not None:
            used += self._clock.monotonic() - self._started_at
        return max(0.0, self.duration_s - used)

    # -- actions ------------------------------------------------------------------------
    def start(self) -> None:
        if self.done or self.running:
            return
        self._started_at = self._clock.monotonic()
        self._timer.start()
        self.poll()

    def pause(self) -> None:
        if not self.running:
            return
        assert self._started_at is not None
        self._used_s += self._clock.monotonic() - self._started_at
        self._started_at = None
        self._timer.stop()
        self.ticked.emit(self._whole(self.remaining_s()))

    def finish_early(self) -> None:
        if self.done:
            return
        self._stop()
        self.finished.emit(False)

    @property
    def used_s(self) -> float:
        return self.duration_s - self.remaining_s()

    def restore(self, used_s: float) -> None:
        """Go on from a countdown saved earlier (paused, with `used_s` already used)."""
        if self.running or used_s <= 0:
            return
        self._used_s = min(float(used_s), float(self.duration_s))
        self.done = self._used_s >= self.duration_s
        self.ticked.emit(self._whole(self.remaining_s()))

    def reset(self, duration_s: int | None = None) -> None:
        self._timer.stop()
        if duration_s is not None:
            self.duration_s = duration_s
        self._used_s = 0.0
        self._started_at = None
        self.done = False
        self.ticked.emit(self.duration_s)

    def poll(self) -> None:
        """Refresh from the clock; ends the countdown when the time is up."""
        remaining = self.remaining_s()
        self.ticked.emit(self._whole(remaining))
        if self.running and remaining <= 0:
            self._stop()
            self.finished.emit(True)

    def _stop(self) -> None:
        if self._started_at is not None:
            self._used_s += self._clock.monotonic() - self._started_at
        self._started_at = None
        self._timer.stop()
        self.done = True

    @staticmethod
    def _whole(seconds: float) -> int:
        # Round up, so "0:00" only shows when the time really is over.
        whole = int(seconds)
        return whole + 1 if seconds > whole else whole
