"""The main window: a navigation list, the current view, and the emergency button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from il2desk.services.context import AppContext
from il2desk.ui.emergency import (
    EMERGENCY_SHORTCUT,
    make_emergency_button,
)
from il2desk.ui.host import ViewHost
from il2desk.ui.navigation import VIEWS, NavigationList, View, ViewSpec
from il2desk.ui.prompter import Prompter, QtPrompter
from il2desk.ui.session_launcher import SessionLauncher
from il2desk.ui.start_up import AfterFirstPaint
from il2desk.ui.view_stack import ViewStack, grow_to_fit, scrolling
from il2desk.ui.widgets import follow_app_font

if TYPE_CHECKING:  # imported when first needed, after the window is up (start-up speed)
    from PySide6.QtWidgets import QDialog

    from il2desk.services.course_service import SessionProgress
    from il2desk.services.notifier import Notifier
    from il2desk.ui.emergency_panel import EmergencyPanel
    from il2desk.ui.late_reminders import LateRemindersDialog
    from il2desk.ui.reminder_banner import ReminderBanner
    from il2desk.ui.reminder_controller import ReminderController
    from il2desk.ui.session.wizard import SessionWizard
    from il2desk.ui.tray import ReminderTray
    from il2desk.ui.views.courses_view import CoursesView
    from il2desk.ui.views.today_view import TodayView


class MainWindow(QMainWindow):
    # The record must be reopened (after a restore): app.py closes and rebuilds the world.
    restart_requested = Signal()

    def __init__(self, ctx: AppContext, views: tuple[ViewSpec, ...] = VIEWS,
                 prompter: Prompter | None = None, notifiers: Sequence[Notifier] = (),
                 after_first_paint: Sequence[Callable[[], object]] = ()) -> None:
        """The window starts one way: what it does not show at once waits for its first
        paint (`start_up`): it makes room for its first view, adds the reminder banner,
        runs the program's `after_first_paint` steps (app.py: tray, reminders, …), and
        last offers to go on with a session left half-way."""
        super().__init__()
        self.ctx = ctx
        self._specs = views
        self._built: dict[str, View] = {}
        self.setWindowTitle("il2desk")
        self.setObjectName("mainWindow")
        # At most the screen's free area (a 1366×768 laptop has about 1366×740).
        self.resize(QSize(1000, 700).boundedTo(self.screen().availableGeometry().size()))
        self.prompter = prompter or QtPrompter()
        self.host = ViewHost(ctx=ctx, show_emergency=self.show_emergency, go_to=self.go_to,
                             prompter=self.prompter, start_session=self.start_session,
                             request_restart=self.restart_requested.emit)
        self._emergency: EmergencyPanel | None = None
        self.tray: ReminderTray | None = None
        self._quitting = False
        self.restore_source: Path | None = None  # set when the user asked for a restore
        self.checklist_preview: QWidget | None = None  # the open print preview, if any
        self.visit_report_dialog: QWidget | None = None  # File ▸ Visit report…, if open
        self.sessions = SessionLauncher(self)  # the session dialog, the T2 question
        self.late_dialog: LateRemindersDialog | None = None  # Go ▸ Reminders shown late

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(24, 24))
        title = QLabel("  il2desk")
        follow_app_font(title, 1.3, bold=True)
        toolbar.addWidget(title)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.emergency_button = make_emergency_button(self.show_emergency)
        toolbar.addWidget(self.emergency_button)
        self.addToolBar(toolbar)  # at the top
        self._toolbar = toolbar
        # Help ▸ Emergency signs holds the window's Ctrl+E. (Shortcuts are given with
        # setShortcuts: PySide's setShortcut overloads load the whole `Qt` namespace,
        # ~15 ms of start-up; see ui/widgets.py.) Built before the views, which update
        # the File menu's course actions when shown.
        self._build_menus()

        central = QWidget()
        self._column = QVBoxLayout(central)
        self._notifiers = list(notifiers)
        self.reminder_banner: ReminderBanner | None = None
        self.reminder_controller: ReminderController | None = None
        self.read_only_banner: QLabel | None = None
        if ctx.read_only:  # issue 21: said on every screen, above the views
            from il2desk.ui.read_only_banner import ReadOnlyBanner

            self.read_only_banner = ReadOnlyBanner()
            self._column.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        self._column.addLayout(layout, 1)
        self.nav = NavigationList()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(
            self.tr("Choose what to see: Today, Courses, Settings and more"))
        follow_app_font(self.nav, 1.15)
        self.nav.setSpacing(3)
        self.stack = ViewStack()
        self.stack.setObjectName("viewStack")
        for spec in views:
            self.nav.addItem(QListWidgetItem(spec.shown_title.replace("&", "")))
            self.stack.addWidget(QWidget())  # filled in when first shown
        self.nav.currentRowChanged.connect(self._show_row)
        # A screen reader (or any AT-SPI client) may choose a section by selecting it:
        # the view follows the selection as it follows the current row.
        self.nav.itemSelectionChanged.connect(self._follow_selection)
        layout.addWidget(self.nav)
        self.view_area = scrolling(self.stack)
        self._fitting = False  # from the first fit on (after the first paint)
        self.stack.resized_content.connect(self._content_resized)
        layout.addWidget(self.view_area, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)
        self.start_up = AfterFirstPaint(self, [
            self.fit_first_view,  # room for the first view, once it is painted
            self.add_reminder_banner,
            *after_first_paint,
            self.offer_resume,  # last: it may ask a question and wait for the answer
        ])

    def add_reminder_banner(self) -> None:
        """Reminders sit above the views, on every screen (rule T2: never unseen), and
        reach the desktop through the notifiers. Built once."""
        if self.reminder_banner is not None:
            return
        from il2desk.ui.reminder_banner import ReminderBanner
        from il2desk.ui.reminder_controller import ReminderController

        self.reminder_banner = ReminderBanner(self.ctx, self.start_session,
                                              self.show_late_reminders,
                                              ask_unrecorded=self.ask_unrecorded)
        self._column.insertWidget(0, self.reminder_banner)
        self.reminder_controller = ReminderController(self, self.ctx, self.prompter,
                                                      self._notifiers)
        if self.tray is not None:
            self.reminder_controller.notifiers.append(self.tray)

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, slot in (
            (self.tr("&Back up…"), self.back_up),
            (self.tr("&Restore a backup…"), self.restore_backup),
            (self.tr("Export &diary and labs for your doctor…"), self.export_for_doctor),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.setToolTipsVisible(True)  # the disabled items say why
        self.print_checklist_action = QAction(self.tr("&Print checklist…"), self)
        self.print_checklist_action.setObjectName("printChecklistAction")
        self.print_checklist_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_checklist_action.triggered.connect(self.print_checklist)
        file_menu.addAction(self.print_checklist_action)
        self.export_calendar_action = QAction(self.tr("E&xport to calendar…"), self)
        self.export_calendar_action.setObjectName("exportCalendarAction")
        self.export_calendar_action.triggered.connect(self.export_calendar)
        file_menu.addAction(self.export_calendar_action)
        self.visit_report_action = QAction(self.tr("&Visit report…"), self)
        self.visit_report_action.setObjectName("visitReportAction")
        self.visit_report_action.setToolTip(
            self.tr("A report of your courses, results and questions for your doctor"))
        self.visit_report_action.triggered.connect(self.open_visit_report)
        file_menu.addAction(self.visit_report_action)
        file_menu.aboutToShow.connect(self.update_course_actions)
        self.update_course_actions()
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, spec in enumerate(self._specs, start=1):
            action = QAction(spec.shown_title, self)
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _checked=False, k=spec.key: self.go_to(k))
            go_menu.addAction(action)
        go_menu.addSeparator()
        late = QAction(self.tr("&Reminders shown late…"), self)
        late.triggered.connect(self.show_late_reminders)
        go_menu.addAction(late)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        emergency = QAction(self.tr("&Emergency signs"), self)
        # The whole window's shortcut (rule R13: one key away on every screen).
        emergency.setShortcuts([QKeySequence(EMERGENCY_SHORTCUT)])
        emergency.triggered.connect(self.show_emergency)
        help_menu.addAction(emergency)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About il2desk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        from il2desk.ui.menu_entry_action import offer_menu_entry  # (issue 22)

        offer_menu_entry(self, help_menu, self.about_action, self.prompter)

    # -- navigation ---------------------------------------------------------------------
    def view_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_key(self) -> str:
        return self._specs[self.nav.currentRow()].key

    def view(self, key: str) -> View:
        """The view for `key`, built on first use (start-up builds only the first)."""
        if key not in self._built:
            index = self.view_keys().index(key)
            widget = self._specs[index].factory(self.host)
            widget.setObjectName(f"view-{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[key] = widget
        return self._built[key]

    def go_to(self, key: str) -> None:
        self.nav.setCurrentRow(self.view_keys().index(key))

    def _follow_selection(self) -> None:
        selected = self.nav.selectedItems()
        if selected and self.nav.row(selected[0]) != self.nav.currentRow():
            self.nav.setCurrentRow(self.nav.row(selected[0]))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        # The scroll area around the views can take the focus (a click beside a
        # control): a screen reader then says the section's name, not just "filler".
        self.view_area.setAccessibleName(self._specs[row].shown_title.replace("&", ""))
        built_before = key in self._built
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        if self._fitting:  # the first view: fit_first_view, after the first paint
            self._room_for(widget)
        # A view fills itself when built; refreshing it again at once doubled the cost
        # of every first opening.
        if built_before:
            widget.refresh()
        self.update_course_actions()  # a view may have added or cancelled a course

    def current_view(self) -> View:
        return self.view(self.current_key())

    def today_view(self) -> TodayView | None:
        """The Today view, if it has been built (it is the first one shown)."""
        if "today" not in self._built:
            return None
        from il2desk.ui.views.today_view import TodayView  # (loaded: it was built)

        view = self._built["today"]
        assert isinstance(view, TodayView)
        return view

    def courses_view(self) -> CoursesView | None:
        """The Courses view, if it has been built (its selection picks the course that
        File ▸ Print and Export act on)."""
        if "courses" not in self._built:
            return None
        from il2desk.ui.views.courses_view import CoursesView  # (loaded: it was built)

        view = self._built["courses"]
        assert isinstance(view, CoursesView)
        return view

    def fit_first_view(self) -> None:
        """Make room for the view shown first (issue 23). Run once the window has been
        painted (app.py's start-up steps; at once without them): measuring the view
        before would delay the first paint by about 15 ms, and a first view that needs
        more than 1000×700 is rare."""
        from il2desk.ui.accessible_roles import name_toolbar_extension

        # The ">>" button a narrow window shows for what does not fit: a screen reader
        # read it as a check box with no name (issue 23, AT-SPI walk). Named here, after
        # the first paint: looking it up builds PySide's QToolButton type and enums.
        name_toolbar_extension(self._toolbar)
        self._fitting = True
        self.stack.watch_content()
        self._room_for(self.stack.currentWidget())

    def _content_resized(self) -> None:
        if self._fitting:  # a view's content grew: make room again, once it settles
            # (the window as context: the timer goes with it if it closes first)
            QTimer.singleShot(0, self, lambda: self._room_for(self.stack.currentWidget()))

    def _room_for(self, view: QWidget) -> None:
        if self.isVisible():
            grow_to_fit(self, self.view_area, view)

    # -- the injection session (issue 6; rules R13, R19, R21, T2): ui/session_launcher.py
    def start_session(self, injection_id: int,
                      resume: SessionProgress | None = None) -> None:
        self.sessions.start(injection_id, resume)

    def ask_unrecorded(self) -> None:
        self.sessions.ask_unrecorded()

    def offer_resume(self) -> None:
        self.sessions.offer_resume()

    @property
    def session_dialog(self) -> SessionWizard | None:
        return self.sessions.session_dialog

    @property
    def unrecorded_dialog(self) -> QDialog | None:
        return self.sessions.unrecorded_dialog

    # -- the record in and out (issue 11) ----------------------------------------------
    def back_up(self) -> None:
        from il2desk.ui.backup_actions import back_up

        back_up(self.host, self)

    def export_for_doctor(self) -> None:
        from il2desk.ui.backup_actions import export_for_doctor

        export_for_doctor(self.host, self)

    def restore_backup(self) -> None:
        """Ask for a backup; the swap itself happens in run_gui, with the record closed."""
        from il2desk.ui.backup_actions import choose_restore

        if self.refuse_if_read_only(self.tr("Restore a backup")):
            return
        source = choose_restore(self.host, self)
        if source is not None:
            self.restore_source = source
            self.restart_requested.emit()

    def refresh_current_view(self) -> None:
        """Show the record again in the current view (after a refused save, ui/errors)."""
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def refuse_if_read_only(self, title: str) -> bool:
        """True (and said plainly) when the record is read-only: nothing is tried."""
        if not self.ctx.read_only:
            return False
        from il2desk.ui.read_only_banner import refusal_text

        self.prompter.inform(self, title, refusal_text())
        return True

    # -- course outputs: checklist and calendar -----------------------------------------
    def output_course_id(self) -> int | None:
        """The course File ▸ Print/Export act on: the one selected in the Courses view,
        else the next planned course, else the most recent one."""
        from il2desk.ui.course_outputs import default_course_id

        courses = self.courses_view()
        if courses is not None:
            course_id = courses.selected_course_id()
            if course_id is not None:
                return course_id
        return default_course_id(self.host)

    def update_course_actions(self) -> None:
        """Enable Print/Export only when there is a course; a disabled item says why."""
        has_course = self.ctx.courses.has_any()  # runs on every switch: keep it cheap
        tips = (
            (self.print_checklist_action,
             self.tr("Print the checklist of the selected or next course"),
             self.tr("Plan a course first: there is no course to print yet.")),
            (self.export_calendar_action,
             self.tr("Save the injection times as a file for your calendar program"),
             self.tr("Plan a course first: there is nothing to put in a calendar yet.")),
        )
        for action, enabled_tip, disabled_tip in tips:
            action.setEnabled(has_course)
            action.setToolTip(enabled_tip if has_course else disabled_tip)

    def print_checklist(self) -> None:
        from il2desk.ui.course_outputs import print_checklist

        course_id = self.output_course_id()
        if course_id is not None:
            self.checklist_preview = print_checklist(self.host, course_id, self)

    def export_calendar(self) -> None:
        from il2desk.ui.course_outputs import export_calendar

        course_id = self.output_course_id()
        if course_id is not None:
            export_calendar(self.host, course_id, self)

    def open_visit_report(self) -> None:
        from il2desk.ui.visit_report_dialog import open_visit_report

        self.visit_report_dialog = open_visit_report(self.host, self)

    # -- emergency (rule R13) -----------------------------------------------------------
    @property
    def emergency_panel(self) -> EmergencyPanel:
        if self._emergency is None:
            from il2desk.ui.emergency_panel import EmergencyPanel

            self._emergency = EmergencyPanel(
                self.ctx.settings, open_settings=lambda: self.go_to("settings"), parent=self
            )
        return self._emergency

    def show_emergency(self) -> None:
        self.emergency_panel.present()

    # -- reminders, tray and closing ----------------------------------------------------
    def show_late_reminders(self) -> None:
        from il2desk.ui.late_reminders import LateRemindersDialog

        old = self.late_dialog
        if old is not None:  # one list at a time, always fresh
            old.close()
            old.deleteLater()
        self.late_dialog = LateRemindersDialog(self.ctx, self.show_emergency, self)
        self.late_dialog.open()

    def attach_tray(self, tray: ReminderTray) -> None:
        """With a tray, closing the window keeps il2desk running there."""
        self.tray = tray
        if self.reminder_controller is not None:  # else it joins when that is built
            self.reminder_controller.notifiers.append(tray)

    def bring_to_front(self) -> None:
        from il2desk.ui.reminder_controller import bring_to_front

        bring_to_front(self)

    def quit_app(self) -> None:
        """Really quit (File ▸ Quit, tray ▸ Quit, logging out): no keeping running, and
        no question from an open session that would keep il2desk from ending."""
        self._quitting = True
        if self.session_dialog is not None and self.session_dialog.isVisible():
            self.session_dialog.close_for_quit()
        self.close()
        QCoreApplication.quit()
    # -- about ----------------------------------------------------------------------------
    def show_about(self) -> QDialog:
        """Open Help ▸ About (window-modal, does not block the event loop)."""
        from il2desk.ui.about_dialog import AboutDialog  # only when asked: fast start-up

        dialog = AboutDialog(self.ctx.paths.root, show_emergency=self.show_emergency,
                             prompter=self.prompter, parent=self)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting or not self.ctx.reminders.running:
            event.accept()
            return
        if self.tray is not None and self.tray.isVisible():
            event.ignore()
            self.hide()
            self.tray.showMessage(
                "il2desk", self.tr("il2desk keeps running here so it can remind you. "
                                   "To stop it, choose Quit in this icon's menu."))
            return
        if self.ctx.reminders.has_upcoming():
            keep = self.prompter.confirm(
                self, self.tr("Keep il2desk running?"),
                self.tr("Reminders are planned. If il2desk is closed, they can only be "
                        "shown late, the next time you open it.\n\nKeep il2desk running, "
                        "minimised?"),
                yes=self.tr("Keep running minimised"), no=self.tr("Close il2desk"))
            if keep:
                event.ignore()
                self.showMinimized()
                return
        event.accept()
