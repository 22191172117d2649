""""Stop this course…" (rule R17): the reason, when, and plainly what happens.

Opened from Courses and from Today. Nothing is stored until "Stop the course" is
pressed; a refused time is said under the field and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import Course, InjectionStatus, StopReason
from il2desk.domain.errors import FieldInputError
from il2desk.domain.timeplan import from_utc
from il2desk.domain.wall_time import resolve_local
from il2desk.services.context import AppContext
from il2desk.ui.date_fields import DateTimeField
from il2desk.ui.dates import long_date
from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.widgets import FieldError, heading, name_buttons_from_text, paragraph


class StopCourseDialog(QDialog):
    def __init__(self, ctx: AppContext, course: Course, show_emergency: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.stopped = False
        self.setObjectName("stopCourseDialog")
        self.setWindowTitle(self.tr("Stop this course"))
        self.setMinimumWidth(560)
        injections = ctx.courses.injections(course.id)
        given = sum(1 for i in injections if i.status is InjectionStatus.DONE)
        left = sum(1 for i in injections if i.status is InjectionStatus.PLANNED)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Stop the course that began on {date}?").format(
            date=long_date(course.start_date)), level=2))
        kept = (self.tr("What happens: the injection already given stays in your record.")
                if given == 1 else
                self.tr("What happens: the {given} injections already given stay in your "
                        "record.").format(given=given))
        dropped = (self.tr("The injection still planned is marked “not given” (not "
                           "“missed”); its reminders stop at once, and a calendar export "
                           "shows it cancelled.") if left == 1 else
                   self.tr("The {left} injections still planned are marked “not given” "
                           "(not “missed”); their reminders stop at once, and a calendar "
                           "export shows them cancelled.").format(left=left))
        self.explanation = paragraph(" ".join((kept, dropped, self.tr(
            "Your diary entries and blood results keep this course."))))
        self.explanation.setObjectName("stopExplanation")
        layout.addWidget(self.explanation)

        reason_label = QLabel(self.tr("Why did it stop?"))
        layout.addWidget(reason_label)
        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[StopReason, QRadioButton] = {}
        texts = {StopReason.SIDE_EFFECTS: self.tr("&Side effects"),
                 StopReason.INFECTION: self.tr("An &infection"),
                 StopReason.DOCTOR: self.tr("My &doctor decided"),
                 StopReason.OTHER: self.tr("&Another reason")}
        for reason, text in texts.items():
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.reasons.addButton(button)
            self.reason_buttons[reason] = button
            button.toggled.connect(self._reason_changed)
            layout.addWidget(button)
        self.reason_error = FieldError()
        layout.addWidget(self.reason_error)
        self.side_effects_note = paragraph(self.tr(
            "A course stopped for side effects counts as hard to tolerate, so a lower dose "
            "for the next course will be suggested — discuss it with your doctor."))
        self.side_effects_note.setObjectName("sideEffectsNote")
        self.side_effects_note.setVisible(False)
        layout.addWidget(self.side_effects_note)

        when_label = QLabel(self.tr("&When did it stop?"))
        self.when_edit = DateTimeField()
        now_local = from_utc(ctx.clock.now_utc(), course.zone_name).replace(tzinfo=None)
        self.when_edit.setDateTime(QDateTime(now_local.replace(second=0, microsecond=0)))
        self.when_edit.setAccessibleName(self.tr("When the course stopped"))
        when_label.setBuddy(self.when_edit)
        layout.addWidget(when_label)
        layout.addWidget(self.when_edit)
        self.when_error = FieldError()
        layout.addWidget(self.when_error)

        buttons = QDialogButtonBox()
        self.emergency_button = make_emergency_button(show_emergency)
        buttons.addButton(self.emergency_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.stop_button = buttons.addButton(self.tr("S&top the course"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("&Keep the course"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter never stops a course by accident
            button.setAutoDefault(False)
        self.keep_button.setDefault(True)
        name_buttons_from_text(*buttons.buttons())
        layout.addWidget(buttons)
        install_emergency_shortcut(self, show_emergency)

    def _reason_changed(self, *_args) -> None:
        self.side_effects_note.setVisible(
            self.reason_buttons[StopReason.SIDE_EFFECTS].isChecked())
        self.adjustSize()  # room for the note: the explanation above keeps its lines

    def chosen_reason(self) -> StopReason | None:
        return next((r for r, b in self.reason_buttons.items() if b.isChecked()), None)

    def stop_time_utc(self) -> dt.datetime:
        local = self.when_edit.dateTime().toPython()
        return resolve_local(local.date(), local.time().replace(second=0, microsecond=0),
                             self.course.zone_name).utc

    def accept(self) -> None:
        self.reason_error.clear_error()
        self.when_error.clear_error()
        reason = self.chosen_reason()
        if reason is None:
            self.reason_error.show_error(self.tr("Please choose why the course stopped."))
            return
        try:
            # The reminders go at once: they follow the course service (rule R17).
            self.ctx.course_service.stop_course(self.course.id, reason, self.stop_time_utc())
        except FieldInputError as problem:
            target = self.when_error if problem.field == "at" else self.reason_error
            target.show_error(problem.message)
            return
        self.stopped = True
        super().accept()
