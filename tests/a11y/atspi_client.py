"""A screen reader's view of il2desk: the running program read through AT-SPI.

Run by Debian's own python3 (python3-pyatspi), not by the virtual environment, inside a
session bus and an X server, the way Orca meets the program:

    xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- \\
        /usr/bin/python3 tests/a11y/atspi_client.py --app-python .venv/bin/python \\
        --data-dir /tmp/record read

It starts at-spi2-core's bus launcher, then il2desk with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
on the xcb platform, finds it on the accessibility bus and runs one scenario:

- ``read``: walks the main window (Today), the Sites view and the emergency panel, and
  writes every accessible object (role, name, states, actions, text) as JSON;
- ``plan``: plans a course through the course wizard with AT-SPI only (Action to press
  buttons, EditableText to type, Selection to choose), and writes each wizard page's
  walk as JSON;
- ``walk``: prints the focusable controls of every window, one a line (by hand).

Only AT-SPI reaches into the program: no key presses, no mouse, no Python inside it.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyatspi

ROOT = Path(__file__).resolve().parents[2]
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher",
                 "/usr/lib/at-spi2-core/at-spi-bus-launcher")
APP_NAME = "il2desk"


class ClientError(RuntimeError):
    """What the client could not find or do, said plainly for the test's failure."""


# --- reading ---------------------------------------------------------------------------

def states_of(acc) -> list[str]:
    """AT-SPI's own words: "focusable", "checked", "is default", "showing"…"""
    return sorted(pyatspi.stateToString(state) for state in acc.getState().getStates())


def actions_of(acc) -> list[str]:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def text_of(acc) -> str | None:
    """What the Text interface reads (None: the object has no Text interface)."""
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def labels_of(acc) -> list[str]:
    """The names of the objects that label this one (a form's label: how Orca names a
    combo box, whose own name is its current value)."""
    found = []
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            found += [relation.getTarget(i).name or ""
                      for i in range(relation.getNTargets())]
    return found


def describe(acc, path: str) -> dict:
    return {"path": path, "role": acc.getRoleName(), "name": acc.name or "",
            "description": acc.description or "", "labelled_by": labels_of(acc),
            "states": states_of(acc), "actions": actions_of(acc), "text": text_of(acc)}


def walk(acc, path: str = "0", parent_on_screen: bool = True) -> list[dict]:
    """Every object under `acc` (itself first), depth first. Hidden objects are kept:
    what is hidden now (a tool bar's extension button) shows on a narrower screen.
    "on_screen": showing, and so is every object above it (Qt says "showing" of the
    items of a closed combo box's list and of a hidden wizard page's)."""
    try:
        node = describe(acc, path)
        node["on_screen"] = parent_on_screen and "showing" in node["states"]
        found = [node]
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except (TypeError, AttributeError, NameError):
        raise  # mistakes of the client itself
    except Exception:  # an object deleted while being read (a page being rebuilt)
        return []
    # Hidden objects are read, what is inside them is not (a hidden wizard page), nor
    # a closed combo box's list (600 time zones): the walk stays fast.
    if not node["on_screen"]:
        children = []
    elif node["role"] == "combo box":
        children = [child for child in children
                    if child is not None and child.getRoleName() != "list"]
    for index, child in enumerate(children):
        if child is not None:
            found += walk(child, f"{path}.{index}", node["on_screen"])
    return found


def listing(nodes: list[dict], *, focusable_only: bool = True) -> str:
    """One line a control: role, name, states and actions, indented by depth."""
    lines = []
    for node in nodes:
        if focusable_only and ("focusable" not in node["states"]
                               or not node["on_screen"]):
            continue
        depth = node["path"].count(".")
        extra = [s for s in node["states"] if s in ("checked", "selected", "focused",
                                                   "is default", "editable", "pressed")]
        line = f"{'  ' * depth}[{node['role']}] {node['name']!r}"
        if extra:
            line += " (" + ", ".join(extra) + ")"
        if node["actions"]:
            line += " actions=" + "/".join(node["actions"])
        if node["text"] and node["text"] != node["name"]:
            line += f" text={node['text']!r}"
        if node["labelled_by"]:
            line += f" labelled by {node['labelled_by']!r}"
        lines.append(line)
    return "\n".join(lines)


# --- finding ---------------------------------------------------------------------------

