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
    # What waits for the first paint (the reminder banner, the resume offer) is done.
    qtbot.waitUntil(lambda: win.start_up.done)
    return win
