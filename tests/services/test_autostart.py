"""Start at login: an XDG autostart entry, honouring XDG_CONFIG_HOME."""

from __future__ import annotations

import pytest

from il2desk.services.autostart import NOT_HERE, Autostart, AutostartError, default_command


def test_entry_written_and_removed_under_xdg_config_home(tmp_path):
    auto = Autostart(["il2desk", "--data-dir", "/data/my folder"],
                     environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": "/nowhere"},
                     platform="linux")
    assert auto.entry_path == tmp_path / "cfg" / "autostart" / "org.il2desk.Il2desk.desktop"
    assert not auto.is_enabled()
    auto.apply(True)
    text = auto.entry_path.read_text()
    assert text.startswith("[Desktop Entry]\n")
    assert "Exec=il2desk --data-dir '/data/my folder'\n" in text
    assert "Type=Application" in text and auto.is_enabled()
    auto.apply(False)
    assert not auto.entry_path.exists() and not auto.is_enabled()
    auto.apply(False)  # removing twice is fine


def test_home_config_used_without_xdg_config_home(tmp_path):
    auto = Autostart(["il2desk"], environ={"HOME": str(tmp_path)}, platform="linux")
    assert auto.entry_path == tmp_path / ".config" / "autostart" / "org.il2desk.Il2desk.desktop"


def test_not_on_this_system_elsewhere(tmp_path):
    auto = Autostart(["il2desk"], environ={"HOME": str(tmp_path)}, platform="win32")
    assert not auto.supported and not auto.is_enabled()
    with pytest.raises(AutostartError) as info:
        auto.apply(True)
    assert str(info.value) == NOT_HERE


def test_unwritable_folder_gives_plain_words(tmp_path):
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where a folder should be")
    auto = Autostart(["il2desk"], environ={"XDG_CONFIG_HOME": str(blocker)}, platform="linux")
    with pytest.raises(AutostartError, match="could not change"):
        auto.apply(True)


def test_default_command_carries_the_data_folder(tmp_path):
    command = default_command(tmp_path)
    assert command[-2:] == ["--data-dir", str(tmp_path)]
