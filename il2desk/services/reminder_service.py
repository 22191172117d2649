"""The reminder service: which reminders are due, from the database and a clock.

Nothing here sleeps or reads the wall clock: time comes from the injected `Clock`,
so tests move time instead of waiting. When nothing is due the program sleeps:

- one single-shot QTimer armed to the next due instant, re-armed at once whenever a
  watched service says its record `changed` (`watch`): a cancelled or re-planned
  course never fires its old reminder;
- a wake from suspend comes from logind's PrepareForSleep signal over D-Bus where
  there is a system bus, and a change of the system time zone from a file watch on
  /etc/localtime;
- one safety tick every 2 minutes compares the wall clock with the monotonic clock:
  its lateness gives away a sleep or a clock change where nothing else told (rule T2).

Before anything is shown, the stored reminders are brought in line with the record
again, so a change nobody announced can delay a reminder but never show a stale one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    SLOT,
    QFileSystemWatcher,
    QObject,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)

from il2desk.domain.course import CourseStatus
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

# At most one safety tick this often (issue 18: the program sleeps when nothing is due).
SAFETY_TICK_MS = 2 * 60 * 1000
# A QTimer counts in int milliseconds; a reminder weeks away is re-armed by the ticks.
MAX_TIMER_MS = 24 * 60 * 60 * 1000
# The link that names the system's time zone (travel, rule T1).
LOCALTIME = Path("/etc/localtime")
LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_SIGNAL = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                 "PrepareForSleep")
SLEEP_SLOT = SLOT("_prepare_for_sleep(bool)")
# Settings key: the system zone for which the user chose to keep home time.
KEPT_HOME_FOR_KEY = "reminders.home_kept_for_zone"


class ReminderService(QObject):
    fired = Signal(list)  # list[DueReminder]: show them (once)
    changed = Signal()  # states changed: banners and lists refresh
    zone_differs = Signal(str, str)  # (home zone, system zone): ask the user
    clock_jump = Signal()  # sleep or clock change noticed

    def __init__(self, repo: ReminderRepository, courses: CourseRepository,
                 settings: SettingsService, settings_repo: SettingsRepository, clock: Clock,
                 zone_source: Callable[[], str], parent: QObject | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        # A record opened read-only (issue 21): no reminder can be stored or marked
        # shown, so none is planned or shown; the window's banner says so.
        self.read_only = read_only
        self.repo = repo
        self._courses = courses
        self._settings = settings
        self._settings_repo = settings_repo
        self.clock = clock
        self._zone_source = zone_source
        self._timer: QTimer | None = None
        self._safety: QTimer | None = None
        self._zone_watch: QFileSystemWatcher | None = None
        self._zone_seen: tuple[str, float] | None = None
        self._sleep_bus = None  # the D-Bus connection logind's PrepareForSleep comes on
        self._sleep_service = LOGIN1_SERVICE
        self._last_wall = clock.now_utc()
        self._last_mono = clock.monotonic()
        self._zone_asked: str | None = None
        self.watch(settings.changed)  # times and the pre-treatment lead

    def watch(self, *signals: SignalInstance) -> None:
        """Re-plan and re-arm at once whenever one of `signals` fires (a service's
        `changed`: courses and injections, settings)."""
        for signal in signals:
            signal.connect(self._record_changed)

    @Slot()
    def _record_changed(self) -> None:
        self.sync()

    # -- the plan -----------------------------------------------------------------------
    def sync(self) -> None:
        """Bring stored reminders in line with the planned courses and preferences,
        and arm the timer for the next one. Runs when a watched service changed, and
        before anything is shown."""
        if self.read_only:
            return
        courses = self._courses.list(statuses=(CourseStatus.PLANNED,))
        planned = plan_reminders(((c, self._courses.injections(c.id)) for c in courses),
                                 self._settings.current)
        added, withdrawn = self.repo.sync(planned)
        if added or withdrawn:
            log.info("reminders: %d added, %d withdrawn", added, withdrawn)
            self.changed.emit()
        self._arm()

    # -- what is due --------------------------------------------------------------------
    def check(self) -> list[DueReminder]:
        """Mark the reminders whose time has come as shown and emit them, once each.
        The plan is read again first: what the record no longer wants never shows."""
        if self.read_only:
            return []  # a reminder shown could not be marked shown: it would come again
        self.sync()
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
    def recheck(self) -> bool:
        """Look again now: after a wake from suspend, a change of the system zone, or
        on the safety tick. Returns True when the machine slept or the clock changed
        since the last look; what came due meanwhile is then shown, late (rule T2)."""
        wall, mono = self.clock.now_utc(), self.clock.monotonic()
        jumped = clock_jumped(wall - self._last_wall, mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if jumped:
            log.info("clock jump or sleep noticed (rule T2)")
            self.clock_jump.emit()
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
            moved = dataclasses.replace(course.plan, zone_name=new_zone)
            self._courses.replan(course.id, moved, now)
        self.sync()

    def keep_home_zone(self, system_zone: str) -> None:
        """Injection times stay at home time; do not ask again for this zone."""
        self._settings_repo.save({KEPT_HOME_FOR_KEY: system_zone})

    # -- the Qt side --------------------------------------------------------------------
    def start(self) -> None:
        """Arm the timers, listen for wakes and zone changes, and show what came due
        while the program was closed (late, rule T2)."""
        if self.read_only:
            log.info("reminders off: the record is read-only")
            return
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._safety = QTimer(self)
        self._safety.setInterval(SAFETY_TICK_MS)
        self._safety.timeout.connect(self.recheck)
        self._safety.start()
        self._watch_zone_file()
        self.listen_for_sleep()
        self._last_wall, self._last_mono = self.clock.now_utc(), self.clock.monotonic()
        self.check()

    @property
    def running(self) -> bool:
        """True once `start` armed the timers (the real app; tests start it themselves)."""
        return self._safety is not None and self._safety.isActive()

    def stop(self) -> None:
        for timer in (self._timer, self._safety):
            if timer is not None:
                timer.stop()
        if self._sleep_bus is not None:
            self._sleep_bus.disconnect(self._sleep_service, *LOGIN1_SIGNAL, self, SLEEP_SLOT)
            self._sleep_bus = None

    @property
    def safety_tick_ms(self) -> int:
        return SAFETY_TICK_MS

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

    def listen_for_sleep(self, bus=None, service: str = LOGIN1_SERVICE) -> bool:
        """logind says PrepareForSleep(true) before a suspend and (false) after the
        wake; `bus` is the system bus unless given (tests). False where there is no
        such bus (other systems, containers): the safety tick notices the wake then,
        within 2 minutes."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus
            return False
        bus = bus or QDBusConnection.systemBus()
        if not bus.isConnected() or not bus.connect(service, *LOGIN1_SIGNAL, self, SLEEP_SLOT):
            return False
        self._sleep_bus, self._sleep_service = bus, service
        return True

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            log.info("woke from suspend")
            self.recheck()

    def _watch_zone_file(self) -> None:
        """A change of the system time zone replaces the /etc/localtime link
        (timedatectl) or copies a zone file over it. The folder is watched for the
        first, the file for the second; nothing is polled."""
        if not LOCALTIME.exists():
            return
        self._zone_seen = self._zone_file_state()
        self._zone_watch = QFileSystemWatcher([str(LOCALTIME.parent), str(LOCALTIME)], self)
        self._zone_watch.directoryChanged.connect(self._zone_file_changed)
        self._zone_watch.fileChanged.connect(self._zone_file_changed)

    @staticmethod
    def _zone_file_state() -> tuple[str, float] | None:
        try:
            return str(LOCALTIME.resolve()), LOCALTIME.stat().st_mtime
        except OSError:
            return None

    def _zone_file_changed(self, _path: str) -> None:
        watch = self._zone_watch
        if watch is not None and str(LOCALTIME) not in watch.files() and LOCALTIME.exists():
            watch.addPath(str(LOCALTIME))  # the watch went with the replaced file
        state = self._zone_file_state()
        if state != self._zone_seen:  # (another file of the folder changed: not ours)
            self._zone_seen = state
            self.recheck()
