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


def _settings(host: ViewHost) -> QWidget:
    from il2desk.ui.views.settings_view import SettingsView

    return SettingsView(host.ctx.settings)


def _sites(host: ViewHost) -> QWidget:
    from il2desk.ui.views.sites_view import SitesView

    return SitesView(host)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("today", "&Today", _placeholder("today")),
    ViewSpec("courses", "&Courses", _placeholder("courses")),
    ViewSpec("sites", "S&ites", _sites),
    ViewSpec("diary", "&Diary", _placeholder("diary")),
    ViewSpec("labs", "&Labs", _placeholder("labs")),
    ViewSpec("supplies", "Su&pplies", _placeholder("supplies")),
    ViewSpec("settings", "Setti&ngs", _settings),
)
