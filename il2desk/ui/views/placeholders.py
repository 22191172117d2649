"""Views whose features are still to come say so plainly, and what to do meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from il2desk.ui.widgets import EmptyState, heading

PLACEHOLDER_TEXT: dict[str, tuple[str, str, str]] = {
    "sites": (
        QT_TRANSLATE_NOOP("PlaceholderView", "Injection sites"),
        QT_TRANSLATE_NOOP("PlaceholderView", "No injections recorded yet"),
        QT_TRANSLATE_NOOP(
            "PlaceholderView", "A body map will show where you injected, which site to use "
            "next, and any site that still has a lump or redness. It fills in as you record "
            "injections."),
    ),
    "diary": (
        QT_TRANSLATE_NOOP("PlaceholderView", "Side-effect diary"),
        QT_TRANSLATE_NOOP("PlaceholderView", "No diary entries yet"),
        QT_TRANSLATE_NOOP(
            "PlaceholderView", "Here you will note how you feel during a course: fever, "
            "chills, tiredness and more, with how strong it was. Diary entry comes in a later "
            "version. If you feel very unwell, use the red Emergency signs button at the top."),
    ),
    "labs": (
        QT_TRANSLATE_NOOP("PlaceholderView", "Lab results"),
        QT_TRANSLATE_NOOP("PlaceholderView", "No lab results yet"),
        QT_TRANSLATE_NOOP(
            "PlaceholderView", "Your CD4 counts and viral load will be listed here with a "
            "chart over time. Entering lab results comes in a later version of il2desk."),
    ),
}


class PlaceholderView(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, empty_title, explanation = (QCoreApplication.translate("PlaceholderView", text)
                                           for text in PLACEHOLDER_TEXT[key])
        self.title = title
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        self.empty_state = EmptyState(empty_title, explanation)
        layout.addWidget(self.empty_state, 1)
