"""The list of main-window views, in menu order. Views are built the first time shown."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from il2desk.ui.host import ViewHost


@dataclasses.dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    factory: Callable[[ViewHost], QWidget]


def _placeholder(key: str) -> Callable[[ViewHost], QWidget]:
    def build(_host: ViewHost) -> QWidget:
        from il2desk.ui.views.placeholders import PlaceholderView

        return PlaceholderView(key)

    return build


def _today(host: ViewHost) -> QWidget:
    from il2desk.ui.views.today_view import TodayView

    return TodayView(host)


def _courses(host: ViewHost) -> QWidget:
    from il2desk.ui.views.courses_view import CoursesView

    return CoursesView(host)


def _settings(host: ViewHost) -> QWidget:
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

    return SettingsView(host.ctx.settings, on_language_changed=language_changed)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("today", "&Today", _today),
    ViewSpec("courses", "&Courses", _courses),
    ViewSpec("sites", "S&ites", _placeholder("sites")),
    ViewSpec("diary", "&Diary", _placeholder("diary")),
    ViewSpec("labs", "&Labs", _placeholder("labs")),
    ViewSpec("supplies", "Su&pplies", _placeholder("supplies")),
    ViewSpec("settings", "Setti&ngs", _settings),
)
