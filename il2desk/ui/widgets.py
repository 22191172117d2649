"""Small building blocks shared by views: headings, empty states, field errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QPaintEvent

    from il2desk.domain.texts import Joined, Message

# Python's first touch of Qt's `Qt` namespace costs ~15 ms (PySide builds its ~100 enums
# at once), a tenth of the start-up. The labels of the first window need only these two
# values, so they are set by number through Qt's property system and `Qt` is touched
# after the window is up (issue 11). tests/ui/test_widgets.py checks the numbers.
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
TEXT_SELECTABLE_BY_MOUSE = 0x0001  # Qt.TextInteractionFlag.TextSelectableByMouse


class _FontFollower(QObject):
    """Keeps a widget's font at `factor` × the app font, also when the text size
    setting (or the system font) changes the app font later."""

    def __init__(self, widget: QWidget, factor: float, bold: bool) -> None:
        super().__init__(widget)
        self._widget, self._factor, self._bold = widget, factor, bold
        self.apply()
        # Qt sends ApplicationFontChange to top-level windows only; a child with its
        # own font never hears of the change, so listen to the application itself
        # (the follower is the receiver: the connection ends when the widget goes).
        app = QApplication.instance()
        if app is not None:
            app.fontChanged.connect(self._app_font_changed)
        widget.installEventFilter(self)

    def _app_font_changed(self, _font: QFont) -> None:
        self.apply()

    def apply(self) -> None:
        font = QFont(QApplication.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self._factor)
        font.setBold(self._bold)
        self._widget.setFont(font)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply()
        return False


def follow_app_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Show `widget` larger (or smaller) than the app's text, following its size."""
    _FontFollower(widget, factor, bold)


def fit_to_contents(widget: QWidget) -> None:
    """Keep a field as wide as its contents need at the current text size (instead of
    a width in pixels, which clips once the text is larger)."""
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, widget.sizePolicy().verticalPolicy())


class _WidthForText(QObject):
    """Keeps a field's minimum width at what `sample` needs in the current font."""

    def __init__(self, widget: QWidget, sample: str) -> None:
        super().__init__(widget)
        self._widget, self._sample = widget, sample
        self._chrome = max(0, widget.sizeHint().width()
                           - widget.fontMetrics().horizontalAdvance(_shown_text(widget)))
        self.apply()
        app = QApplication.instance()
        if app is not None:
            app.fontChanged.connect(self._app_font_changed)

    def _app_font_changed(self, _font: QFont) -> None:
        self.apply()

    def apply(self) -> None:
        metrics = self._widget.fontMetrics()
        self._widget.setMinimumWidth(metrics.horizontalAdvance(self._sample) + self._chrome
                                     + metrics.averageCharWidth())


def _shown_text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""


def width_for_text(widget: QWidget, sample: str) -> None:
    """Make a date, time or spin box wide enough for its longest text (`sample`, e.g.
    "Wednesday 30 September 2026"), at any text size."""
    _WidthForText(widget, sample)


class _ClickableLabel(QLabel):
    """A check box's words: clicking them ticks the box, as with a normal check box."""

    def __init__(self, text: str, box: QAbstractButton) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)  # "&" in the text gives the box an Alt+letter
        self.setContentsMargins(3, 2, 3, 2)  # room for the focus frame
        box.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._box and event.type() in (QEvent.Type.FocusIn,
                                                 QEvent.Type.FocusOut):
            self.update()  # show or hide the focus frame
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._box.hasFocus():
            # A text-less check box shows no focus of its own: frame its words, so a
            # keyboard user sees where they are. (Imported here: QPainter's first use
            # costs ~1 ms, and the first window needs it only once a box has focus.)
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QPainter, QPalette, QPen

            painter = QPainter(self)

            pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1,
                       Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapping_check_box(text: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose long text wraps onto more lines (a QCheckBox's own text never
    wraps, and is cut off at large text sizes). Returns (row to add, the check box)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(plain_words(text))
    label = _ClickableLabel(text, box)
    from PySide6.QtCore import Qt

    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    box.words = label  # type: ignore[attr-defined]  # tests and screenshots reach it
    return row, box


def plain_words(text: str) -> str:
    """A button's text as a screen reader should say it: no "&", arrows or "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&") \
        .replace("…", "").strip(" <>")


def name_buttons_from_text(*buttons: QAbstractButton) -> None:
    """Give buttons made by Qt (dialog button boxes, wizard buttons) an explicit
    accessible name from their (already translated) text, unless they have one."""
    for button in buttons:
        if button is not None and not button.accessibleName():
            button.setAccessibleName(plain_words(button.text()))


def heading(text: str, *, level: int = 1) -> QLabel:
    label = QLabel(text)
    follow_app_font(label, 1.6 if level == 1 else 1.25, bold=True)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
    return label


class FieldError(QLabel):
    """The message shown right under a field whose value was refused.

    It starts with a sign ("⚠") so colour is not the only signal.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        from il2desk.ui.colours import use_text_colour

        use_text_colour(self, "error")  # dark red, or light red on a dark palette
        self.hide()

    def show_error(self, message: str | Message | Joined) -> None:
        from il2desk.ui.i18n import translate_message

        message = translate_message(message)
        self.setText(f"⚠ {message}")
        self.setAccessibleName(message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()

    @property
    def message(self) -> str:
        """The message shown ('' when none)."""
        return "" if self.isHidden() else self.text().removeprefix("⚠ ")


class EmptyState(QWidget):
    """What a view shows before it has anything: what will be here, and how to start."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A word-wrapped label centred with an alignment flag gets a too-small height
        # hint and clips; a centred column of bounded width wraps properly instead.
        column = QWidget()
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        self.title_label = heading(title, level=2)
        self.title_label.setProperty("alignment", ALIGN_CENTER)
        self.explanation_label = paragraph(explanation)
        self.explanation_label.setProperty("alignment", ALIGN_CENTER)
        inner.addWidget(self.title_label)
        inner.addWidget(self.explanation_label)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.addStretch(1)
        self.actions_layout.addStretch(1)
        inner.addLayout(self.actions_layout)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def add_action(self, button: QWidget) -> None:
        """A button that starts what this view is for (e.g. "Plan a course…")."""
        self.actions_layout.insertWidget(self.actions_layout.count() - 1, button)
