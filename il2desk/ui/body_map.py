"""The body map (rule R12): front and back outline drawn from resources/images/body-map.svg
with QSvgRenderer at any size, and one real button per injection site.

Each site is a child button placed over its SVG element, so it is clickable, in the
Tab order, moves with the arrow keys, activates with Enter or Space, and carries an
accessible name ("Left thigh, suggested, last used 9 days ago"). The suggested site is
shown by a star, a thick dashed outline and the word "Suggested"; a site with an open
reaction by a "!" badge — never by colour alone.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from il2desk.domain.sites import REACTION_LABELS, SITE_CODES, site_label
from il2desk.resources import resource
from il2desk.ui.colours import INK, PICTURE_CARD
from il2desk.ui.i18n import translate_message

SELECTED = QColor("#1f5fa8")
SUGGESTED = QColor("#0b6e2f")
REACTION = QColor("#a4000f")
FOCUS = QColor("#111111")


class SiteButton(QAbstractButton):
    def __init__(self, code: str, body_map: BodyMap) -> None:
        super().__init__(body_map)
        self.code = code
        self._map = body_map
        self.setObjectName(f"site-{code}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate_message(site_label(code)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._map.move_focus(self.code, +1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._map.move_focus(self.code, -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        state = self._map
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        fill = state.fills.get(self.code)
        if self.code == state.selected:
            fill = SELECTED
        if fill is not None:
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box, 6, 6)
        if self.code == state.selected:
            # a tick as well as the colour
            painter.setPen(QPen(QColor("white"), 3))
            c = box.center()
            painter.drawPolyline([QPointF(c.x() - 7, c.y()), QPointF(c.x() - 2, c.y() + 6),
                                  QPointF(c.x() + 8, c.y() - 7)])
        mark = state.marks.get(self.code)
        if mark and self.code != state.selected:
            # Days since use in words too, not only the orange/yellow fill (issue 12).
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, min(font.pointSizeF(), box.height() / 2.4)))
            # Whole in the site's width ("today" on a small belly site): smaller type.
            while (QFontMetricsF(font).horizontalAdvance(mark) > box.width() - 2
                   and font.pointSizeF() > 5.5):
                font.setPointSizeF(font.pointSizeF() - 0.5)
            painter.setFont(font)
            painter.setPen(QColor(INK))
            painter.drawText(box.adjusted(0, 0, 0, -2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, mark)
        if self.code == state.suggested:
            pen = QPen(SUGGESTED, 4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(SUGGESTED)
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(max(8.0, min(box.width(), box.height()) / 3))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "★")
        if self.code in state.reactions:
            radius = max(7.0, min(box.width(), box.height()) / 4)
            badge = QRectF(self.width() - 2 * radius - 1, 1, 2 * radius, 2 * radius)
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(REACTION, 2.5))
            painter.drawEllipse(badge)
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(radius * 0.9)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(30, 30)


class BodyMap(QWidget):
    """Emits `siteActivated(code)` when a site is clicked or chosen by keyboard."""

    siteActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from il2desk.ui.accessible_roles import install

        install(BodyMap, SiteButton)  # screen readers: the sites as a list (issue 12)
        self.setObjectName("bodyMap")
        self.setAccessibleName(self.tr("Body map of injection sites"))
        self.setAccessibleDescription(self.tr(
            "Front and back of the body. Use Tab or the arrow keys to move between "
            "sites, and Enter or Space to choose one."))
        # The picture's four words, in the user's language (the SVG holds English).
        svg = Path(resource("images", "body-map.svg")).read_text(encoding="utf-8")
        for english, shown in (("Front", self.tr("Front")), ("Back", self.tr("Back")),
                               ("Right", self.tr("Right")), ("Left", self.tr("Left"))):
            svg = svg.replace(f">{english}</text>", f">{html.escape(shown)}</text>")
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 310)
        self.enabled_sites: tuple[str, ...] = SITE_CODES
        self.suggested: str | None = None
        self.selected: str | None = None
        self.reactions: dict[str, list[str]] = {}
        self.fills: dict[str, QColor] = {}
        self.details: dict[str, str] = {}
        self.marks: dict[str, str] = {}  # short words painted on a site ("2 d")
        self.buttons: dict[str, SiteButton] = {}
        for code in SITE_CODES:
            button = SiteButton(code, self)
            button.clicked.connect(lambda _c=False, c=code: self._activate(c))
            self.buttons[code] = button
        self._update_names()

    # -- state --------------------------------------------------------------------------
    def set_state(self, *, enabled: Sequence[str] | None = None,
                  suggested: str | None = None,
                  reactions: Mapping[str, Sequence[str]] | None = None,
                  fills: Mapping[str, QColor] | None = None,
                  details: Mapping[str, str] | None = None,
                  marks: Mapping[str, str] | None = None) -> None:
        if enabled is not None:
            self.enabled_sites = tuple(c for c in SITE_CODES if c in set(enabled))
        self.suggested = suggested
        self.reactions = {k: list(v) for k, v in (reactions or {}).items()}
        self.fills = dict(fills or {})
        self.details = dict(details or {})
        self.marks = dict(marks or {})
        for code, button in self.buttons.items():
            button.setVisible(code in self.enabled_sites)
        self._update_names()
        self.update()

    def set_selected(self, code: str | None) -> None:
        self.selected = code
        self._update_names()
        self.update()

    def accessible_text(self, code: str) -> str:
        parts = [translate_message(site_label(code))]
        if code == self.selected:
            parts.append(self.tr("chosen"))
        if code == self.suggested:
            parts.append(self.tr("suggested"))
        if code in self.reactions:
            kinds = ", ".join(translate_message(REACTION_LABELS.get(k, k))
                              for k in self.reactions[code])
            parts.append(self.tr("open reaction: {0}").format(kinds))
        if code in self.details:
            parts.append(self.details[code])
        return ", ".join(parts)

    def _update_names(self) -> None:
        for code, button in self.buttons.items():
            text = self.accessible_text(code)
            button.setAccessibleName(text)
            button.setToolTip(text)
            button.update()

    def _activate(self, code: str) -> None:
        self.siteActivated.emit(code)

    def move_focus(self, code: str, step: int) -> None:
        order = list(self.enabled_sites)
        if code not in order:
            return
        target = order[(order.index(code) + step) % len(order)]
        self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- geometry and painting ----------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(440, 460)

    def _target(self) -> QRectF:
        view = self.renderer.viewBoxF()
        scale = min(self.width() / view.width(), (self.height() - 24) / view.height())
        width, height = view.width() * scale, view.height() * scale
        return QRectF((self.width() - width) / 2, 0, width, height)

    def site_rect(self, code: str) -> QRectF:
        view = self.renderer.viewBoxF()
        target = self._target()
        scale = target.width() / view.width()
        bounds = self.renderer.boundsOnElement(code)
        return QRectF(target.x() + (bounds.x() - view.x()) * scale,
                      target.y() + (bounds.y() - view.y()) * scale,
                      bounds.width() * scale, bounds.height() * scale).adjusted(-3, -3, 3, 3)

    def suggested_label_rect(self, width: float, height: float) -> QRectF:
        """Where the "★ Suggested" label goes: beside the suggested site, on no site at
        all (issue 23: below the upper belly it hid the lower belly's sites)."""
        rect = self.site_rect(self.suggested or "")
        sites = [self.site_rect(code) for code in SITE_CODES]
        cx, cy = rect.center().x() - width / 2, rect.center().y() - height / 2
        candidates = [(cx, rect.bottom() + 2), (cx, rect.top() - height - 2),
                      (rect.right() + 4, cy), (rect.left() - width - 4, cy)]
        # Then further out, left and right of the figure at the same height.
        for step in range(1, 8):
            candidates += [(rect.right() + 4 + step * width / 2, cy),
                           (rect.left() - width - 4 - step * width / 2, cy)]
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        for x, y in candidates:
            label = QRectF(x, y, width, height)
            if area.contains(label) and not any(label.intersects(s) for s in sites):
                return label
        # No free place (a very small map): the strip under the drawing.
        return QRectF(max(0.0, (self.width() - width) / 2), self.height() - height - 2,
                      width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for code, button in self.buttons.items():
            button.setGeometry(self.site_rect(code).toRect())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The drawing brings its own light card: its grey words ("Front", "Left") and
        # outlines then read the same on a light or a dark palette (issue 12).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PICTURE_CARD))
        painter.drawRoundedRect(QRectF(self.rect()), 8, 8)
        self.renderer.render(painter, self._target())
        # Areas switched off in Settings: hatched and crossed, not just greyed.
        for code in SITE_CODES:
            if code not in self.enabled_sites:
                rect = self.site_rect(code).adjusted(3, 3, -3, -3)
                painter.setBrush(QBrush(QColor("#9a9a9a"), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(QColor("#9a9a9a"), 1))
                painter.drawRect(rect)
        if self.suggested and self.suggested in self.enabled_sites:
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            text = self.tr("★ Suggested")
            label = self.suggested_label_rect(QFontMetricsF(font).horizontalAdvance(text) + 8,
                                              QFontMetricsF(font).height() + 4)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.setPen(QPen(SUGGESTED, 1.5))
            site = self.site_rect(self.suggested)
            if not label.adjusted(-4, -4, 4, 4).intersects(site):  # away from it: point
                painter.drawLine(_nearest_point(label, site.center()),
                                 _nearest_point(site, label.center()))
            painter.drawRoundedRect(label, 4, 4)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


def _nearest_point(rect: QRectF, towards: QPointF) -> QPointF:
    """The point of `rect` nearest to `towards` (where a pointer line leaves it)."""
    return QPointF(min(max(towards.x(), rect.left()), rect.right()),
                   min(max(towards.y(), rect.top()), rect.bottom()))
