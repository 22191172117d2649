"""Views whose features are still to come say so plainly, and what to do meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from il2desk.ui.widgets import EmptyState, heading

PLACEHOLDER_TEXT: dict[str, tuple[str, str, str]] = {
    "sites": (
        "Injection sites",
        "No injections recorded yet",
        "A body map will show where you injected, which site to use next, and any "
        "site that still has a lump or redness. It fills in as you record injections.",
    ),
}


class PlaceholderView(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, empty_title, explanation = PLACEHOLDER_TEXT[key]
        self.title = title
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        self.empty_state = EmptyState(empty_title, explanation)
        layout.addWidget(self.empty_state, 1)
