"""CD4 count and viral load over time, painted with QPainter on any paint device.

One drawing for two places: the labs view's chart widget (ui/views/lab_chart.py) paints
it on a pixmap, and the visit report (services/visit_report.py) on an image for the
printed page. QtGui only, no widgets, so the headless `il2desk report` draws it too.

Course periods are shaded and hatched; reliable CD4 counts are filled dots joined by a
line, unreliable ones (rule R16) hollow and left out of the line; viral load is drawn
as squares on a log axis at the right, with "below the limit" results as hollow
downward triangles. Shapes carry the meaning, colour only helps, so the chart reads
printed in black and white.

The words are looked up in the "LabChart" context, the one the widget used before the
painting moved here, so their translations carry over.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QRegion,
)

from il2desk.domain.labs import LabResult, ViralLoadForm
from il2desk.domain.regimen import course_end
from il2desk.domain.suggestions import CD4_HIGH_THRESHOLD
from il2desk.services.translation import MONTH, date_text

__all__ = ["COURSE_FILL", "UNDETECTABLE_AT", "ChartData", "ChartLook", "paint_lab_chart"]

COURSE_FILL = QColor(120, 160, 210, 60)
UNDETECTABLE_AT = 20  # copies/mL where "undetectable" is drawn (a usual lab limit)
MARGIN_LEFT = 64
MARGIN_RIGHT = 78
MARGIN_TOP = 64
MARGIN_BOTTOM = 40


@dataclasses.dataclass(frozen=True)
class ChartData:
    """What the chart shows: results and course starts, sorted here once."""

    results: tuple[LabResult, ...]
    course_starts: tuple[dt.date, ...]
    today: dt.date
    # The dates the time axis covers; None: from the data (with a margin).
    span: tuple[dt.date, dt.date] | None = None

    @classmethod
    def of(cls, results: Sequence[LabResult], course_starts: Sequence[dt.date],
           today: dt.date, span: tuple[dt.date, dt.date] | None = None) -> ChartData:
        return cls(tuple(sorted(results, key=lambda r: (r.drawn_date, r.id or 0))),
                   tuple(sorted(course_starts)), today, span)


@dataclasses.dataclass(frozen=True)
class ChartLook:
    """Colours and type: from the palette on screen, black ink on paper."""

    text: QColor
    base: QColor  # the background, and the inside of hollow marks
    cd4: QColor
    viral_load: QColor
    font: QFont
    grid: QColor = dataclasses.field(default_factory=lambda: QColor("#d0d0d0"))


def _ticks_log(low: float, high: float) -> list[int]:
    return [10 ** k for k in range(int(math.log10(low)), int(math.log10(high)) + 1)]


def _date_range(data: ChartData) -> tuple[dt.date, dt.date]:
    if data.span is not None:
        return data.span
    days = [r.drawn_date for r in data.results] + list(data.course_starts) + [data.today]
    first, last = min(days), max(days + [course_end(s) for s in data.course_starts])
    if (last - first).days < 60:
        first = last - dt.timedelta(days=60)
    pad = dt.timedelta(days=max(7, (last - first).days // 30))
    return first - pad, last + pad


def _cd4_top(results: Sequence[LabResult]) -> int:
    highest = max((r.cd4_count for r in results if r.cd4_count is not None), default=0)
    return max(1000, math.ceil(highest * 1.1 / 200) * 200)


def _vl_range(results: Sequence[LabResult]) -> tuple[float, float]:
    values = [r.viral_load for r in results
              if r.viral_load_form in (ViralLoadForm.VALUE, ViralLoadForm.BELOW)
              and r.viral_load]
    top = max([100_000, *values])
    return 10.0, float(10 ** math.ceil(math.log10(top)))


def paint_lab_chart(painter: QPainter, width: float, height: float, data: ChartData,
                    look: ChartLook) -> None:
    """Paint the chart in the rectangle (0, 0, width, height) of an active painter."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    whole = QRectF(0, 0, width, height)
    painter.fillRect(whole, look.base)
    painter.setFont(look.font)
    if not data.results:
        painter.setPen(look.text)
        painter.drawText(whole, Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate(
                             "LabChart", "The chart appears when you add your first result."))
        return
    frame = _Frame.fit(painter, width, height, data, look)
    painter.setFont(frame.small)
    _paint_course_bands(painter, frame, data.course_starts)
    _paint_cd4_axis(painter, frame, look)
    _paint_viral_load_axis(painter, frame, look)
    _paint_time_axis(painter, frame, look)
    _paint_cd4_threshold(painter, frame, look)
    _paint_viral_loads(painter, frame, data.results, look)
    _paint_cd4_counts(painter, frame, data.results, look)
    _paint_legend(painter, width, look)


