"""The course wizard (issue 4): one page per module, assembled in wizard.py.

The names below are looked up on first use, so a view that only needs a date helper
from `common` does not import every page of the wizard (start-up speed, issue 11).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from il2desk.ui.course_wizard.common import local_today
    from il2desk.ui.course_wizard.wizard import CourseWizard, can_edit, open_course_wizard

__all__ = ["CourseWizard", "can_edit", "local_today", "open_course_wizard"]

_HOMES = {"CourseWizard": "wizard", "can_edit": "wizard", "open_course_wizard": "wizard",
          "local_today": "common"}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
