"""Run inside a private D-Bus session by test_notifier: send one notification."""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication

from il2desk.services.notifier import DBusNotifier

app = QCoreApplication([])
notifier = DBusNotifier()
for _ in range(50):  # the fake server needs a moment to take its name
    if notifier.available():
        break
    time.sleep(0.1)
print("available", notifier.available())
print("sent", notifier.notify("Time for your injection", "It's due at 08:00.\nLate: 07:30"))
time.sleep(1.0)  # the detached gdbus call finishes
