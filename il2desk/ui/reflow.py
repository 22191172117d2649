"""Two or more panels side by side while they fit, one above the other when not.

At extra-large text on a laptop screen the labs view's table beside its suggestions
left the table too narrow: "20 No…", "450 …" (issue 23). A form does the same as a
web page: it reflows to one column when narrow, and the view scrolls instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ReflowRow(QWidget):
    """`parts` (widget, stretch) in a row when this is at least `need_width()` wide,
    else in a column."""

    def __init__(self, parts: Sequence[tuple[QWidget, int]], need_width: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._need_width = need_width
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in parts:
            self._box.addWidget(widget, stretch)

    def is_row(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def reflow(self) -> None:
        """Choose the row or the column for the present width (also after the parts'
        contents changed what they need)."""
        wanted = (QBoxLayout.Direction.LeftToRight if self.width() >= self._need_width()
                  else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()
