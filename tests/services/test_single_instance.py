"""One il2desk per data folder: a second launch focuses the first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from il2desk.services.single_instance import (
    SingleInstance,
    decode_message,
    encode_message,
    socket_name,
)

ROOT = Path(__file__).resolve().parents[2]


def test_socket_name_is_per_data_folder(tmp_path):
    a, b = socket_name(tmp_path / "a"), socket_name(tmp_path / "b")
    assert a != b and a.startswith("il2desk-")
    assert socket_name(tmp_path / "a") == a


def test_message_is_versioned():
    assert decode_message(encode_message("raise")) == "raise"
    assert decode_message(b'{"app": "il2desk", "v": 99, "cmd": "raise"}\n') is None
    assert decode_message(b"hello\n") is None
    assert decode_message(b"\xff\xfe") is None


def test_second_instance_asks_first_to_raise(qtbot, tmp_path):
    tmp_path.mkdir(exist_ok=True)
    first = SingleInstance(tmp_path)
    second = SingleInstance(tmp_path)
    try:
        assert first.acquire() is True
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert second.acquire() is False
        assert second.reached_running
    finally:
        second.release()
        first.release()
    # once the first has gone, a new launch becomes the instance
    third = SingleInstance(tmp_path)
    try:
        assert third.acquire() is True
    finally:
        third.release()


def test_different_data_folders_do_not_meet(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    try:
        assert a.acquire() and b.acquire()
    finally:
        a.release()
        b.release()


def test_second_launch_of_the_program_focuses_the_first(qtbot, tmp_path):
    """A real second process: `python -m il2desk --data-dir …` exits at once (code 0)
    after telling the running one (here: this test) to raise its window."""
    data = tmp_path / "data"
    data.mkdir()
    running = SingleInstance(data)
    assert running.acquire()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with qtbot.waitSignal(running.raise_requested, timeout=20000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "il2desk", "--data-dir", str(data)],
                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.wait(timeout=20) == 0
        # it did not open the record: no database file was created by it
        assert not (data / "il2desk.sqlite3").exists()
    finally:
        running.release()
