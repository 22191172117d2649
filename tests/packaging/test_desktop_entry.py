"""`il2desk desktop-entry install|remove` and Help ▸ Add il2desk to the applications menu
(issue 22): the menu entry, metainfo and icons go to the user's XDG data folder with an
Exec that starts this installation, and come out again leaving no empty folder."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from il2desk import APP_ID
from il2desk.services import desktop_entry
from il2desk.services.desktop_entry import (
    ICON_SIZES_PX,
    MenuEntry,
    MenuEntryError,
    exec_value,
    this_installation,
)
from il2desk.ui.menu_entry_action import MenuEntryAction, menu_entry_offered, offer_menu_entry
from il2desk.ui.prompter import ScriptedPrompter

ROOT = Path(__file__).resolve().parents[2]


def run_cli(home: Path, *args: str, data_home: Path | None = None
            ) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items()
           if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
           and not name.startswith("XDG_")}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return subprocess.run([sys.executable, "-m", "il2desk", *args], cwd=home, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def exec_of(desktop: Path) -> str:
    lines = [line for line in desktop.read_text(encoding="utf-8").splitlines()
             if line.startswith("Exec=")]
    assert len(lines) == 1, lines
    return lines[0].removeprefix("Exec=")


def validate(desktop: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        return  # (test_desktop_files.py says why it is missing)
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_install_from_the_command_line_without_a_screen_then_remove(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    installed = run_cli(home, "desktop-entry", "install")
    assert installed.returncode == 0, installed.stderr
    assert installed.stderr == ""
    assert "il2desk is in your applications menu" in installed.stdout
    share = home / ".local" / "share"
    entry = MenuEntry.for_user({"HOME": str(home)})
    for path in entry.files():
        assert path.is_file(), path
        assert path.is_relative_to(share)
    desktop = share / "applications" / f"{APP_ID}.desktop"
    validate(desktop)
    # The Exec starts this installation (here: this Python with -m il2desk).
    command = shlex.split(exec_of(desktop))
    assert command == [sys.executable, "-m", "il2desk"]
    started = subprocess.run([*command, "--version"], capture_output=True, text=True,
                             cwd=home, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             timeout=60, check=False)
    assert started.returncode == 0 and started.stdout.startswith("il2desk "), started
    assert "Comment[es]=" in desktop.read_text(encoding="utf-8")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml").read_bytes()

    record = share / "il2desk" / "il2desk.sqlite3"  # the patient's record stays
    record.parent.mkdir()
    record.write_bytes(b"precious")
    removed = run_cli(home, "desktop-entry", "remove")
    assert removed.returncode == 0, removed.stderr
    assert "no longer in your applications menu" in removed.stdout
    assert record.read_bytes() == b"precious"
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert left == [".local", ".local/share", ".local/share/il2desk",
                    ".local/share/il2desk/il2desk.sqlite3"]
    again = run_cli(home, "desktop-entry", "remove")
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_remove_in_a_fresh_home_leaves_no_empty_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    assert run_cli(home, "desktop-entry", "install").returncode == 0
    assert run_cli(home, "desktop-entry", "remove").returncode == 0
    assert list(home.iterdir()) == []


def test_xdg_data_home_is_used_and_kept(tmp_path):
    home, data_home = tmp_path / "home", tmp_path / "data-home"
    home.mkdir()
    result = run_cli(home, "--data-dir", str(tmp_path / "rec"), "desktop-entry", "install",
                     data_home=data_home)
    assert result.returncode == 0, result.stderr
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    # With --data-dir, the menu entry opens that record.
    assert shlex.split(exec_of(desktop))[-2:] == ["--data-dir", str(tmp_path / "rec")]
    assert not (home / ".local").exists()
    assert run_cli(home, "desktop-entry", "remove", data_home=data_home).returncode == 0
    assert list(data_home.iterdir()) == []  # emptied, but the folder itself is kept


def test_an_unwritable_data_folder_is_one_line_and_exit_1(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_cli(home, "desktop-entry", "install", data_home=blocker)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("il2desk: could not add il2desk to the applications menu")
    assert result.stdout == ""


def test_inside_flatpak_there_is_nothing_to_do(tmp_path, monkeypatch, capsys):
    from il2desk.__main__ import main

    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert main(["desktop-entry", "install"]) == 0
    assert "from Flatpak is in your applications menu already" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_bad_action_is_refused_with_exit_2(tmp_path):
    result = run_cli(tmp_path, "desktop-entry", "add")
    assert result.returncode == 2
    assert not (tmp_path / ".local").exists()


@pytest.mark.parametrize(("command", "expected"), [
    (["/usr/bin/il2desk"], "/usr/bin/il2desk"),
    (["/opt/my apps/il2desk"], '"/opt/my apps/il2desk"'),
    (["/home/a/py", "-m", "il2desk"], "/home/a/py -m il2desk"),
    (["/x/100%/il2desk"], "/x/100%%/il2desk"),
    (["/x/$HOME/il2desk"], '"/x/\\\\$HOME/il2desk"'),  # \$ inside quotes, \\ in the file
])
def test_exec_values_follow_the_desktop_entry_spec(command, expected):
    assert exec_value(command) == expected


def test_a_line_break_in_the_path_is_refused():
    with pytest.raises(MenuEntryError) as refused:
        exec_value(["/tmp/a\nb/il2desk"])
    # A message value, so the window and the command line say it in the user's language.
    assert refused.value.message.template == (
        "the program's path has a line break in it: {path}")
    assert str(refused.value) == "the program's path has a line break in it: '/tmp/a\\nb/il2desk'"


def test_the_exec_of_a_path_with_spaces_validates(tmp_path):
    entry = MenuEntry(data_home=tmp_path / "share", home=tmp_path)
    entry.install(["/opt/my apps/il2desk", "--data-dir", "/home/me/my record"])
    validate(entry.desktop_file)
    assert shlex.split(exec_of(entry.desktop_file)) == [
        "/opt/my apps/il2desk", "--data-dir", "/home/me/my record"]


def test_this_installation_is_the_bundle_the_script_or_this_python(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/il2desk/il2desk")
    assert this_installation() == ["/opt/il2desk/il2desk"]
    monkeypatch.delattr(sys, "frozen")
    script = tmp_path / "bin" / "il2desk"  # pip's or pipx's console script
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert this_installation() == [str(script)]
    monkeypatch.setattr(sys, "argv", [str(ROOT / "il2desk" / "__main__.py")])
    assert this_installation() == ["/opt/il2desk/il2desk", "-m", "il2desk"]


def test_every_icon_size_is_installed(tmp_path):
    entry = MenuEntry(data_home=tmp_path / "share", home=tmp_path)
    entry.install(["/usr/bin/il2desk"])
    hicolor = tmp_path / "share" / "icons" / "hicolor"
    for px in ICON_SIZES_PX:
        assert (hicolor / f"{px}x{px}" / "apps" / f"{APP_ID}.png").read_bytes() == (
            ROOT / "resources" / "icons" / "hicolor" / f"{px}x{px}" / "apps"
            / f"{APP_ID}.png").read_bytes()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


# -- Help ▸ Add il2desk to the applications menu ------------------------------------------

def test_help_menu_item_adds_then_removes_the_entry(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(desktop_entry, "this_installation", lambda: ["/usr/bin/il2desk"])
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    prompter = ScriptedPrompter()
    entry = MenuEntry(data_home=tmp_path / "share", home=tmp_path,
                      system_dirs=(tmp_path / "usr-share",))
    action = MenuEntryAction(window, menu, prompter, entry)
    assert action.isVisible()
    assert action.text() == "Add il2desk to the applications &menu"
    action.trigger()
    assert entry.installed()
    assert exec_of(entry.desktop_file) == "/usr/bin/il2desk"
    assert prompter.asked[-1][0] == "inform"
    assert "now in your applications menu" in prompter.asked[-1][2]
    assert action.text() == "Remove il2desk from the applications &menu"
    action.trigger()
    assert not entry.installed()
    assert list(tmp_path.iterdir()) == []
    assert action.text() == "Add il2desk to the applications &menu"


def test_help_menu_item_is_hidden_when_a_package_gave_a_menu_entry(qtbot, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    system = tmp_path / "usr-share"
    (system / "applications").mkdir(parents=True)
    (system / "applications" / f"{APP_ID}.desktop").write_text("[Desktop Entry]\n")
    entry = MenuEntry(data_home=tmp_path / "share", home=tmp_path, system_dirs=(system,))
    action = MenuEntryAction(window, menu, ScriptedPrompter(), entry)
    assert not action.isVisible()


def test_help_menu_item_warns_in_plain_words_when_it_cannot_write(qtbot, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    prompter = ScriptedPrompter()
    action = MenuEntryAction(window, QMenu(window), prompter,
                             MenuEntry(data_home=blocker, home=tmp_path))
    action.trigger()
    kind, _title, text = prompter.asked[-1]
    assert kind == "warn"
    assert text.startswith("il2desk could not change your applications menu.")


def test_offered_on_linux_outside_flatpak(monkeypatch):
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    assert menu_entry_offered("linux")
    assert not menu_entry_offered("win32")
    assert not menu_entry_offered("darwin")
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    assert not menu_entry_offered("linux")


def test_the_item_joins_the_help_menu_when_it_first_opens(qtbot, monkeypatch):
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    about = menu.addAction("About")
    offer_menu_entry(window, menu, about, ScriptedPrompter())
    assert [a.text() for a in menu.actions()] == ["About"]  # nothing built yet
    menu.aboutToShow.emit()
    menu.aboutToShow.emit()  # (added once)
    assert [a.objectName() for a in menu.actions()] == ["menuEntryAction", ""]
