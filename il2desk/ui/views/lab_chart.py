"""CD4 count over time: the labs view's chart widget.

The drawing itself is services/lab_chart_painter.py, shared with the printed visit
report (one chart, not two); this widget gives it the palette's colours and keeps the
last picture so showing the view again does not draw 20 years anew.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from il2desk.domain.labs import LabResult
from il2desk.services.lab_chart_painter import ChartData, ChartLook, paint_lab_chart
from il2desk.services.translation import SHORT_DAY
from il2desk.ui.colours import colour_for
from il2desk.ui.i18n import date_text


class LabChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labChart")
        self.setAccessibleName(self.tr("Chart of CD4 count and viral load over time"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.results: list[LabResult] = []
        self.course_starts: list[dt.date] = []
        # Replaced by set_data with the app clock's date; never the wall clock here.
        self.today = dt.date(2000, 1, 1)
        # The chart as last painted, and what it was painted for (data, size, looks):
        # showing the view again repaints from this instead of drawing 20 years anew.
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()
        self._data_version = 0

    def sizeHint(self) -> QSize:
        return QSize(620, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(380, 240)

    def set_data(self, results: Sequence[LabResult], course_starts: Sequence[dt.date],
                 today: dt.date) -> None:
        self.results = sorted(results, key=lambda r: (r.drawn_date, r.id or 0))
        self.course_starts = sorted(course_starts)
        self.today = today
        self._data_version += 1
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        counts = [r for r in self.results if r.cd4_count is not None]
        if not counts:
            return self.tr("No CD4 counts yet.")
        last = counts[-1]
        unreliable = sum(1 for r in counts if r.unreliable)
        return self.tr("{0} CD4 counts; latest {1} cells/µL on {2}; {3} marked unreliable "
                       "and shown hollow.").format(len(counts), last.cd4_count,
                                                   date_text(last.drawn_date, SHORT_DAY),
                                                   unreliable)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() <= 0 or self.height() <= 0:
            return  # nothing to show, and Qt refuses to paint on an empty picture
        ratio = self.devicePixelRatioF()
        key = (self._data_version, self.width(), self.height(), ratio,
               self.palette().cacheKey(), self.font().key())
        if self._picture is None or key != self._picture_key:
            picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            self._paint_chart(QPainter(picture))
            self._picture, self._picture_key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _paint_chart(self, painter: QPainter) -> None:
        """The shared drawing (services/lab_chart_painter.py), in the palette's colours."""
        palette = self.palette()
        # Line colours readable on the palette's base, light or dark (issue 12).
        look = ChartLook(text=palette.windowText().color(), base=palette.base().color(),
                         cd4=colour_for("cd4", palette),
                         viral_load=colour_for("viral_load", palette), font=self.font())
        paint_lab_chart(painter, self.width(), self.height(),
                        ChartData.of(self.results, self.course_starts, self.today), look)
        painter.end()
