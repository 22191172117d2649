"""Help ▸ About il2desk: version, licence, "not medical advice", and where the data is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from il2desk import APP_NAME, version
from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.icons import app_icon
from il2desk.ui.prompter import Prompter
from il2desk.ui.widgets import heading, paragraph

# The SPDX id in pyproject.toml (tests/packaging checks they agree).
LICENCE_ID = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def open_folder_with_desktop(folder: Path) -> bool:
    """Show a folder in the desktop's file manager; False when none answered."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """What il2desk is, which version, under which licence, and where the record lives."""

    def __init__(
        self,
        data_folder: Path,
        *,
        show_emergency: Callable[[], None],
        prompter: Prompter,
        open_folder: Callable[[Path], bool] = open_folder_with_desktop,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_folder = data_folder
        self._prompter = prompter
        self._open_folder = open_folder
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About il2desk"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)

        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
        icon.setAccessibleName(self.tr("il2desk icon"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(heading(APP_NAME))
        self.version_label = paragraph(self.tr("Version {version}").format(version=version()))
        self.version_label.setObjectName("aboutVersion")
        titles.addWidget(self.version_label)
        titles.addWidget(paragraph(self.tr(
            "A companion for people who inject interleukin-2 at home.")))
        top.addLayout(titles, 1)
        layout.addLayout(top)

        self.advice_label = paragraph(self.tr(
            "<b>This is not medical advice.</b> il2desk only helps you keep to the plan "
            "your doctor gave you. Always follow your doctor's instructions. If il2desk "
            "and your doctor say different things, do what your doctor says."))
        self.advice_label.setObjectName("aboutAdvice")
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setAccessibleName(self.tr(
            "This is not medical advice. Always follow your doctor's instructions."))
        layout.addWidget(self.advice_label)

        self.licence_label = paragraph(self.tr(
            "il2desk is free software under the GNU General Public License, version 3 or "
            "later ({licence}). You may share and change it under those terms. It comes "
            "with no warranty. <a href=\"{url}\">Read the licence</a>.").format(
                licence=LICENCE_ID, url=LICENCE_URL))
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setTextFormat(Qt.TextFormat.RichText)
        self.licence_label.setOpenExternalLinks(True)
        self.licence_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.licence_label)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)

        folder_box = QVBoxLayout()
        folder_box.setSpacing(4)
        folder_box.addWidget(paragraph(self.tr(
            "Your record is kept only on this computer, in this folder:")))
        self.folder_label = paragraph(str(data_folder))
        self.folder_label.setObjectName("aboutDataFolder")
        self.folder_label.setAccessibleName(
            self.tr("Data folder: {folder}").format(folder=data_folder))
        folder_font = self.folder_label.font()
        folder_font.setBold(True)
        self.folder_label.setFont(folder_font)
        folder_box.addWidget(self.folder_label)
        layout.addLayout(folder_box)

        layout.addSpacing(8)
        buttons = QHBoxLayout()
        # Emergency on the left, apart from the ordinary buttons (rule R13).
        self.emergency_button = make_emergency_button(show_emergency)
        buttons.addWidget(self.emergency_button)
        buttons.addStretch(1)
        self.open_folder_button = QPushButton(self.tr("&Open the data folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.addWidget(self.open_folder_button)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        install_emergency_shortcut(self, show_emergency)  # rule R13: one key away here too
        self.close_button.setFocus()

    def open_data_folder(self) -> None:
        if not self._open_folder(self._data_folder):
            self._prompter.inform(
                self, self.tr("Data folder"),
                self.tr("No file manager answered. Your record is in this folder: "
                        "{folder}").format(folder=self._data_folder))
