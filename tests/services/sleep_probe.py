"""Run under dbus-run-session: a reminder service hears a PrepareForSleep(false) sent on
the session bus (standing for logind on the system bus) and shows what came due.

Prints `listening=<bool> fired=<late|on time|none>` as its last line.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from il2desk.app import build_context
from il2desk.domain.reminders import ReminderKind
from il2desk.services.clock import FixedClock
from il2desk.services.reminder_service import LOGIN1_SIGNAL
from tests.builders import a_course


def main() -> None:
    app = QCoreApplication([])
    clock = FixedClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))
    ctx = build_context(Path(sys.argv[1]), clock=clock, default_zone="Europe/Paris")
    course_id = a_course(ctx, start=dt.date(2026, 11, 25))
    injection_at = ctx.courses.injections(course_id)[0].planned_utc
    clock.set(injection_at - dt.timedelta(hours=2))
    ctx.reminders.start()
    bus = QDBusConnection.sessionBus()
    listening = ctx.reminders.listen_for_sleep(bus, service="")
    seen: list[str] = []
    ctx.reminders.fired.connect(lambda due: seen.extend(
        "late" if d.late else "on time" for d in due
        if d.reminder.kind is ReminderKind.INJECTION))
    clock.advance(dt.timedelta(hours=3), wall_only=True)  # asleep: monotonic stood still
    woke = QDBusMessage.createSignal(*LOGIN1_SIGNAL)
    woke.setArguments([False])
    bus.send(woke)
    QTimer.singleShot(1500, app.quit)
    app.exec()
    ctx.reminders.stop()
    ctx.db.close()
    print(f"listening={listening} fired={seen[0] if seen else 'none'}")


if __name__ == "__main__":
    main()
