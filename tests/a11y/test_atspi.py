"""il2desk as a screen reader meets it: read and driven through AT-SPI (issue 23).

Each scenario starts the real program under Xvfb with a session bus and at-spi2-core,
and tests/a11y/atspi_client.py (run by Debian's python3 with python3-pyatspi, as Orca
is) reads it or plans a course with AT-SPI actions only. Skipped, with the reason, only
where those Debian packages are missing (scripts/setup.sh installs them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "tests" / "a11y" / "atspi_client.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher",
                 "/usr/lib/at-spi2-core/at-spi-bus-launcher")
PHONE = "+1 555 0100"

# What a user acts on: each must have a name, showing or not (a hidden one shows on
# another screen size: the tool bar's extension button).
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box",
                 "text", "password text", "spin button", "slider", "list", "table",
                 "tree", "tree table", "menu item", "check menu item", "page tab",
                 "list item", "entry"}
BUTTON_ROLES = {"push button", "toggle button", "check box", "radio button"}
NO_ROLE = {"invalid", "unknown", "redundant object", ""}


def _missing_tools() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (Debian: xvfb, dbus; run scripts/setup.sh)"
    if not any(os.path.exists(p) for p in BUS_LAUNCHERS):
        return "at-spi-bus-launcher is missing (Debian: at-spi2-core; run scripts/setup.sh)"
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return ("Debian's python3 cannot import pyatspi (Debian: python3-pyatspi; "
                "run scripts/setup.sh)")
    return None


pytestmark = pytest.mark.skipif(_missing_tools() is not None,
                                reason=str(_missing_tools()))


def run_client(scenario: str, data_dir: Path, out: Path, timeout: int = 180) -> dict:
    env = {key: value for key, value in os.environ.items()
           if key not in {"QT_QPA_PLATFORM", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                          "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY"}}
    env["LANGUAGE"] = env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # English names to compare
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "dbus-run-session", "--",
         SYSTEM_PYTHON, str(CLIENT), "--app-python", sys.executable,
         "--data-dir", str(data_dir), "--out", str(out), scenario],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert out.exists(), f"the client wrote nothing:\n{done.stdout}\n{done.stderr}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"], f"{result.get('error')}\n{done.stderr[-3000:]}"
    return result


def il2desk(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "il2desk", "--data-dir", str(data_dir),
                           *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def read_out(tmp_path_factory) -> dict:
    """Every section, a chosen site and the emergency panel, with a planned course
    and the doctor's number in the record."""
    data_dir = tmp_path_factory.mktemp("record")
    planned = il2desk(data_dir, "course", "new", "--start", "2030-01-09",
                      "--dose-miu", "4.5")
    assert planned.returncode == 0, planned.stderr
    from il2desk.app import build_context

    ctx = build_context(data_dir)
    ctx.settings.update_field("doctor_phone", PHONE)
    ctx.db.close()
    return run_client("read", data_dir, tmp_path_factory.mktemp("out") / "read.json")


@pytest.fixture(scope="module")
def plan_out(tmp_path_factory) -> tuple[dict, Path]:
    data_dir = tmp_path_factory.mktemp("fresh")
    result = run_client("plan", data_dir, tmp_path_factory.mktemp("out") / "plan.json")
    return result, data_dir


def walks(read_out: dict, plan_out: tuple[dict, Path]) -> dict[str, list[dict]]:
    found = {f"view {name}": nodes for name, nodes in read_out["views"].items()}
    found["emergency panel"] = read_out["emergency"]
    found.update({f"dialog {name}": nodes for name, nodes in read_out["dialogs"].items()})
    found.update({f"wizard {name}": nodes for name, nodes in plan_out[0]["pages"].items()})
    return found


def where(node: dict) -> str:
    return f"[{node['role']}] {node['name']!r} at {node['path']}"


def test_every_control_that_can_take_focus_has_a_name_and_a_role(read_out, plan_out):
    problems = []
    for place, nodes in walks(read_out, plan_out).items():
        for node in nodes:
            control = node["role"] in CONTROL_ROLES or (
                "focusable" in node["states"] and node["on_screen"]
                and node["role"] != "label")  # (an empty label is no control)
            if not control:
                continue
            if node["role"] in NO_ROLE:
                problems.append(f"{place}: no role: {where(node)}")
            if not node["name"].strip():
                problems.append(f"{place}: no name: {where(node)} text={node['text']!r}")
    assert problems == []


def test_the_walk_read_every_section_and_every_wizard_page(read_out, plan_out):
    assert list(read_out["views"]) == ["Today", "Courses", "Sites", "Diary", "Labs",
                                       "Supplies", "Settings"]
    assert len(plan_out[0]["pages"]) == 7
    # The tool bar's extension button, hidden at this width, was "a check box with no
    # name" (issue 23): read here, and named.
    extension = [n for n in read_out["views"]["Today"] if n["role"] == "check box"
                 and n["path"].count(".") == 2]
    assert [n["name"] for n in extension] == ["Show the rest of the tool bar"]


