"""The reminder service: which reminders are due, from the database and a clock.

Nothing here sleeps or reads the wall clock: time comes from the injected `Clock`,
so tests move time instead of waiting. The Qt side is one single-shot QTimer armed
for the next reminder, plus a short heartbeat that compares the monotonic clock with
the wall clock to notice sleep and clock changes (rule T2) and a change of the
system time zone (travel).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from il2desk.domain.course import CourseStatus
from il2desk.domain.preferences import Preferences
from il2desk.domain.reminders import (
    DueReminder,
    StoredReminder,
    clock_jumped,
    due_now,
    next_fire,
    plan_reminders,
    snooze_until,
)
from il2desk.services.clock import Clock
from il2desk.services.settings_service import SettingsService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.reminder_repo import ReminderRepository
from il2desk.storage.settings_repo import SettingsRepository

log = logging.getLogger(__name__)

HEARTBEAT_MS = 20_000
# The timer never waits longer than this, so a missed heartbeat cannot hide a reminder.
MAX_TIMER_MS = 10 * 60 * 1000
# Settings key: the system zone for which the user chose to keep home time.
KEPT_HOME_FOR_KEY = "reminders.home_kept_for_zone"


class ReminderService(QObject):
    fired = Signal(list)  # list[DueReminder]: show them (once)
    changed = Signal()  # states changed: banners and lists refresh
    zone_differs = Signal(str, str)  # (home zone, system zone): ask the user
    clock_jump = Signal()  # sleep or clock change noticed

    def __init__(self, repo: ReminderRepository, courses: CourseRepository,
                 settings: SettingsService, settings_repo: SettingsRepository, clock: Clock,
                 zone_source: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self._courses = courses
        self._settings = settings
        self._settings_repo = settings_repo
        self.clock = clock
        self._zone_source = zone_source
        self._timer: QTimer | None = None
        self._heartbeat: QTimer | None = None
        self._last_wall = clock.now_utc()
        self._last_mono = clock.monotonic()
        self._zone_asked: str | None = None
        settings.subscribe(self._on_preferences)

    # -- the plan -----------------------------------------------------------------------
    def sync(self) -> None:
        """Bring stored reminders in line with the planned courses and preferences.
        Call after any change to a course or injection; the heartbeat calls it too."""
        courses = self._courses.list(statuses=(CourseStatus.PLANNED,))
        planned = plan_reminders(((c, self._courses.injections(c.id)) for c in courses),
                                 self._settings.current)
        added, withdrawn = self.repo.sync(planned)
        if added or withdrawn:
            log.info("reminders: %d added, %d withdrawn", added, withdrawn)
            self.changed.emit()
        self._arm()

    def _on_preferences(self, _prefs: Preferences) -> None:
        self.sync()

    # -- what is due --------------------------------------------------------------------
    def check(self) -> list[DueReminder]:
        """Mark the reminders whose time has come as shown and emit them, once each."""
        now = self.clock.now_utc()
        due = due_now(self.repo.waiting(), now)
        if due:
            self.repo.mark_shown([(d.key, d.late) for d in due], now)
            for item in due:
                log.info("reminder %s shown%s", item.key, " late" if item.late else "")
            self.fired.emit(due)
            self.changed.emit()
        self._arm()
        return due

    def next_fire_utc(self) -> dt.datetime | None:
        return next_fire(self.repo.waiting())

    def unanswered(self) -> list[StoredReminder]:
        return self.repo.unanswered()

    def late(self) -> list[StoredReminder]:
        return self.repo.late()

    def has_upcoming(self) -> bool:
        return self.next_fire_utc() is not None

    # -- answers ------------------------------------------------------------------------
    def snooze(self, key: str, minutes: int) -> None:
        self.repo.snooze(key, snooze_until(self.clock.now_utc(), minutes))
        self.changed.emit()
        self._arm()

    def acknowledge(self, key: str) -> None:
        self.repo.acknowledge(key)
        self.changed.emit()
        self._arm()

    # -- sleep, clock changes, travel ---------------------------------------------------
    def heartbeat(self) -> bool:
        """Called on a short interval. Returns True when the machine slept or the
        clock changed since the last call; due reminders are then shown as late."""
        wall, mono = self.clock.now_utc(), self.clock.monotonic()
        jumped = clock_jumped(wall - self._last_wall, mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if jumped:
            log.info("clock jump or sleep noticed (rule T2)")
            self.clock_jump.emit()
        self.sync()
        self.check()
        question = self.zone_question()
        if question is not None and self._zone_asked != question[1]:
            self._zone_asked = question[1]
            self.zone_differs.emit(*question)
        return jumped

    def zone_question(self) -> tuple[str, str] | None:
        """(home, system) when the system zone changed from the user's zone, the user
        has not answered for that zone yet, and there are injections to move."""
        system = self._zone_source()
        home = self._settings.current.time_zone
        if system == home or self._settings_repo.load().get(KEPT_HOME_FOR_KEY) == system:
            return None
        if self._courses.next_planned_injection(self.clock.now_utc()) is None:
            return None
        return home, system

    def follow_zone(self, new_zone: str) -> None:
        """Injection times follow the new zone: same wall-clock times there (rule T1)."""
        now = self.clock.now_utc()
        self._settings.update_field("time_zone", new_zone)  # syncs through the listener
        for course in self._courses.list(statuses=(CourseStatus.PLANNED,)):
            self._courses.replan(course.id, course.plan._replace(zone_name=new_zone), now)
        self.sync()

    def keep_home_zone(self, system_zone: str) -> None:
        """Injection times stay at home time; do not ask again for this zone."""
        self._settings_repo.save({KEPT_HOME_FOR_KEY: system_zone})

    # -- the Qt side --------------------------------------------------------------------
    def start(self) -> None:
        """Arm the timers and show what came due while the program was closed."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._heartbeat.start()
        self._last_wall, self._last_mono = self.clock.now_utc(), self.clock.monotonic()
        self.sync()
        self.check()

    @property
    def running(self) -> bool:
        """True once `start` armed the timers (the real app; tests start it themselves)."""
        return self._heartbeat is not None and self._heartbeat.isActive()

    def stop(self) -> None:
        for timer in (self._timer, self._heartbeat):
            if timer is not None:
                timer.stop()

    @property
    def timer_interval_ms(self) -> int | None:
        """How long the one timer waits now (None when not armed), for tests."""
        if self._timer is None or not self._timer.isActive():
            return None
        return self._timer.interval()

    def _arm(self) -> None:
        if self._timer is None:
            return
        when = self.next_fire_utc()
        if when is None:
            self._timer.stop()
            return
        delay_ms = (when - self.clock.now_utc()).total_seconds() * 1000
        self._timer.start(int(min(max(delay_ms, 0), MAX_TIMER_MS)))
