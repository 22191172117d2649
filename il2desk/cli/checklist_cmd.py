"""`il2desk checklist --course N --pdf FILE`: the printed course checklist, headless
(the page: cli/paper.py)."""

from __future__ import annotations

import argparse

from il2desk.cli.common import DONE, BadInput, absolute_path, course_number, open_record
from il2desk.cli.paper import add_paper, page_size
from il2desk.cli.words import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", type=course_number, required=True, metavar="NUMBER",
                        help=translate("cli", "the course number (as `il2desk course list` "
                                              "shows)"))
    parser.add_argument("--pdf", type=absolute_path, required=True, metavar="FILE",
                        help=translate("cli", "where to write the PDF"))
    add_paper(parser)


def run(args: argparse.Namespace) -> int:
    if args.pdf.suffix.lower() != ".pdf":
        raise BadInput(translate("cli", "“{file}” should end in .pdf.").format(file=args.pdf))
    with open_record(args) as ctx:
        page = page_size(args.paper)
        from il2desk.services.checklist import write_course_checklist_pdf

        write_course_checklist_pdf(ctx.courses, ctx.settings.current, args.course,
                                   args.pdf, page_size=page)
        print(translate("cli", "Wrote the checklist to {file}").format(file=args.pdf))
    return DONE
