"""A small painted grid: one row per course, one cell per day (1–5, then "after"),
showing the worst side effect noted that day — in words and filled dots, with colour
only as a third signal, so the last days standing out (rule R7) is plain to everyone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from il2desk.domain.diary import AFTER, Severity
from il2desk.domain.regimen import DAYS_PER_COURSE
from il2desk.services.translation import SHORT_DAY
from il2desk.ui.colours import INK, SEVERITY_FILLS
from il2desk.ui.i18n import date_text, translate_message

DAY_KEYS: tuple[int, ...] = (*range(1, DAYS_PER_COURSE + 1), AFTER)

_FILL = {severity: QColor(SEVERITY_FILLS[severity.value]) for severity in Severity}


@dataclasses.dataclass(frozen=True)
class GridRow:
    course_id: int
    start: dt.date
    worst: dict[int, Severity]
    hard_to_tolerate: bool = False


class SeverityGrid(QWidget):
    # Sizes follow the text size (issue 12): at extra large the words stay in their cells.
    @property
    def ROW_HEIGHT(self) -> int:  # upper case: it was a constant, callers read it so
        line = self.fontMetrics().lineSpacing()
        return max(44, line + 32, 2 * line + 8)

    @property
    def HEADER_HEIGHT(self) -> int:
        return max(28, self.fontMetrics().lineSpacing() + 12)

    @property
    def LABEL_WIDTH(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        return max(170, QFontMetrics(bold).horizontalAdvance("30 Sep 2026") + 24,
                   self.fontMetrics().horizontalAdvance(self.tr("hard to tolerate")) + 24)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self.setObjectName("severityGrid")
        self.setAccessibleName(self.tr("Worst side effect by course day"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so screen readers reach its text

    def set_rows(self, rows: list[GridRow]) -> None:
        self._rows = rows
        self.updateGeometry()
        self.setAccessibleDescription(self.describe())
        self.update()

    @property
    def rows(self) -> list[GridRow]:
        return self._rows

    def cell_text(self, row: GridRow, day: int) -> str:
        severity = row.worst.get(day)
        if severity is None:
            return self.tr("none")
        return translate_message(severity.label)

    def describe(self) -> str:
        """The grid as sentences (accessible description, and a test seam)."""
        lines = []
        for row in self._rows:
            cells = ", ".join(
                f"{self._day_title(d)}: {self.cell_text(row, d)}" for d in DAY_KEYS)
            lines.append(self.tr("Course of {0}: {1}.").format(
                date_text(row.start, SHORT_DAY), cells))
        return " ".join(lines)

    def _day_title(self, day: int) -> str:
        return self.tr("After") if day == AFTER else self.tr("Day {0}").format(day)

    def sizeHint(self) -> QSize:
        return QSize(640, self.HEADER_HEIGHT + max(1, len(self._rows)) * self.ROW_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(460, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.windowText().color()
        width = self.width() - 2
        cell_w = (width - self.LABEL_WIDTH) / len(DAY_KEYS)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        for i, day in enumerate(DAY_KEYS):
            rect = QRectF(self.LABEL_WIDTH + i * cell_w, 0, cell_w, self.HEADER_HEIGHT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._day_title(day))
        if not self._rows:
            painter.setFont(self.font())
            painter.drawText(QRectF(0, self.HEADER_HEIGHT, width, self.ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("No course yet: the grid fills in as you note how you "
                                     "feel during a course."))
            return
        grid_pen = QPen(QColor("#8a8a8a"))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for r, row in enumerate(self._rows):
            top = self.HEADER_HEIGHT + r * self.ROW_HEIGHT
            painter.setFont(bold)
            painter.setPen(text_color)
            label = date_text(row.start, SHORT_DAY)
            painter.drawText(QRectF(4, top, self.LABEL_WIDTH - 8, self.ROW_HEIGHT / 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)
            painter.setFont(small)
            sub = self.tr("hard to tolerate") if row.hard_to_tolerate else self.tr("course")
            painter.drawText(QRectF(4, top + self.ROW_HEIGHT / 2 + 1, self.LABEL_WIDTH - 8,
                                    self.ROW_HEIGHT / 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, sub)
            painter.setFont(self.font())
            for i, day in enumerate(DAY_KEYS):
                rect = QRectF(self.LABEL_WIDTH + i * cell_w + 2, top + 3, cell_w - 4,
                              self.ROW_HEIGHT - 6)
                severity = row.worst.get(day)
                painter.setPen(grid_pen)
                painter.setBrush(_FILL[severity] if severity else palette.base().color())
                painter.drawRoundedRect(rect, 4, 4)
                # On the light fills, dark ink (a dark palette's light text would vanish).
                self._paint_cell(painter, rect, severity,
                                 QColor(INK) if severity else text_color)
        painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRectF, severity: Severity | None,
                    text_color: QColor) -> None:
        # Dots: 1 filled for mild, 2 for moderate, 3 for severe; then the word.
        radius = 4.5
        dots_top = rect.top() + 8
        start_x = rect.center().x() - 3 * radius * 2 / 2 - 2
        filled = severity.rank if severity else 0
        painter.setPen(QPen(text_color, 1.2))
        for k in range(3):
            painter.setBrush(text_color if k < filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(start_x + k * (radius * 2 + 3), dots_top,
                                       radius * 2, radius * 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text_color)
        word_rect = QRectF(rect.left(), dots_top + radius * 2 + 1, rect.width(),
                           rect.bottom() - dots_top - radius * 2 - 2)
        painter.drawText(word_rect, Qt.AlignmentFlag.AlignCenter,
                         translate_message(severity.label) if severity else self.tr("none"))
