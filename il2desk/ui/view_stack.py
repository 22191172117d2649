"""The main window's views, one at a time, in a scroll area when the screen is small.

At extra-large text on a 1366×768 laptop the diary needs more height than the screen
has, and a plain QStackedWidget takes the largest minimum of all its views: the window
grew past the screen and cut the Emergency button (issue 23). Here only the view on
screen counts, and a view taller than the window scrolls instead of growing it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStackedWidget, QWidget


class ViewStack(QStackedWidget):
    """A stack sized by its current page only. After `watch_content()`, its
    `resized_content` says when that page's size hints changed (a longer text, a new
    row), so the window can make room."""

    resized_content = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())
        self._watcher: _LayoutRequests | None = None

    def watch_content(self) -> None:
        """Start saying when the page's hints change, and size by the current page
        only. Called after the first paint: reading an event's type builds PySide's
        QEvent.Type enum (about 170 members), and the layout's QStackedLayout enums,
        which are worth keeping out of the start."""
        if self._watcher is None:
            # Its layout would otherwise set the largest page's minimum on the stack
            # itself (before the paint only the first page is built: no matter then).
            self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            self._watcher = _LayoutRequests(self)
            self.installEventFilter(self._watcher)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class _LayoutRequests(QObject):
    """Emits the stack's `resized_content` when a page asks for a new layout."""

    def __init__(self, stack: ViewStack) -> None:
        super().__init__(stack)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._stack.resized_content.emit()
        return False


class _ViewScroll(QScrollArea):
    """A scroll area that is no stop of its own for Tab: Tab goes from the section
    list straight into the view (the area still scrolls to the control that has the
    focus). Setting its focus policy instead would load the whole Qt namespace before
    the first paint (~15 ms, tests/ui/test_start_up.py)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        from PySide6.QtCore import Qt

        reason = event.reason()
        if reason == Qt.FocusReason.TabFocusReason:
            self.focusNextChild()
        elif reason == Qt.FocusReason.BacktabFocusReason:
            self.focusPreviousChild()
        else:
            super().focusInEvent(event)


def scrolling(stack: ViewStack) -> QScrollArea:
    """`stack` inside a frameless scroll area that resizes it to fit when it can."""
    area = _ViewScroll()
    area.setObjectName("viewScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(stack)
    return area


def grow_to_fit(window: QWidget, area: QScrollArea, view: QWidget) -> None:
    """Grow `window` so that `view`, shown in `area`, fits without scrolling, but never
    past the screen's free area: beyond that the view scrolls (issue 23). Never
    shrinks the window, nor touches a maximised or full-screen one."""
    if window.isMaximized() or window.isFullScreen():
        return
    need = view.sizeHint().expandedTo(view.minimumSizeHint())
    extra = need - area.viewport().size()
    want = window.size() + QSize(max(extra.width(), 0), max(extra.height(), 0))
    room = window.screen().availableGeometry().size()
    frame = window.frameGeometry().size() - window.size()  # the title bar and borders
    if want.height() > (room - frame).height():  # it will scroll: room for the bar
        from PySide6.QtWidgets import QStyle  # (its many enums: not before the paint)

        want.setWidth(want.width() + window.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent) + 2)
    grown = window.size().expandedTo(want.boundedTo(room - frame))
    if grown != window.size():
        window.resize(grown)
