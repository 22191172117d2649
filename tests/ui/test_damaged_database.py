"""A damaged record: explained, left untouched, and the newest good backup offered."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from il2desk.app import build_context
from il2desk.storage.backup import automatic_backup
from il2desk.storage.database import DatabaseProblem
from il2desk.storage.paths import DataPaths
from il2desk.ui.problem_dialog import build_problem_box, resolve_database_problem

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def damage(path, kind: str) -> None:
    data = path.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "random":
        path.write_bytes(data[:100] + os.urandom(len(data) - 100))
    elif kind == "not_sqlite":
        path.write_text("this is a shopping list, not a record\n")
    elif kind in ("foreign", "foreign_no_id"):
        # another program's SQLite file put in its place (issue 21)
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        conn.execute(f"PRAGMA application_id = {0x50484F54 if kind == 'foreign' else 0}")
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
        conn.close()
    elif kind == "newer":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()


def make_record_with_backup(data_dir) -> DataPaths:
    ctx = build_context(data_dir, default_zone="UTC")
    ctx.settings.update_field("doctor_phone", "555 0100")
    automatic_backup(ctx.db, ctx.paths, NOW)
    ctx.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.db.close()
    # Pad the file so that damaging "most of it" reaches the data pages.
    return ctx.paths


def click_later(button_text: str) -> None:
    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button_text in button.text().replace("&", ""):
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


@pytest.mark.parametrize("kind", ["truncated", "random", "not_sqlite", "newer", "foreign",
                                  "foreign_no_id"])
def test_damaged_record_is_explained_and_a_backup_restored(qtbot, data_dir, kind):
    paths = make_record_with_backup(data_dir)
    damage(paths.database, kind)
    damaged_bytes = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        build_context(data_dir, default_zone="UTC")
    problem = caught.value
    assert paths.database.read_bytes() == damaged_bytes  # untouched
    assert problem.copy_path.read_bytes() == damaged_bytes  # and a copy kept

    box, restore_button = build_problem_box(problem, backup=None)
    assert restore_button is None
    assert "Traceback" not in box.text() + box.informativeText()
    if kind != "newer":  # the way back is named (issue 21)
        assert "File ▸ Restore a backup…" in box.text()
        assert "il2desk restore FILE" in box.text()

    click_later("Restore the backup")
    assert resolve_database_problem(problem, paths) is True
    ctx = build_context(data_dir, default_zone="UTC")
    assert ctx.settings.current.doctor_phone == "555 0100"
    ctx.db.close()


def test_closing_the_explanation_changes_nothing(qtbot, data_dir):
    paths = make_record_with_backup(data_dir)
    damage(paths.database, "truncated")
    damaged_bytes = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        build_context(data_dir, default_zone="UTC")
    click_later("Close")
    assert resolve_database_problem(caught.value, paths) is False
    assert paths.database.read_bytes() == damaged_bytes


def test_a_restore_cut_short_by_a_full_disk_says_so_and_changes_nothing(qtbot, data_dir,
                                                                       monkeypatch):
    import errno

    from il2desk.storage import backup as backup_module
    from il2desk.ui import problem_dialog

    paths = make_record_with_backup(data_dir)
    damage(paths.database, "truncated")
    damaged_bytes = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        build_context(data_dir, default_zone="UTC")
    real_copy = backup_module.shutil.copyfile

    def copy_onto_a_full_disk(source, dest, *args, **kwargs):
        if str(dest).endswith(".restoring"):
            real_copy(source, dest)
            with open(dest, "r+b") as cut:
                cut.truncate(100)  # as far as it got
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(source, dest, *args, **kwargs)

    monkeypatch.setattr(backup_module.shutil, "copyfile", copy_onto_a_full_disk)
    warnings = []
    monkeypatch.setattr(problem_dialog.QMessageBox, "warning",
                        lambda _parent, title, text: warnings.append(text))
    click_later("Restore the backup")
    assert resolve_database_problem(caught.value, paths) is False
    assert warnings and warnings[0].startswith("The disk is full: nothing was written")
    assert paths.database.read_bytes() == damaged_bytes
    assert not list(paths.root.glob(".*.restoring"))
