"""The side-effect diary: quick entry, the list by course and day, and per course a
grid of the worst side effect each day (rules R7, R13, R15).

Every change goes on an undo stack, so a deleted or changed entry comes back with
"Undo" (or Ctrl+Z).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import Course, CourseStatus
from il2desk.domain.diary import (
    SYMPTOMS,
    DiaryEntry,
    is_high_fever,
    periods_from_courses,
    place_entry,
    symptom_by_code,
    worst_by_day,
)
from il2desk.domain.wall_time import resolve_local
from il2desk.services.diary_service import DiaryService
from il2desk.services.translation import LONG_DAY
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import date_text, translate_message
from il2desk.ui.views.diary_form import DiaryEntryForm
from il2desk.ui.views.diary_model import DiaryTableModel, symptom_text
from il2desk.ui.views.severity_grid import GridRow, SeverityGrid
from il2desk.ui.widgets import EmptyState, heading, paragraph

GRID_COURSES = 8  # the latest courses shown in the grid


# -- undoable changes ------------------------------------------------------------------
# Each change is written by the view first and pushed once it is in the record: the
# stack's first redo() does nothing more. A write refused (a read-only record, a full
# disk) then stops before "✓ Saved" is shown and before Undo offers to undo it; inside
# QUndoStack.push the error went to the error message while the view said "Saved".
class _AddEntry(QUndoCommand):
    def __init__(self, view: DiaryView, entry: DiaryEntry, created: dt.datetime) -> None:
        super().__init__(QCoreApplication.translate("Diary", "add entry"))
        self._view, self._entry, self._created = view, entry, created
        self._written = True  # by the view, before the push

    def redo(self) -> None:
        if self._written:
            self._written = False
        else:
            self._view.repo.restore(self._entry, self._created)
        self._view.select_entry(self._entry.id)

    def undo(self) -> None:
        assert self._entry.id is not None
        self._view.repo.delete(self._entry.id)

    @property
    def entry(self) -> DiaryEntry:
        return self._entry


class _EditEntry(QUndoCommand):
    def __init__(self, view: DiaryView, before: DiaryEntry, after: DiaryEntry) -> None:
        super().__init__(QCoreApplication.translate("Diary", "change"))
        self._view, self._before, self._after = view, before, after
        self._written = True  # by the view, before the push

    def redo(self) -> None:
        if self._written:
            self._written = False
        else:
            self._view.repo.update(self._after)
        self._view.select_entry(self._after.id)

    def undo(self) -> None:
        self._view.repo.update(self._before)
        self._view.select_entry(self._before.id)


class _DeleteEntry(QUndoCommand):
    def __init__(self, view: DiaryView, entry: DiaryEntry) -> None:
        super().__init__(QCoreApplication.translate("Diary", "delete"))
        self._view, self._entry = view, entry
        assert entry.id is not None
        self._created = view.repo.created_utc(entry.id) or view.now_utc()
        self._written = False  # the view deletes first, then tells the command

    def redo(self) -> None:
        assert self._entry.id is not None
        if self._written:
            self._written = False
        else:
            self._view.repo.delete(self._entry.id)

    def mark_written(self) -> None:
        self._written = True

    def undo(self) -> None:
        self._view.repo.restore(self._entry, self._created)
        self._view.select_entry(self._entry.id)


# -- the view ------------------------------------------------------------------------
class DiaryView(QWidget):
    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ctx = host.ctx
        self.repo: DiaryService = host.ctx.diary
        self.undo_stack = QUndoStack(self)
        self._courses: list[Course] = []

        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # with the R21 items the view still fits 1280×800 at extra large
        layout.addWidget(heading(self.tr("Side-effect diary")))

        entry_box = QGroupBox(self.tr("Note how you feel"))
        entry_layout = QVBoxLayout(entry_box)
        self.form = DiaryEntryForm(self.now_utc, self.zone_name, host.show_emergency)
        self.form.save_requested.connect(self.save)
        self.form.cancel_requested.connect(self.form.reset)
        entry_layout.addWidget(self.form)
        layout.addWidget(entry_box, 3)

        self.status_row = QWidget()
        status = QHBoxLayout(self.status_row)
        status.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("diaryStatus")
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_button.setEnabled(False)
        status.addWidget(self.status_label, 1)
        status.addWidget(self.undo_button)
        layout.addWidget(self.status_row)
        undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self._undo_unless_typing)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Diary pages"))
        self.tabs.addTab(self._build_list_page(), self.tr("&Entries"))
        # Scrollable, so the window still fits a small laptop screen.
        grid_scroll = QScrollArea()
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        grid_scroll.setWidget(self._build_grid_page())
        self.tabs.addTab(grid_scroll, self.tr("&By course day"))
        layout.addWidget(self.tabs, 4)
        self.refresh()
        # Every committed change of the diary, from here or elsewhere, reloads the list.
        self.repo.changed.connect(self.entries_changed)

    # -- pages ----------------------------------------------------------------------------
    def _build_list_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)  # the window fits 1280×800 at extra large
        bar = QHBoxLayout()
        filter_label = QLabel(self.tr("Show &by symptom:"))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("symptomFilter")
        self.filter_combo.setAccessibleName(self.tr("Show entries for"))
        self.filter_combo.addItem(self.tr("All symptoms"), None)
        for symptom in SYMPTOMS:
            self.filter_combo.addItem(translate_message(symptom.label),
                                      symptom.code)
        filter_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the chosen entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        column.addLayout(bar)

        self.model = DiaryTableModel(self.repo, self.zone_name())
        self.table = QTableView()
        self.table.setObjectName("diaryTable")
        self.table.setAccessibleName(self.tr("Diary entries, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Columns are sized once per reload, not kept "to contents": that mode asks the
        # model for every loaded row on each layout (20,000 entries made it slow).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_state = EmptyState(
            self.tr("No diary entries yet"),
            self.tr("Choose what you noticed above, how strong it was, and press Save. "
                    "Entries are grouped by course day, so you can see whether the last "
                    "days of a course are the hardest."))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        column.addWidget(self.list_stack, 1)
        return page

    def _build_grid_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(paragraph(self.tr(
            "The worst side effect you noted on each day of your latest courses. Side "
            "effects are usually worst on the last two or three days of a course.")))
        self.grid = SeverityGrid()
        column.addWidget(self.grid)
        self.hard_check = QCheckBox()
        self.hard_check.setObjectName("hardToTolerate")
        self.hard_check.setAccessibleName(self.tr("The latest course was hard to tolerate"))
        self.hard_check.toggled.connect(self._hard_toggled)
        column.addWidget(self.hard_check)
        self.hard_hint = paragraph(self.tr(
            "Ticking this lets il2desk show, on the Labs page, a lower dose you could "
            "discuss with your doctor. Nothing changes by itself."))
        column.addWidget(self.hard_hint)
        column.addStretch(1)
        return page

    # -- context --------------------------------------------------------------------------
    def now_utc(self) -> dt.datetime:
        return self.ctx.clock.now_utc()

    def zone_name(self) -> str:
        return self.ctx.settings.current.time_zone

    def refresh(self) -> None:
        """Called when the view is shown: courses may have changed elsewhere."""
        self._courses = self.ctx.courses.list()
        self.model.reload(periods=periods_from_courses(self._courses),
                          zone_name=self.zone_name())
        self._after_reload()
        self._refresh_grid()

    def entries_changed(self) -> None:
        self.model.reload()
        self._after_reload()
        self._refresh_grid()

    def select_entry(self, entry_id: int | None) -> None:
        row = self.model.row_of(entry_id) if entry_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _after_reload(self) -> None:
        for col in range(4):
            self.table.resizeColumnToContents(col)
        total = self.model.total
        filtered = self.model.symptom_filter is not None
        self.count_label.setText(self.tr("{0} entries").format(total) if total != 1
                                 else self.tr("1 entry"))
        self.list_stack.setCurrentWidget(self.table if total or filtered else self.empty_state)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_entry() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _undo_text_changed(self, text: str) -> None:
        self.undo_button.setText(self.tr("&Undo {0}").format(text) if text else self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.undo_button.text().replace("&", ""))

    def _undo_unless_typing(self) -> None:
        # A focused line edit claims Ctrl+Z first (ShortcutOverride), so typing is undone
        # there; anywhere else in the diary it undoes the last saved change.
        self.undo_stack.undo()

    # -- grid -----------------------------------------------------------------------------
    def started_courses(self) -> list[Course]:
        today = self.now_utc().date()
        return [c for c in self._courses
                if c.status is not CourseStatus.CANCELLED and c.start_date <= today]

    def _refresh_grid(self) -> None:
        periods = periods_from_courses(self._courses)
        rows: list[GridRow] = []
        started = self.started_courses()  # newest first
        for course in started[:GRID_COURSES]:
            index = next(i for i, p in enumerate(periods) if p.course_id == course.id)
            following = periods[index + 1].start if index + 1 < len(periods) else None
            window_end = following or course.start_date + dt.timedelta(
                weeks=course.plan.interval_weeks)
            # A day either side: entries carry their own zone, placed by local date.
            start_utc = resolve_local(course.start_date, dt.time(0), course.zone_name).utc
            end_utc = resolve_local(window_end, dt.time(0), course.zone_name).utc
            placed = []
            for entry in self.repo.between(start_utc - dt.timedelta(days=1),
                                           end_utc + dt.timedelta(days=1)):
                where = place_entry(entry.local_date, periods[index:index + 2])
                if where is not None and where.course_id == course.id:
                    placed.append((where.day, entry.severity))
            rows.append(GridRow(course.id, course.start_date, worst_by_day(placed),
                                course.plan.hard_to_tolerate))
        self.grid.set_rows(rows)
        latest = started[0] if started else None
        self.hard_check.blockSignals(True)
        self.hard_check.setVisible(latest is not None)
        self.hard_hint.setVisible(latest is not None)
        if latest is not None:
            text = self.tr("The course of {0} was &hard to tolerate").format(
                date_text(latest.start_date, LONG_DAY))
            self.hard_check.setText(text)
            self.hard_check.setAccessibleName(text.replace("&", ""))
            self.hard_check.setChecked(latest.plan.hard_to_tolerate)
        self.hard_check.blockSignals(False)

    def _hard_toggled(self, checked: bool) -> None:
        started = self.started_courses()
        if not started:
            return
        self.ctx.course_service.set_hard_to_tolerate(started[0].id, checked)
        self._courses = self.ctx.courses.list()
        self._refresh_grid()

    # -- actions --------------------------------------------------------------------------
    def _filter_changed(self, _index: int) -> None:
        self.model.set_symptom_filter(self.filter_combo.currentData())
        self._after_reload()

    def selected_entry(self) -> DiaryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def save(self) -> None:
        entry = self.form.read()
        if entry is None:
            return
        where = place_entry(entry.local_date, periods_from_courses(self._courses))
        entry = dataclasses.replace(entry, course_id=where.course_id if where else None)
        label = symptom_text(entry)
        if self.form.editing is not None:
            self.repo.update(entry)  # a refused write stops here: nothing says "Changed"
            self.undo_stack.push(_EditEntry(self, self.form.editing, entry))
            self.status_label.setText(self.tr("✓ Changed: {0}.").format(label))
        else:
            now = self.now_utc()
            entry = dataclasses.replace(entry, id=self.repo.add(entry, now))  # (as above)
            self.undo_stack.push(_AddEntry(self, entry, now))
            severity = translate_message(entry.severity.label).lower()
            text = self.tr("✓ Saved: {0}, {1}.").format(label, severity)
            if is_high_fever(entry.temperature_c) and not entry.is_emergency:
                # rule R13: a high fever becomes an emergency if medicine does not help.
                text += " " + self.tr("If medicine does not bring a fever of 38.9 °C "
                                      "(102 °F) or more down, call your doctor now.")
            if symptom_by_code(entry.symptom).see_doctor_soon:
                # rule R21: rare but serious; the doctor should hear of it soon.
                text += " " + self.tr("Please contact your doctor soon (within a day or "
                                      "two) to tell them about this.")
            self.status_label.setText(text)
        self.form.reset()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.form.load(entry)
            self.form.symptom_list.setFocus()

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if self.form.editing is not None and self.form.editing.id == entry.id:
            self.form.reset()
        command = _DeleteEntry(self, entry)
        self.repo.delete(entry.id)  # a refused write stops here: nothing says "deleted"
        command.mark_written()
        self.undo_stack.push(command)
        self.status_label.setText(self.tr("Entry deleted: {0}. Press Undo to bring it "
                                          "back.").format(symptom_text(entry)))
