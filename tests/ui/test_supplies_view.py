"""The Supplies view: vials with their state in words, counts, sharps, practice run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from il2desk.domain.course import Preparation
from il2desk.storage.supplies_repo import SupplyItem
from il2desk.storage.vial_repo import NewVial
from il2desk.ui.syringe_wizard import PageId
from tests.builders import a_course


def open_supplies(window):
    window.go_to("supplies")
    return window.stack.currentWidget()


def test_vials_listed_with_expired_marked_in_words(window, ctx, clock):
    now = clock.now_utc()
    for hours in (12, -2):
        ctx.supplies.vials.create(NewVial(
            mixed_utc=now - dt.timedelta(hours=20),
            usable_until_utc=now + dt.timedelta(hours=hours),
            zone_name="Europe/Paris", concentration_miu_per_ml=Decimal(18), doses_expected=4))
    view = open_supplies(window)
    model = view.vial_model
    assert model.rowCount() == 2
    texts = [model.data(model.index(row, 2)) for row in range(2)]
    assert any(t.startswith("EXPIRED") and "do not use" in t for t in texts)
    assert any(t.startswith("usable until") for t in texts)
    assert model.data(model.index(0, 1)) == "18 million units per mL"
    assert model.data(model.index(0, 4)) == "4"
    assert view.vial_table.isVisible()


def test_discard_a_vial(window, ctx, clock, prompter, qtbot):
    now = clock.now_utc()
    ctx.supplies.vials.create(NewVial(mixed_utc=now, usable_until_utc=now, zone_name="UTC",
                                      concentration_miu_per_ml=Decimal(18)))
    view = open_supplies(window)
    view.vial_table.selectRow(0)
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert ctx.supplies.open_vials() == []
    assert view.no_vials_label.isVisible()


def test_counts_edited_and_course_shortage_warned(window, ctx, clock):
    a_course(ctx, start=dt.date(2026, 11, 25), preparation=Preparation.VIAL)
    view = open_supplies(window)
    assert view.shortage_label.isVisible()
    assert "would run out" in view.shortage_label.message
    assert "Syringes: you have 0, it needs 10" in view.shortage_label.message
    view.spins[SupplyItem.SYRINGES].setValue(10)
    view.spins[SupplyItem.SWABS].setValue(20)
    view.spins[SupplyItem.PILLS].setValue(20)
    assert ctx.supplies.counts()[SupplyItem.SYRINGES] == 10
    assert not view.shortage_label.isVisible()
    assert "you have enough" in view.enough_label.text()


def test_full_sharps_container(window, ctx, qtbot):
    view = open_supplies(window)
    view.spins[SupplyItem.SHARPS_CAPACITY].setValue(3)
    view.spins[SupplyItem.SHARPS_USED].setValue(3)
    assert "local council" in view.sharps_label.message
    qtbot.mouseClick(view.new_container_button, Qt.MouseButton.LeftButton)
    assert ctx.supplies.counts()[SupplyItem.SHARPS_USED] == 0
    assert not view.sharps_label.isVisible()


def test_practice_run_starts_the_wizard_and_saves_nothing(window, ctx, qtbot):
    view = open_supplies(window)
    view.practice_dose.setText("0")
    qtbot.mouseClick(view.practice_button, Qt.MouseButton.LeftButton)
    assert "more than zero" in view.practice_error.message
    assert view.wizard is None
    view.practice_dose.setText("4.5")
    qtbot.mouseClick(view.practice_button, Qt.MouseButton.LeftButton)
    wizard = view.wizard
    assert wizard is not None and wizard.isVisible()
    assert "practice" in wizard.windowTitle()
    assert wizard.page_id == PageId.WASH
    wizard.draft.sharps_done = True
    wizard.finish()  # Finish: a practice run stores nothing
    assert wizard.prepared.practice and wizard.prepared.vial_id is None
    assert ctx.supplies.counts()[SupplyItem.SHARPS_USED] == 0
