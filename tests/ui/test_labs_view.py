"""Lab results through the real form: refused values, the R16 mark, suggestions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from il2desk.domain.labs import UNRELIABLE_MARK, LabResult, ViralLoadForm
from tests.builders import a_course

LEFT = Qt.MouseButton.LeftButton


def add_course(ctx, start: dt.date, **changes) -> int:
    return a_course(ctx, start=start, dose_miu="7.5", recorded_after=True, **changes)


def open_labs(window):
    window.go_to("labs")
    return window.stack.currentWidget()


def type_in(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def set_drawn(view, day: dt.date):
    view.form.drawn_edit.setDate(QDate(day.year, day.month, day.day))


def test_enter_a_result_through_the_form(window, qtbot, ctx):
    view = open_labs(window)
    assert view.empty_state.isVisible()
    set_drawn(view, dt.date(2026, 11, 10))
    type_in(qtbot, view.form.cd4_count_edit, "480")
    type_in(qtbot, view.form.cd4_percent_edit, "24.5")
    view.form.vl_form_combo.setCurrentIndex(view.form.vl_form_combo.findData("below"))
    type_in(qtbot, view.form.vl_edit, "50")
    qtbot.mouseClick(view.form.save_button, LEFT)
    [stored] = ctx.labs.all()
    assert stored.drawn_date == dt.date(2026, 11, 10)
    assert (stored.cd4_count, stored.cd4_percent) == (480, Decimal("24.5"))
    assert (stored.viral_load_form, stored.viral_load) == (ViralLoadForm.BELOW, 50)
    assert not stored.unreliable
    assert "Saved" in view.form.status_label.text()
    assert view.model.rowCount() == 1
    assert view.model.index(0, 3).data() == "below 50 copies/mL"
    assert view.table.isVisible()


def test_undetectable_needs_no_number(window, qtbot, ctx):
    view = open_labs(window)
    view.form.vl_form_combo.setCurrentIndex(view.form.vl_form_combo.findData("undetectable"))
    assert not view.form.vl_edit.isEnabled()
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert str(ctx.labs.all()[0].viral_load_text) == "undetectable"


@pytest.mark.parametrize("field, edit_name, text, words", [
    ("cd4_count", "cd4_count_edit", "-20", "below zero"),
    ("cd4_count", "cd4_count_edit", "5200", "not possible"),
    ("cd4_percent", "cd4_percent_edit", "120", "over 100"),
    ("cd4_percent", "cd4_percent_edit", "-3", "below zero"),
])
def test_impossible_values_refused_next_to_the_field(window, qtbot, ctx, field, edit_name,
                                                     text, words):
    view = open_labs(window)
    type_in(qtbot, getattr(view.form, edit_name), text)
    qtbot.keyClick(getattr(view.form, edit_name), Qt.Key.Key_Return)
    assert words in view.form.field_error(field)
    assert view.form.errors[field].isVisible()
    assert ctx.labs.all() == []


def test_empty_result_and_viral_load_number_refused(window, qtbot, ctx):
    view = open_labs(window)
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert "at least one" in view.form.field_error("cd4_count")
    view.form.vl_form_combo.setCurrentIndex(view.form.vl_form_combo.findData("value"))
    type_in(qtbot, view.form.vl_edit, "-5")
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert "below zero" in view.form.field_error("viral_load")
    assert ctx.labs.all() == []


def test_r16_result_soon_after_a_course_is_stored_and_marked(window, qtbot, ctx):
    add_course(ctx, dt.date(2026, 11, 4))  # last injection 8 November
    view = open_labs(window)
    set_drawn(view, dt.date(2026, 11, 20))
    type_in(qtbot, view.form.cd4_count_edit, "1350")
    qtbot.mouseClick(view.form.save_button, LEFT)
    [stored] = ctx.labs.all()
    assert stored.unreliable
    assert stored.unreliable_reason.days_after == 12
    assert str(UNRELIABLE_MARK) in view.form.status_label.text()
    assert view.model.index(0, 4).data() == f"⚠ {UNRELIABLE_MARK}"
    tooltip = view.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == str(stored.reason_message)
    assert tooltip.startswith("Drawn 12 days after the last injection of the course that "
                              "started on Wednesday 4 November 2026.")
    view.table.selectRow(0)
    assert "12 days after" in view.reason_label.text()
    assert view.chart.results[0].unreliable  # drawn hollow


def test_course_entered_later_re_marks_old_results(window, ctx):
    ctx.labs.add(LabResult(None, dt.date(2026, 10, 20), cd4_count=900), ctx.clock.now_utc())
    view = open_labs(window)
    assert not ctx.labs.all()[0].unreliable
    add_course(ctx, dt.date(2026, 10, 7))  # last injection 11 October: 9 days before
    view.refresh()
    assert ctx.labs.all()[0].unreliable


def test_suggestions_shown_never_applied(window, ctx):
    course_id = add_course(ctx, dt.date(2026, 9, 9), hard_to_tolerate=True)
    now = ctx.clock.now_utc()
    ctx.labs.add(LabResult(None, dt.date(2026, 8, 26), cd4_count=640), now)
    ctx.labs.add(LabResult(None, dt.date(2026, 10, 28), cd4_count=700), now)
    view = open_labs(window)
    texts = view.suggestion_texts()
    assert any("from 15 million units a day" in t and "to 12 million units a day" in t
               for t in texts)  # rule R3
    assert any("from 8 to 12 weeks" in t for t in texts)  # rule R5
    assert any("too early" in t for t in texts)  # rule R6
    assert all(t.endswith("discuss with your doctor.") for t in texts)
    course = ctx.courses.get(course_id)
    assert course.dose_miu == Decimal("7.5") and course.plan.interval_weeks == 8


def test_mistyped_result_can_be_deleted_after_a_question(window, qtbot, ctx, prompter):
    ctx.labs.add(LabResult(None, dt.date(2026, 10, 1), cd4_count=45), ctx.clock.now_utc())
    view = open_labs(window)
    assert not view.delete_button.isEnabled()
    view.table.selectRow(0)
    prompter.confirm_answers.append(False)  # "Keep it"
    qtbot.mouseClick(view.delete_button, LEFT)
    assert len(ctx.labs.all()) == 1
    view.table.selectRow(0)
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert ctx.labs.all() == []
    assert prompter.asked[-1][0] == "confirm" and "Thursday 1 October 2026" in prompter.asked[-1][2]
    assert view.empty_state.isVisible()


def test_r22_a_viral_load_soon_after_a_course_is_explained_not_alarming(window, qtbot, ctx):
    from il2desk.domain.visit_report import VIRAL_BURST

    add_course(ctx, dt.date(2026, 11, 4))
    view = open_labs(window)
    set_drawn(view, dt.date(2026, 11, 20))
    type_in(qtbot, view.form.cd4_count_edit, "1350")
    view.form.vl_form_combo.setCurrentIndex(view.form.vl_form_combo.findData("value"))
    type_in(qtbot, view.form.vl_edit, "4000")
    qtbot.mouseClick(view.form.save_button, LEFT)
    [stored] = ctx.labs.all()
    assert stored.unreliable
    assert str(VIRAL_BURST) in view.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    view.table.selectRow(0)
    assert str(VIRAL_BURST) in view.reason_label.text()


def test_r16_reason_in_spanish_from_the_stored_code(window, qtbot, ctx, spanish):
    # issue 18 §2: the record keeps a code and values; the window says it in Spanish,
    # with the date in the one long style and the number of days as a number.
    add_course(ctx, dt.date(2026, 11, 4))  # last injection 8 November
    ctx.labs.add(LabResult(None, dt.date(2026, 11, 20), cd4_count=1350), ctx.clock.now_utc())
    view = open_labs(window)
    view.refresh()
    view.table.selectRow(0)
    text = view.reason_label.text()
    assert "Extraído 12 días después de la última inyección" in text
    assert "del ciclo que empezó el miércoles 4 de noviembre de 2026." in text
    assert "Drawn" not in text
