"""Start at login inside Flatpak goes through the Background portal (issue 22): the
sandbox's ~/.config/autostart is never read by the desktop. No portal runs here, so
the call is checked as built, and a stand-in plays the portal."""

from __future__ import annotations

import subprocess

import pytest

from il2desk.services import background_portal
from il2desk.services.autostart import Autostart, AutostartError
from il2desk.services.background_portal import PortalError, request_autostart, request_command


def fake_which(found: dict[str, str]):
    return lambda name: found.get(name)


def test_gdbus_call_asks_for_autostart(monkeypatch):
    monkeypatch.setattr(background_portal.shutil, "which",
                        fake_which({"gdbus": "/usr/bin/gdbus", "busctl": "/usr/bin/busctl"}))
    command = request_command(True)
    assert command[:8] == ["/usr/bin/gdbus", "call", "--session", "--dest",
                           "org.freedesktop.portal.Desktop", "--object-path",
                           "/org/freedesktop/portal/desktop", "--method"]
    assert command[8] == "org.freedesktop.portal.Background.RequestBackground"
    assert command[9] == "''"  # no parent window
    assert command[10] == ("{'reason': <'il2desk starts at login to remind you of your "
                           "injections'>, 'autostart': <true>}")
    assert request_command(False)[10].endswith("'autostart': <false>}")


def test_busctl_when_there_is_no_gdbus(monkeypatch):
    monkeypatch.setattr(background_portal.shutil, "which",
                        fake_which({"busctl": "/usr/bin/busctl"}))
    command = request_command(True)
    assert command[:8] == ["/usr/bin/busctl", "--user", "call",
                           "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                           "org.freedesktop.portal.Background", "RequestBackground", "sa{sv}"]
    assert command[8:] == ["", "2", "reason", "s", background_portal.REASON,
                           "autostart", "b", "true"]


def test_no_tool_no_bus_is_a_plain_error(monkeypatch):
    monkeypatch.setattr(background_portal.shutil, "which", fake_which({}))
    with pytest.raises(PortalError, match="neither gdbus nor busctl"):
        request_autostart(True)


def test_a_refusing_portal_gives_its_last_line(monkeypatch):
    monkeypatch.setattr(background_portal.shutil, "which", fake_which({"gdbus": "gdbus"}))

    def refuse(command, **kwargs):
        return subprocess.CompletedProcess(command, 1, "", "Error: first\nNo such interface\n")

    with pytest.raises(PortalError, match=r"^No such interface$"):
        request_autostart(True, run=refuse)


def test_in_flatpak_the_portal_is_asked_and_the_choice_remembered(tmp_path, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(background_portal, "request_autostart", asked.append)
    auto = Autostart(["il2desk"], platform="linux",
                     environ={"FLATPAK_ID": "org.il2desk.Il2desk",
                              "XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    auto.apply(True)
    assert asked == [True] and auto.is_enabled()
    auto.apply(False)
    assert asked == [True, False] and not auto.is_enabled()


def test_in_flatpak_a_portal_failure_changes_nothing(tmp_path, monkeypatch):
    def fail(enabled: bool) -> None:
        raise PortalError("no portal")

    monkeypatch.setattr(background_portal, "request_autostart", fail)
    auto = Autostart(["il2desk"], platform="linux",
                     environ={"FLATPAK_ID": "org.il2desk.Il2desk",
                              "XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    with pytest.raises(AutostartError) as info:
        auto.apply(True)
    assert str(info.value) == ("il2desk could not ask your desktop to start it at login "
                               "(no portal). Nothing else was changed.")
    assert not auto.is_enabled()


def test_outside_flatpak_the_portal_is_not_asked(tmp_path, monkeypatch):
    def never(enabled: bool) -> None:
        raise AssertionError("the portal was asked outside Flatpak")

    monkeypatch.setattr(background_portal, "request_autostart", never)
    auto = Autostart(["il2desk"], platform="linux",
                     environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    auto.apply(True)
    assert auto.is_enabled()
