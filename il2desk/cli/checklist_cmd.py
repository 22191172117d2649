"""`il2desk checklist --course N --pdf FILE`: the printed course checklist, headless.

Uses QtGui with an offscreen QGuiApplication (fonts and PDF), never QtWidgets.
"""

from __future__ import annotations

import argparse
import os

from il2desk.cli.common import DONE, BadInput, absolute_path, course_number, open_record
from il2desk.cli.words import translate

PAPER_CHOICES = ("a4", "letter")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", type=course_number, required=True, metavar="NUMBER",
                        help=translate("cli", "the course number (as `il2desk course list` "
                                              "shows)"))
    parser.add_argument("--pdf", type=absolute_path, required=True, metavar="FILE",
                        help=translate("cli", "where to write the PDF"))
    parser.add_argument("--paper", choices=PAPER_CHOICES,
                        help=translate("cli", "paper size (default: the usual one where you "
                                              "live)"))


def _ensure_gui_application() -> None:
    # Fonts need a QGuiApplication; "offscreen" needs no display, so this works over
    # ssh and in scripts.
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication(["il2desk"])


def run(args: argparse.Namespace) -> int:
    if args.pdf.suffix.lower() != ".pdf":
        raise BadInput(translate("cli", "“{file}” should end in .pdf.").format(file=args.pdf))
    with open_record(args) as ctx:
        _ensure_gui_application()
        from PySide6.QtGui import QPageSize

        from il2desk.services.checklist import write_course_checklist_pdf

        page_size = None
        if args.paper == "a4":
            page_size = QPageSize(QPageSize.PageSizeId.A4)
        elif args.paper == "letter":
            page_size = QPageSize(QPageSize.PageSizeId.Letter)
        write_course_checklist_pdf(ctx.courses, ctx.settings.current, args.course,
                                   args.pdf, page_size=page_size)
        print(translate("cli", "Wrote the checklist to {file}").format(file=args.pdf))
    return DONE
