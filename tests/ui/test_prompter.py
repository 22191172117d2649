"""The real yes/no question: which answer Enter and Escape give."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from il2desk.ui.prompter import QtPrompter


def answer_with(key: Qt.Key, seen: dict[str, str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not shown yet: try again in a moment
            QTimer.singleShot(10, press)
            return
        seen["default"] = box.defaultButton().text()
        QTest.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_enter_gives_the_careful_answer_by_default(qtbot):
    seen: dict[str, str] = {}
    answer_with(Qt.Key.Key_Return, seen)
    assert QtPrompter().confirm(None, "Stop?", "Stop the course?", yes="Stop",
                                no="Keep") is False
    assert seen["default"] == "Keep"


def test_enter_goes_on_where_going_on_is_the_default(qtbot):
    # The resume offer after a crash: Enter goes on with the session.
    seen: dict[str, str] = {}
    answer_with(Qt.Key.Key_Return, seen)
    assert QtPrompter().confirm(None, "Go on?", "Go on where you left off?", yes="Go on",
                                no="Stop the session", default_yes=True) is True
    assert seen["default"] == "Go on"
    answer_with(Qt.Key.Key_Escape, seen)  # Escape still stops
    assert QtPrompter().confirm(None, "Go on?", "Go on where you left off?", yes="Go on",
                                no="Stop the session", default_yes=True) is False
