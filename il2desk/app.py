"""Wires the layers together: the only place that builds the world."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from il2desk import APP_ID, version
from il2desk.services.app_logging import setup_logging
from il2desk.services.clock import Clock, SystemClock
from il2desk.services.context import AppContext
from il2desk.services.settings_service import SettingsService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.paths import DataPaths
from il2desk.storage.settings_repo import SettingsRepository

log = logging.getLogger(__name__)

AUTO_BACKUP_DELAY_MS = 2000  # after the window is up, so start-up stays fast


def build_context(data_dir: Path | None, clock: Clock | None = None,
                  default_zone: str | None = None) -> AppContext:
    """Open the record (raises DatabaseProblem) and build the services over it."""
    paths = DataPaths.create(data_dir)
    setup_logging(paths.log_file)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    settings = SettingsService(SettingsRepository(db), default_zone=default_zone)
    return AppContext(paths=paths, db=db, clock=clock or SystemClock(), settings=settings,
                      courses=CourseRepository(db))


def run_gui(data_dir: Path | None) -> int:
    # Qt is imported here, not at module level, so headless commands start fast.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from il2desk.storage.backup import automatic_backup, restore
    from il2desk.storage.database import DatabaseProblem
    from il2desk.ui.backup_actions import RESTART_EXIT_CODE
    from il2desk.ui.errors import install_exception_hook
    from il2desk.ui.i18n import apply_text_size, install_translators
    from il2desk.ui.icons import app_icon
    from il2desk.ui.main_window import MainWindow
    from il2desk.ui.problem_dialog import resolve_database_problem

    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("il2desk")
    app.setOrganizationName("il2desk")
    app.setWindowIcon(app_icon())  # window, task bar and (by default) tray
    paths = DataPaths.create(data_dir)
    setup_logging(paths.log_file)
    install_exception_hook(paths.log_file)
    while True:
        try:
            ctx = build_context(data_dir)
        except DatabaseProblem as problem:
            if resolve_database_problem(problem, paths):
                continue  # a good backup was restored: open it
            return 1
        prefs = ctx.settings.current
        install_translators(app, prefs.language)
        apply_text_size(app, prefs.text_size)
        ctx.settings.subscribe(lambda p: apply_text_size(app, p.text_size))
        window = MainWindow(ctx)
        window.restart_requested.connect(lambda: app.exit(RESTART_EXIT_CODE))
        if os.environ.get("IL2DESK_QUIT_AFTER_PAINT") == "1":
            # Hidden start-up timing probe (scripts/measure-startup.py); imported only here.
            from il2desk.ui.first_paint import FirstPaintProbe

            FirstPaintProbe(window)
        window.show()

        def backup_now(ctx: AppContext = ctx) -> None:
            log.info("il2desk %s started, data in %s", version(), ctx.paths.root)
            try:
                automatic_backup(ctx.db, ctx.paths, ctx.clock.now_utc())
            except Exception:  # a failed backup must never stop the app
                log.exception("automatic backup failed")

        QTimer.singleShot(AUTO_BACKUP_DELAY_MS, backup_now)
        code = app.exec()
        source = window.restore_source
        window.close()
        window.deleteLater()
        ctx.db.close()
        if code != RESTART_EXIT_CODE:
            return code
        if source is not None:
            kept = restore(source, paths, ctx.clock.now_utc())
            log.info("restored %s (previous record kept at %s)", source, kept)