def test_the_walk_read_the_dialogs(read_out):
    assert list(read_out["dialogs"]) == ["Record a past course", "Start a practice run",
                                         "About il2desk", "Reminders shown late…",
                                         "Visit report…", "Print checklist…"]
    for name, nodes in read_out["dialogs"].items():
        assert nodes[0]["role"] in {"dialog", "frame", "window"}, name
        assert sum("focusable" in n["states"] and n["on_screen"] for n in nodes) >= 2, name


def test_emergency_signs_is_never_the_default_button_unless_focused(read_out, plan_out):
    """Enter in a form must press the form's own default button: the walk read
    "Emergency signs, default button" in the past-course and late-reminder dialogs."""
    wrong = [place for place, nodes in walks(read_out, plan_out).items()
             for node in nodes if node["name"] == "Emergency signs" and node["on_screen"]
             and "is default" in node["states"] and "focused" not in node["states"]]
    assert wrong == []


def test_buttons_and_check_boxes_say_what_they_do(read_out, plan_out):
    problems = []
    for place, nodes in walks(read_out, plan_out).items():
        for node in nodes:
            if node["role"] not in BUTTON_ROLES or not node["on_screen"]:
                continue
            words = re.findall(r"[^\W\d_]{2,}", node["name"])
            if not words:  # "…", ">>", "OK!" alone say nothing
                problems.append(f"{place}: says nothing: {where(node)}")
            if "enabled" in node["states"] and not {"Press", "Toggle"} & set(node["actions"]):
                problems.append(f"{place}: cannot be pressed: {where(node)}")
    assert problems == []


def _body_map(nodes: list[dict]) -> list[dict]:
    maps = [n for n in nodes if n["name"] == "Body map of injection sites"]
    assert len(maps) == 1, "no body map in the Sites view"
    depth = maps[0]["path"].count(".") + 1
    return [n for n in nodes if n["path"].startswith(maps[0]["path"] + ".")
            and n["path"].count(".") == depth]


def test_the_body_maps_sites_read_as_buttons_with_their_state(read_out):
    sites = _body_map(read_out["views"]["Sites"])
    assert len(sites) == 8
    for site in sites:
        # Pressable: a button, or a list item of the map's list that can be pressed
        # (how the map is announced since issue 12: walked with list commands).
        assert site["role"] in {"push button", "list item"}, where(site)
        assert "Press" in site["actions"], where(site)
        assert "focusable" in site["states"], where(site)
        # Its state is in what is read: used or not, open reaction or not.
        assert re.search(r"not used yet|used \d|days? ago|today", site["name"]), where(site)
        assert "reaction" in site["name"], where(site)
    assert sum("suggested" in site["name"] for site in sites) == 1
    # After pressing the fifth site (AT-SPI Press): it, and only it, is chosen, in its
    # name and in its state ("selected").
    after = [n for n in read_out["site_chosen"][1:] if n["path"].count(".") == 1]
    assert [("chosen" in n["name"]) for n in after] == [False] * 4 + [True] + [False] * 3
    assert [("selected" in n["states"]) for n in after] == [False] * 4 + [True] + [False] * 3


def test_the_emergency_panels_number_is_read_as_text(read_out):
    """The number is words a screen reader speaks (a label's name, on screen), not a
    picture or a part of a longer object. (Qt gives labels no AT-SPI Text interface,
    so Orca speaks the name; text typed into fields is read through Text: the dose.)"""
    panel = read_out["emergency"]
    number = [n for n in panel if n["on_screen"] and PHONE in n["name"]]
    assert len(number) == 1, [where(n) for n in panel if n["on_screen"]]
    assert number[0]["role"] in {"label", "text", "static"}, where(number[0])
    assert number[0]["name"] == f"Your doctor: {PHONE}"
    assert panel[0]["role"] == "dialog" and PHONE not in panel[0]["name"]


def test_a_course_is_planned_through_atspi_actions_only(plan_out):
    result, data_dir = plan_out
    listed = il2desk(data_dir, "course", "list")
    assert listed.returncode == 0, listed.stderr
    lines = [line for line in listed.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and "4.5" in lines[0], listed.stdout
    # The dose page was typed into through EditableText: the walk read it.
    dose = [n for n in result["pages"]["dose"] if n["role"] == "text"]
    assert [n["name"] for n in dose] == ["Dose per injection, in million units"]
    assert list(result["pages"]) == ["precheck", "dose", "when", "preparation", "support",
                                     "blood work", "summary"]
