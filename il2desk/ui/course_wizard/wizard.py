"""The course wizard: 7 pages from "Before you start" to the summary (issue 4).

Finishing stores the course and its 10 planned injections in one transaction (or
re-plans a course being edited). Every page shares the same domain checks as
`il2desk course new` (domain/course_validation.py).
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from il2desk.domain.checklists import PRECHECKS, SUPPORT_ITEMS
from il2desk.domain.course import Course, CoursePlan, CourseStatus
from il2desk.domain.course_validation import (
    latest_finished_course,
    nearest_wednesday,
    validate_plan,
)
from il2desk.domain.dose import format_concentration
from il2desk.domain.dose_advice import suggest_reduction
from il2desk.domain.errors import FieldInputError
from il2desk.domain.preferences import SettingError
from il2desk.domain.regimen import next_course_start, plain_miu
from il2desk.ui.course_wizard.blood_work_page import BloodWorkPage
from il2desk.ui.course_wizard.dose_page import DosePage
from il2desk.ui.course_wizard.draft import CourseDraft
from il2desk.ui.course_wizard.precheck_page import PrecheckPage
from il2desk.ui.course_wizard.preparation_page import PreparationPage
from il2desk.ui.course_wizard.summary_page import SummaryPage
from il2desk.ui.course_wizard.support_page import SupportPage
from il2desk.ui.course_wizard.when_page import WhenPage, schedule_html
from il2desk.ui.dates import local_today, long_date
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.wizard_base import Wizard


class CourseWizard(Wizard):
    def __init__(self, host: ViewHost, course: Course | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        ctx = self.ctx = host.ctx
        self.editing = course
        self.course_id: int | None = None
        self._on_output: Callable[[str, int], None] | None = None
        self._output_after_save: str | None = None
        self.setObjectName("courseWizard")
        self.setWindowTitle(self.tr("Change the course") if course else self.tr("Plan a course"))
        self.setMinimumSize(760, 640)
        self.today = local_today(ctx)
        self.draft = CourseDraft(today=self.today, existing=ctx.courses.list(), editing=course)
        previous = latest_finished_course(self.draft.existing, self.today)
        suggestion = None
        if previous is not None and previous.plan.hard_to_tolerate:  # rule R3
            suggestion = suggest_reduction(previous.dose_miu)

        draft = self.draft
        self.precheck_page = PrecheckPage(draft)
        self.dose_page = DosePage(draft, suggestion)
        self.when_page = WhenPage(draft, ctx.settings.current)
        self.preparation_page = PreparationPage(draft)
        self.support_page = SupportPage(draft, ctx.settings)
        self.blood_work_page = BloodWorkPage(draft)
        self.summary_page = SummaryPage(self.describe)
        for page in (self.precheck_page, self.dose_page, self.when_page,
                     self.preparation_page, self.support_page, self.blood_work_page,
                     self.summary_page):
            self.add_page(page)
        if course is not None:
            self._load(course)
        self.set_button_texts(cancel=self.tr("Cancel"), back=self.tr("< &Back"),
                              next_text=self.tr("&Next >"), finish=self.tr("&Save the course"))
        self.start()

    def _load(self, course: Course) -> None:
        plan = course.plan
        self.precheck_page.load(plan.prechecks)
        self.dose_page.load(plan.dose_miu, plan.dose_confirmed)
        self.when_page.load(plan)
        self.preparation_page.load(plan.preparation, plan.syringe_kind)
        self.preparation_page.load_strength(plan.concentration_miu_per_ml)
        self.support_page.load(plan.support)
        self.blood_work_page.load(plan.support.get("blood_work", False))

    # -- the plan -----------------------------------------------------------------------
    def build_plan(self) -> CoursePlan | None:
        """The plan as the pages passed so far filled it; None before the dose and the
        days are given."""
        return self.draft.plan()

    def _syringes_text(self, plan: CoursePlan) -> str:
        kind = plan.syringe_kind
        if kind is None:
            return self.tr("Pre-filled syringes")
        text = self.tr("A vial to mix, drawn with a {syringe}").format(
            syringe=translate_message(kind.label))
        if plan.concentration_miu_per_ml is not None:
            text += self.tr("; strength after mixing {value}").format(
                value=translate_message(format_concentration(plan.concentration_miu_per_ml)))
        return text

    def _schedule_html(self, plan: CoursePlan) -> str:
        try:
            return schedule_html(plan.doses(), self.palette())
        except FieldInputError as problem:  # (the When page checked the times already)
            return html.escape(translate_message(problem.message))

    def describe(self) -> str:
        plan = self.build_plan()
        if plan is None:
            return ""
        esc = html.escape
        rows: list[tuple[str, str]] = [
            (self.tr("Dose"), self.tr("{dose} per injection — {day} a day, {course} for the "
                                      "whole course").format(
                dose=format_dose_miu(plan.dose_miu), day=format_dose_miu(
                    plain_miu(plan.dose_miu * plan.per_day)),
                course=format_dose_miu(plain_miu(plan.dose_miu * plan.injection_count)))),
            (self.tr("Days"), self.tr("{start} to {end}").format(
                start=long_date(plan.start_date), end=long_date(plan.end_date))),
            (self.tr("Times"), (self.tr("{morning} and {evening} ({zone})") if plan.per_day == 2
                                else self.tr("{morning}, once a day ({zone})")).format(
                morning=plan.morning.strftime("%H:%M"), evening=plan.evening.strftime("%H:%M"),
                zone=plan.zone_name)),
            (self.tr("Next course"), self.tr("about {date} (after {weeks})").format(
                # rules R4 and R7: the Wednesday nearest the day the interval ends
                date=long_date(nearest_wednesday(
                    next_course_start(plan.start_date, plan.interval_weeks))),
                weeks=self.tr("%n week(s)", "", plan.interval_weeks))),
            (self.tr("Syringes"), self._syringes_text(plan)),
            (self.tr("Blood test"), self.tr("due {date}{booked}").format(
                date=long_date(plan.effective_blood_work_date),
                booked=self.tr(" (booked)") if plan.support.get("blood_work") else
                self.tr(" (still to book)"))),
        ]
        flagged = [item.text for item in PRECHECKS if plan.prechecks.get(item.key)]
        if plan.dose_confirmed:
            rows.insert(1, (self.tr("Dose check"),
                            self.tr("You confirmed this is the dose your doctor prescribed.")))
        parts = ["<table cellpadding='4'>"]
        parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows]
        parts.append("</table>")
        if flagged:
            parts.append("<p><b>" + esc(self.tr("To discuss with your doctor before starting:"))
                         + "</b></p><ul>")
            parts += [f"<li>⚠ {esc(translate_message(text))}</li>" for text in flagged]
            parts.append("</ul>")
        open_items = [item for item in SUPPORT_ITEMS if not plan.support.get(item.key)]
        done_items = [item for item in SUPPORT_ITEMS if plan.support.get(item.key)]
        parts.append("<p><b>" + esc(self.tr("Checklist")) + "</b></p><ul>")
        parts += [f"<li>☑ {esc(translate_message(item.text))}</li>" for item in done_items]
        parts += [f"<li>☐ {esc(translate_message(item.text))}</li>" for item in open_items]
        parts.append("</ul>")
        parts.append("<p><b>" + esc(self.tr("Injections")) + "</b></p>")
        parts.append(self._schedule_html(plan))
        return "".join(parts)

    # -- finishing ----------------------------------------------------------------------
    def finish(self) -> None:
        plan = self.build_plan()
        if plan is None:
            self.summary_page.error.show_error(self.tr("Please go back and type the dose."))
            return
        ignore = self.editing.id if self.editing else None
        errors = validate_plan(plan, self.today, self.ctx.courses.list(), ignore_id=ignore)
        if errors:
            self.summary_page.error.show_error(next(iter(errors.values())))
            return
        if self.editing is not None:
            self.ctx.course_service.replan(self.editing.id, plan)
            self.course_id = self.editing.id
        else:
            self.course_id = self.ctx.course_service.create_course(plan)  # one transaction
        phone = self.draft.new_phone
        if phone is not None:
            # Checked on the support page already; the course is saved either way.
            with contextlib.suppress(SettingError):
                self.ctx.settings.update_field("doctor_phone", phone)
        self.accept()
        if self._output_after_save is not None and self._on_output is not None:
            self._on_output(self._output_after_save, self.course_id)

    def offer_outputs(self, on_output: Callable[[str, int], None]) -> None:
        """Put the checklist and calendar buttons on the summary page (issue 9)."""
        self._on_output = on_output
        for kind, text in (("print", self.tr("Save and &print the checklist…")),
                           ("calendar", self.tr("Save and e&xport to calendar…"))):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _checked=False, k=kind: self._save_then(k))
            self.summary_page.output_buttons.addWidget(button)
        self.summary_page.output_buttons.addStretch(1)

    def _save_then(self, kind: str) -> None:
        self._output_after_save = kind
        self.finish()
        if self.course_id is None:
            self._output_after_save = None  # refused (message on the page): nothing to do


def can_edit(course: Course, done_count: int) -> bool:
    """A planned course may be changed while none of its injections is done."""
    return course.status is CourseStatus.PLANNED and done_count == 0


def open_course_wizard(host: ViewHost, parent: QWidget, course: Course | None = None,
                       on_saved: Callable[[int], None] | None = None,
                       on_output: Callable[[str, int], None] | None = None) -> CourseWizard:
    """Open the wizard window-modal without blocking (tests drive it like a user).

    With `on_output`, the summary offers "Save and print the checklist…" and "Save and
    export to calendar…": the course is saved, then on_output("print"|"calendar", id).
    """
    wizard = CourseWizard(host, course, parent)
    if on_output is not None:
        wizard.offer_outputs(on_output)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if on_saved is not None:
        wizard.accepted.connect(lambda: on_saved(wizard.course_id or 0))
    wizard.open()
    return wizard
