"""Dates and times by keyboard (issue 23): Tab leaves the field, digits typed over the
weekday set the day, Up/Down move a day and Page Up/Down a month in any part of the date,
and every day can be reached (Qt's own field stopped Down at Monday)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from il2desk.ui.date_fields import DateField, DateTimeField, TimeField


@pytest.fixture
def form(qtbot):
    """A field between two line edits, shown and active, as in a real form."""
    windows = []  # kept alive for the test's length

    def make(field):
        window = QWidget()
        windows.append(window)
        layout = QVBoxLayout(window)
        before, after = QLineEdit(), QLineEdit()
        for widget in (before, field, after):
            layout.addWidget(widget)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        return before, after

    return make


@pytest.mark.parametrize("make", [
    lambda: DateField(QDate(2026, 12, 9), "dddd d MMMM yyyy"),
    lambda: DateField(QDate(2026, 12, 9), "dd MMM yyyy"),
    lambda: DateTimeField("dd MMM yyyy  HH:mm"),
    lambda: TimeField(QTime(8, 0)),
])
def test_tab_and_shift_tab_leave_the_field(qtbot, form, make):
    field = make()
    before, after = form(field)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before


def test_digits_typed_over_the_weekday_set_the_day(qtbot, form):
    field = DateField(QDate(2026, 12, 9), "dddd d MMMM yyyy")
    form(field)
    field.setCurrentSectionIndex(0)  # the cursor on "Wednesday"
    qtbot.keyClicks(field, "20")
    assert field.date() == QDate(2026, 12, 20)
    assert field.text() == "Sunday 20 December 2026"


def test_typing_a_two_digit_day_keeps_it_as_typed(qtbot, form):
    field = DateField(QDate(2026, 12, 9), "dd MMM yyyy")
    form(field)
    qtbot.keyClicks(field, "20")
    assert field.date().day() == 20


@pytest.mark.parametrize("section", [0, 1, 2, 3])
def test_up_and_down_move_one_day_across_weeks_and_months(qtbot, form, section):
    field = DateField(QDate(2026, 12, 2), "dddd d MMMM yyyy")
    form(field)
    field.setCurrentSectionIndex(section)
    for _ in range(3):  # Wednesday 2 December back past Monday into November
        qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2026, 11, 29)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 11, 30)


def test_page_up_and_down_move_one_month(qtbot, form):
    field = DateField(QDate(2026, 12, 31), "d MMM yyyy")
    form(field)
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert field.date() == QDate(2027, 1, 31)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.date() == QDate(2026, 11, 30)


def test_every_day_of_a_year_is_reached_by_keyboard(qtbot, form):
    field = DateField(QDate(2026, 1, 1), "dddd d MMMM yyyy")
    form(field)
    seen = {field.date().toJulianDay()}
    for _ in range(364):
        qtbot.keyClick(field, Qt.Key.Key_Up)
        seen.add(field.date().toJulianDay())
    assert len(seen) == 365
    assert field.date() == QDate(2026, 12, 31)


def test_the_date_and_time_field_keeps_arrows_on_the_time_part(qtbot, form):
    field = DateTimeField("dd MMM yyyy  HH:mm")
    field.setDateTime(field.dateTime().fromString("2026-12-09T08:30:00", Qt.DateFormat.ISODate))
    form(field)
    field.setCurrentSectionIndex(3)  # the hours
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(9, 30)
    assert field.date() == QDate(2026, 12, 9)
    field.setCurrentSectionIndex(0)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2026, 12, 8)


def test_a_calendar_pops_up_for_those_who_want_it():
    assert DateField().calendarPopup()
    assert DateTimeField().calendarPopup()
