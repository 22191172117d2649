"""Rule R13: the panel that says when to call the doctor at once, with the number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.emergency import EMERGENCY_SIGNS
from il2desk.services.settings_service import SettingsService
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import follow_app_font, name_buttons_from_text


class EmergencyPanel(QDialog):
    """Modal on top of everything (wizards included), closed with Esc or the button."""

    def __init__(
        self,
        settings: SettingsService,
        open_settings: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtCore import Qt  # here: the panel is built on first use

        super().__init__(parent)
        self._settings = settings
        self._open_settings = open_settings
        self.setWindowTitle(self.tr("Call your doctor now if…"))
        self.setObjectName("emergencyPanel")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("Call your doctor now if you have any of these:"))
        follow_app_font(title, 1.4, bold=True)
        title.setWordWrap(True)
        layout.addWidget(title)

        shown_signs = [translate_message(sign) for sign in EMERGENCY_SIGNS]
        signs = QLabel("<ul>" + "".join(f"<li>{s}</li>" for s in shown_signs) + "</ul>")
        signs.setObjectName("emergencySigns")
        signs.setWordWrap(True)
        signs.setTextFormat(Qt.TextFormat.RichText)
        signs.setAccessibleName(self.tr("Warning signs: ") + " ".join(shown_signs))
        layout.addWidget(signs)

        self.number_label = QLabel()
        self.number_label.setObjectName("emergencyNumber")
        self.number_label.setWordWrap(True)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        follow_app_font(self.number_label, 2.0, bold=True)
        layout.addWidget(self.number_label)

        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

        buttons = QDialogButtonBox()
        self.enter_number_button = QPushButton(self.tr("&Enter the doctor's number…"))
        self.enter_number_button.clicked.connect(self._go_to_settings)
        buttons.addButton(self.enter_number_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        close.setDefault(True)
        name_buttons_from_text(self.enter_number_button, close)
        settings.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        prefs = self._settings.current
        if prefs.doctor_phone:
            who = prefs.doctor_name or self.tr("Your doctor")
            self.number_label.setText(
                self.tr("{who}: {phone}").format(who=who, phone=prefs.doctor_phone))
            self.hint_label.setText(
                self.tr("If you cannot reach your doctor, call your local emergency number.")
            )
            self.enter_number_button.setVisible(False)
        else:
            self.number_label.setText(self.tr("No emergency number saved yet."))
            self.hint_label.setText(self.tr(
                "Ask your doctor for an emergency number and save it in Settings, so it "
                "is here when you need it. Until then, call your local emergency number."
            ))
            self.enter_number_button.setVisible(self._open_settings is not None)
        self.number_label.setAccessibleName(self.number_label.text())

    def _go_to_settings(self) -> None:
        self.accept()
        if self._open_settings is not None:
            self._open_settings()

    def present(self) -> None:
        """Show at once, on top (safe to call when already open)."""
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
