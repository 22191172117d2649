"""One Alt letter per item in each menu, in English and in Spanish (issue 23: the File
menu had two items on X, so Alt+X only moved between them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from il2desk.ui.main_window import MainWindow
from tests.ui.a11y import mnemonic_of


def menu_clashes(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """For each menu of the window's menu bar: the letters more than one item uses,
    and the menu bar's own letters too (Alt+letter opens a menu)."""
    found: dict[str, dict[str, list[str]]] = {}
    bar_letters: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        bar_letters.setdefault(mnemonic_of(top.text()) or "", []).append(top.text())
        menu = top.menu()
        assert isinstance(menu, QMenu)
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            letter = mnemonic_of(action.text())
            assert letter, f"{action.text()!r} in {top.text()!r} has no Alt letter"
            letters.setdefault(letter, []).append(action.text())
        clashes = {k: v for k, v in letters.items() if len(v) > 1}
        if clashes:
            found[top.text()] = clashes
    bar_clashes = {k: v for k, v in bar_letters.items() if len(v) > 1 or not k}
    if bar_clashes:
        found["menu bar"] = bar_clashes
    return found


def test_every_menu_item_has_its_own_alt_letter(window):
    assert menu_clashes(window) == {}


@pytest.fixture
def spanish_window(qtbot, ctx, prompter, spanish):
    win = MainWindow(ctx, prompter=prompter)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_menu_item_has_its_own_alt_letter_in_spanish(spanish_window):
    assert menu_clashes(spanish_window) == {}
