"""The QObject behind `ChangeNotifier.changed` (imported only when someone listens)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangedSignal(QObject):
    changed = Signal()
