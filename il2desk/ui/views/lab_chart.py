"""CD4 count over time, painted with QPainter (no Qt Charts add-on needed).

Course periods are shaded and hatched; reliable CD4 counts are filled dots joined by a
line, unreliable ones (rule R16) hollow and left out of the line; viral load is drawn
as squares on a log axis at the right, with "below the limit" results as hollow
downward triangles. Shapes carry the meaning, colour only helps.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from il2desk.domain.labs import LabResult, ViralLoadForm
from il2desk.domain.regimen import course_end
from il2desk.domain.suggestions import CD4_HIGH_THRESHOLD
from il2desk.ui.colours import colour_for
from il2desk.ui.i18n import date_text

COURSE_FILL = QColor(120, 160, 210, 60)
UNDETECTABLE_AT = 20  # copies/mL where "undetectable" is drawn (a usual lab limit)


def _ticks_log(low: float, high: float) -> list[int]:
    return [10 ** k for k in range(int(math.log10(low)), int(math.log10(high)) + 1)]


class LabChart(QWidget):
    MARGIN_LEFT = 64
    MARGIN_RIGHT = 78
    MARGIN_TOP = 64
    MARGIN_BOTTOM = 40

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
                                                   date_text(last.drawn_date, "dd MMM yyyy"),
                                                   unreliable)

    # -- scales -------------------------------------------------------------------------
    def _date_range(self) -> tuple[dt.date, dt.date]:
        days = [r.drawn_date for r in self.results] + self.course_starts + [self.today]
        first, last = min(days), max(days + [course_end(s) for s in self.course_starts])
        if (last - first).days < 60:
            first = last - dt.timedelta(days=60)
        pad = dt.timedelta(days=max(7, (last - first).days // 30))
        return first - pad, last + pad

    def _cd4_top(self) -> int:
        highest = max((r.cd4_count for r in self.results if r.cd4_count is not None),
                      default=0)
        return max(1000, math.ceil(highest * 1.1 / 200) * 200)

    def _vl_range(self) -> tuple[float, float]:
        values = [r.viral_load for r in self.results
                  if r.viral_load_form in (ViralLoadForm.VALUE, ViralLoadForm.BELOW)
                  and r.viral_load]
        top = max([100_000, *values])
        return 10.0, float(10 ** math.ceil(math.log10(top)))

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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        # Line colours readable on the palette's base, light or dark (issue 12).
        self._cd4 = colour_for("cd4", self.palette())
        self._vl = colour_for("viral_load", self.palette())
        painter.fillRect(self.rect(), self.palette().base())
        plot = QRectF(self.MARGIN_LEFT, self.MARGIN_TOP,
                      self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT,
                      self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM)
        if not self.results:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("The chart appears when you add your first result."))
            painter.end()
            return
        first, last = self._date_range()
        span = max(1, (last - first).days)
        cd4_top = self._cd4_top()
        vl_low, vl_high = self._vl_range()

        def x_of(day: dt.date) -> float:
            return plot.left() + plot.width() * (day - first).days / span

        def y_cd4(count: float) -> float:
            return plot.bottom() - plot.height() * count / cd4_top

        def y_vl(copies: float) -> float:
            fraction = (math.log10(max(copies, vl_low)) - math.log10(vl_low)) / (
                math.log10(vl_high) - math.log10(vl_low))
            return plot.bottom() - plot.height() * fraction

        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)

        # Courses: shaded and hatched, so they show without colour too. All bands are
        # filled at once through one clip region: 120 translucent fills one by one
        # took 25 ms.
        bands = QRegion()
        for start in self.course_starts:
            left, right = x_of(start), x_of(course_end(start) + dt.timedelta(days=1))
            if right < plot.left() or left > plot.right():
                continue
            bands = bands.united(QRectF(left, plot.top(), max(3.0, right - left),
                                        plot.height()).toAlignedRect())
        if not bands.isEmpty():
            painter.save()
            painter.setClipRegion(bands)
            painter.fillRect(bands.boundingRect(), COURSE_FILL)
            painter.fillRect(bands.boundingRect(),
                             QBrush(QColor(60, 90, 140, 90), Qt.BrushStyle.BDiagPattern))
            painter.restore()

        # Grid and left axis (CD4).
        painter.setPen(QPen(QColor("#d0d0d0"), 1))
        for count in range(0, cd4_top + 1, 200):
            painter.drawLine(QPointF(plot.left(), y_cd4(count)),
                             QPointF(plot.right(), y_cd4(count)))
        painter.setPen(text_color)
        for count in range(0, cd4_top + 1, 200):
            painter.drawText(QRectF(0, y_cd4(count) - 8, plot.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(count))
        painter.drawText(QRectF(4, plot.top() - 20, 200, 16), Qt.AlignmentFlag.AlignLeft,
                         self.tr("CD4 cells/µL"))
        # Right axis (viral load, log).
        for copies in _ticks_log(vl_low, vl_high):
            y = y_vl(copies)
            painter.setPen(QPen(self._vl, 1))
            painter.drawLine(QPointF(plot.right(), y), QPointF(plot.right() + 4, y))
            painter.drawText(QRectF(plot.right() + 6, y - 8, self.MARGIN_RIGHT - 8, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{copies:,}".replace(",", " "))
        painter.drawText(QRectF(self.width() - 220, plot.top() - 20, 216, 16),
                         Qt.AlignmentFlag.AlignRight,
                         self.tr("viral load copies/mL (log)"))
        # Time axis: month ticks spaced to fit.
        painter.setPen(text_color)
        months = max(1, (last.year - first.year) * 12 + last.month - first.month)
        step = max(1, math.ceil(months / max(1, plot.width() / 80)))
        tick = dt.date(first.year, first.month, 1)
        while tick <= last:
            if tick >= first:
                x = x_of(tick)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                painter.drawText(QRectF(x - 40, plot.bottom() + 6, 80, 16),
                                 Qt.AlignmentFlag.AlignHCenter, date_text(tick, "MMM yyyy"))
            month = tick.month - 1 + step
            tick = dt.date(tick.year + month // 12, month % 12 + 1, 1)
        painter.drawRect(plot)

        # Rule R5's threshold, dashed and labelled.
        if cd4_top > CD4_HIGH_THRESHOLD:
            painter.setPen(QPen(self._cd4, 1, Qt.PenStyle.DashLine))
            y = y_cd4(CD4_HIGH_THRESHOLD)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QRectF(plot.left() + 4, y - 16, 60, 14),
                             Qt.AlignmentFlag.AlignLeft, str(CD4_HIGH_THRESHOLD))

        # Viral load: squares; below the limit / undetectable: hollow down-triangles.
        # Pens, brushes and the triangle are made once: 20 years are 1,000 markers.
        vl_fill, no_fill = QBrush(self._vl), QBrush(Qt.BrushStyle.NoBrush)
        triangle = QPainterPath(QPointF(-5, -4))
        triangle.lineTo(5, -4)
        triangle.lineTo(0, 5)
        triangle.closeSubpath()
        painter.setPen(QPen(self._vl, 1.5))
        for r in self.results:
            if r.viral_load_form is ViralLoadForm.NONE:
                continue
            x = x_of(r.drawn_date)
            if r.viral_load_form is ViralLoadForm.VALUE and r.viral_load is not None:
                y = y_vl(r.viral_load)
                painter.setBrush(vl_fill if not r.unreliable else no_fill)
                painter.drawRect(QRectF(x - 4, y - 4, 8, 8))
            else:
                limit = r.viral_load if r.viral_load_form is ViralLoadForm.BELOW \
                    and r.viral_load else UNDETECTABLE_AT
                painter.setBrush(no_fill)
                painter.drawPath(triangle.translated(x, y_vl(limit)))

        # CD4: reliable filled and joined, unreliable hollow and apart (rule R16).
        centres = {id(r): QPointF(x_of(r.drawn_date), y_cd4(r.cd4_count))
                   for r in self.results if r.cd4_count is not None}
        reliable = [centres[id(r)] for r in self.results
                    if r.cd4_count is not None and not r.unreliable]
        painter.setPen(QPen(self._cd4, 2))
        painter.setBrush(no_fill)
        for a, b in itertools.pairwise(reliable):
            painter.drawLine(a, b)
        cd4_fill, hollow = QBrush(self._cd4), self.palette().base()
        for r in self.results:
            if r.cd4_count is not None:
                painter.setBrush(hollow if r.unreliable else cd4_fill)
                painter.drawEllipse(centres[id(r)], 5.5, 5.5)

        self._paint_legend(painter, text_color)
        painter.end()

    def _paint_legend(self, painter: QPainter, text_color: QColor) -> None:
        x = float(self.MARGIN_LEFT)
        y = 4.0
        items = (
            ("dot", self.tr("CD4 count")),
            ("hollow", self.tr("unreliable (soon after a course)")),
            ("square", self.tr("viral load")),
            ("triangle", self.tr("below the lab's limit")),
            ("course", self.tr("course")),
        )
        metrics = painter.fontMetrics()
        for kind, label in items:
            if x + 28 + metrics.horizontalAdvance(label) > self.width() - 4:
                x, y = float(self.MARGIN_LEFT), y + 18  # wrap to a second line
            painter.setPen(QPen(self._vl if kind in ("square", "triangle") else self._cd4, 1.5))
            if kind == "dot":
                painter.setBrush(self._cd4)
                painter.drawEllipse(QPointF(x + 5, y + 6), 4.5, 4.5)
            elif kind == "hollow":
                painter.setBrush(self.palette().base())
                painter.drawEllipse(QPointF(x + 5, y + 6), 4.5, 4.5)
            elif kind == "square":
                painter.setBrush(self._vl)
                painter.drawRect(QRectF(x + 1, y + 2, 8, 8))
            elif kind == "triangle":
                painter.setBrush(Qt.BrushStyle.NoBrush)
                path = QPainterPath(QPointF(x, y + 2))
                path.lineTo(x + 10, y + 2)
                path.lineTo(x + 5, y + 11)
                path.closeSubpath()
                painter.drawPath(path)
            else:
                band = QRectF(x, y, 10, 12)
                painter.fillRect(band, COURSE_FILL)
                painter.fillRect(band, QBrush(QColor(60, 90, 140, 120),
                                              Qt.BrushStyle.BDiagPattern))
            painter.setPen(text_color)
            painter.drawText(QPointF(x + 14, y + 10), label)
            x += 14 + metrics.horizontalAdvance(label) + 14
