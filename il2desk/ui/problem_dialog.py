"""Telling the user their record file could not be opened, and where the copy is."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from il2desk.storage.database import DatabaseProblem


def build_problem_box(problem: DatabaseProblem) -> QMessageBox:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("il2desk cannot open your record")
    box.setText(problem.message)
    box.setInformativeText(
        "il2desk will not write to this file, so nothing more can be lost. "
        f"The file is {problem.path}."
    )
    open_folder = box.addButton("Open the folder", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    folder = (problem.copy_path or problem.path).parent
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    )
    return box


def show_database_problem(problem: DatabaseProblem) -> None:
    build_problem_box(problem).exec()
