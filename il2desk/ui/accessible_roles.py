"""Screen-reader roles for il2desk's own painted widgets (issue 12).

The body map (rule R12) is drawn by il2desk, so Qt would announce it as a plain group
of buttons. Here it is announced as a list of injection sites, each site a list item
("Left thigh, suggested, last used 9 days ago"), which a screen reader can walk
with its list commands; Enter or Space still choose a site.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

# Qt keeps the interfaces it asked for in its own cache; Python must keep its wrappers
# alive too (a few per body map), or they would be deleted under Qt.
_made: list[QAccessibleInterface] = []
_installed = False
# The painted widget classes announced as a list, and as the items of that list (given
# by the widgets' own module, so this one imports none of them: no import cycle).
_lists: tuple[type[QWidget], ...] = ()
_items: tuple[type[QWidget], ...] = ()


class _SiteItem(QAccessibleWidget):
    """One site of the body map: a list item that can be pressed."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.ListItem)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().click()  # type: ignore[attr-defined]  # choose this site
        else:
            super().doAction(name)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    made: QAccessibleInterface | None = None
    if isinstance(obj, _lists):
        made = QAccessibleWidget(obj, QAccessible.Role.List, obj.accessibleName())
    elif isinstance(obj, _items):
        made = _SiteItem(obj)
    if made is not None:
        _made.append(made)
    return made


def install(list_class: type[QWidget], item_class: type[QWidget]) -> None:
    """Announce `list_class` widgets as a list of `item_class` items (the body map and
    its sites); the factory is installed once per process."""
    global _installed, _lists, _items
    if list_class not in _lists:
        _lists += (list_class,)
    if item_class not in _items:
        _items += (item_class,)
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
