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
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from il2desk.services.notifier import Notifier
    from il2desk.services.single_instance import SingleInstance
    from il2desk.ui.main_window import MainWindow
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
        return WindowLife(app, data_dir, paths, instance).run(check)
    finally:
        instance.release()


class WindowLife:
    """The program's life in its window: open the record and the window, show it, the
    steps after the first paint, close; and again from the start after a restore or a
    change of language (RESTART_EXIT_CODE).

    Only what the first window shows is built before it is painted; everything else
    waits for that paint (ui/start_up.py), so the window is up fast (issue 11).
    """

    def __init__(self, app: QApplication, data_dir: Path | None, paths: DataPaths,
                 instance: SingleInstance) -> None:
        self.app = app
        self.data_dir = data_dir
        self.paths = paths
        self.instance = instance
        # The desktop notifier, looked for once (after the first paint) and kept across
        # restarts; `desktop_looked_up` says whether the look-up was done.
        self.desktop: Notifier | None = None
        self.desktop_looked_up = False
        # The window of this turn, and what was built with it.
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.tray: ReminderTray | None = None

    def run(self, check: FileCheck | None) -> int:
        from il2desk.ui.errors import install_exception_hook

        install_exception_hook(self.paths.log_file)
        while True:
            if not self.open(check):
                return 1
            check = None  # the early check answers for the file as it was at start only
            self.show()
            code = self.app.exec()
            source = self.close()
            if code != RESTART_EXIT_CODE:
                return code
            if source is not None:
                from il2desk.storage.backup import restore

                kept = restore(source, self.paths, SystemClock().now_utc())
                log.info("restored %s (previous record kept at %s)", source, kept)

    # -- open -----------------------------------------------------------------------------
    def open(self, check: FileCheck | None) -> bool:
        """Open the record and build the window; False when the record cannot be opened
        and no good backup was restored in its place."""
        from il2desk.ui.i18n import apply_text_size, install_translators
        from il2desk.ui.main_window import MainWindow

        while True:
            try:
                self.ctx = build_context(self.data_dir, check=check)
                break
            except DatabaseProblem as problem:
                from il2desk.ui.problem_dialog import resolve_database_problem

                check = None  # a restored backup is checked again
                resume_garbage_collection()  # the user may be a while with this question
                if not resolve_database_problem(problem, self.paths):
                    return False
        prefs = self.ctx.settings.current
        install_translators(self.app, prefs.language)
        apply_text_size(self.app, prefs.text_size)
        self.ctx.settings.changed.connect(self._follow_text_size)
        notifiers = [self.desktop] if self.desktop is not None else []
        self.window = MainWindow(self.ctx, notifiers=notifiers,
                                 after_first_paint=self.after_first_paint_steps())
        self.window.restart_requested.connect(self._restart)
        self.instance.raise_requested.connect(self.window.bring_to_front)
        self.tray = None
        return True

    def _follow_text_size(self) -> None:
        from il2desk.ui.i18n import apply_text_size

        if self.ctx is not None:
            apply_text_size(self.app, self.ctx.settings.current.text_size)

    def _restart(self) -> None:
        self.app.exit(RESTART_EXIT_CODE)

    # -- show -----------------------------------------------------------------------------
    def show(self) -> None:
        from PySide6.QtCore import QTimer

        assert self.window is not None
        if os.environ.get("IL2DESK_QUIT_AFTER_PAINT") in ("1", "exit"):
            # Hidden start-up timing probe (tests/bench); imported only here.
            from il2desk.ui.first_paint import FirstPaintProbe

            FirstPaintProbe(self.window, self.window.start_up)
        self.window.show()
        QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self.window, self.back_up)

    # -- after the first paint --------------------------------------------------------------
    def after_first_paint_steps(self) -> list[Callable[[], object]]:
        """What the program adds to the window's own steps after its first paint (the
        window fits its first view and adds the reminder banner before these, and
        offers to resume a session after them)."""
        return [
            resume_garbage_collection,  # paused while starting (__main__.py)
            self.instance.listen,  # a second launch can now raise this window
            self.add_tray,
            self.find_desktop_notifications,
            # Anything that came due while il2desk was closed is shown now, late (T2).
            self.start_reminders,  # (built here, not before the paint)
            # SIGTERM (logging out) ends il2desk like Quit: the record closed cleanly.
            self.end_on_sigterm,
            self.trim_pixmap_cache,  # sleeps when idle
        ]

    def add_tray(self) -> None:
        from il2desk.ui.tray import ReminderTray, tray_available

        assert self.window is not None
        if tray_available():
            self.tray = ReminderTray(self.window, self.window.quit_app,
                                     self.window.ctx.reminders)
            self.tray.show()
            self.window.attach_tray(self.tray)
        # With a tray, closing the window keeps il2desk running there.
        self.app.setQuitOnLastWindowClosed(self.tray is None)

    def find_desktop_notifications(self) -> None:
        from il2desk.services.notifier import DBusNotifier

        assert self.window is not None
        if not self.desktop_looked_up:
            self.desktop_looked_up = True
            candidate = DBusNotifier()
            if candidate.available():
                self.desktop = candidate
        controller = self.window.reminder_controller
        if (self.desktop is not None and controller is not None
                and self.desktop not in controller.notifiers):
            controller.notifiers.insert(0, self.desktop)

    def start_reminders(self) -> None:
        assert self.ctx is not None
        self.ctx.reminders.start()

    def end_on_sigterm(self) -> None:
        # (imported here: socket and signal wait until the window is up)
        from il2desk.services.termination import on_termination

        assert self.window is not None
        on_termination(self.window.quit_app)

    def trim_pixmap_cache(self) -> None:
        from il2desk.ui.idle import PixmapCacheTrimmer

        assert self.window is not None
        PixmapCacheTrimmer(self.window)

    def back_up(self) -> None:
        """Today's automatic backup, a little after the window is up."""
        from PySide6.QtCore import QCoreApplication

        from il2desk.storage.backup import RecordDamaged, automatic_backup

        ctx, window = self.ctx, self.window
        assert ctx is not None and window is not None
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

    # -- close ----------------------------------------------------------------------------
    def close(self) -> Path | None:
        """Close the window and the record; the backup to restore, if one was asked."""
        ctx, window = self.ctx, self.window
        assert ctx is not None and window is not None
        # Stopped first, so closing the window below does not ask to keep running.
        ctx.reminders.stop()
        self.instance.raise_requested.disconnect(window.bring_to_front)
        ctx.settings.changed.disconnect(self._follow_text_size)
        source = window.restore_source
        window.close()
        if self.tray is not None:
            self.tray.hide()
        window.deleteLater()
        ctx.db.close()
        self.ctx = self.window = self.tray = None
        return source
