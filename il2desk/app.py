"""Wires the layers together: the only place that builds the world."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from il2desk import APP_ID, __version__
from il2desk.services.app_logging import setup_logging
from il2desk.services.clock import Clock, SystemClock
from il2desk.services.context import AppContext
from il2desk.services.settings_service import SettingsService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.injection_log_repo import InjectionLogRepository
from il2desk.storage.paths import DataPaths
from il2desk.storage.session_progress_repo import SessionProgressRepository
from il2desk.storage.settings_repo import SettingsRepository
from il2desk.storage.site_reaction_repo import SiteReactionRepository

log = logging.getLogger(__name__)


def build_context(data_dir: Path | None, clock: Clock | None = None,
                  default_zone: str | None = None) -> AppContext:
    """Open the record (raises DatabaseProblem) and build the services over it."""
    paths = DataPaths.create(data_dir)
    setup_logging(paths.log_file)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    settings = SettingsService(SettingsRepository(db), default_zone=default_zone)
    return AppContext(paths=paths, db=db, clock=clock or SystemClock(), settings=settings,
                      courses=CourseRepository(db),
                      injection_log=InjectionLogRepository(db),
                      reactions=SiteReactionRepository(db),
                      session_progress=SessionProgressRepository(db))


def run_gui(data_dir: Path | None) -> int:
    # Qt is imported here, not at module level, so headless commands start fast.
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from il2desk.storage.database import DatabaseProblem
    from il2desk.ui.errors import install_exception_hook
    from il2desk.ui.main_window import MainWindow
    from il2desk.ui.problem_dialog import show_database_problem

    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("il2desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("il2desk")
    try:
        ctx = build_context(data_dir)
    except DatabaseProblem as problem:
        show_database_problem(problem)
        return 1
    install_exception_hook(ctx.paths.log_file)
    window = MainWindow(ctx)
    window.show()
    log.info("il2desk %s started, data in %s", __version__, ctx.paths.root)
    code = app.exec()
    ctx.db.close()
    return code
