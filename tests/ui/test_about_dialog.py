"""Help ▸ About il2desk, driven through the real window and dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from il2desk import __version__
from il2desk.ui.about_dialog import LICENCE_ID, AboutDialog


def open_about(window, qtbot) -> AboutDialog:
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_is_in_the_help_menu(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_action in help_menu.actions()
    assert window.about_action.text() == "&About il2desk"


def test_about_shows_version_licence_advice_and_data_folder(window, qtbot, ctx):
    dialog = open_about(window, qtbot)
    assert dialog.isVisible()
    assert dialog.version_label.text() == f"Version {__version__}"
    assert LICENCE_ID in dialog.licence_label.text()
    advice = dialog.advice_label.text()
    assert "not medical advice" in advice
    assert "follow your doctor's instructions" in advice
    assert dialog.folder_label.text() == str(ctx.paths.root)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_open_folder_button_opens_the_data_folder(qtbot, ctx, prompter):
    opened: list[Path] = []
    dialog = AboutDialog(ctx.paths.root, show_emergency=lambda: None, prompter=prompter,
                         open_folder=lambda folder: opened.append(folder) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [ctx.paths.root]
    assert prompter.asked == []


def test_open_folder_without_file_manager_says_where_the_folder_is(qtbot, ctx, prompter):
    dialog = AboutDialog(ctx.paths.root, show_emergency=lambda: None, prompter=prompter,
                         open_folder=lambda _folder: False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_folder_button.setFocus()
    qtbot.keyClick(dialog.open_folder_button, Qt.Key.Key_Space)
    assert len(prompter.asked) == 1
    kind, _title, text = prompter.asked[0]
    assert kind == "inform"
    assert str(ctx.paths.root) in text


def test_emergency_is_one_click_or_key_away_from_about(window, qtbot):
    # rule R13: the emergency panel is reachable from every dialog
    dialog = open_about(window, qtbot)
    qtbot.mouseClick(dialog.emergency_button, Qt.MouseButton.LeftButton)
    assert window.emergency_panel.isVisible()
    window.emergency_panel.close()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.emergency_panel.isVisible()
    window.emergency_panel.close()
    dialog.close()


def test_about_widgets_have_accessible_names(window, qtbot):
    dialog = open_about(window, qtbot)
    for button in (dialog.open_folder_button, dialog.emergency_button, dialog.close_button):
        assert button.accessibleName()
    dialog.close()
