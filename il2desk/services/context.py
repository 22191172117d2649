"""Everything a view needs, built once by `app.py` and passed down."""

from __future__ import annotations

import dataclasses

from il2desk.services.autostart import Autostart
from il2desk.services.clock import Clock
from il2desk.services.reminder_service import ReminderService
from il2desk.services.settings_service import SettingsService
from il2desk.services.supplies_service import SuppliesService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.diary_repo import DiaryRepository
from il2desk.storage.injection_log_repo import InjectionLogRepository
from il2desk.storage.lab_repo import LabRepository
from il2desk.storage.paths import DataPaths
from il2desk.storage.session_progress_repo import SessionProgressRepository
from il2desk.storage.site_reaction_repo import SiteReactionRepository


@dataclasses.dataclass
class AppContext:
    paths: DataPaths
    db: Database
    clock: Clock
    settings: SettingsService
    courses: CourseRepository
    supplies: SuppliesService
    reminders: ReminderService
    autostart: Autostart
    diary: DiaryRepository
    labs: LabRepository
    injection_log: InjectionLogRepository
    reactions: SiteReactionRepository
    session_progress: SessionProgressRepository
