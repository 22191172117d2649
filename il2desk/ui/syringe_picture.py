"""A drawn syringe: barrel, graduations of the chosen kind, and the fill line (rule D3).

It paints only from a `DrawPlan` (or a bare syringe kind before a plan exists), the same
object the wizard's text comes from, so the picture cannot disagree with the words.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from il2desk.domain.dose import SyringeKind, format_number
from il2desk.domain.draw_plan import DrawPlan
from il2desk.ui.colours import INK, PICTURE_CARD
from il2desk.ui.i18n import translate_message

# Labelled graduations (mL between two numbers), chosen like the printed barrels.
_LABEL_EVERY_ML: dict[SyringeKind, Decimal] = {
    SyringeKind.U100_03: Decimal("0.05"),  # every 5 units
    SyringeKind.U100_05: Decimal("0.05"),  # every 5 units
    SyringeKind.U100_1: Decimal("0.1"),  # every 10 units
    SyringeKind.TUBERCULIN_1: Decimal("0.1"),  # every 0.1 mL
}


class SyringePicture(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syringe: SyringeKind = SyringeKind.U100_05
        self._plan: DrawPlan | None = None
        self.setMinimumSize(420, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Picture of the syringe"))

    # -- what it shows ------------------------------------------------------------------
    def set_plan(self, plan: DrawPlan | None) -> None:
        """Draw the plan's syringe; the fill line only when the plan is acceptable."""
        if plan is not None:
            self._syringe = plan.syringe
        self._plan = plan
        self._describe()
        self.update()

    @property
    def syringe_kind(self) -> SyringeKind:
        return self._syringe

    @property
    def fill_mark(self) -> Decimal | None:
        """The mark the fill line is drawn at (units on U-100, mL on tuberculin), or
        None when no line is drawn (no plan, or a refused one)."""
        if self._plan is None or not self._plan.acceptable:
            return None
        return self._plan.mark

    @property
    def fill_volume_ml(self) -> Decimal | None:
        if self.fill_mark is None or self._plan is None:
            return None
        return self._plan.rounded_volume_ml

    def _mark_text(self, volume_ml: Decimal) -> str:
        if self._syringe.is_u100:
            return format_number(volume_ml * 100)
        return format_number(volume_ml)

    def _describe(self) -> None:
        if self.fill_mark is None:
            text = self.tr("Picture of an empty {0}.").format(
                translate_message(self._syringe.short_label))
        elif self._syringe.is_u100:
            text = self.tr("Picture of a {0} filled to the {1}-unit mark.").format(
                translate_message(self._syringe.short_label), format_number(self.fill_mark))
        else:
            text = self.tr("Picture of a {0} filled to the {1} mL mark.").format(
                translate_message(self._syringe.short_label), format_number(self.fill_mark))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(620, 160)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        # The picture brings its own light card: its dark ink (marks, numbers, words)
        # then reads the same on a light or a dark palette (issue 12).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PICTURE_CARD))
        painter.drawRoundedRect(QRectF(0.0, 0.0, width, height), 6.0, 6.0)
        needle_w, plunger_w = 70.0, 60.0
        left, right = needle_w + 10.0, width - plunger_w - 20.0
        top, bottom = 30.0, height - 60.0
        mid = (top + bottom) / 2
        capacity = self._syringe.capacity_ml

        def x_of(volume_ml: Decimal) -> float:
            # Pixels only: the dose arithmetic stays in Decimal; float is for geometry.
            return left + float(volume_ml / capacity) * (right - left)

        ink = QColor(INK)
        # needle and hub
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(10.0, mid), QPointF(left - 14.0, mid))
        painter.setBrush(QColor("#d8d8d8"))
        painter.drawRect(QRectF(left - 14.0, mid - 8.0, 14.0, 16.0))
        # liquid, with a pattern so the fill does not rely on colour alone
        fill_mark = self.fill_mark
        if fill_mark is not None and self.fill_volume_ml is not None:
            fill_x = x_of(self.fill_volume_ml)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#9cc9f0"))
            painter.drawRect(QRectF(left, top, fill_x - left, bottom - top))
            painter.setBrush(QBrush(QColor("#3b78b5"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(left, top, fill_x - left, bottom - top))
        # barrel
        painter.setPen(QPen(ink, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(left, top, right - left, bottom - top))
        # plunger
        stopper_x = x_of(self.fill_volume_ml) if fill_mark is not None else left
        painter.setBrush(QColor("#444444"))
        painter.drawRect(QRectF(stopper_x, top + 2.0, 8.0, bottom - top - 4.0))
        painter.setBrush(QColor("#eeeeee"))
        painter.drawRect(QRectF(stopper_x + 8.0, mid - 4.0, right + plunger_w - stopper_x - 8.0,
                                8.0))
        painter.drawRect(QRectF(right + plunger_w - 4.0, top - 6.0, 8.0, bottom - top + 12.0))
        # graduations
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        graduation = self._syringe.graduation_ml
        label_every = _LABEL_EVERY_ML[self._syringe]
        steps = int(capacity / graduation)
        painter.setPen(QPen(ink, 1))
        for step in range(steps + 1):
            volume = graduation * step
            x = x_of(volume)
            labelled = volume % label_every == 0
            tick = 14.0 if labelled else 7.0
            painter.drawLine(QPointF(x, top), QPointF(x, top + tick))
            if labelled:
                text = self._mark_text(volume)
                rect = QRectF(x - 30.0, top - 24.0, 60.0, 20.0)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        # the fill line and its words
        if fill_mark is not None and self.fill_volume_ml is not None:
            fill_x = x_of(self.fill_volume_ml)
            painter.setPen(QPen(QColor("#a4000f"), 4))
            painter.drawLine(QPointF(fill_x, top - 4.0), QPointF(fill_x, bottom + 10.0))
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(ink)
            if self._syringe.is_u100:
                words = self.tr("Fill to {0} units").format(format_number(fill_mark))
            else:
                words = self.tr("Fill to {0} mL").format(format_number(fill_mark))
            rect = QRectF(fill_x - 150.0, bottom + 12.0, 300.0, 24.0)
            rect.moveLeft(max(0.0, min(rect.left(), width - rect.width())))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "▲ " + words)
        painter.end()
