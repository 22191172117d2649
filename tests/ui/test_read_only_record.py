"""A record in a read-only place, in the window (issue 21).

The record opens read-only: a plain banner on every screen, every write refused before
it is tried (no traceback, nothing half-written), no reminder marked shown, no
migration. Whether the place is writable is asked of the system (os.access), which
says "yes" to root whatever the permissions: these tests stand for an ordinary user
by answering "no" (`place_writable`); SQLite then opens the file read-only and
refuses writes itself, so they mean the same run by root as by anyone. The real
permissions, the window's real start-up and the command line are in
tests/test_record_cases.py and tests/cli/test_read_only_places.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import sys
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from il2desk.app import build_context
from il2desk.domain.course import CoursePlan
from il2desk.services.record_files import DatabaseProblem, RecordReadOnly, explain_sqlite_error
from il2desk.storage import database
from il2desk.storage.migrations import LATEST_VERSION
from il2desk.ui.errors import install_exception_hook
from il2desk.ui.main_window import MainWindow
from il2desk.ui.prompter import ScriptedPrompter
from tests.builders import an_older_record

RECORD = "il2desk.sqlite3"


def fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def record(data_dir, clock):
    """A record holding a course from tomorrow with its reminders; the clock then moves
    on to the first dose's time, so its reminder is due."""
    ctx = build_context(data_dir, clock=clock, default_zone="UTC")
    plan = CoursePlan(start_date=clock.now_utc().date() + dt.timedelta(days=1), zone_name="UTC",
                      dose_miu=Decimal("4.5"), morning=dt.time(8, 0), evening=dt.time(20, 0))
    ctx.courses.create(plan, clock.now_utc())
    ctx.reminders.sync()
    assert ctx.reminders.repo.waiting()
    ctx.db.close()
    clock.advance(dt.timedelta(hours=23))
    return data_dir / RECORD


@pytest.fixture
def read_only(monkeypatch):
    """The system says the place cannot be written (for root too)."""
    monkeypatch.setattr(database, "place_writable", lambda _path: False)


@pytest.fixture
def ro_ctx(record, read_only, data_dir, clock):
    ctx = build_context(data_dir, clock=clock, default_zone="UTC")
    yield ctx
    ctx.db.close()


def open_window(qtbot, ctx, prompter: ScriptedPrompter | None = None) -> MainWindow:
    """The window on `ctx`, shown, with what waits for its first paint done: no step of
    it runs later, on a record the test has closed (in another test's event loop)."""
    window = MainWindow(ctx, prompter=prompter or ScriptedPrompter())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_up.done)
    return window


def test_the_window_says_plainly_that_nothing_can_be_saved(qtbot, ro_ctx):
    assert ro_ctx.read_only
    window = open_window(qtbot, ro_ctx)
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible()
    assert "read-only" in banner.text() and "nothing can be saved" in banner.text()
    for key in window.view_keys():  # on every screen, above the views
        window.go_to(key)
        assert banner.isVisible()


def test_a_writable_record_has_no_banner(qtbot, ctx):
    window = open_window(qtbot, ctx)
    assert not ctx.read_only and window.read_only_banner is None


def test_every_write_is_refused_before_it_is_tried(ro_ctx, record):
    before = fingerprint(record)
    course = ro_ctx.courses.list()[0]
    writes = [
        lambda: ro_ctx.settings.update_field("doctor_phone", "555 0199"),
        lambda: ro_ctx.course_service.set_hard_to_tolerate(course.id, True),
        lambda: ro_ctx.diary.delete(1),
        lambda: ro_ctx.course_service.clear_progress(),
    ]
    statements = []
    ro_ctx.db.conn.set_trace_callback(statements.append)
    for write in writes:
        with pytest.raises(RecordReadOnly):
            write()
    assert statements == []  # not even a BEGIN: nothing was tried
    assert ro_ctx.settings.current.doctor_phone != "555 0199"
    assert fingerprint(record) == before
    # Nothing beside it: the record was read without a journal or its index.
    assert sorted(p.name for p in record.parent.glob(f"{RECORD}*")) == [RECORD]
    # The one plain sentence every place that meets it shows (the CLI, the window).
    assert explain_sqlite_error(RecordReadOnly()).startswith(
        "Nothing was saved: your record is read-only here")


def test_a_refused_save_in_a_view_is_said_plainly_not_as_a_traceback(qtbot, ro_ctx):
    open_window(qtbot, ro_ctx)
    saved = sys.excepthook
    try:
        install_exception_hook(ro_ctx.paths.log_file)
        try:
            ro_ctx.settings.update_field("doctor_phone", "555 0199")
        except RecordReadOnly:
            sys.excepthook(*sys.exc_info())  # as from a view's slot
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert len(boxes) == 1
        assert boxes[0].text().startswith("Nothing was saved: your record is read-only")
        assert "Traceback" not in boxes[0].text() + boxes[0].informativeText()
        boxes[0].close()
    finally:
        sys.excepthook = saved


