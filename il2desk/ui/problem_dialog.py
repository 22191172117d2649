"""Telling the user their record file could not be opened, and offering a way out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from il2desk.services.record_files import (
    BackupFile,
    DatabaseProblem,
    DataPaths,
    RestoreError,
    is_disk_full,
    newest_good_backup,
    restore,
)
from il2desk.services.translation import LONG_DAY_AND_TIME, date_text, tr
from il2desk.ui.i18n import translate_message


def build_problem_box(problem: DatabaseProblem,
                      backup: BackupFile | None) -> tuple[QMessageBox, QPushButton | None]:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("il2desk cannot open your record"))
    box.setText(translate_message(problem.message))
    info = tr("il2desk will not write to this file, so nothing more can be lost. "
              "The file is {path}.").format(path=problem.path)
    restore_button = None
    if not problem.untrusted:
        # A full disk or a read-only folder: the record is sound, a backup would not
        # help (and could not be written there).
        info = tr("il2desk has not changed anything. The file is {path}.").format(
            path=problem.path)
    elif backup is not None:
        when = date_text(backup.taken_utc.astimezone(), LONG_DAY_AND_TIME)
        info += " " + tr("The newest good backup is from {when}. Restoring it brings back "
                         "everything saved up to then.").format(when=when)
        restore_button = box.addButton(tr("&Restore the backup from {when}").format(when=when),
                                       QMessageBox.ButtonRole.AcceptRole)
    else:
        info += " " + tr("There is no backup to restore. Please keep the copy and ask "
                         "someone you trust for help.")
    box.setInformativeText(info)
    open_folder = box.addButton(tr("&Open the folder"), QMessageBox.ButtonRole.ActionRole)
    folder = (problem.copy_path or problem.path).parent
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    )
    box.addButton(QMessageBox.StandardButton.Close)
    return box, restore_button


def resolve_database_problem(problem: DatabaseProblem, paths: DataPaths) -> bool:
    """Explain; return True when the user restored a good backup (open it next)."""
    while True:
        backup = newest_good_backup(paths) if problem.untrusted else None
        box, restore_button = build_problem_box(problem, backup)
        box.exec()
        clicked = box.clickedButton()
        if restore_button is None or clicked is not restore_button:
            # "Open the folder" closes the box too: show it again unless it was Close.
            if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.ActionRole:
                continue
            return False
        try:
            restore(backup.path, paths, dt.datetime.now(dt.UTC))
        except (RestoreError, OSError) as error:
            if is_disk_full(error):
                text = tr("The disk is full: nothing was written, and your record was not "
                          "changed. Please free some space and try again.")
            elif isinstance(error, OSError):
                text = tr("The backup could not be restored ({reason}). Your record was "
                          "not changed.").format(reason=error.strerror or error)
            else:
                text = translate_message(error.message)
            QMessageBox.warning(None, tr("Restore failed"), text)
            return False
        return True
