"""The diary through its real form: three clicks, fever units, R13 panel, grid, undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from il2desk.domain.diary import AFTER, DiaryEntry, Severity
from il2desk.ui.views.diary_form import CodeRole
from tests.builders import a_course

LEFT = Qt.MouseButton.LeftButton


def add_course(ctx, start: dt.date, **changes) -> int:
    return a_course(ctx, start=start, recorded_after=True, **changes)


def open_diary(window):
    window.go_to("diary")
    return window.stack.currentWidget()


def click_symptom(qtbot, view, code: str) -> None:
    lst = view.form.symptom_list
    for row in range(lst.count()):
        item = lst.item(row)
        if item.data(CodeRole) == code:
            lst.scrollToItem(item)
            qtbot.mouseClick(lst.viewport(), LEFT, pos=lst.visualItemRect(item).center())
            return
    raise AssertionError(code)


def test_three_clicks_save_an_entry(window, qtbot, ctx):
    course_id = add_course(ctx, dt.date(2026, 11, 19))  # today 23 Nov is day 5
    view = open_diary(window)
    assert view.empty_state.isVisible()
    click_symptom(qtbot, view, "chills")
    qtbot.mouseClick(view.form.severity_buttons[Severity.MODERATE], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    entries = ctx.diary.page()
    assert len(entries) == 1
    saved = entries[0]
    assert (saved.symptom, saved.severity) == ("chills", Severity.MODERATE)
    assert saved.occurred_utc == ctx.clock.now_utc().replace(second=0)  # default: now
    assert saved.course_id == course_id
    assert not saved.is_emergency
    assert "Saved" in view.status_label.text()
    assert view.table.isVisible()
    assert view.model.rowCount() == 1
    assert "day 5 of the course" in view.model.data(view.model.index(0, 1))
    assert "●●○" in view.model.data(view.model.index(0, 3))
    # the grid shows day 5 as moderate, in words
    assert "Day 5: Moderate" in view.grid.describe()
    assert "Day 1: none" in view.grid.describe()


def test_missing_severity_is_refused_beside_the_field(window, qtbot, ctx):
    view = open_diary(window)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert view.form.field_error("symptom")
    assert view.form.field_error("severity")
    assert ctx.diary.count() == 0


@pytest.mark.parametrize("typed, unit, stored", [("101.3", "°F", Decimal("38.5")),
                                                 ("38.5", "°C", Decimal("38.5"))])
def test_fever_with_temperature_in_either_unit(window, qtbot, ctx, typed, unit, stored):
    view = open_diary(window)
    click_symptom(qtbot, view, "fever")
    assert view.form.temperature_edit.isVisible()
    view.form.temperature_unit.setCurrentText(unit)
    qtbot.keyClicks(view.form.temperature_edit, typed)
    qtbot.mouseClick(view.form.severity_buttons[Severity.MILD], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert ctx.diary.page()[0].temperature_c == stored


def test_impossible_temperature_refused(window, qtbot, ctx):
    view = open_diary(window)
    click_symptom(qtbot, view, "fever")
    qtbot.keyClicks(view.form.temperature_edit, "101")  # °C by default
    qtbot.mouseClick(view.form.severity_buttons[Severity.MILD], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert "not a body temperature" in view.form.field_error("temperature")
    assert view.form.errors["temperature"].isVisible()
    assert ctx.diary.count() == 0


def test_a_refused_temperature_is_said_in_spanish(spanish, window, qtbot, ctx):
    # The domain's message value is rendered, not its English str() (issue 18 §2).
    view = open_diary(window)
    click_symptom(qtbot, view, "fever")
    qtbot.keyClicks(view.form.temperature_edit, "101")
    qtbot.mouseClick(view.form.severity_buttons[Severity.MILD], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert "Eso no es una temperatura del cuerpo" in view.form.field_error("temperature")
    assert ctx.diary.count() == 0


def test_other_needs_words(window, qtbot, ctx):
    view = open_diary(window)
    click_symptom(qtbot, view, "other")
    assert view.form.other_edit.isVisible()
    qtbot.mouseClick(view.form.severity_buttons[Severity.MILD], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert view.form.field_error("other_text")
    qtbot.keyClicks(view.form.other_edit, "headache")
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert ctx.diary.page()[0].other_text == "headache"
    assert view.model.data(view.model.index(0, 2)) == "headache"


def test_r13_symptom_opens_emergency_panel_at_once_and_is_saved(window, qtbot, ctx):
    # rule R13
    view = open_diary(window)
    click_symptom(qtbot, view, "breathless")
    panel = window.emergency_panel
    assert panel.isVisible()  # before anything was saved
    assert ctx.diary.count() == 0
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert view.form.current_severity() is Severity.SEVERE  # one click to save
    qtbot.mouseClick(view.form.save_button, LEFT)
    saved = ctx.diary.page()[0]
    assert saved.symptom == "breathless" and saved.is_emergency
    assert view.model.data(view.model.index(0, 2)).startswith("⚠")


def test_filter_by_symptom(window, qtbot, ctx):
    now = ctx.clock.now_utc()
    ctx.diary.add_many([DiaryEntry(None, code, Severity.MILD, now - dt.timedelta(hours=i),
                                   "Europe/Paris")
                        for i, code in enumerate(["nausea", "chills", "nausea", "aches"])], now)
    view = open_diary(window)
    assert view.model.rowCount() == 4
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("nausea"))
    assert view.model.rowCount() == 2
    assert "2 entries" in view.count_label.text()
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("vomiting"))
    assert view.model.rowCount() == 0
    assert view.table.isVisible()  # an empty filter is not "no diary yet"


def test_edit_then_delete_with_undo(window, qtbot, ctx):
    view = open_diary(window)
    click_symptom(qtbot, view, "nausea")
    qtbot.mouseClick(view.form.severity_buttons[Severity.MILD], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    entry_id = ctx.diary.page()[0].id
    view.table.selectRow(0)
    qtbot.mouseClick(view.edit_button, LEFT)
    assert not window.emergency_panel.isVisible()  # loading an entry never opens it
    qtbot.mouseClick(view.form.severity_buttons[Severity.SEVERE], LEFT)
    qtbot.keyClicks(view.form.note_edit, "after dinner")
    qtbot.mouseClick(view.form.save_button, LEFT)
    changed = ctx.diary.get(entry_id)
    assert changed.severity is Severity.SEVERE and changed.note == "after dinner"
    assert ctx.diary.count() == 1

    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert ctx.diary.get(entry_id) is None
    assert "Undo" in view.status_label.text()
    assert view.undo_button.isEnabled()
    qtbot.mouseClick(view.undo_button, LEFT)
    assert ctx.diary.get(entry_id) == changed  # back, same id, same content
    qtbot.mouseClick(view.undo_button, LEFT)  # undo the change too
    assert ctx.diary.get(entry_id).severity is Severity.MILD


def test_grid_shows_worst_per_day_and_after(window, qtbot, ctx):
    add_course(ctx, dt.date(2026, 9, 23))
    add_course(ctx, dt.date(2026, 11, 18))
    zone = "Europe/Paris"

    def at(day: dt.date, hour: int, severity: Severity) -> DiaryEntry:
        utc = dt.datetime.combine(day, dt.time(hour), dt.UTC)
        return DiaryEntry(None, "fatigue", severity, utc, zone)

    ctx.diary.add_many([
        at(dt.date(2026, 11, 18), 10, Severity.MILD),
        at(dt.date(2026, 11, 21), 10, Severity.MODERATE),
        at(dt.date(2026, 11, 21), 18, Severity.SEVERE),
        at(dt.date(2026, 11, 23), 7, Severity.MILD),  # day 6: after
        at(dt.date(2026, 9, 27), 12, Severity.MODERATE),
    ], ctx.clock.now_utc())
    view = open_diary(window)
    rows = view.grid.rows
    assert [r.start for r in rows] == [dt.date(2026, 11, 18), dt.date(2026, 9, 23)]
    assert rows[0].worst == {1: Severity.MILD, 4: Severity.SEVERE, AFTER: Severity.MILD}
    assert rows[1].worst == {5: Severity.MODERATE}


def test_mark_latest_course_hard_to_tolerate(window, qtbot, ctx):
    course_id = add_course(ctx, dt.date(2026, 11, 4))
    view = open_diary(window)
    view.tabs.setCurrentIndex(1)
    assert view.hard_check.isVisible()
    view.hard_check.click()
    assert ctx.courses.get(course_id).plan.hard_to_tolerate


def test_high_fever_saved_with_a_call_your_doctor_hint(window, qtbot, ctx):
    # rule R13: over 38.9 °C is only an emergency if medicine does not bring it down,
    # so the panel does not open by itself, but the entry says when to call.
    view = open_diary(window)
    click_symptom(qtbot, view, "fever")
    qtbot.keyClicks(view.form.temperature_edit, "39.4")
    qtbot.mouseClick(view.form.severity_buttons[Severity.SEVERE], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert ctx.diary.page()[0].temperature_c == Decimal("39.4")
    assert "call your doctor now" in view.status_label.text()
    assert not window.emergency_panel.isVisible()


def test_undo_of_a_new_entry(window, qtbot, ctx):
    view = open_diary(window)
    click_symptom(qtbot, view, "aches")
    qtbot.mouseClick(view.form.severity_buttons[Severity.MILD], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert ctx.diary.count() == 1
    assert "add entry" in view.undo_button.text()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.diary.count() == 0
    view.undo_stack.redo()
    assert ctx.diary.count() == 1


def test_102_1_f_and_low_mood_give_their_hints(window, qtbot, ctx):
    # rule R13: 102.1 °F (stored 38.9 °C) counts; rule R21: low mood, see the doctor soon
    view = open_diary(window)
    click_symptom(qtbot, view, "fever")
    qtbot.keyClicks(view.form.temperature_edit, "38.9")
    qtbot.mouseClick(view.form.severity_buttons[Severity.MODERATE], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert "call your doctor now" in view.status_label.text()
    click_symptom(qtbot, view, "low_mood")
    qtbot.mouseClick(view.form.severity_buttons[Severity.MODERATE], LEFT)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert "contact your doctor soon" in view.status_label.text()
    assert not window.emergency_panel.isVisible()


def test_thoughts_of_suicide_open_the_emergency_panel(window, qtbot, ctx):
    # rule R21: thoughts of suicide open the emergency panel at once
    view = open_diary(window)
    click_symptom(qtbot, view, "suicidal_thoughts")
    panel = window.emergency_panel
    assert panel.isVisible()
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