def test_a_refused_tick_is_undone_on_screen(qtbot, ro_ctx, record):
    """The Today page's "still to arrange" box: ticking it cannot be saved, so after
    the plain message the box shows the record again (unticked)."""
    from PySide6.QtWidgets import QCheckBox

    before = fingerprint(record)
    window = open_window(qtbot, ro_ctx)
    boxes = window.view("today").findChildren(QCheckBox)
    assert boxes and not boxes[0].isChecked()
    saved = sys.excepthook
    try:
        install_exception_hook(ro_ctx.paths.log_file)
        boxes[0].click()  # the refusal reaches the hook, as in the program
        messages = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        assert [m.text()[:50] for m in messages] == [
            "Nothing was saved: your record is read-only here ("]
        qtbot.waitUntil(lambda: all(not box.isChecked() for box in
                                    window.view("today").findChildren(QCheckBox)))
    finally:
        sys.excepthook = saved
        for message in QApplication.topLevelWidgets():
            if isinstance(message, QMessageBox):
                message.close()
    assert fingerprint(record) == before


def test_a_session_and_a_restore_are_refused_before_they_start(qtbot, ro_ctx, record):
    before = fingerprint(record)
    prompter = ScriptedPrompter()
    window = open_window(qtbot, ro_ctx, prompter)
    injection = ro_ctx.courses.injections(ro_ctx.courses.list()[0].id)[0]
    window.start_session(injection.id)
    assert window.session_dialog is None
    window.restore_backup()
    assert window.restore_source is None
    told = [(kind, text) for kind, _title, text in prompter.asked]
    assert [kind for kind, _text in told] == ["inform", "inform"]  # nothing else asked
    assert all("read-only here, so this cannot be saved" in text for _kind, text in told)
    assert fingerprint(record) == before


def test_reminders_are_not_marked_shown(ro_ctx, record):
    before = fingerprint(record)
    reminders = ro_ctx.reminders
    reminders.start()
    assert not reminders.running
    due = [r for r in reminders.repo.waiting() if r.due_utc <= ro_ctx.clock.now_utc()]
    assert due  # due now, but it could not be marked shown: it would come again and again
    assert reminders.check() == []
    reminders.sync()
    assert fingerprint(record) == before


def test_an_older_record_that_needs_a_migration_is_said_plainly(data_dir, read_only):
    data_dir.mkdir()
    path = data_dir / RECORD
    with an_older_record(path, LATEST_VERSION - 1):
        pass
    before = fingerprint(path)
    with pytest.raises(DatabaseProblem) as caught:
        build_context(data_dir, default_zone="UTC")
    assert caught.value.kind is database.ProblemKind.OLDER_READ_ONLY
    assert "older version of il2desk" in str(caught.value.message)
    assert "Nothing was changed" in str(caught.value.message)
    assert fingerprint(path) == before
    assert not (data_dir / "backups").exists()  # no backup before a migration either


def _crash_with_journal(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO settings (key, value) VALUES ('doctor_phone', '555 0100')")
    conn.commit()
    saved = {suffix: path.with_name(path.name + suffix).read_bytes()
             for suffix in ("", "-wal", "-shm")}
    conn.close()
    for suffix, content in saved.items():
        path.with_name(path.name + suffix).write_bytes(content)


def test_a_crash_journal_is_read_with_the_record_where_its_index_is(record, read_only,
                                                                     data_dir):
    _crash_with_journal(record)
    before = fingerprint(record)
    ctx = build_context(data_dir, default_zone="UTC")
    try:
        assert ctx.read_only
        assert ctx.settings.current.doctor_phone == "555 0100"  # the journal's save
    finally:
        ctx.db.close()
    assert fingerprint(record) == before


def test_a_crash_journal_without_its_index_stops_plainly(record, read_only, data_dir):
    """Reading it would need a new -shm beside it (a write); reading the file alone
    ("immutable") would show the record without its last saves: neither is done."""
    _crash_with_journal(record)
    record.with_name(RECORD + "-shm").unlink()
    before = fingerprint(record)
    with pytest.raises(DatabaseProblem) as caught:
        build_context(data_dir, default_zone="UTC")
    assert caught.value.kind is database.ProblemKind.READ_ONLY
    assert "read-only" in str(caught.value.message)
    assert fingerprint(record) == before
    assert not record.with_name(RECORD + "-shm").exists()


def test_a_refused_diary_entry_is_not_said_saved_and_cannot_be_undone(qtbot, ro_ctx, record):
    """Found by hand: in a read-only record, "Save entry" showed the plain refusal, but
    behind it the diary said "✓ Saved: Tiredness, mild." and offered Undo."""
    from PySide6.QtCore import Qt

    from il2desk.domain.diary import Severity
    from il2desk.ui.views.diary_form import CodeRole

    before = fingerprint(record)
    window = MainWindow(ro_ctx, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.go_to("diary")
    view = window.stack.currentWidget()
    symptoms = view.form.symptom_list
    row = next(r for r in range(symptoms.count())
               if symptoms.item(r).data(CodeRole) == "fatigue")
    symptoms.setCurrentRow(row)
    view.form.severity_buttons[Severity.MILD].click()
    saved = sys.excepthook
    try:
        install_exception_hook(ro_ctx.paths.log_file)
        qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
        messages = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        assert [m.text()[:50] for m in messages] == [
            "Nothing was saved: your record is read-only here ("]
        assert "Saved" not in view.status_label.text()
        assert not view.undo_button.isEnabled()
    finally:
        sys.excepthook = saved
        for message in QApplication.topLevelWidgets():
            if isinstance(message, QMessageBox):
                message.close()
    assert fingerprint(record) == before
