"""The list of main-window views, in menu order. Views are built the first time shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QListWidget, QSizePolicy

from il2desk.ui.host import ViewHost


class View(Protocol):
    """A section of the main window: a QWidget with `refresh`, which the window calls
    when the view comes back on screen, to show again what is stored. (The views also
    follow the services' `changed` signals; this catches what changes with time alone,
    such as Today's next injection, and what is stored without a signal to the view.)"""

    def refresh(self) -> None: ...


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """One section of the window: its key, its title and how to build its view."""

    key: str
    title: str  # English, marked for translation: show `shown_title`
    factory: Callable[[ViewHost], View]

    @property
    def shown_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


def _today(host: ViewHost) -> View:
    from il2desk.ui.views.today_view import TodayView

    return TodayView(host)


def _courses(host: ViewHost) -> View:
    from il2desk.ui.views.courses_view import CoursesView

    return CoursesView(host)


def _diary(host: ViewHost) -> View:
    from il2desk.ui.views.diary_view import DiaryView

    return DiaryView(host)


def _labs(host: ViewHost) -> View:
    from il2desk.ui.views.labs_view import LabsView

    return LabsView(host)


def _settings(host: ViewHost) -> View:
    from il2desk.ui.views.settings_view import SettingsView

    def language_changed() -> None:
        if host.prompter.confirm(
            None, QCoreApplication.translate("Settings", "Language"),
            QCoreApplication.translate(
                "Settings", "The new language is used once il2desk reopens its window. "
                "Reopen it now? Nothing you entered is lost."),
            yes=QCoreApplication.translate("Settings", "Reopen now"),
            no=QCoreApplication.translate("Settings", "Later")):
            host.request_restart()

    return SettingsView(host.ctx.settings, on_language_changed=language_changed,
                        autostart=host.ctx.autostart)


def _supplies(host: ViewHost) -> View:
    from il2desk.ui.views.supplies_view import SuppliesView

    return SuppliesView(host)


def _sites(host: ViewHost) -> View:
    from il2desk.ui.views.sites_view import SitesView

    return SitesView(host)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("today", QT_TRANSLATE_NOOP("Navigation", "&Today"), _today),
    ViewSpec("courses", QT_TRANSLATE_NOOP("Navigation", "&Courses"), _courses),
    ViewSpec("sites", QT_TRANSLATE_NOOP("Navigation", "S&ites"), _sites),
    ViewSpec("diary", QT_TRANSLATE_NOOP("Navigation", "&Diary"), _diary),
    ViewSpec("labs", QT_TRANSLATE_NOOP("Navigation", "&Labs"), _labs),
    ViewSpec("supplies", QT_TRANSLATE_NOOP("Navigation", "Su&pplies"), _supplies),
    ViewSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Setti&ngs"), _settings),
)


class NavigationList(QListWidget):
    """The section list: as wide as its longest entry, at any text size."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 24,
                     super().sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
