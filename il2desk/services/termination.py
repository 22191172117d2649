"""SIGTERM (a desktop logging out, a system shutting down) ends il2desk like Quit.

Python runs a signal handler only when it gets control, and Qt's event loop may keep
it waiting, so the signal's number is written to a pipe (signal.set_wakeup_fd) that
a QSocketNotifier watches: the callback then runs in the event loop like any click,
the window closes, reminders stop and the record is closed cleanly (issue 21).
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

__all__ = ["on_termination"]


class _Watcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.callback: Callable[[], object] | None = None
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        # The Python-level handler does nothing: the byte in the pipe does the work
        # (without a handler of our own, SIGTERM would end the process at once).
        signal.signal(signal.SIGTERM, lambda _number, _frame: None)
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        data = b""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while chunk := os.read(self._read, 64):
                data += chunk
        if signal.SIGTERM in data and self.callback is not None:
            self.callback()


_watcher: _Watcher | None = None


def on_termination(callback: Callable[[], object]) -> None:
    """Call `callback` in the event loop when SIGTERM arrives (the latest one given
    wins: after a restore the new window takes over)."""
    global _watcher
    if os.name != "posix":  # (a pipe as wake-up needs POSIX; Windows sends no SIGTERM)
        return
    if _watcher is None:
        _watcher = _Watcher()
    _watcher.callback = callback
