"""The one pattern of the three wizards (ui/wizard_base.py, issue 18 §3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QVBoxLayout

from il2desk.ui.wizard_base import Wizard, WizardPage


class Step(WizardPage):
    """A page with one box; Next waits for it when `needs_tick`."""

    def __init__(self, name: str, log: list[str], *, needs_tick: bool = False) -> None:
        super().__init__()
        self.title = name
        self.log = log
        self.needs_tick = needs_tick
        self.box = QCheckBox(name)
        QVBoxLayout(self).addWidget(self.box)
        self.box.toggled.connect(self.complete_changed)

    def enter(self) -> None:
        self.log.append(f"enter {self.title}")

    def leave(self) -> None:
        self.log.append(f"leave {self.title}")

    def commit(self) -> bool:
        self.log.append(f"commit {self.title}")
        return True

    def is_complete(self) -> bool:
        return self.box.isChecked() or not self.needs_tick


class Branching(Wizard):
    """a → (b, or c when a's box is ticked) → end."""

    def __init__(self, host, log: list[str]) -> None:
        super().__init__(host)
        self.a, self.b, self.c = (self.add_page(Step(name, log)) for name in "abc")
        self.finished_with: list[str] = []
        self.start()

    def next_index(self, index: int) -> int | None:
        if index == 0:
            return 2 if self.a.box.isChecked() else 1
        return None

    def finish(self) -> None:
        self.finished_with.append(self.page.title)
        super().finish()


@pytest.fixture
def shown(qtbot):
    def show(wizard: Wizard) -> Wizard:
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard
    return show


def test_pages_are_told_when_they_come_and_go_and_back_follows_the_way_taken(host, shown,
                                                                            qtbot):
    log: list[str] = []
    wizard = shown(Branching(host, log))
    assert wizard.step_label.text() == "a" and not wizard.back_button.isEnabled()
    assert wizard.next_button.text() == "&Next"
    wizard.a.box.setChecked(True)  # the way to c
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page is wizard.c and wizard.next_button.text() == "&Finish"
    assert wizard.next_button.accessibleName() == "Finish"
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.page is wizard.a  # not b: Back goes the way it came
    assert log == ["enter a", "commit a", "leave a", "enter c", "leave c", "enter a"]
    wizard.a.box.setChecked(False)
    wizard.next()
    assert wizard.page is wizard.b
    with qtbot.waitSignal(wizard.accepted):
        wizard.next()
    assert wizard.finished_with == ["b"] and wizard.result() == QDialog.DialogCode.Accepted


def test_next_waits_for_a_complete_page(host, shown):
    log: list[str] = []
    wizard = Wizard(host)
    page = wizard.add_page(Step("only", log, needs_tick=True))
    wizard.start()
    shown(wizard)
    assert not wizard.next_button.isEnabled()
    wizard.next()  # (Enter on the page) does nothing either
    assert "commit only" not in log
    page.box.setChecked(True)
    assert wizard.next_button.isEnabled()


def test_the_new_step_has_the_keyboard_focus_unless_the_wizard_keeps_it(host, shown, qtbot):
    log: list[str] = []
    wizard = shown(Branching(host, log))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next()
    assert QApplication.focusWidget() is wizard.b.box

    class KeepsFocus(Branching):
        focus_first_control = False

    other = shown(KeepsFocus(host, log))
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    other.next_button.setFocus()
    other.next()
    assert QApplication.focusWidget() is other.next_button


def test_emergency_button_and_ctrl_e_on_every_wizard(qtbot, ctx, prompter, shown):
    from il2desk.ui.host import ViewHost

    opened: list[str] = []
    host = ViewHost(ctx=ctx, show_emergency=lambda: opened.append("panel"),
                    go_to=lambda _key: None, prompter=prompter,
                    start_session=lambda _id: None, request_restart=lambda: None)
    wizard = shown(Branching(host, []))
    qtbot.mouseClick(wizard.emergency_button, Qt.MouseButton.LeftButton)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(wizard.page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["panel", "panel"]  # rule R13
