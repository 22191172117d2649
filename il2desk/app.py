"""Wires the layers together: the only place that builds the world."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from il2desk import APP_ID, __version__
from il2desk.domain.timeplan import system_zone_name
from il2desk.services.app_logging import setup_logging
from il2desk.services.autostart import Autostart, default_command
from il2desk.services.clock import Clock, SystemClock
from il2desk.services.context import AppContext
from il2desk.services.reminder_service import ReminderService
from il2desk.services.settings_service import SettingsService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.paths import DataPaths
from il2desk.storage.reminder_repo import ReminderRepository
from il2desk.storage.settings_repo import SettingsRepository

log = logging.getLogger(__name__)


def build_context(data_dir: Path | None, clock: Clock | None = None,
                  default_zone: str | None = None) -> AppContext:
    """Open the record (raises DatabaseProblem) and build the services over it."""
    paths = DataPaths.create(data_dir)
    setup_logging(paths.log_file)
    db = Database.open(paths.database, kept_copies_dir=paths.kept_copies,
                       backup_dir=paths.backups)
    settings_repo = SettingsRepository(db)
    settings = SettingsService(settings_repo, default_zone=default_zone)
    clock = clock or SystemClock()
    courses = CourseRepository(db)
    # A given default zone stands for the system's zone (tests, screenshots), so the
    # travel question only comes from a real change of the system zone.
    zone_source = (lambda: default_zone) if default_zone else system_zone_name
    reminders = ReminderService(ReminderRepository(db), courses, settings, settings_repo,
                                clock, zone_source)
    return AppContext(paths=paths, db=db, clock=clock, settings=settings, courses=courses,
                      reminders=reminders,
                      autostart=Autostart(default_command(
                          paths.root.resolve() if data_dir is not None else None)))


def run_gui(data_dir: Path | None) -> int:
    # Qt is imported here, not at module level, so headless commands start fast.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from il2desk.services.notifier import DBusNotifier, Notifier
    from il2desk.services.single_instance import SingleInstance
    from il2desk.storage.database import DatabaseProblem
    from il2desk.ui.errors import install_exception_hook
    from il2desk.ui.main_window import MainWindow
    from il2desk.ui.problem_dialog import show_database_problem
    from il2desk.ui.tray import ReminderTray, tray_available

    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("il2desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("il2desk")
    # One instance per data folder, checked before the record is opened: two
    # processes never write the same database; a second launch raises the first.
    instance = SingleInstance(DataPaths.create(data_dir).root)
    if not instance.acquire():
        if not instance.reached_running:
            QMessageBox.information(
                None, "il2desk",
                "il2desk is already open. Look for its window, or for its icon near the "
                "clock.")
        return 0
    try:
        ctx = build_context(data_dir)
    except DatabaseProblem as problem:
        instance.release()
        show_database_problem(problem)
        return 1
    install_exception_hook(ctx.paths.log_file)
    notifiers: list[Notifier] = []
    dbus = DBusNotifier()
    if dbus.available():
        notifiers.append(dbus)
    window = MainWindow(ctx, notifiers=notifiers)
    instance.raise_requested.connect(window.bring_to_front)
    if tray_available():
        tray = ReminderTray(window, window.quit_app)
        tray.show()
        window.attach_tray(tray)
        app.setQuitOnLastWindowClosed(False)  # closing the window keeps it in the tray
    window.show()
    # Reminders start once the window is up, so start-up stays quick; anything that
    # came due while il2desk was closed is then shown as late (rule T2).
    QTimer.singleShot(0, ctx.reminders.start)
    log.info("il2desk %s started, data in %s", __version__, ctx.paths.root)
    code = app.exec()
    ctx.reminders.stop()
    ctx.db.close()
    instance.release()
    return code