def wait_for(what: str, probe, timeout: float = 15.0):
    """`probe()`'s first true result, asked again and again until `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = probe()
        except (TypeError, AttributeError, NameError, ClientError):
            raise  # mistakes of the client itself
        except Exception:  # objects come and go while the program builds a page
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise ClientError(f"timed out waiting for {what}")
        time.sleep(0.1)


def find_app():
    def probe():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == APP_NAME and app.childCount:
                return app
        return None
    return wait_for("il2desk on the accessibility bus", probe, timeout=30)


def windows(app, role: str | None = None) -> list:
    found = [app.getChildAtIndex(i) for i in range(app.childCount)]
    return [w for w in found if w is not None and (role is None or w.getRoleName() == role)]


def is_showing(acc) -> bool:
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role: str | None = None, name: str | None = None, *,
         showing: bool = True, contains: bool = False):
    """The first object under `root` with this role and name (None: any)."""
    def matches(acc) -> bool:
        if role is not None and acc.getRoleName() != role:
            return False
        if name is not None:
            own = acc.name or ""
            if not (name in own if contains else own == name):
                return False
        return not showing or is_showing(acc)
    queue = [root]
    while queue:
        acc = queue.pop(0)
        if acc is not root and matches(acc):
            return acc
        queue += [child for child in (acc.getChildAtIndex(i) for i in range(acc.childCount))
                  if child is not None]
    return None


def wait_find(root, role: str | None = None, name: str | None = None, **kwargs):
    return wait_for(f"{role} {name!r}", lambda: find(root, role, name, **kwargs))


def wait_window(app, name: str, *, contains: bool = False):
    def probe():
        for window in windows(app):
            own = window.name or ""
            if (name in own if contains else own == name) and is_showing(window):
                return window
        return None
    try:
        return wait_for(f"the window {name!r}", probe)
    except ClientError as error:
        shown = [(w.getRoleName(), w.name) for w in windows(app)]
        raise ClientError(f"{error}; the program has {shown}") from None


# --- acting ----------------------------------------------------------------------------

def do_action(acc, *names: str) -> None:
    """Run the first of `names` the object offers (Qt says "Press", "Toggle", …)."""
    offered = actions_of(acc)
    for wanted in names:
        for index, offered_name in enumerate(offered):
            if offered_name.lower() == wanted.lower():
                acc.queryAction().doAction(index)
                return
    raise ClientError(f"{acc.getRoleName()} {acc.name!r} offers {offered}, not {names}")


def press(acc) -> None:
    do_action(acc, "Press", "click", "activate")


def set_text(acc, text: str) -> None:
    editable = acc.queryEditableText()
    if not editable.setTextContents(text):
        raise ClientError(f"{acc.getRoleName()} {acc.name!r} refused the text {text!r}")


def select_child(container, child_name: str) -> None:
    """Choose an item of a list or combo box by its name (Selection interface)."""
    for index in range(container.childCount):
        child = container.getChildAtIndex(index)
        if child is not None and child.name == child_name:
            container.querySelection().selectChild(index)
            return
    raise ClientError(f"no item {child_name!r} in {container.getRoleName()} "
                      f"{container.name!r}")


# --- scenarios ---------------------------------------------------------------------------

def read_scenario(app, result: dict) -> None:
    """Every section of the main window, a site chosen on the body map, and the
    emergency panel."""
    main = wait_for("the main window", lambda: windows(app, "frame"))[0]
    sections = wait_find(main, "list", "Sections")
    wait_find(main, None, "Today")  # the first view is up
    names = [sections.getChildAtIndex(i).name for i in range(sections.childCount)]
    result["views"] = {}
    for name in names:
        select_child(sections, name)  # as a screen reader's list commands do
        wait_find(main, None, name)  # the view's scroll area is named after it
        time.sleep(0.3)  # (a view fills itself once shown)
        result["views"][name] = walk(main)
    select_child(sections, "Sites")
    body_map = wait_find(main, "list", "Body map of injection sites")
    press(body_map.getChildAtIndex(4))
    wait_for("the chosen site", lambda: "chosen" in body_map.getChildAtIndex(4).name)
    result["site_chosen"] = walk(body_map)
    press(wait_find(main, "push button", "Emergency signs"))
    panel = wait_window(app, "Call your doctor", contains=True)
    result["emergency"] = walk(panel)
    press(wait_find(panel, "push button", "Close"))
    wait_for("the emergency panel to close", lambda: not is_showing(panel))
    result["dialogs"] = {}
    for section, button in DIALOGS_FROM_VIEWS:
        select_child(sections, section)
        target = wait_find(main, "push button", button)
        result["dialogs"][button] = read_dialog(app, lambda t=target: press(t))
    for menu, item in DIALOGS_FROM_MENUS:
        menu_item = wait_find(main, "menu item", menu)
        entry = find(menu_item, "menu item", item, showing=False)
        if entry is None:
            raise ClientError(f"no {item!r} in the {menu} menu")
        # The print preview has no Close button (Escape or the window's own button
        # close it): it is read last and left open.
        result["dialogs"][item] = read_dialog(app, lambda e=entry: press(e),
                                              close=item != "Print checklist…")


# Dialogs read by `read`: (section, button) and (menu, item). File dialogs are Qt's
# own (or the desktop's) and are left out.
DIALOGS_FROM_VIEWS = (("Courses", "Record a past course"),
                      ("Supplies", "Start a practice run"))
DIALOGS_FROM_MENUS = (("Help", "About il2desk"), ("Go", "Reminders shown late…"),
                      ("File", "Visit report…"), ("File", "Print checklist…"))
CLOSING_BUTTONS = ("Close", "Cancel")


def read_dialog(app, open_it, *, close: bool = True) -> list[dict]:
    """Open a dialog, walk it, close it with its Close or Cancel button."""
    before = {(w.getRoleName(), w.name) for w in windows(app) if is_showing(w)}
    open_it()

    def new_window():
        for window in windows(app):
            if is_showing(window) and (window.getRoleName(), window.name) not in before:
                return window
        return None
    dialog = wait_for("a new window", new_window)
    time.sleep(0.3)  # (a dialog fills itself once shown)
    nodes = walk(dialog)
    if not close:
        return nodes
    for name in CLOSING_BUTTONS:
        button = find(dialog, "push button", name)
        if button is not None:
            press(button)
            break
    else:
        raise ClientError(f"no Close or Cancel button in {dialog.name!r}")
    wait_for(f"{dialog.name!r} to close", lambda: not is_showing(dialog))
    return nodes


LATER_PAGES = ("when", "preparation", "support", "blood work")


def _next_button(wizard):
    return find(wizard, "push button", "Next")


def plan_scenario(app, result: dict, dose: str) -> None:
    main = wait_for("the main window", lambda: windows(app, "frame"))[0]
    press(wait_find(main, "push button", "Plan a course"))
    wizard = wait_window(app, "Plan a course")
    pages: dict[str, list[dict]] = {}
    result["pages"] = pages

    def page_walk(key: str, heading: str) -> None:
        wait_find(wizard, None, heading, contains=True)
        pages[key] = walk(wizard)

    # Page 1: the check before a course (rule R3/R4): the blood pressure box.
    page_walk("precheck", "Before you start")
    box = wait_find(wizard, "check box", "blood pressure", contains=True)
    do_action(box, "Toggle", "Press", "click")
    wait_for("the blood-pressure box to be checked",
             lambda: box.getState().contains(pyatspi.STATE_CHECKED))
    press(wait_find(wizard, "push button", "Next"))
    # Page 2: the dose, typed through EditableText.
    dose_edit = wait_find(wizard, "text", "Dose per injection", contains=True)
    pages["dose"] = walk(wizard)
    set_text(dose_edit, dose)
    wait_for("the dose to be taken", lambda: text_of(dose_edit) == dose)
    press(wait_find(wizard, "push button", "Next"))
    # The remaining pages keep their suggestions: Next until the summary's "Save the
    # course" (Qt shows a page's buttons a moment after the page).
    for step in range(8):
        button = wait_for("Next or Save the course", lambda: find(
            wizard, "push button", "Save the course") or _next_button(wizard))
        if button.name == "Save the course":
            finish = button
            break
        before = walk(wizard)
        pages[LATER_PAGES[step] if step < len(LATER_PAGES) else f"page{step + 3}"] = before
        press(button)
        wait_for("the next page", lambda b=before: walk(wizard) != b)
    else:
        raise ClientError("the wizard never showed Save the course")
    pages["summary"] = walk(wizard)
    press(finish)
    wait_for("the wizard to close", lambda: not any(
        (w.name == "Plan a course" and is_showing(w)) for w in windows(app)))


def walk_scenario(app, result: dict) -> None:
    main = wait_for("the main window", lambda: windows(app, "frame"))[0]
    wait_find(main, "list")  # the section list, in any language
    time.sleep(0.5)  # (the first view fills itself once shown)
    for window in windows(app):
        if is_showing(window):
            print(listing(walk(window)))


# --- running ---------------------------------------------------------------------------

def start_bus() -> subprocess.Popen:
    for launcher in BUS_LAUNCHERS:
        if os.path.exists(launcher):
            return subprocess.Popen([launcher, "--launch-immediately"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    raise ClientError("at-spi2-core's at-spi-bus-launcher is not installed")


def start_app(app_python: str, data_dir: str, lang: str | None) -> subprocess.Popen:
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               PYTHONPATH=str(ROOT))
    if lang:
        env["LANGUAGE"] = lang
    return subprocess.Popen([app_python, "-m", "il2desk", "--data-dir", data_dir],
                            cwd=ROOT, env=env)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # il2desk closes its record and quits
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", help="write the result as JSON here")
    parser.add_argument("--dose", default="4.5", help="plan: the dose in million units")
    parser.add_argument("--lang", help="LANGUAGE for the program")
    parser.add_argument("scenario", choices=("read", "plan", "walk"))
    args = parser.parse_args(argv)
    bus = start_bus()
    time.sleep(0.3)
    app_process = start_app(args.app_python, args.data_dir, args.lang)
    result: dict = {"ok": False}
    try:
        app = find_app()
        if args.scenario == "read":
            read_scenario(app, result)
        elif args.scenario == "plan":
            plan_scenario(app, result, args.dose)
        else:
            walk_scenario(app, result)
        result["ok"] = True
    except ClientError as error:
        result["error"] = str(error)
        print(f"atspi_client: {error}", file=sys.stderr)
    finally:
        stop(app_process)
        bus.terminate()
    result["app_exit_code"] = app_process.returncode
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
