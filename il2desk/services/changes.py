"""What every service that owns writes shares: a Qt `changed` signal after each commit.

As qutebrowser's SQL tables do, a service emits `changed` once a write's transaction
has committed; views, the Today page, the tray and the reminder service connect to it
instead of being refreshed by hand. A failed write raises and emits nothing.

The signal's QObject is made the first time someone asks for `changed`, so the
command line (which listens to nothing) never loads Qt (start-up speed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class ChangeNotifier:
    """Base of the services: `changed` (a Qt signal, made on first use) and `announce`."""

    _notifier = None  # the QObject that carries the signal, once someone listens

    @property
    def changed(self) -> SignalInstance:
        if self._notifier is None:
            from il2desk.services.change_signal import ChangedSignal

            self._notifier = ChangedSignal()
        return self._notifier.changed

    def announce(self) -> None:
        """Say that a committed write changed this area (no listener: nothing to do)."""
        if self._notifier is not None:
            self._notifier.changed.emit()
