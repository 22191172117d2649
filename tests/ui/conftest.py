"""UI fixtures: the real main window over a test data folder, with scripted answers."""

from __future__ import annotations

import pytest

from il2desk.ui.main_window import MainWindow
from il2desk.ui.prompter import ScriptedPrompter


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """English plural forms ("1 hour", "2 hours"), as the app installs them in English."""
    from PySide6.QtCore import QTranslator

    from il2desk.resources import resource

    translator = QTranslator()
    assert translator.load(str(resource("i18n", "il2desk_en.qm")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


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
