"""Desktop notifications reach a strict freedesktop server with the right types."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from il2desk.services.notifier import RecordingNotifier, gvariant_string, notify_command

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = Path("/usr/bin/python3")


def test_gvariant_string_escapes():
    assert gvariant_string("it's") == "'it\\'s'"
    assert gvariant_string("a\nb\\") == "'a\\nb\\\\'"


def test_notify_command_types(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert notify_command("t", "b") is None
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    command = notify_command("Title", "Body")
    assert command[0] == "/usr/bin/gdbus" and "@as []" in command
    monkeypatch.setattr(shutil, "which",
                        lambda name: None if name == "gdbus" else f"/usr/bin/{name}")
    command = notify_command("Title", "Body")
    assert command[0] == "/usr/bin/busctl" and "susssasa{sv}i" in command


def test_recording_notifier():
    notifier = RecordingNotifier()
    assert notifier.notify("a", "b") and notifier.sent == [("a", "b")]


def _has_gi() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    return subprocess.run([str(SYSTEM_PYTHON), "-c", "import gi"],
                          capture_output=True).returncode == 0


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gdbus")
                         and _has_gi()), reason="needs dbus-run-session, gdbus and PyGObject")
def test_notification_accepted_by_strict_server(tmp_path):
    got = tmp_path / "got.txt"
    script = (f"{SYSTEM_PYTHON} {HERE / 'fake_notifyd.py'} {got} & "
              f"{sys.executable} {HERE / 'notify_probe.py'}; kill $! 2>/dev/null; true")
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script],
                            capture_output=True, text=True, timeout=60)
    assert "available True" in result.stdout, result.stdout + result.stderr
    assert "sent True" in result.stdout
    lines = got.read_text().splitlines()
    assert len(lines) == 1
    assert "'Time for your injection'" in lines[0]
    assert "It's due at 08:00.\\nLate: 07:30" in lines[0]
