"""One guided step with a picture (wash hands, wipe the stopper, add the diluent…)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from il2desk.resources import resource
from il2desk.ui.widgets import follow_app_font, wrapping_check_box
from il2desk.ui.wizard_base import WizardPage

PICTURE_SIZE = QSize(280, 210)


def step_picture(image_name: str, description: str) -> QSvgWidget:
    """A picture from resources/images, at a fixed size (it scales cleanly)."""
    picture = QSvgWidget(str(resource("images", f"{image_name}.svg")))
    picture.setObjectName(f"picture-{image_name}")
    picture.setFixedSize(PICTURE_SIZE)
    picture.setAccessibleName(description)
    picture.setToolTip(description)
    return picture


class StepPage(WizardPage):
    """Words on the left, a picture on the right; an optional box the user must tick."""

    def __init__(self, title: str, text: str, image_name: str, picture_text: str, *,
                 confirm_text: str | None = None) -> None:
        super().__init__()
        self.image_name = image_name
        self.title = title
        row = QHBoxLayout(self)
        column = QVBoxLayout()
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        follow_app_font(self.text_label, 1.25)  # larger, and grows with the text size
        self.text_label.setAccessibleName(text)
        column.addWidget(self.text_label)
        self.confirm_box: QCheckBox | None = None
        if confirm_text is not None:
            # Its words wrap (a check box's own text is cut off at extra large text).
            row_widget, self.confirm_box = wrapping_check_box(confirm_text)
            follow_app_font(self.confirm_box.words, 1.25)  # type: ignore[attr-defined]
            self.confirm_box.toggled.connect(self.complete_changed)
            column.addWidget(row_widget)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.picture = step_picture(image_name, picture_text)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)

    def enter(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.setFocus()

    def is_complete(self) -> bool:
        return self.confirm_box is None or self.confirm_box.isChecked()


class DrawUpPage(StepPage):
    """"Draw up the dose", repeating the volume and the mark worked out just before
    (rule D3), so the patient does not have to remember them from the last page."""

    def __init__(self, state) -> None:
        super().__init__("", "", "prep-draw-up", "")
        self.state = state
        self.title = self.tr("Draw up the dose")
        picture_text = self.tr("An upside-down vial with a syringe drawing liquid")
        self.picture.setAccessibleName(picture_text)
        self.picture.setToolTip(picture_text)
        self._set_text(self._text(None))

    def _set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self.text_label.setAccessibleName(text)

    def _text(self, plan) -> str:
        if plan is None:
            return self.tr(
                "Pull the plunger back to let air in up to your mark, push the needle "
                "through the stopper and push the air into the vial. Turn the vial upside "
                "down and pull the plunger slowly back to your mark.")
        from il2desk.ui.doses import format_mark, format_volume_ml  # the user's language

        return self.tr(
            "Your mark: {0} — {1}. Pull the plunger back to let air in up to that mark, "
            "push the needle through the stopper and push the air into the vial. Turn the "
            "vial upside down and pull the plunger slowly back to {0} — {1}.").format(
                format_volume_ml(plan.rounded_volume_ml), format_mark(plan))

    def enter(self) -> None:
        self._set_text(self._text(self.state.plan))
        super().enter()
