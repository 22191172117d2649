"""Courses: past and planned courses, each with its injections (issue 4).

Plan a course, change a planned one while none of its injections is done, cancel one
(kept, marked cancelled), mark a finished one "hard to tolerate" (rule R3), and record
a course from before il2desk was used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.booking import Planned, unrecorded
from il2desk.domain.course import Course, Injection, InjectionStatus, Route
from il2desk.domain.course_stop import can_cancel, can_mark_hard, can_stop
from il2desk.domain.timeplan import TimeAdjustment, from_utc
from il2desk.services.translation import COURSE_DAY
from il2desk.ui.course_outputs import run_course_output
from il2desk.ui.course_states import course_state_text, injection_state_text
from il2desk.ui.course_wizard.wizard import CourseWizard, can_edit, open_course_wizard
from il2desk.ui.dates import local_today, long_date, short_date
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import date_text
from il2desk.ui.reflow import ReflowRow
from il2desk.ui.views.past_course_dialog import PastCourseDialog
from il2desk.ui.views.rows_model import RowsModel
from il2desk.ui.widgets import EmptyState, heading, paragraph

_Index = QModelIndex | QPersistentModelIndex


def status_text(course: Course, counts: Mapping[InjectionStatus, int] | None = None, *,
                long: bool = False, today: dt.date | None = None) -> str:
    """The course's state in words (rule R17), already translated."""
    return course_state_text(course, counts or {}, today or course.start_date, long=long)


NOT_RECORDED = QT_TRANSLATE_NOOP("CourseStatus", "Not recorded")


