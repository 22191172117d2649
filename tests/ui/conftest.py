"""UI fixtures: the real main window over a test data folder, with scripted answers."""

from __future__ import annotations

import pytest

from il2desk.ui.host import ViewHost
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
def host(ctx, prompter) -> ViewHost:
    """What a view or a wizard may ask of the window, without a window."""
    return ViewHost(ctx=ctx, show_emergency=lambda: None, go_to=lambda _key: None,
                    prompter=prompter, start_session=lambda _id: None,
                    request_restart=lambda: None)


@pytest.fixture
def window(qtbot, ctx, prompter):
    win = MainWindow(ctx, prompter=prompter)
    qtbot.addWidget(win)
    win.show()
    # What waits for the first paint (the reminder banner, the resume offer) is done.
    qtbot.waitUntil(lambda: win.start_up.done)
    return win
