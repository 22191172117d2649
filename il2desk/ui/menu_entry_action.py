"""Help ▸ Add il2desk to the applications menu (Linux; issue 22).

For a pip or pipx install, which gives no menu entry: the same as `il2desk
desktop-entry install`. Once the entry is there the item offers to remove it; where a
package already gave il2desk a menu entry for everyone (.deb, Flatpak), the item is
hidden.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from il2desk.ui.prompter import Prompter

if TYPE_CHECKING:  # imported when the Help menu first opens (start-up speed)
    from il2desk.services.desktop_entry import MenuEntry


def menu_entry_offered(platform: str | None = None) -> bool:
    """Linux and other freedesktop systems, outside a Flatpak sandbox."""
    platform = sys.platform if platform is None else platform
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) \
        and "FLATPAK_ID" not in os.environ


def offer_menu_entry(window: QWidget, menu: QMenu, before: QAction,
                     prompter: Prompter) -> None:
    """Put the item in `menu`, above `before`, when the menu first opens: nothing of it
    is loaded before the first window is painted."""
    if not menu_entry_offered():
        return

    def add_item() -> None:
        menu.aboutToShow.disconnect(add_item)
        menu.insertAction(before, MenuEntryAction(window, menu, prompter))

    menu.aboutToShow.connect(add_item)


class MenuEntryAction(QAction):
    def __init__(self, window: QWidget, menu: QMenu, prompter: Prompter,
                 entry: MenuEntry | None = None) -> None:
        super().__init__(window)
        self.setObjectName("menuEntryAction")
        self._window = window
        self._prompter = prompter
        from il2desk.services.desktop_entry import MenuEntry

        self._entry = entry or MenuEntry.for_user()
        self.triggered.connect(self.toggle)
        menu.aboutToShow.connect(self.refresh)  # another il2desk may have changed it
        self.refresh()

    def refresh(self) -> None:
        installed = self._entry.installed()
        self.setVisible(installed or not self._entry.provided_by_the_system())
        self.setText(self.tr("Remove il2desk from the applications &menu") if installed
                     else self.tr("Add il2desk to the applications &menu"))

    def toggle(self) -> None:
        from il2desk.services import desktop_entry

        title = self.tr("Applications menu")
        try:
            if self._entry.installed():
                self._entry.remove()
                text = self.tr("il2desk is no longer in your applications menu. Your "
                               "record is kept.")
            else:
                self._entry.install(desktop_entry.this_installation())
                text = self.tr("il2desk is now in your applications menu. It may take a "
                               "moment, or a new login, before your desktop shows it.")
        except desktop_entry.MenuEntryError as error:
            from il2desk.ui.i18n import translate_message

            self._prompter.warn(self._window, title, self.tr(
                "il2desk could not change your applications menu. Nothing else was "
                "changed.") + f"\n\n{translate_message(error.message)}")
        else:
            self._prompter.inform(self._window, title, text)
        self.refresh()