class CoursesModel(RowsModel[tuple[Course, int, int]]):
    counts: Mapping[int, Mapping[InjectionStatus, int]] = {}
    today: dt.date | None = None

    # Shown through RowsModel.header_text: self.tr() looks in this class's context.
    HEADERS = (QT_TRANSLATE_NOOP("CoursesModel", "Days"),
               QT_TRANSLATE_NOOP("CoursesModel", "Dose per injection"),
               QT_TRANSLATE_NOOP("CoursesModel", "Done"),
               QT_TRANSLATE_NOOP("CoursesModel", "Missed"),
               QT_TRANSLATE_NOOP("CoursesModel", "Status"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        course, done, missed = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return course.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return f"{short_date(course.start_date)} – {short_date(course.end_date)}"
        if column == 1:
            return format_dose_miu(course.dose_miu)
        if column == 4:
            return status_text(course, self.counts.get(course.id), today=self.today)
        return str(done if column == 2 else missed)


class CoursesView(QWidget):
    def __init__(self, host: ViewHost) -> None:
        super().__init__()
        self.host = host
        self.ctx = host.ctx
        self.wizard: CourseWizard | None = None
        self.past_dialog: PastCourseDialog | None = None
        self.output_dialog: QWidget | None = None  # an open print preview, if any
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Courses")))

        self.plan_button = self._button(self.tr("&Plan a course…"), self.plan_course)
        self.edit_button = self._button(self.tr("&Change…"), self.edit_course)
        self.stop_button = self._button(self.tr("&Stop this course…"), self.stop_course)
        self.stop_button.setObjectName("stopCourse")
        self.cancel_button = self._button(self.tr("C&ancel course…"), self.cancel_course)
        self.hard_button = self._button(self.tr("Mark hard to &tolerate"), self.toggle_hard)
        self.past_button = self._button(self.tr("&Record a past course…"), self.record_past)
        # Planning buttons, then what to do with the chosen course: one row while they
        # fit, two rows at extra-large text or in a longer language (Spanish was cut).
        groups = []
        for row in ((self.plan_button, self.edit_button, self.past_button),
                    (self.stop_button, self.cancel_button, self.hard_button)):
            group = QWidget()
            line = QHBoxLayout(group)
            line.setContentsMargins(0, 0, 0, 0)
            for button in row:
                line.addWidget(button)
            # As wide as its buttons: the room left stays at the row's end.
            group.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            groups.append((group, 0))
        self.buttons = ReflowRow(groups, lambda: sum(
            group.sizeHint().width() for group, _stretch in groups) + 12)
        self.buttons.layout().setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)

        splitter = QSplitter()
        self.model = CoursesModel()
        self.table = QTableView()
        self.table.setObjectName("coursesTable")
        self.table.setAccessibleName(self.tr("Courses"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Sized once per refresh: "to contents" asks for every row on each layout.
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        # Each column as wide as its text (refresh): a long state ("Stopped early (side
        # effects), hard to tolerate") is shown whole, and the list scrolls sideways
        # when the window is narrow, rather than end it in "…" (issue 23). Stretching
        # the last column made Qt cut it instead.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = heading("", level=2)
        self.detail_title.setObjectName("courseDetailTitle")
        detail_layout.addWidget(self.detail_title)
        self.detail_text = paragraph("")
        self.detail_text.setObjectName("courseDetailText")
        detail_layout.addWidget(self.detail_text)
        outputs = QHBoxLayout()
        self.print_button = self._button(self.tr("Print chec&klist…"), self.print_checklist)
        self.export_button = self._button(self.tr("E&xport to calendar…"),
                                          self.export_calendar)
        outputs.addWidget(self.print_button)
        outputs.addWidget(self.export_button)
        outputs.addStretch(1)
        detail_layout.addLayout(outputs)
        self.injections_table = QTableWidget(0, 4)
        self.injections_table.setObjectName("injectionsTable")
        self.injections_table.setAccessibleName(self.tr("Injections of the course"))
        self.injections_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Day"), self.tr("Time"), self.tr("Status")])
        self.injections_table.verticalHeader().setVisible(False)
        self.injections_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.injections_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.injections_table.horizontalHeader().setStretchLastSection(True)
        self.injections_table.setWordWrap(True)  # "Not given (course stopped)" wraps
        self.injections_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        detail_layout.addWidget(self.injections_table, 1)
        self.empty_state = EmptyState(
            self.tr("No courses yet"),
            self.tr("Press “Plan a course…” to plan your next one, or “Record a past "
                    "course…” for one you had before using il2desk."))
        detail_layout.addWidget(self.empty_state)
        splitter.addWidget(detail)
        splitter.setSizes([560, 420])
        layout.addWidget(splitter, 1)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- data ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Settings ▸ Text size changed
            self.table.resizeColumnsToContents()  # the columns keep their words whole

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_course_id()
        counts = self.ctx.courses.injection_counts()  # one query, not one per course
        rows = [(course, *counts.get(course.id, (0, 0))) for course in self.ctx.courses.list()]
        self.model.counts = self.ctx.courses.injection_status_counts()
        self.model.today = local_today(self.ctx)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty_state.setVisible(not rows)
        self.injections_table.setVisible(bool(rows))
        row = next((n for n, r in enumerate(rows) if r[0].id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def selected_course_id(self) -> int | None:
        """The course selected in the list (issue 9's outputs use it)."""
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        if not rows:
            return None
        return int(self.model.data(rows[0], Qt.ItemDataRole.UserRole))

    def _selected(self) -> tuple[Course, int, int] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self, *_args) -> None:
        selected = self._selected()
        today = local_today(self.ctx)
        if selected is None:
            self.detail_title.setText("")
            self.detail_text.setText("")
            self.injections_table.setRowCount(0)
            for button in (self.edit_button, self.stop_button, self.cancel_button,
                           self.hard_button, self.print_button, self.export_button):
                button.setEnabled(False)
            return
        self.print_button.setEnabled(True)
        self.export_button.setEnabled(True)
        course, done, _missed = selected
        injections = self.ctx.courses.injections(course.id)
        now = self.ctx.clock.now_utc()
        self.detail_title.setText(self.tr("{start} to {end}").format(
            start=long_date(course.start_date), end=long_date(course.end_date)))
        status = course_state_text(course, injections, today, long=True)
        if course.plan.route is Route.HOSPITAL:  # rule R18
            lines = [self.tr("{dose} a day by continuous infusion in hospital, {days} "
                             "(no home injections). {status}.").format(
                dose=format_dose_miu(course.dose_miu),
                days=self.tr("%n day(s)", "", course.plan.days), status=status)]
        else:
            lines = [self.tr("{dose} per injection, {zone}. {status}.").format(
                dose=format_dose_miu(course.dose_miu), zone=course.zone_name, status=status)]
        if course.plan.notes:
            lines.append(self.tr("How it went: {notes}").format(notes=course.plan.notes))
        self.detail_text.setText(" ".join(lines))
        self._fill_injections(injections)
        self.edit_button.setEnabled(can_edit(course, done))
        self.stop_button.setEnabled(can_stop(course, injections, now))
        self.cancel_button.setEnabled(can_cancel(course, injections, now))
        # rule R3: "hard to tolerate" on any course that has begun (issue 19)
        self.hard_button.setEnabled(can_mark_hard(course, injections, now))
        self.hard_button.setText(self.tr("Not hard to &tolerate")
                                 if course.plan.hard_to_tolerate
                                 else self.tr("Mark hard to &tolerate"))

    def _fill_injections(self, injections: list[Injection]) -> None:
        self.injections_table.setRowCount(len(injections))
        # rule T2: past its window with no answer is "not recorded", not "planned"
        not_recorded = set(unrecorded([Planned(i.id, i.planned_utc,
                                               i.status is InjectionStatus.PLANNED)
                                       for i in injections], self.ctx.clock.now_utc()))
        for row, injection in enumerate(injections):
            local = from_utc(injection.planned_utc, injection.zone_name)
            time_text = local.strftime("%H:%M")
            if injection.adjustment is TimeAdjustment.MOVED_FORWARD:
                time_text += self.tr(" (clocks went forward)")
            elif injection.adjustment is TimeAdjustment.FIRST_OCCURRENCE:
                time_text += self.tr(" (first of the two)")
            if injection.id in not_recorded:  # rule T2: past its time, no answer yet
                status = QCoreApplication.translate("CourseStatus", NOT_RECORDED)
            else:
                status = injection_state_text(injection)
                if injection.status is InjectionStatus.DONE and injection.given_utc is not None:
                    given = from_utc(injection.given_utc, injection.zone_name)
                    status = self.tr("{state} at {time}").format(
                        state=status, time=given.strftime("%H:%M"))
            cells = (str(injection.seq), date_text(local, COURSE_DAY), time_text, status)
            for column, text in enumerate(cells):
                self.injections_table.setItem(row, column, QTableWidgetItem(text))

    # -- actions ------------------------------------------------------------------------
    def print_checklist(self) -> None:
        course_id = self.selected_course_id()
        if course_id is not None:
            self.output_dialog = run_course_output(self.host, "print", course_id, self)

    def export_calendar(self) -> None:
        course_id = self.selected_course_id()
        if course_id is not None:
            run_course_output(self.host, "calendar", course_id, self)

    def _after_save_output(self, kind: str, course_id: int) -> None:
        self.output_dialog = run_course_output(self.host, kind, course_id, self)

    def plan_course(self) -> None:
        self.wizard = open_course_wizard(self.host, self,
                                         on_saved=lambda cid: self.refresh(cid),
                                         on_output=self._after_save_output)

    def edit_course(self) -> None:
        selected = self._selected()
        if selected is None or not can_edit(selected[0], selected[1]):
            return
        self.wizard = open_course_wizard(self.host, self,
                                         course=selected[0],
                                         on_saved=lambda cid: self.refresh(cid),
                                         on_output=self._after_save_output)

    def stop_course(self) -> None:
        """Rule R17: "Stop this course…" — the dialog says what happens."""
        from il2desk.ui.stop_course_dialog import StopCourseDialog

        selected = self._selected()
        if selected is None:
            return
        course = selected[0]
        if not can_stop(course, self.ctx.courses.injections(course.id),
                        self.ctx.clock.now_utc()):
            return
        self.stop_dialog = StopCourseDialog(self.ctx, course, self.host.show_emergency, self)
        self.stop_dialog.accepted.connect(lambda: self._after_change(course.id))
        self.stop_dialog.open()

    def _after_change(self, course_id: int) -> None:
        self.refresh(course_id)  # the other views refresh when shown

    def cancel_course(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        course = selected[0]
        if not can_cancel(course, self.ctx.courses.injections(course.id),
                          self.ctx.clock.now_utc()):
            return
        if self.host.prompter.confirm(
                self, self.tr("Cancel this course?"),
                self.tr("The course from {start} has not begun. It will be kept in your "
                        "history, marked cancelled; its injections will not be given and "
                        "their reminders stop.").format(start=long_date(course.start_date)),
                yes=self.tr("Cancel the course"), no=self.tr("Keep it")):
            self.ctx.course_service.cancel_course(course.id)  # reminders follow at once
            self._after_change(course.id)

    def toggle_hard(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        course = selected[0]
        self.ctx.course_service.set_hard_to_tolerate(course.id,
                                                     not course.plan.hard_to_tolerate)
        self.refresh(course.id)

    def record_past(self) -> None:
        self.past_dialog = PastCourseDialog(self.ctx, self.host.show_emergency, self)
        dialog = self.past_dialog
        dialog.accepted.connect(lambda: self.refresh(dialog.course_id))
        dialog.open()