@dataclasses.dataclass(frozen=True, slots=True)
class _Frame:
    """Where things go: the plot's rectangle and the scales of its three axes."""

    width: float  # of the whole chart
    plot: QRectF
    first: dt.date  # the time axis
    last: dt.date
    cd4_top: int  # the left axis, from 0
    vl_low: float  # the right axis, logarithmic
    vl_high: float
    vl_labels: dict[int, str]
    small: QFont  # the axes' type
    label_metrics: QFontMetricsF
    right_margin: float

    @classmethod
    def fit(cls, painter: QPainter, width: float, height: float, data: ChartData,
            look: ChartLook) -> _Frame:
        # Room at the top for the legend's lines and the axis titles under it.
        top = min(MARGIN_TOP, 4 + 18 * _legend_lines(painter, width, look) + 28)
        first, last = _date_range(data)
        cd4_top = _cd4_top(data.results)
        vl_low, vl_high = _vl_range(data.results)
        small = QFont(look.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        # The axes' numbers decide the side margins: at extra-large text "100 000 000"
        # did not fit the fixed margin and was cut (issue 23).
        label_metrics = QFontMetricsF(small)
        vl_labels = {copies: f"{copies:,}".replace(",", " ")
                     for copies in _ticks_log(vl_low, vl_high)}
        left_margin = max(MARGIN_LEFT, 14 + label_metrics.horizontalAdvance(str(cd4_top)))
        right_margin = max(MARGIN_RIGHT, 14 + max(
            (label_metrics.horizontalAdvance(text) for text in vl_labels.values()), default=0))
        plot = QRectF(left_margin, top, width - left_margin - right_margin,
                      height - top - MARGIN_BOTTOM)
        return cls(width, plot, first, last, cd4_top, vl_low, vl_high, vl_labels, small,
                   label_metrics, right_margin)

    def x_of(self, day: dt.date) -> float:
        span = max(1, (self.last - self.first).days)
        return self.plot.left() + self.plot.width() * (day - self.first).days / span

    def y_cd4(self, count: float) -> float:
        return self.plot.bottom() - self.plot.height() * count / self.cd4_top

    def y_vl(self, copies: float) -> float:
        fraction = (math.log10(max(copies, self.vl_low)) - math.log10(self.vl_low)) / (
            math.log10(self.vl_high) - math.log10(self.vl_low))
        return self.plot.bottom() - self.plot.height() * fraction


def _paint_course_bands(painter: QPainter, frame: _Frame,
                        course_starts: Sequence[dt.date]) -> None:
    """Courses: shaded and hatched, so they show without colour too. All bands are
    filled at once through one clip region: 120 translucent fills one by one took 25 ms."""
    plot = frame.plot
    bands = QRegion()
    for start in course_starts:
        left = frame.x_of(start)
        right = frame.x_of(course_end(start) + dt.timedelta(days=1))
        if right < plot.left() or left > plot.right():
            continue
        left, right = max(left, plot.left()), min(right, plot.right())
        bands = bands.united(QRectF(left, plot.top(), max(3.0, right - left),
                                    plot.height()).toAlignedRect())
    if not bands.isEmpty():
        painter.save()
        painter.setClipRegion(bands)
        painter.fillRect(bands.boundingRect(), COURSE_FILL)
        painter.fillRect(bands.boundingRect(),
                         QBrush(QColor(60, 90, 140, 90), Qt.BrushStyle.BDiagPattern))
        painter.restore()


def _paint_cd4_axis(painter: QPainter, frame: _Frame, look: ChartLook) -> None:
    """The grid and the left axis (CD4), every 200 cells/µL."""
    plot, y_cd4 = frame.plot, frame.y_cd4
    painter.setPen(QPen(look.grid, 1))
    for count in range(0, frame.cd4_top + 1, 200):
        painter.drawLine(QPointF(plot.left(), y_cd4(count)), QPointF(plot.right(), y_cd4(count)))
    painter.setPen(look.text)
    line = frame.label_metrics.height()
    for count in range(0, frame.cd4_top + 1, 200):
        painter.drawText(QRectF(0, y_cd4(count) - line / 2, plot.left() - 6, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(count))
    cd4_title = QCoreApplication.translate("LabChart", "CD4 cells/µL")
    painter.drawText(QRectF(4, plot.top() - line - 4,
                            frame.label_metrics.horizontalAdvance(cd4_title) + 4, line),
                     Qt.AlignmentFlag.AlignLeft, cd4_title)


def _paint_viral_load_axis(painter: QPainter, frame: _Frame, look: ChartLook) -> None:
    """The right axis (viral load, log), one tick a power of ten."""
    plot, line = frame.plot, frame.label_metrics.height()
    for copies, text in frame.vl_labels.items():
        y = frame.y_vl(copies)
        painter.setPen(QPen(look.viral_load, 1))
        painter.drawLine(QPointF(plot.right(), y), QPointF(plot.right() + 4, y))
        painter.drawText(QRectF(plot.right() + 6, y - line / 2, frame.right_margin - 8, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    vl_title = QCoreApplication.translate("LabChart", "viral load copies/mL (log)")
    title_width = min(frame.width - 8, frame.label_metrics.horizontalAdvance(vl_title) + 4)
    painter.drawText(QRectF(frame.width - 4 - title_width, plot.top() - line - 4, title_width,
                            line), Qt.AlignmentFlag.AlignRight, vl_title)


def _paint_time_axis(painter: QPainter, frame: _Frame, look: ChartLook) -> None:
    """The time axis: month ticks spaced to fit; then the plot's frame."""
    plot, first, last = frame.plot, frame.first, frame.last
    painter.setPen(look.text)
    months = max(1, (last.year - first.year) * 12 + last.month - first.month)
    step = max(1, math.ceil(months / max(1, plot.width() / 80)))
    tick = dt.date(first.year, first.month, 1)
    while tick <= last:
        if tick >= first:
            x = frame.x_of(tick)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.drawText(QRectF(x - 40, plot.bottom() + 6, 80, 16),
                             Qt.AlignmentFlag.AlignHCenter, date_text(tick, MONTH))
        month = tick.month - 1 + step
        tick = dt.date(tick.year + month // 12, month % 12 + 1, 1)
    painter.drawRect(plot)


def _paint_cd4_threshold(painter: QPainter, frame: _Frame, look: ChartLook) -> None:
    """Rule R5's threshold, dashed and labelled."""
    if frame.cd4_top <= CD4_HIGH_THRESHOLD:
        return
    plot = frame.plot
    painter.setPen(QPen(look.cd4, 1, Qt.PenStyle.DashLine))
    y = frame.y_cd4(CD4_HIGH_THRESHOLD)
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.drawText(QRectF(plot.left() + 4, y - 16, 60, 14), Qt.AlignmentFlag.AlignLeft,
                     str(CD4_HIGH_THRESHOLD))


def _paint_viral_loads(painter: QPainter, frame: _Frame, results: Sequence[LabResult],
                       look: ChartLook) -> None:
    """Viral load: squares; below the limit / undetectable: hollow down-triangles.
    Pens, brushes and the triangle are made once: 20 years are 1,000 markers."""
    vl_fill, no_fill = QBrush(look.viral_load), QBrush(Qt.BrushStyle.NoBrush)
    triangle = QPainterPath(QPointF(-5, -4))
    triangle.lineTo(5, -4)
    triangle.lineTo(0, 5)
    triangle.closeSubpath()
    painter.setPen(QPen(look.viral_load, 1.5))
    for r in results:
        if r.viral_load_form is ViralLoadForm.NONE:
            continue
        x = frame.x_of(r.drawn_date)
        if r.viral_load_form is ViralLoadForm.VALUE and r.viral_load is not None:
            y = frame.y_vl(r.viral_load)
            painter.setBrush(vl_fill if not r.unreliable else no_fill)
            painter.drawRect(QRectF(x - 4, y - 4, 8, 8))
        else:
            limit = r.viral_load if r.viral_load_form is ViralLoadForm.BELOW \
                and r.viral_load else UNDETECTABLE_AT
            painter.setBrush(no_fill)
            painter.drawPath(triangle.translated(x, frame.y_vl(limit)))


def _paint_cd4_counts(painter: QPainter, frame: _Frame, results: Sequence[LabResult],
                      look: ChartLook) -> None:
    """CD4: reliable counts filled and joined, unreliable ones hollow and apart (rule R16)."""
    centres = {id(r): QPointF(frame.x_of(r.drawn_date), frame.y_cd4(r.cd4_count))
               for r in results if r.cd4_count is not None}
    reliable = [centres[id(r)] for r in results
                if r.cd4_count is not None and not r.unreliable]
    painter.setPen(QPen(look.cd4, 2))
    painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    for a, b in itertools.pairwise(reliable):
        painter.drawLine(a, b)
    cd4_fill, hollow = QBrush(look.cd4), QBrush(look.base)
    for r in results:
        if r.cd4_count is not None:
            painter.setBrush(hollow if r.unreliable else cd4_fill)
            painter.drawEllipse(centres[id(r)], 5.5, 5.5)


def _legend_items() -> tuple[tuple[str, str], ...]:
    return (
        ("dot", QCoreApplication.translate("LabChart", "CD4 count")),
        ("hollow", QCoreApplication.translate("LabChart", "unreliable (soon after a course)")),
        ("square", QCoreApplication.translate("LabChart", "viral load")),
        ("triangle", QCoreApplication.translate("LabChart", "below the lab's limit")),
        ("course", QCoreApplication.translate("LabChart", "course")),
    )


def _legend_lines(painter: QPainter, width: float, look: ChartLook) -> int:
    """How many lines the legend takes (in the small type it is painted in)."""
    small = QFont(look.font)
    small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
    painter.save()
    painter.setFont(small)
    metrics = painter.fontMetrics()
    painter.restore()
    x, lines = float(MARGIN_LEFT), 1
    for _kind, label in _legend_items():
        if x + 28 + metrics.horizontalAdvance(label) > width - 4:
            x, lines = float(MARGIN_LEFT), lines + 1
        x += 14 + metrics.horizontalAdvance(label) + 14
    return lines


def _paint_legend(painter: QPainter, width: float, look: ChartLook) -> None:
    x = float(MARGIN_LEFT)
    y = 4.0
    metrics = painter.fontMetrics()
    for kind, label in _legend_items():
        if x + 28 + metrics.horizontalAdvance(label) > width - 4:
            x, y = float(MARGIN_LEFT), y + 18  # wrap to a second line
        painter.setPen(QPen(look.viral_load if kind in ("square", "triangle") else look.cd4,
                            1.5))
        if kind == "dot":
            painter.setBrush(look.cd4)
            painter.drawEllipse(QPointF(x + 5, y + 6), 4.5, 4.5)
        elif kind == "hollow":
            painter.setBrush(look.base)
            painter.drawEllipse(QPointF(x + 5, y + 6), 4.5, 4.5)
        elif kind == "square":
            painter.setBrush(look.viral_load)
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
            painter.fillRect(band, QBrush(QColor(60, 90, 140, 120), Qt.BrushStyle.BDiagPattern))
        painter.setPen(look.text)
        painter.drawText(QPointF(x + 14, y + 10), label)
        x += 14 + metrics.horizontalAdvance(label) + 14
