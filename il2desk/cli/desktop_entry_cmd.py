"""`il2desk desktop-entry install|remove`: the applications-menu entry for an il2desk
installed with pip or pipx (Linux and other freedesktop systems; no screen needed)."""

from __future__ import annotations

import argparse
import os
import sys

from il2desk.cli.words import translate, words
from il2desk.services.desktop_entry import MenuEntry, MenuEntryError, this_installation


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action", choices=("install", "remove"),
        help=translate("cli", "install: add il2desk to your applications menu, starting this "
                              "il2desk (with --data-dir, that record); remove: take it out again "
                              "(your record is kept)"))


def _say(message: str, code: int) -> int:
    print(message if code == 0 else f"il2desk: {message}",
          file=sys.stdout if code == 0 else sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        return _say(translate("cli", "the applications-menu entry is for Linux desktops; on "
                              "this system the installer adds il2desk to the menu."), 1)
    if os.environ.get("FLATPAK_ID"):
        # Flatpak installs the menu entry itself; inside the sandbox this folder is the
        # sandbox's own, which no desktop reads.
        return _say(translate("cli", "il2desk from Flatpak is in your applications menu "
                              "already; nothing to do."), 0)
    entry = MenuEntry.for_user()
    try:
        if args.action == "remove":
            if entry.remove():
                return _say(translate("cli", "il2desk is no longer in your applications "
                                      "menu. Your record is kept."), 0)
            return _say(translate("cli", "il2desk was not in your applications menu; "
                                  "nothing to remove."), 0)
        command = this_installation()
        data_dir = getattr(args, "data_dir", None)
        if data_dir is not None:
            command += ["--data-dir", str(data_dir.absolute())]
        entry.install(command)
    except MenuEntryError as error:
        return _say(words(error.message), 1)
    return _say(translate("cli", "il2desk is in your applications menu ({file}); it starts "
                          "{command}. `il2desk desktop-entry remove` takes it out.").format(
        file=entry.desktop_file, command=" ".join(command)), 0)
