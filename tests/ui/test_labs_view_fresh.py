"""The labs view keeps what it drew between visits (issue 11: 20 years must open fast),
yet never shows a stale record: every change made anywhere shows the next time it is
opened — a result added or deleted, a course recorded, a course's mark changed, a new
day (rules R3, R5, R6, R16)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from il2desk.domain.labs import UNRELIABLE_MARK, LabResult, ViralLoadForm
from tests.builders import a_course

LEFT = Qt.MouseButton.LeftButton
TRUSTED = "✓ yes"
MARKED = f"⚠ {UNRELIABLE_MARK}"


def add_course(ctx, start: dt.date, **changes) -> int:
    return a_course(ctx, start=start, dose_miu="7.5", recorded_after=True, **changes)


def add_result(ctx, drawn: dt.date, cd4: int, **changes) -> int:
    return ctx.labs.add(LabResult(None, drawn, cd4_count=cd4, **changes), ctx.clock.now_utc())


def show(window, qtbot, key: str):
    """Open a view the way a person does: a click on its name in the list."""
    nav = window.nav
    item = nav.item(window.view_keys().index(key))
    qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(item).center())
    assert window.current_key() == key
    return window.view(key)


def trend_column(view) -> list[str]:
    return [view.model.index(row, 4).data() for row in range(view.model.rowCount())]


def rules(view) -> set[str]:
    return {label.objectName().removeprefix("suggestion-") for label in view.suggestion_labels
            if label.objectName().startswith("suggestion-")}


def chart_picture(view):
    return view.chart.grab().toImage()


def test_result_added_and_deleted_shows_at_once(window, qtbot, ctx, prompter):
    add_course(ctx, dt.date(2026, 7, 8))
    add_result(ctx, dt.date(2026, 8, 20), 700)
    view = show(window, qtbot, "labs")
    assert view.model.rowCount() == 1
    assert "R5" not in rules(view)  # one count above 600 is not "staying above"
    before = chart_picture(view)

    view.form.drawn_edit.setDate(QDate(2026, 10, 28))
    qtbot.keyClicks(view.form.cd4_count_edit, "720")
    qtbot.mouseClick(view.form.save_button, LEFT)
    assert view.model.rowCount() == 2
    assert view.model.index(0, 1).data() == "720 cells/µL"
    assert [r.cd4_count for r in view.chart.results] == [700, 720]
    assert "R5" in rules(view)  # rule R5: two reliable counts above 600
    assert chart_picture(view) != before

    view.table.selectRow(0)
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert view.model.rowCount() == 1
    assert [r.cd4_count for r in view.chart.results] == [700]
    assert "R5" not in rules(view)
    assert chart_picture(view) == before


def test_result_added_elsewhere_shows_when_labs_opened_again(window, qtbot, ctx):
    add_course(ctx, dt.date(2026, 7, 8))
    add_result(ctx, dt.date(2026, 8, 20), 700)
    view = show(window, qtbot, "labs")
    show(window, qtbot, "diary")
    # Written while the view is hidden (as an import or another window would).
    add_result(ctx, dt.date(2026, 10, 28), 720)
    assert show(window, qtbot, "labs") is view
    assert view.model.rowCount() == 2
    assert len(view.chart.results) == 2
    assert "R5" in rules(view)


def test_course_recorded_later_marks_results_and_changes_suggestions(window, qtbot, ctx):
    add_course(ctx, dt.date(2026, 7, 8))  # last injection 12 July
    add_result(ctx, dt.date(2026, 8, 20), 700)
    add_result(ctx, dt.date(2026, 9, 15), 720)
    view = show(window, qtbot, "labs")
    assert trend_column(view) == [TRUSTED, TRUSTED]
    assert rules(view) == {"R5", "R6", "R20"}  # 700 → 720: keep the other medicines

    # A past course recorded through the courses view: 2–6 September, hard to tolerate.
    courses = show(window, qtbot, "courses")
    qtbot.mouseClick(courses.past_button, LEFT)
    dialog = courses.past_dialog
    dialog.start_edit.setDate(QDate(2026, 9, 2))
    qtbot.keyClicks(dialog.dose_edit, "7.5")
    box = dialog.hard_box
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()

    show(window, qtbot, "labs")
    # rule R16: 15 September is 9 days after the last injection of that course.
    assert trend_column(view) == [MARKED, TRUSTED]
    assert [r.unreliable for r in view.chart.results] == [False, True]
    assert view.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Drawn 9 days after")
    assert ctx.labs.all()[1].unreliable  # stored, not only shown
    # rule R5 has one reliable count left; rule R3 follows the hard course.
    assert rules(view) == {"R3", "R6"}


def test_changes_that_keep_the_number_of_rows_still_show(window, qtbot, ctx):
    course_id = add_course(ctx, dt.date(2026, 7, 8))
    first = add_result(ctx, dt.date(2026, 8, 20), 700)
    view = show(window, qtbot, "labs")
    assert "R3" not in rules(view)
    show(window, qtbot, "today")
    ctx.courses.set_hard_to_tolerate(course_id, True, ctx.clock.now_utc())
    ctx.labs.delete(first)  # one out, one in: same count, a new row
    add_result(ctx, dt.date(2026, 8, 21), 650)
    show(window, qtbot, "labs")
    assert "R3" in rules(view)  # rule R3
    assert view.model.index(0, 1).data() == "650 cells/µL"
    assert [r.cd4_count for r in view.chart.results] == [650]


def test_a_new_day_moves_the_view_on(window, qtbot, ctx, clock):
    add_course(ctx, dt.date(2026, 7, 8))
    add_result(ctx, dt.date(2026, 8, 20), 700)
    view = show(window, qtbot, "labs")
    assert "R6" in rules(view)  # rule R6: less than 6 months since 8 July
    show(window, qtbot, "today")
    clock.advance(dt.timedelta(days=47))  # 9 January 2027
    show(window, qtbot, "labs")
    assert "R6" not in rules(view)
    assert view.form.drawn_edit.maximumDate() == QDate(2027, 1, 9)
    assert view.chart.today == dt.date(2027, 1, 9)


def test_nothing_changed_keeps_the_choice_in_the_table(window, qtbot, ctx):
    add_result(ctx, dt.date(2026, 8, 20), 700)
    add_result(ctx, dt.date(2026, 9, 20), 710)
    view = show(window, qtbot, "labs")
    view.table.selectRow(1)
    assert view.delete_button.isEnabled()
    show(window, qtbot, "supplies")
    show(window, qtbot, "labs")
    assert view.selected_result().cd4_count == 700
    assert view.delete_button.isEnabled()


def test_columns_as_wide_as_their_widest_text(window, qtbot, ctx):
    # Texts of very different widths, the widest ones neither first nor last.
    add_course(ctx, dt.date(2026, 2, 4))
    for n, (cd4, form, load) in enumerate([
            (5, ViralLoadForm.NONE, None), (4500, ViralLoadForm.VALUE, 12_000_000),
            (40, ViralLoadForm.UNDETECTABLE, None), (1200, ViralLoadForm.BELOW, 50),
            (300, ViralLoadForm.VALUE, 7)]):
        add_result(ctx, dt.date(2026, 1, 5) + dt.timedelta(days=17 * n), cd4,
                   cd4_percent=Decimal("24.5") if n == 2 else None,
                   viral_load_form=form, viral_load=load)
    window.resize(1000, 700)  # a laptop's window (the offscreen test screen is 800×600)
    view = show(window, qtbot, "labs")
    assert MARKED in trend_column(view)
    header = view.table.horizontalHeader()
    # The last column fills what is left, its long mark wrapped: no sideways scrolling.
    assert view.table.horizontalScrollBar().maximum() == 0
    fitted = [header.sectionSize(c) for c in range(view.model.columnCount() - 1)]
    view.table.resizeColumnsToContents()  # Qt measuring every cell
    assert fitted == [header.sectionSize(c) for c in range(view.model.columnCount() - 1)]


def test_chart_redrawn_for_a_new_palette(window, qtbot, ctx):
    add_result(ctx, dt.date(2026, 8, 20), 700)
    view = show(window, qtbot, "labs")
    light = chart_picture(view)
    dark = QPalette(view.chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.chart.setPalette(dark)
    assert chart_picture(view) != light
