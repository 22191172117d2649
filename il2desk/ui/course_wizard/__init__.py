"""The course wizard (issue 4): one page per module, assembled in wizard.py."""

from il2desk.ui.course_wizard.wizard import (
    CourseWizard,
    can_edit,
    local_today,
    open_course_wizard,
)

__all__ = ["CourseWizard", "can_edit", "local_today", "open_course_wizard"]
