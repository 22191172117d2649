"""Keys pressed where the focus is, and where Tab goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as a user's key press would go."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def activate(qtbot, window) -> None:
    """What the window manager does with a newly shown window: give it the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)



def tab_stops(qtbot, window, limit: int = 120) -> list[QWidget]:
    """The widgets Tab visits, in order, until it comes back round."""
    seen: list[QWidget] = []
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if seen and focused is seen[-1]:
            continue  # Tab moved inside a date edit's day, month and year
        if focused in seen:
            break
        seen.append(focused)
    return seen


def unreachable(root: QWidget, stops: list[QWidget]) -> list[str]:
    from tests.ui.a11y import INTERACTIVE

    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() \
                or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        proxy = widget.focusProxy() or widget
        if proxy not in stops and not any(
                isinstance(s, QWidget) and s.isAncestorOf(widget) for s in stops) \
                and not any(widget.isAncestorOf(s) for s in stops):
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return missing
