"""The Sites view: suggestion, reactions added and healed (rule R12)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt

from tests.builders import a_course, given


def test_sites_view_suggests_and_handles_reactions(qtbot, window, ctx, clock):
    given(ctx, a_course(ctx, start=dt.date(2026, 11, 20)), 1, site="abdomen-upper-left",
          ice_before=False, ice_after=False)
    window.go_to("sites")
    view = window.stack.currentWidget()
    assert view.suggestion_label.text() == "Suggested next: Belly, upper right"
    assert "Belly, upper left: last used 3 days ago" in view.reasons.text()
    assert view.reaction_list.count() == 0
    assert not view.resolve_button.isEnabled()

    # choose the suggested site on the map, note a lump there
    qtbot.mouseClick(view.body_map.buttons["abdomen-upper-right"], Qt.MouseButton.LeftButton)
    assert view.site_combo.currentData() == "abdomen-upper-right"
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("lump"))
    qtbot.keyClicks(view.note_edit, "about 2 cm")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.reaction_list.count() == 1
    assert "Belly, upper right: lump (nodule)" in view.reaction_list.item(0).text()
    assert "about 2 cm" in view.reaction_list.item(0).text()
    assert view.suggestion_label.text() == "Suggested next: Belly, lower left"
    assert "open reaction" in view.body_map.buttons["abdomen-upper-right"].accessibleName()

    # months later, it heals
    clock.advance(dt.timedelta(days=90))
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    assert view.reaction_list.count() == 0
    assert ctx.reactions.open_reactions() == []
    assert view.suggestion_label.text() == "Suggested next: Belly, upper right"

    # the history of a site: its injections and its reactions
    qtbot.mouseClick(view.body_map.buttons["abdomen-upper-left"], Qt.MouseButton.LeftButton)
    assert "Injections: Fri 20 Nov 2026" in view.history_label.text()
    qtbot.mouseClick(view.body_map.buttons["abdomen-upper-right"], Qt.MouseButton.LeftButton)
    history = view.history_label.text()
    assert "No injections recorded here yet." in history
    assert "Lump (nodule), noted Mon 23 Nov 2026, healed Sun 21 Feb 2027" in history


def test_switched_off_areas_are_left_out(qtbot, window, ctx):
    window.go_to("settings")
    settings = window.stack.currentWidget()
    box = settings.area_boxes["abdomen"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert ctx.settings.current.enabled_areas == ("thigh", "arm")
    window.go_to("sites")
    view = window.stack.currentWidget()
    assert view.suggestion_label.text() == "Suggested next: Left thigh"
    assert not view.body_map.buttons["abdomen-upper-left"].isVisible()


def test_reaction_with_size_and_date_then_updated(qtbot, window, ctx, clock):
    # issue 6 / rule R12: type (scab too), size in cm, date; update it; bad values refused
    from PySide6.QtCore import QDate

    window.go_to("sites")
    view = window.stack.currentWidget()
    view.site_combo.setCurrentIndex(view.site_combo.findData("thigh-left"))
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("lump"))
    qtbot.keyClicks(view.size_edit, "abc")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.size_error.message and ctx.reactions.open_reactions() == []
    view.size_edit.clear()
    qtbot.keyClicks(view.size_edit, "45")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "very large" in view.size_error.message and ctx.reactions.open_reactions() == []
    view.size_edit.clear()
    qtbot.keyClicks(view.size_edit, "2.5")
    view.date_edit.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    (reaction,) = ctx.reactions.open_reactions()
    assert reaction.size_cm == Decimal("2.5") and reaction.kind == "lump"
    assert reaction.noted_utc.date() == dt.date(2026, 11, 20)
    assert "2.5 cm" in view.reaction_list.item(0).text()
    # weeks later: smaller, and a scab
    view.reaction_list.setCurrentRow(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("scab"))
    view.size_edit.setText("1")
    qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
    (reaction,) = ctx.reactions.open_reactions()
    assert reaction.kind == "scab" and reaction.size_cm == Decimal("1")


def test_a_site_used_today_says_today_on_the_map(qtbot, window, ctx, clock):
    # The walk saw "0 d" painted on the site used that day.
    course = a_course(ctx, start=clock.now_utc().date())
    given(ctx, course, 1, site="thigh-left", given_utc=clock.now_utc(),
          ice_before=False, ice_after=False)
    window.go_to("sites")
    view = window.stack.currentWidget()
    assert view.body_map.marks["thigh-left"] == "today"
