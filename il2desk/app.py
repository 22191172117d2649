"""Wires the layers together: the only place that builds the world."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from il2desk import APP_ID, version
from il2desk.services.clock import Clock, SystemClock
from il2desk.services.context import AppContext
from il2desk.services.settings_service import SettingsService
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database, DatabaseProblem, FileCheck
from il2desk.storage.paths import BACKUP_DIR, PROBLEM_COPIES_DIR, DataFolderProblem, DataPaths
from il2desk.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:  # imported where they are built, after the first paint
    from il2desk.services.notifier import Notifier
    from il2desk.ui.tray import ReminderTray

log = logging.getLogger(__name__)

AUTO_BACKUP_DELAY_MS = 2000  # after the window is up, so start-up stays fast
# Exit code of the event loop that asks run_gui to reopen the record and build a fresh
# window (after a restore, or a change of language).
RESTART_EXIT_CODE = 75


def resume_garbage_collection() -> None:
    """After the start: what the start built stays out of later collections (it lives
    as long as the program), and collection is on again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def build_context(data_dir: Path | None, clock: Clock | None = None,
                  default_zone: str | None = None, check: FileCheck | None = None
                  ) -> AppContext:
    """Open the record (raises DatabaseProblem) and build the services over it.
    `check`: the record's check, when it was started earlier (run_gui)."""
    from il2desk.domain.timeplan import system_zone_name
    from il2desk.services.app_logging import setup_logging

    try:
        paths = DataPaths.create(data_dir)
    except DataFolderProblem as problem:
        raise DatabaseProblem.from_folder(problem) from problem
    setup_logging(paths.log_file)
    # The folders are made when something is put in them: a read-only data folder
    # still opens its record, read-only (issue 21).
    db = Database.open(paths.database, kept_copies_dir=paths.root / PROBLEM_COPIES_DIR,
                       backup_dir=paths.root / BACKUP_DIR, check=check)
    settings = SettingsService(SettingsRepository(db), default_zone=default_zone)
    # A given default zone stands for the system's zone (tests, screenshots), so the
    # travel question only comes from a real change of the system zone.
    zone_source = (lambda: default_zone) if default_zone else system_zone_name
    # Only what the first window shows is built here; the rest on first use (context.py).
    return AppContext(paths=paths, db=db, clock=clock or SystemClock(), settings=settings,
                      courses=CourseRepository(db), zone_source=zone_source,
                      autostart_data_dir=paths.root.resolve() if data_dir is not None
                      else None)


def place_problem_text(folder: Path) -> str:
    """Why nothing can be written in the data folder, in plain words (issue 21: a full
    disk is never reported as "il2desk is already open")."""
    from PySide6.QtCore import QCoreApplication

    from il2desk.storage.paths import disk_is_full

    if disk_is_full(folder):
        return QCoreApplication.translate(
            "App", "The disk is full: nothing was written. il2desk needs a little space "
            "in {folder} to start. Please free some space, then start il2desk again."
        ).format(folder=folder)
    return QCoreApplication.translate(
        "App", "il2desk cannot write in its folder {folder} (it is read-only), so it "
        "cannot start. Nothing was changed.").format(folder=folder)


def read_only_place(paths: DataPaths) -> bool:
    """The data folder or the record cannot be written, and not for a full disk."""
    from il2desk.storage.database import place_writable
    from il2desk.storage.paths import disk_is_full

    return not place_writable(paths.database) and not disk_is_full(paths.root)


def run_gui(data_dir: Path | None) -> int:
    try:
        paths = DataPaths.create(data_dir)
    except DataFolderProblem as problem:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from il2desk.ui.i18n import translate_message

        _app = QApplication.instance() or QApplication(sys.argv)
        QMessageBox.warning(None, "il2desk", translate_message(problem.message))
        return 1
    # The record's check starts first: it runs alongside the loading of Qt below.
    check = FileCheck(paths.database)
    # Qt is imported here, not at module level, so headless commands start fast.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from il2desk.services.single_instance import SingleInstance
    from il2desk.ui.icons import app_icon

    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("il2desk")
    app.setOrganizationName("il2desk")
    app.setWindowIcon(app_icon())  # window, task bar and (by default) tray
    # One instance per data folder, checked before the record is opened: two
    # processes never write the same database; a second launch raises the first.
    instance = SingleInstance(paths.root)
    # A read-only place holds no lock, and needs none: nobody can write there, so the
    # record opens read-only (issue 21).
    if not instance.acquire(listen=False) and not (
            instance.lock_not_writable and read_only_place(paths)):
        if instance.lock_not_writable:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, "il2desk", place_problem_text(paths.root))
            return 1
        if not instance.reached_running:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, "il2desk", QCoreApplication.translate(
                "App", "il2desk is already open. Look for its window, or for its icon "
                "near the clock."))
        return 0
    try:
        return _run_windows(app, data_dir, paths, instance, check)
    finally:
        instance.release()


