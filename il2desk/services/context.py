"""Everything a view needs, built once by `app.py` and passed down.

The ui reaches the record through services only (tests/test_layers.py): each area's
service owns its writes and emits `changed` after each committed one (diary, labs,
sites, supplies, settings, reminders). `courses`, `injection_log` and
`session_progress` are still repositories: the course and session area moves to its
own service in issue 20.

What the first window shows (the record, the settings, the courses) is opened at
once. Every other service or repository is built the first time something asks for
it, so the window is up before their modules are even imported (start-up speed,
issue 11). Each is built at most once: the same object for the whole run.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from il2desk.services.clock import Clock
from il2desk.services.settings_service import SettingsService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.paths import DataPaths

if TYPE_CHECKING:
    from il2desk.services.autostart import Autostart
    from il2desk.services.course_service import CourseService
    from il2desk.services.diary_service import DiaryService
    from il2desk.services.labs_service import LabsService
    from il2desk.services.record_files import BackupService
    from il2desk.services.reminder_service import ReminderService
    from il2desk.services.sites_service import SitesService
    from il2desk.services.supplies_service import SuppliesService
    from il2desk.storage.injection_log_repo import InjectionLogRepository
    from il2desk.storage.session_progress_repo import SessionProgressRepository
    from il2desk.storage.visit_questions_repo import VisitQuestionsRepository


class AppContext:
    def __init__(self, *, paths: DataPaths, db: Database, clock: Clock,
                 settings: SettingsService, courses: CourseRepository,
                 zone_source: Callable[[], str], autostart_data_dir: Path | None) -> None:
        self.paths = paths
        self.db = db
        self.clock = clock
        self.settings = settings
        self.courses = courses
        self._zone_source = zone_source  # the system's zone, for the travel question
        self._autostart_data_dir = autostart_data_dir  # None: the default folder

    @property
    def read_only(self) -> bool:
        """The record was opened read-only (issue 21): look, copy and export only."""
        return self.db.read_only

    def system_zone(self) -> str:
        """The computer's time zone now (it changes when the patient travels)."""
        return self._zone_source()

    @cached_property
    def reminders(self) -> ReminderService:
        from il2desk.services.reminder_service import ReminderService
        from il2desk.storage.reminder_repo import ReminderRepository
        from il2desk.storage.settings_repo import SettingsRepository

        # It watches the settings itself; a change of any course or injection re-arms
        # it at once (a cancelled course's reminder never fires, issue 18).
        service = ReminderService(ReminderRepository(self.db), self.courses, self.settings,
                                  SettingsRepository(self.db), self.clock, self._zone_source,
                                  read_only=self.db.read_only)
        service.watch(self.course_service.changed)
        return service

    @cached_property
    def course_service(self) -> CourseService:
        """Every write of courses, injections and session progress (issue 20)."""
        from il2desk.services.course_service import CourseService

        return CourseService(self.db, self.courses, self.clock)

    @cached_property
    def supplies(self) -> SuppliesService:
        from il2desk.services.supplies_service import SuppliesService

        return SuppliesService(self.db, self.clock, self.courses)

    @cached_property
    def autostart(self) -> Autostart:
        from il2desk.services.autostart import Autostart, default_command

        return Autostart(default_command(self._autostart_data_dir))

    @cached_property
    def backups(self) -> BackupService:
        from il2desk.services.record_files import BackupService

        return BackupService(self.db)

    @cached_property
    def diary(self) -> DiaryService:
        from il2desk.services.diary_service import DiaryService

        return DiaryService(self.db)

    @cached_property
    def labs(self) -> LabsService:
        from il2desk.services.labs_service import LabsService

        return LabsService(self.db)

    @cached_property
    def sites(self) -> SitesService:
        from il2desk.services.sites_service import SitesService

        return SitesService(self.db)

    @property
    def reactions(self) -> SitesService:
        """The old name of `sites`, still used by ui/session (issue 20 rewrites it)."""
        return self.sites

    @cached_property
    def injection_log(self) -> InjectionLogRepository:
        from il2desk.storage.injection_log_repo import InjectionLogRepository

        return InjectionLogRepository(self.db)

    @cached_property
    def session_progress(self) -> SessionProgressRepository:
        from il2desk.storage.session_progress_repo import SessionProgressRepository

        return SessionProgressRepository(self.db)

    @cached_property
    def visit_questions(self) -> VisitQuestionsRepository:
        from il2desk.storage.visit_questions_repo import VisitQuestionsRepository

        return VisitQuestionsRepository(self.db)
