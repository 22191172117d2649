"""Small building blocks shared by views: headings, empty states, field errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def heading(text: str, *, level: int = 1) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FieldError(QLabel):
    """The message shown right under a field whose value was refused.

    It starts with a sign ("⚠") so colour is not the only signal.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4000f;")
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.setAccessibleName(message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()

    @property
    def message(self) -> str:
        """The message shown ('' when none)."""
        return "" if self.isHidden() else self.text().removeprefix("⚠ ")


class EmptyState(QWidget):
    """What a view shows before it has anything: what will be here, and how to start."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = heading(title, level=2)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation_label = paragraph(explanation)
        self.explanation_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation_label.setMaximumWidth(560)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explanation_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
