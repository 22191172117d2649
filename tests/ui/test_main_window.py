"""The window shell, driven through real widgets with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from il2desk.domain.emergency import EMERGENCY_SIGNS
from il2desk.ui.navigation import VIEWS


def test_navigation_shows_every_view(window, qtbot):
    assert window.view_keys() == ["today", "courses", "sites", "diary", "labs", "supplies",
                                  "settings"]
    for row, spec in enumerate(VIEWS):
        window.nav.setCurrentRow(row)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.view(spec.key)
        assert window.stack.currentWidget().isVisible()


def test_keyboard_shortcuts_switch_views(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "today"


def test_views_are_built_lazily(window):
    # Only the first view exists after start-up: the window comes up fast.
    stack = window.stack
    built = {stack.widget(i).objectName() for i in range(stack.count())} - {""}
    assert built == {"view-today"}


def test_empty_views_say_what_will_appear(window):
    # Sites (the body map) and Supplies (the counts) have content from the start.
    for key in ("today", "courses", "diary", "labs"):
        window.go_to(key)
        view = window.stack.currentWidget()
        text = view.empty_state.explanation_label.text()
        assert len(text) > 40


@pytest.mark.parametrize("key", [spec.key for spec in VIEWS])
def test_emergency_panel_from_every_view_by_button(window, qtbot, key):
    # rule R13: reachable from every screen
    window.go_to(key)
    qtbot.mouseClick(window.emergency_button, Qt.MouseButton.LeftButton)
    panel = window.emergency_panel
    assert panel.isVisible()
    text = panel.findChild(type(panel.number_label), "emergencySigns").text()
    for sign in EMERGENCY_SIGNS:
        assert str(sign) in text
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()


@pytest.mark.parametrize("key", [spec.key for spec in VIEWS])
def test_emergency_panel_from_every_view_by_shortcut(window, qtbot, key):
    window.go_to(key)
    window.activateWindow()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.emergency_panel.isVisible()
    window.emergency_panel.close()


def test_emergency_panel_prompts_for_number_then_shows_it(window, qtbot):
    window.show_emergency()
    panel = window.emergency_panel
    assert "No emergency number" in panel.number_label.text()
    assert panel.enter_number_button.isVisible()
    qtbot.mouseClick(panel.enter_number_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert window.current_key() == "settings"
    settings = window.stack.currentWidget()
    settings.doctor_phone.setFocus()
    qtbot.keyClicks(settings.doctor_phone, "+1 555 0100")
    qtbot.keyClick(settings.doctor_phone, Qt.Key.Key_Return)
    window.show_emergency()
    assert "+1 555 0100" in panel.number_label.text()
    assert not panel.enter_number_button.isVisible()
    # Closed again as the user would: a modal panel left open would keep the next
    # test's window from becoming the active one.
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()
