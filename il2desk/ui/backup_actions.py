"""File ▸ Back up…, Restore… and Export for the doctor: the record in and out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWidget

from il2desk.services.atomic_write import ExportProblem
from il2desk.services.csv_export import export_diary, export_labs
from il2desk.services.record_files import RestoreError, check_backup
from il2desk.services.translation import tr
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message


def health_warning() -> str:
    return tr("This file will hold health information. Keep it somewhere private and "
              "share it only with people you choose.")


def back_up(host: ViewHost, parent: QWidget | None) -> Path | None:
    now = host.ctx.clock.now_utc()
    suggested = Path.home() / f"il2desk-backup-{now:%Y-%m-%d}.sqlite3"
    if not host.prompter.confirm(parent, tr("Back up your record"), health_warning(),
                                 yes=tr("Continue"), no=tr("Cancel")):
        return None
    dest = host.prompter.save_path(parent, tr("Save a backup"), suggested,
                                   tr("il2desk backups (*.sqlite3)"))
    if dest is None:
        return None
    try:
        host.ctx.backups.back_up(dest)
    except (OSError, sqlite3.Error) as error:
        host.prompter.warn(parent, tr("Backup not saved"),
                           tr("The backup could not be written there ({reason}). "
                              "Please choose another folder.").format(reason=error))
        return None
    host.prompter.inform(parent, tr("Backup saved"),
                         tr("Your record was saved to {path}.").format(path=dest))
    return dest


def choose_restore(host: ViewHost, parent: QWidget | None) -> Path | None:
    """Ask for a backup file and check it. Returns it when the user confirmed."""
    source = host.prompter.open_path(parent, tr("Restore a backup"),
                                     host.ctx.paths.backups,
                                     tr("il2desk backups (*.sqlite3);;All files (*)"))
    if source is None:
        return None
    try:
        check_backup(source)
    except RestoreError as error:
        host.prompter.warn(parent, tr("Cannot restore this file"),
                           tr("{reason} Nothing was changed.").format(
                               reason=translate_message(error.message)))
        return None
    question = tr("Replace your current record with the backup {name}? Your current record "
                  "is kept as a backup first, so nothing is lost. il2desk will reopen.")
    if not host.prompter.confirm(parent, tr("Restore a backup"),
                                 question.format(name=source.name),
                                 yes=tr("Restore"), no=tr("Cancel")):
        return None
    return source


def export_for_doctor(host: ViewHost, parent: QWidget | None) -> list[Path]:
    if not host.prompter.confirm(parent, tr("Export for your doctor"), health_warning(),
                                 yes=tr("Continue"), no=tr("Cancel")):
        return []
    today = host.ctx.clock.now_utc().date().isoformat()
    written: list[Path] = []
    for title, name, export in (
        (tr("Save the side-effect diary"), f"il2desk-diary-{today}.csv", export_diary),
        (tr("Save the lab results"), f"il2desk-labs-{today}.csv", export_labs),
    ):
        dest = host.prompter.save_path(parent, title, Path.home() / name,
                                       tr("CSV files (*.csv)"))
        if dest is None:
            continue
        try:
            export(host.ctx.db, dest)
        except ExportProblem as problem:
            host.prompter.warn(parent, tr("Not saved"), translate_message(problem.message))
            continue
        written.append(dest)
    if written:
        host.prompter.inform(parent, tr("Saved"), tr("Saved: {files}").format(
            files=", ".join(str(p) for p in written)))
    return written
