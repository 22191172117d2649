"""`il2desk` and `il2desk --data-dir PATH` open the window, through the one parser."""

from __future__ import annotations

from pathlib import Path

import pytest

import il2desk.app
from il2desk.__main__ import main


@pytest.fixture
def opened(monkeypatch) -> list[Path | None]:
    """The data folders the window was opened with (the window itself is not built)."""
    folders: list[Path | None] = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(il2desk.app, "run_gui", lambda data_dir: folders.append(data_dir) or 0)
    return folders


def test_no_arguments_open_the_window_on_the_usual_folder(opened):
    assert main([]) == 0
    assert opened == [None]


@pytest.mark.parametrize("argv", [["--data-dir", "record"], ["--data-dir=record"]])
def test_a_data_folder_opens_the_window_on_it_made_absolute(opened, argv, tmp_path,
                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    assert opened == [tmp_path / "record"]


def test_a_command_does_not_open_the_window(opened, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "record"), "course", "list"]) == 0
    assert opened == []
    assert capsys.readouterr().out  # the courses (none yet) were listed


@pytest.mark.parametrize("argv", [["--data-dir"], ["--data-dir", ""], ["--no-such-option"]])
def test_a_refused_argument_opens_no_window(opened, argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert opened == []
    assert capsys.readouterr().err.startswith("il2desk: ")
