"""The printed outputs' paper on the command line (`checklist`, `report`).

Both draw with QtGui on an offscreen QGuiApplication (fonts, the chart, the PDF), never
QtWidgets: "offscreen" needs no display, so they work over ssh and in scripts.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from il2desk.cli.words import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPageSize

PAPER_CHOICES = ("a4", "letter")


def add_paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=PAPER_CHOICES,
                        help=translate("cli", "paper size (default: the usual one where you "
                                              "live)"))


def page_size(paper: str | None) -> QPageSize | None:
    """The page `--paper` names (None: the usual one where the user lives), with the
    QGuiApplication that drawing a page needs made first."""
    from PySide6.QtGui import QGuiApplication, QPageSize

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication(["il2desk"])
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if paper == "letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    return None
