"""Helpers to drive the preparation wizard through its real buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from il2desk.ui.host import ViewHost


@pytest.fixture
def host(ctx, prompter):
    opened: list[str] = []
    h = ViewHost(ctx=ctx, show_emergency=lambda: opened.append("emergency"),
                 go_to=lambda key: opened.append(key), prompter=prompter,
                 start_session=lambda _id: None, request_restart=lambda: None)
    h.opened = opened  # type: ignore[attr-defined]
    return h


@pytest.fixture
def open_wizard(qtbot):
    def make(wizard):
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click_next(qtbot, wizard) -> None:
    button = wizard.next_button
    assert button.isEnabled(), f"Next is disabled on page {wizard.page_id}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_finish(qtbot, wizard) -> None:
    button = wizard.next_button
    assert button.isEnabled() and button.text() == "&Finish"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
