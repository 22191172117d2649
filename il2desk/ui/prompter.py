"""The one seam for questions, messages and file choosers.

Views ask through `host.prompter`, never through QMessageBox/QFileDialog directly, so
tests answer with `ScriptedPrompter` instead of patching Qt.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class Prompter(Protocol):
    def confirm(self, parent: QWidget | None, title: str, text: str, *,
                yes: str = "Yes", no: str = "No", default_yes: bool = False) -> bool: ...

    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def save_path(self, parent: QWidget | None, title: str, suggested: Path,
                  file_filter: str) -> Path | None: ...

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None: ...

    def open_path(self, parent: QWidget | None, title: str, directory: Path,
                  file_filter: str) -> Path | None: ...


class QtPrompter:
    """The real dialogs (their classes are imported when one opens: start-up speed)."""

    def confirm(self, parent, title, text, *, yes="Yes", no="No", default_yes=False) -> bool:
        """Yes or no; Enter gives "no" (the careful answer) unless `default_yes` says
        that "yes" is (going on with a session loses nothing); Escape always gives "no".
        """
        # The defaults are English words; the callers' own labels arrive translated.
        if yes == "Yes":
            yes = QCoreApplication.translate("Prompter", "Yes")
        if no == "No":
            no = QCoreApplication.translate("Prompter", "No")
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def inform(self, parent, title, text) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warn(self, parent, title, text) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def ask_text(self, parent, title, label) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    def save_path(self, parent, title, suggested, file_filter) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def open_path(self, parent, title, directory, file_filter) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, title, str(directory), file_filter)
        return Path(name) if name else None


class ScriptedPrompter:
    """For tests: answers from queues and remembers what was asked."""

    def __init__(self) -> None:
        self.confirm_answers: deque[bool] = deque()
        self.paths: deque[Path | None] = deque()
        self.texts: deque[str | None] = deque()
        self.asked: list[tuple[str, str, str]] = []
        self.defaults: list[bool] = []  # each confirm's default_yes, in order

    def confirm(self, parent, title, text, *, yes="Yes", no="No", default_yes=False) -> bool:
        self.asked.append(("confirm", title, text))
        self.defaults.append(default_yes)
        if not self.confirm_answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.confirm_answers.popleft()

    def inform(self, parent, title, text) -> None:
        self.asked.append(("inform", title, text))

    def warn(self, parent, title, text) -> None:
        self.asked.append(("warn", title, text))

    def ask_text(self, parent, title, label) -> str | None:
        self.asked.append(("ask_text", title, label))
        if not self.texts:
            raise AssertionError(f"unexpected question: {title}: {label}")
        return self.texts.popleft()

    def save_path(self, parent, title, suggested, file_filter) -> Path | None:
        self.asked.append(("save_path", title, str(suggested)))
        return self.paths.popleft() if self.paths else None

    def open_path(self, parent, title, directory, file_filter) -> Path | None:
        self.asked.append(("open_path", title, str(directory)))
        return self.paths.popleft() if self.paths else None
