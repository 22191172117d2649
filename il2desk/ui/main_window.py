"""The main window: a navigation list, the current view, and the emergency button."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from il2desk.services.context import AppContext
from il2desk.storage.session_progress_repo import SessionProgress
from il2desk.ui.emergency import (
    EMERGENCY_SHORTCUT,
    EmergencyPanel,
    install_emergency_shortcut,
    make_emergency_button,
)
from il2desk.ui.host import ViewHost
from il2desk.ui.navigation import VIEWS, ViewSpec
from il2desk.ui.prompter import Prompter, QtPrompter


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, views: tuple[ViewSpec, ...] = VIEWS,
                 prompter: Prompter | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._specs = views
        self._built: dict[str, QWidget] = {}
        self.setWindowTitle("il2desk")
        self.setObjectName("mainWindow")
        self.resize(1000, 700)
        self.prompter = prompter or QtPrompter()
        self.host = ViewHost(ctx=ctx, show_emergency=self.show_emergency, go_to=self.go_to,
                             prompter=self.prompter, start_session=self.start_session)
        self._emergency: EmergencyPanel | None = None
        self.session_dialog: QDialog | None = None

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(24, 24))
        title = QLabel("  il2desk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        toolbar.addWidget(title)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        toolbar.addWidget(spacer)
        self.emergency_button = make_emergency_button(self.show_emergency)
        toolbar.addWidget(self.emergency_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("Sections")
        self.nav.setAccessibleDescription("Choose what to see: Today, Courses, Settings and more")
        nav_font = QFont(self.nav.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.nav.setSpacing(3)
        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        for spec in views:
            item = QListWidgetItem(spec.title.replace("&", ""))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # filled in when first shown
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 48)
        self.nav.currentRowChanged.connect(self._show_row)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        install_emergency_shortcut(self, self.show_emergency)
        self.nav.setCurrentRow(0)
        # After the window is up: a session left half-way is offered again.
        QTimer.singleShot(0, self.offer_resume)

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu("&Go")
        for number, spec in enumerate(self._specs, start=1):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.go_to(k))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        emergency = QAction("&Emergency signs", self)
        emergency.setShortcut(QKeySequence(EMERGENCY_SHORTCUT))
        emergency.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # window shortcut owns it
        emergency.triggered.connect(self.show_emergency)
        help_menu.addAction(emergency)

    # -- navigation ---------------------------------------------------------------------
    def view_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_key(self) -> str:
        return self._specs[self.nav.currentRow()].key

    def view(self, key: str) -> QWidget:
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

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def start_session(self, injection_id: int,
                      resume: SessionProgress | None = None) -> None:
        """Open the guided injection session for a planned injection (issue 6)."""
        from il2desk.domain.course import InjectionStatus
        from il2desk.ui.session.wizard import SessionWizard

        injection = self.ctx.courses.injection(injection_id)
        if injection is None or injection.status is not InjectionStatus.PLANNED:
            self.prompter.inform(
                self, self.tr("Injection session"),
                self.tr("This injection is already recorded, so there is no session "
                        "to start for it."))
            return
        if self.session_dialog is not None:
            self.session_dialog.raise_()
            self.session_dialog.activateWindow()
            return
        dialog = SessionWizard(self.host, injection, resume=resume, parent=self)
        dialog.finished.connect(self._session_finished)
        self.session_dialog = dialog
        dialog.open()

    def offer_resume(self) -> None:
        """A session was left half-way (program closed): offer to go on with it."""
        if not self.isVisible():
            return  # closed before the offer came up (the record may be closed too)
        try:
            progress = self.ctx.session_progress.load()
        except sqlite3.ProgrammingError:
            return  # the record was closed before the offer came up (shutting down)
        if progress is None or self.session_dialog is not None:
            return
        from il2desk.domain.course import InjectionStatus

        injection = self.ctx.courses.injection(progress.injection_id)
        if injection is None or injection.status is not InjectionStatus.PLANNED:
            self.ctx.session_progress.clear()
            return
        slot = self.tr("morning") if injection.slot.value == "morning" else self.tr("evening")
        go_on = self.prompter.confirm(
            self, self.tr("Go on with your injection session?"),
            self.tr("You stopped at step {0} of 7 of the {1} injection of day {2}. Nothing "
                    "about it is recorded yet. Go on where you left off?").format(
                        progress.step + 1, slot, injection.day),
            yes=self.tr("Go on"), no=self.tr("Stop the session"))
        if go_on:
            self.start_session(progress.injection_id, resume=progress)
        else:
            self.ctx.session_progress.clear()

    def _session_finished(self, _result: int) -> None:
        dialog, self.session_dialog = self.session_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    # -- emergency (rule R13) -----------------------------------------------------------
    @property
    def emergency_panel(self) -> EmergencyPanel:
        if self._emergency is None:
            self._emergency = EmergencyPanel(
                self.ctx.settings, open_settings=lambda: self.go_to("settings"), parent=self
            )
        return self._emergency

    def show_emergency(self) -> None:
        self.emergency_panel.present()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
