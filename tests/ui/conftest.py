"""UI fixtures: the real main window over a test data folder, with scripted answers."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from il2desk.ui.main_window import MainWindow
from il2desk.ui.prompter import ScriptedPrompter
from tests.ui.translation_files import SPANISH_TS, tool


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


@pytest.fixture
def spanish(qapp, tmp_path) -> Iterator[None]:
    qm = tmp_path / "il2desk_es.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(SPANISH_TS), "-qm", str(qm)],
                   check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
