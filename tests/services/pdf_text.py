"""Write the checklist PDF on A4 or Letter, and read a PDF's text back with pdftotext."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageSize

from il2desk.services.checklist import write_course_checklist_pdf

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF text "
                    "cannot be read back")
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True, timeout=60)
    return result.stdout


def write_pdf(ctx, course_id, path, paper="a4", **pref_changes):
    prefs = dataclasses.replace(ctx.settings.current, **pref_changes)
    write_course_checklist_pdf(ctx.courses, prefs, course_id, path,
                               page_size=QPageSize(PAPERS[paper]))
    return path
