"""The window first, the rest right after (issue 11: start-up speed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from il2desk.app import build_context
from il2desk.ui import start_up
from il2desk.ui.navigation import VIEWS
from il2desk.ui.start_up import AfterFirstPaint
from il2desk.ui.widgets import ALIGN_CENTER, TEXT_SELECTABLE_BY_MOUSE, EmptyState, paragraph

ROOT = Path(__file__).resolve().parents[2]


def test_steps_run_in_order_after_the_first_paint(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    steps = AfterFirstPaint(window, [lambda: ran.append("one"), lambda: ran.append("two")])
    assert ran == []  # nothing before the window is up
    with qtbot.waitSignal(steps.finished, timeout=3000):
        window.show()
    assert ran == ["one", "two"] and steps.done


def test_a_failing_step_is_reported_and_the_next_ones_still_run(qtbot, monkeypatch):
    reported: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(kind))
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("a broken step")

    steps = AfterFirstPaint(window, [broken, lambda: ran.append("reminders")])
    with qtbot.waitSignal(steps.finished, timeout=3000):
        window.show()
    assert reported == [RuntimeError]
    assert ran == ["reminders"]  # the reminders still start


def test_steps_run_even_if_the_window_is_never_painted(qtbot, monkeypatch):
    monkeypatch.setattr(start_up, "FALLBACK_MS", 50)
    window = QWidget()  # never shown: no paint comes
    qtbot.addWidget(window)
    ran: list[str] = []
    steps = AfterFirstPaint(window, [lambda: ran.append("reminders")])
    with qtbot.waitSignal(steps.finished, timeout=3000):
        pass
    assert ran == ["reminders"]


def test_the_numbers_set_through_the_property_system_are_qts_own(qtbot):
    """ui/widgets.py sets these by number, to keep `Qt` out of the first paint."""
    assert Qt.AlignmentFlag.AlignCenter.value == ALIGN_CENTER
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == TEXT_SELECTABLE_BY_MOUSE
    empty = EmptyState("Nothing yet", "How to start")
    qtbot.addWidget(empty)
    assert empty.title_label.alignment() == Qt.AlignmentFlag.AlignCenter
    label: QLabel = paragraph("Some words")
    qtbot.addWidget(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


# Run in a fresh process: what is loaded by the time the first window is painted.
_PROBE = """
import json, sys
import PySide6.QtCore as QtCore
import il2desk.ui.first_paint as first_paint
from il2desk.__main__ import main

report = first_paint.FirstPaintProbe._report_and_quit

def at_paint(self):
    loaded = sorted(sys.modules) + (["<Qt namespace>"] if "Qt" in vars(QtCore) else [])
    print(json.dumps(loaded), flush=True)
    report(self)

first_paint.FirstPaintProbe._report_and_quit = at_paint
quit_after_start_up = first_paint.FirstPaintProbe._quit

def at_quit(self):
    import gc
    from PySide6.QtWidgets import QApplication
    from il2desk.ui.main_window import MainWindow
    print("garbage collection on:", gc.isenabled(), flush=True)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print("reminder banner:", window.reminder_banner is not None,
          "reminders running:", window.ctx.reminders.running, flush=True)
    quit_after_start_up(self)

first_paint.FirstPaintProbe._quit = at_quit
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# Heavy, and not needed to show the first window: each would cost milliseconds or
# megabytes of every start. (Light modules, such as `dataclasses`, are not listed.)
NOT_BEFORE_THE_FIRST_PAINT = (
    "<Qt namespace>",  # ~15 ms: PySide builds all of its enums at once
    "PySide6.QtPrintSupport",  # printing the checklist and the visit report
    "PySide6.QtNetwork",  # the single-instance socket listens after the paint
    "PySide6.QtDBus",  # desktop notifications are looked up after the paint
    "PySide6.QtSvg",  # the body map
    "icalendar",  # the calendar export
    "hashlib",  # loads OpenSSL (memory)
    "logging.handlers",  # the log file opens at the first record
    "il2desk.services.checklist",  # the PDF writers
    "il2desk.services.visit_report",
    "il2desk.services.reminder_service",  # the reminders start after the paint
    "il2desk.ui.reminder_banner",
    "il2desk.ui.tray",
    "il2desk.ui.course_wizard.wizard",
    "il2desk.ui.syringe_wizard",
    "il2desk.storage.backup",
    # the views not shown: each is built the first time it is opened
    *(f"il2desk.ui.views.{spec.key}_view" for spec in VIEWS if spec.key != "today"),
)


@pytest.mark.timeout(60)
def test_the_first_window_is_painted_before_what_it_does_not_show(tmp_path):
    # A record that exists already (a first start also logs its migrations).
    build_context(tmp_path / "data", default_zone="UTC").db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IL2DESK_QUIT_AFTER_PAINT="1",
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "data")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.splitlines()[0]))
    assert "il2desk.ui.views.today_view" in loaded  # the first window really was built
    early = sorted(name for name in NOT_BEFORE_THE_FIRST_PAINT if name in loaded)
    assert early == [], f"loaded before the first paint: {early}"
    assert "il2desk-first-paint" in result.stdout  # and then the start-up went on
    # Collection pauses while starting (__main__.py) and is on again after the steps.
    assert "garbage collection on: True" in result.stdout
    # and the steps after the paint did run: reminders are on, with their banner.
    assert "reminder banner: True reminders running: True" in result.stdout


@pytest.mark.timeout(60)
def test_the_instruction_count_stops_right_at_the_first_paint(tmp_path):
    # tests/bench/count_instructions.py: the marker, then the process ends at once,
    # before the start-up steps and the clean-up. The lock file of the single-instance
    # check shows it: a normal exit removes it; this one leaves it behind (a dead
    # process's lock, which the next start takes over).
    build_context(tmp_path / "data", default_zone="UTC").db.close()
    lock = tmp_path / "data" / "il2desk.lock"
    for mode, lock_left in (("1", False), ("exit", True)):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IL2DESK_QUIT_AFTER_PAINT=mode,
                   PYTHONPATH=str(ROOT))
        result = subprocess.run([sys.executable, "-m", "il2desk", "--data-dir",
                                 str(tmp_path / "data")], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["il2desk-first-paint"]
        assert lock.exists() == lock_left, mode
