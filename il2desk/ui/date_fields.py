"""Date and time fields that behave the same way by keyboard everywhere (issue 23).

Qt's own date edit moves Tab between the day, month and year (so a CD4 count typed
after Tab lands in the wrong box), ignores digits typed over a spelled-out weekday, and
stops Down at Monday on the weekday. Here:
- Tab and Shift+Tab leave the field, like every other field;
- digits typed over the weekday go to the day of the month ("20" gives the 20th);
- Up and Down move one day (across weeks and months), Page Up and Page Down one month,
  whatever part of the date the cursor is in; for a time, they move the part under
  the cursor as usual;
- the calendar pop-up is there for those who prefer it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

from il2desk.services.translation import INPUT_DAY, INPUT_DAY_AND_TIME


class _KeyboardDates:
    """What DateField and DateTimeField share (a mixin over QDateTimeEdit)."""

    _typed_day = ""  # the digits typed over the weekday so far

    def focusNextPrevChild(self, forward: bool) -> bool:
        # QDateTimeEdit spends Tab on its sections; a form's Tab goes to the next field.
        return QWidget.focusNextPrevChild(self, forward)

    def _date_key(self, event: QKeyEvent) -> bool:
        """Handle a key that moves the date; False when Qt should have it."""
        steps = {Qt.Key.Key_Up: ("days", 1), Qt.Key.Key_Down: ("days", -1),
                 Qt.Key.Key_PageUp: ("months", 1), Qt.Key.Key_PageDown: ("months", -1)}
        key = Qt.Key(event.key())
        over_weekday = event.text().isdigit() and self._on_weekday()
        if not over_weekday:
            self._typed_day = ""
        if key in steps and not (self.currentSection() & QDateTimeEdit.Section.TimeSections_Mask):
            unit, count = steps[key]
            date = self.date()
            self.setDate(date.addDays(count) if unit == "days" else date.addMonths(count))
            return True
        if over_weekday:
            self._type_day(event.text())
            return True
        return False

    def _type_day(self, digit: str) -> None:
        """Digits over the spelled-out weekday choose the day of the month, as typed:
        "2" then "0" is the 20th; a digit that cannot continue the day starts anew."""
        date = self.date()
        candidate = self._typed_day + digit
        if len(candidate) > 2 or not 1 <= int(candidate) <= date.daysInMonth():
            candidate = digit
        if 1 <= int(candidate) <= date.daysInMonth():
            self.setDate(QDate(date.year(), date.month(), int(candidate)))
        self._typed_day = candidate

    def _on_weekday(self) -> bool:
        tokens = self.displayFormat().split()
        index = self.currentSectionIndex()
        return 0 <= index < len(tokens) and tokens[index].startswith("ddd")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._date_key(event):
            super().keyPressEvent(event)


class DateField(_KeyboardDates, QDateEdit):
    def __init__(self, date: QDate | None = None, display_format: str = INPUT_DAY,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if date is not None:
            self.setDate(date)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)


class DateTimeField(_KeyboardDates, QDateTimeEdit):
    def __init__(self, display_format: str = INPUT_DAY_AND_TIME,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)


class TimeField(QTimeEdit):
    def __init__(self, time: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if time is not None:
            self.setTime(time)
        self.setDisplayFormat("HH:mm")

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)
