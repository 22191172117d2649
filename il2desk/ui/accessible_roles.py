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

    def state(self) -> QAccessible.State:
        # The chosen site is "selected" for a screen reader too, not only in its name.
        state = super().state()
        state.selectable = True
        state.selected = self.widget().code == self.widget()._map.selected  # type: ignore[attr-defined]
        return state

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


def name_toolbar_extension(toolbar: QWidget) -> None:
    """The button a tool bar shows for what does not fit: Qt leaves it unnamed, and a
    screen reader read "check box" alone (the AT-SPI walk, issue 23)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolButton

    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None:
        extension.setAccessibleName(QCoreApplication.translate(
            "AccessibleRoles", "Show the rest of the tool bar"))


def name_print_preview(dialog: QWidget) -> None:
    """Names for the unnamed parts of Qt's print preview dialog, which a screen reader
    read as "check box", "text" and "filler" alone (the AT-SPI walk, issue 23)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QComboBox, QGraphicsView, QLineEdit, QToolBar

    def tr(text: str) -> str:
        return QCoreApplication.translate("AccessibleRoles", text)

    for toolbar in dialog.findChildren(QToolBar):
        name_toolbar_extension(toolbar)
    zoom_edits = []
    for combo in dialog.findChildren(QComboBox):  # the zoom factor, "38.5%"
        combo.setAccessibleName(tr("Zoom"))
        if combo.lineEdit() is not None:
            combo.lineEdit().setAccessibleName(tr("Zoom"))
            zoom_edits.append(combo.lineEdit())
    for edit in dialog.findChildren(QLineEdit):
        if edit not in zoom_edits:
            edit.setAccessibleName(tr("Page number"))
    views = dialog.findChildren(QGraphicsView)
    for preview in (*dialog.findChildren(QPrintPreviewWidget), *views,
                    *(view.viewport() for view in views)):
        preview.setAccessibleName(tr("Preview of the pages"))
