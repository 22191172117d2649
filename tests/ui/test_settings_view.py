"""Settings typed into the real form are saved at once and come back after a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from il2desk.ui.main_window import MainWindow


def open_settings(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.start_up.done)  # before the test closes the record
    win.go_to("settings")
    return win, win.stack.currentWidget()


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_settings_saved_and_reloaded_after_restart(qtbot, make_ctx):
    ctx = make_ctx()
    win, view = open_settings(qtbot, ctx)
    type_into(qtbot, view.doctor_name, "Dr. Rivera")
    type_into(qtbot, view.doctor_phone, "+34 600 123 456")
    type_into(qtbot, view.morning_time, "07:00")
    type_into(qtbot, view.evening_time, "19:30")
    view.pretreatment_lead.setValue(45)
    view.ice_before.setValue(15)
    view.time_zone.setCurrentText("America/New_York")
    view.time_zone.lineEdit().editingFinished.emit()
    assert "Saved" in view.saved_label.text()
    win.close()
    ctx.db.close()

    ctx2 = make_ctx()
    _win2, view2 = open_settings(qtbot, ctx2)
    assert view2.doctor_name.text() == "Dr. Rivera"
    assert view2.doctor_phone.text() == "+34 600 123 456"
    assert view2.morning_time.text() == "07:00"
    assert view2.evening_time.text() == "19:30"
    assert view2.pretreatment_lead.value() == 45
    assert view2.ice_before.value() == 15
    assert view2.time_zone.currentText() == "America/New_York"
    assert ctx2.settings.current.evening_time == dt.time(19, 30)


def test_bad_values_refused_next_to_the_field(qtbot, make_ctx):
    ctx = make_ctx()
    _win, view = open_settings(qtbot, ctx)
    type_into(qtbot, view.doctor_phone, "call the clinic")
    assert "digits" in view.field_error("doctor_phone")
    assert view.errors["doctor_phone"].isVisible()
    type_into(qtbot, view.evening_time, "12:00")
    assert "8 hours" in view.field_error("evening_time")
    type_into(qtbot, view.morning_time, "7h61")
    assert view.field_error("morning_time")
    view.time_zone.setCurrentText("Atlantis/Capital")
    view.time_zone.lineEdit().editingFinished.emit()
    assert "time zone" in view.field_error("time_zone")
    # nothing was stored
    prefs = ctx.settings.current
    assert prefs.doctor_phone == ""
    assert prefs.evening_time == dt.time(20, 0)
    assert prefs.time_zone == "Europe/Paris"
    # fixing the value clears the message
    type_into(qtbot, view.doctor_phone, "555 0100")
    assert view.field_error("doctor_phone") == ""


def test_separate_ice_prompt_and_start_at_login(qtbot, make_ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    ctx = make_ctx()
    _win, view = open_settings(qtbot, ctx)
    if not ctx.autostart.supported:
        pytest.skip("start at login is for Linux")
    qtbot.mouseClick(view.separate_ice, Qt.MouseButton.LeftButton)
    assert ctx.settings.current.separate_ice_prompt is True
    qtbot.mouseClick(view.start_at_login, Qt.MouseButton.LeftButton)
    entry = tmp_path / "cfg" / "autostart" / "org.il2desk.Il2desk.desktop"
    assert entry.exists() and ctx.settings.current.start_at_login is True
    qtbot.mouseClick(view.start_at_login, Qt.MouseButton.LeftButton)
    assert not entry.exists() and ctx.settings.current.start_at_login is False


def test_start_at_login_says_not_on_this_system(qtbot, ctx):
    from il2desk.services.autostart import Autostart
    from il2desk.ui.views.settings_view import SettingsView

    view = SettingsView(ctx.settings, autostart=Autostart(["il2desk"], platform="win32"))
    qtbot.addWidget(view)
    assert not view.start_at_login.isEnabled()
    assert "not available on this system" in view.start_at_login_note.text()


def test_injection_areas_and_recent_sites(qtbot, make_ctx):
    # rule R12: areas can be switched off, but not all of them
    ctx = make_ctx()
    win, view = open_settings(qtbot, ctx)
    view.area_boxes["arm"].setChecked(False)
    view.area_boxes["thigh"].setChecked(False)
    assert ctx.settings.current.enabled_areas == ("abdomen",)
    view.area_boxes["abdomen"].setChecked(False)
    assert "at least one" in view.field_error("enabled_areas")
    assert view.area_boxes["abdomen"].isChecked()  # the tick is put back
    assert ctx.settings.current.enabled_areas == ("abdomen",)
    view.avoid_recent.setValue(2)
    assert ctx.settings.current.avoid_recent_sites == 2
    view.area_boxes["arm"].setChecked(True)
    assert view.field_error("enabled_areas") == ""
    win.close()
    ctx.db.close()
    ctx2 = make_ctx()
    assert ctx2.settings.current.enabled_areas == ("abdomen", "arm")
    assert ctx2.settings.current.avoid_recent_sites == 2
