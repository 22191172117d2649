"""Views whose features are still to come say so plainly, and what to do meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from il2desk.ui.widgets import EmptyState, heading

PLACEHOLDER_TEXT: dict[str, tuple[str, str, str]] = {
    "today": (
        "Today",
        "Nothing planned yet",
        "This page will show what comes next: your next injection, when to take the "
        "pre-treatment and the ice pack, and which injection of the course it is. "
        "Planning a course comes in the next version of il2desk. Meanwhile, put your "
        "doctor's emergency number in Settings.",
    ),
    "courses": (
        "Courses",
        "No courses yet",
        "Your courses will be listed here: dates, dose, and how many injections were "
        "done. Planning a course comes in the next version of il2desk.",
    ),
    "diary": (
        "Side-effect diary",
        "No diary entries yet",
        "Here you will note how you feel during a course: fever, chills, tiredness "
        "and more, with how strong it was. Diary entry comes in a later version. If "
        "you feel very unwell, use the red Emergency signs button at the top.",
    ),
    "labs": (
        "Lab results",
        "No lab results yet",
        "Your CD4 counts and viral load will be listed here with a chart over time. "
        "Entering lab results comes in a later version of il2desk.",
    ),
    "supplies": (
        "Supplies",
        "No supplies tracked yet",
        "Mixed vials, syringes, alcohol swabs and pre-treatment pills will be counted "
        "here, with a warning before a course would run out. This comes in a later "
        "version of il2desk.",
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
