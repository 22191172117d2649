"""UI fixtures: the real main window over a test data folder, with scripted answers."""

from __future__ import annotations

import pytest

from il2desk.ui.main_window import MainWindow
from il2desk.ui.prompter import ScriptedPrompter


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def window(qtbot, ctx, prompter):
    win = MainWindow(ctx, prompter=prompter)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