def _run_windows(app, data_dir: Path | None, paths: DataPaths, instance,
                 check: FileCheck | None) -> int:
    """Open the record and the window; again after a restore asked for a restart.

    Only what the first window shows is built before it is painted; everything else
    waits for that paint (ui/start_up.py), so the window is up fast (issue 11).
    """
    from PySide6.QtCore import QCoreApplication, QTimer

    from il2desk.storage.database import DatabaseProblem
    from il2desk.ui.errors import install_exception_hook
    from il2desk.ui.i18n import apply_text_size, install_translators
    from il2desk.ui.idle import PixmapCacheTrimmer
    from il2desk.ui.main_window import MainWindow
    from il2desk.ui.start_up import AfterFirstPaint

    install_exception_hook(paths.log_file)
    dbus: list[Notifier] = []  # the desktop notifier, found once, after the first paint
    while True:
        try:
            # The early check answers for the file as it was at start only: a restore
            # or a restart checks the file again.
            ctx = build_context(data_dir, check=check)
        except DatabaseProblem as problem:
            from il2desk.ui.problem_dialog import resolve_database_problem

            check = None
            resume_garbage_collection()  # the user may be a while with this question
            if resolve_database_problem(problem, paths):
                continue  # a good backup was restored: open it
            return 1
        check = None
        prefs = ctx.settings.current
        install_translators(app, prefs.language)
        apply_text_size(app, prefs.text_size)
        ctx.settings.changed.connect(
            lambda ctx=ctx: apply_text_size(app, ctx.settings.current.text_size))
        window = MainWindow(ctx, notifiers=dbus, later=True)
        window.restart_requested.connect(lambda: app.exit(RESTART_EXIT_CODE))
        instance.raise_requested.connect(window.bring_to_front)
        trays: list[ReminderTray] = []

        def add_tray(window: MainWindow = window, trays: list[ReminderTray] = trays) -> None:
            from il2desk.ui.tray import ReminderTray, tray_available

            if tray_available():
                tray = ReminderTray(window, window.quit_app, window.ctx.reminders)
                tray.show()
                window.attach_tray(tray)
                trays.append(tray)
            # With a tray, closing the window keeps il2desk running there.
            app.setQuitOnLastWindowClosed(not trays)

        def find_desktop_notifications(window: MainWindow = window) -> None:
            from il2desk.services.notifier import DBusNotifier

            if not dbus:
                candidate = DBusNotifier()
                if candidate.available():
                    dbus.append(candidate)
            controller = window.reminder_controller
            for notifier in dbus:
                if controller is not None and notifier not in controller.notifiers:
                    controller.notifiers.insert(0, notifier)

        def end_on_sigterm(window: MainWindow = window) -> None:
            # (imported here: socket and signal wait until the window is up)
            from il2desk.services.termination import on_termination

            on_termination(window.quit_app)

        start_up = AfterFirstPaint(window, [
            resume_garbage_collection,  # paused while starting (__main__.py)
            instance.listen,  # a second launch can now raise this window
            window.fit_first_view,  # room for the first view, once it is painted
            window.add_reminder_banner,
            add_tray,
            find_desktop_notifications,
            # Anything that came due while il2desk was closed is shown now, late (T2).
            lambda ctx=ctx: ctx.reminders.start(),  # (built here, not before the paint)
            # SIGTERM (logging out) ends il2desk like Quit: the record closed cleanly.
            end_on_sigterm,
            lambda window=window: PixmapCacheTrimmer(window),  # sleeps when idle
            window.offer_resume,  # last: it may ask a question and wait for the answer
        ])
        if os.environ.get("IL2DESK_QUIT_AFTER_PAINT") in ("1", "exit"):
            # Hidden start-up timing probe (tests/bench); imported only here.
            from il2desk.ui.first_paint import FirstPaintProbe

            FirstPaintProbe(window, start_up)
        window.show()

        def backup_now(ctx: AppContext = ctx, window: MainWindow = window) -> None:
            from il2desk.storage.backup import RecordDamaged, automatic_backup

            log.info("il2desk %s started, data in %s", version(), ctx.paths.root)
            if ctx.read_only:
                return  # nothing is written from a read-only record (issue 21)
            try:
                automatic_backup(ctx.db, ctx.paths, ctx.clock.now_utc())
            except RecordDamaged as damage:
                log.error("record failed the integrity check: %s", damage)
                window.prompter.warn(window, QCoreApplication.translate(
                    "App", "A problem in your record"), QCoreApplication.translate(
                    "App", "il2desk found damage in the file that holds your record, so it "
                    "did not make today's backup (your earlier backups are kept). Please use "
                    "File ▸ Restore a backup… to go back to the newest backup."))
            except Exception:  # a failed backup must never stop the app
                log.exception("automatic backup failed")

        QTimer.singleShot(AUTO_BACKUP_DELAY_MS, backup_now)
        code = app.exec()
        # Stopped first, so closing the window below does not ask to keep running.
        ctx.reminders.stop()
        instance.raise_requested.disconnect(window.bring_to_front)
        source = window.restore_source
        window.close()
        for tray in trays:
            tray.hide()
        window.deleteLater()
        ctx.db.close()
        if code != RESTART_EXIT_CODE:
            return code
        if source is not None:
            from il2desk.storage.backup import restore

            kept = restore(source, paths, ctx.clock.now_utc())
            log.info("restored %s (previous record kept at %s)", source, kept)
