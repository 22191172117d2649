"""Years of diary entries load lazily (how fast: `make bench`); every control has a name
and works by keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
)

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.ui.views.diary_model import PAGE_SIZE


def test_twenty_thousand_entries_open_and_load_lazily(window, qtbot, ctx):
    now = ctx.clock.now_utc()
    codes = ("chills", "fever", "fatigue", "nausea", "aches")
    ctx.diary.add_many([DiaryEntry(None, codes[i % 5], list(Severity)[i % 3],
                                   now - dt.timedelta(minutes=31 * i), "Europe/Paris")
                        for i in range(20_000)], now)
    window.go_to("diary")
    view = window.stack.currentWidget()
    qtbot.wait(10)
    assert view.model.total == 20_000
    assert view.model.rowCount() <= 2 * PAGE_SIZE  # only what is on screen is read
    assert "20000 entries" in view.count_label.text()
    view.table.scrollToBottom()
    qtbot.wait(10)
    assert view.model.rowCount() > PAGE_SIZE  # scrolling reads the next page
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("fever"))
    assert view.model.total == 4000
    assert all(view.model.entry(r).symptom == "fever" for r in range(view.model.rowCount()))


def part_of_a_compound_control(widget) -> bool:
    """Pop-up lists of combo boxes, arrows of date edits: named through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or parent.isWindow():
            return isinstance(parent, (QComboBox, QAbstractSpinBox)) or \
                parent.objectName() != "mainWindow"
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(window):
    for key in ("diary", "labs"):
        window.go_to(key)
        view = window.stack.currentWidget()
        controls = [w for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox,
                                   QAbstractItemView)
                    for w in view.findChildren(kind)]
        unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls
                   if not w.accessibleName() and not isinstance(w, QHeaderView)
                   and not w.objectName().startswith("qt_")  # Qt's own inner parts
                   and not part_of_a_compound_control(w)]
        assert unnamed == [], f"{key}: {unnamed}"


def test_diary_entry_by_keyboard_alone(window, qtbot, ctx):
    window.go_to("diary")
    view = window.stack.currentWidget()
    view.form.symptom_list.setFocus()
    qtbot.keyClick(view.form.symptom_list, Qt.Key.Key_Home)
    qtbot.keyClick(view.form.symptom_list, Qt.Key.Key_Down)
    assert view.form.current_symptom().code == "chills"
    button = view.form.severity_buttons[Severity.MILD]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    view.form.note_edit.setFocus()
    qtbot.keyClicks(view.form.note_edit, "no thermometer")
    qtbot.keyClick(view.form.note_edit, Qt.Key.Key_Return)
    saved = ctx.diary.page()[0]
    assert (saved.symptom, saved.severity, saved.note) == ("chills", Severity.MILD,
                                                           "no thermometer")
