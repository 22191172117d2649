"""The list of main-window views, in menu order. Views are built the first time shown."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

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


def _diary(host: ViewHost) -> QWidget:
    from il2desk.ui.views.diary_view import DiaryView

    return DiaryView(host)


def _labs(host: ViewHost) -> QWidget:
    from il2desk.ui.views.labs_view import LabsView

    return LabsView(host)


def _settings(host: ViewHost) -> QWidget:
    from il2desk.ui.views.settings_view import SettingsView

    return SettingsView(host.ctx.settings)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("today", "&Today", _placeholder("today")),
    ViewSpec("courses", "&Courses", _placeholder("courses")),
    ViewSpec("sites", "S&ites", _placeholder("sites")),
    ViewSpec("diary", "&Diary", _diary),
    ViewSpec("labs", "&Labs", _labs),
    ViewSpec("supplies", "Su&pplies", _placeholder("supplies")),
    ViewSpec("settings", "Setti&ngs", _settings),
)
