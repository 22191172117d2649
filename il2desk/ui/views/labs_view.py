"""Lab results: enter a result, see CD4 and viral load over time, and the suggestions
to take to the doctor (rules R3, R5, R6, R16).

A result drawn within 4 weeks after a course is kept and marked unreliable with the
reason (rule R16). Suggestions are only shown, never applied.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import Course
from il2desk.domain.labs import (
    UNRELIABLE_MARK,
    CourseWindow,
    LabResult,
    ViralLoadForm,
    course_lab_windows,
    judge_reliability,
    judge_reliability_all,
)
from il2desk.domain.suggestions import all_suggestions
from il2desk.domain.timeplan import from_utc
from il2desk.services.translation import LONG_DAY
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import date_text, translate_message
from il2desk.ui.reflow import ReflowRow
from il2desk.ui.views.lab_chart import LabChart
from il2desk.ui.views.lab_form import LabEntryForm
from il2desk.ui.views.lab_table_model import LabResultsModel
from il2desk.ui.widgets import EmptyState, heading, paragraph


class LabsView(QWidget):
    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ctx = host.ctx
        # What the table, chart and suggestions show now: (today, courses, results).
        self._shown: tuple[dt.date, tuple[Course, ...], tuple[LabResult, ...]] | None = None
        self._results: list[LabResult] = []
        self._courses: list[Course] = []
        self._refreshing = False

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Lab results")))
        top = QHBoxLayout()
        self.form = LabEntryForm()
        self.form.save_requested.connect(self.save)
        top.addWidget(self.form)
        chart_box = QGroupBox(self.tr("CD4 count over time"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart = LabChart()
        chart_layout.addWidget(self.chart)
        top.addWidget(chart_box, 1)
        layout.addLayout(top, 3)

        # The table and the suggestions side by side while the table's columns fit,
        # else one above the other (extra-large text, a small screen: issue 23).
        self.bottom = ReflowRow([(self._build_table(), 3), (self._build_suggestions(), 2)],
                                self._width_for_table_and_suggestions)
        layout.addWidget(self.bottom, 2)
        self.refresh()
        # A result saved, deleted or re-marked (here or elsewhere) is shown at once.
        self.ctx.labs.changed.connect(self._labs_changed)

    # -- building -----------------------------------------------------------------------
    def _build_table(self) -> QWidget:
        box = QGroupBox(self.tr("Results, newest first"))
        column = QVBoxLayout(box)
        # A model, not an item per cell: 500 results took 12 s as table items.
        self.model = LabResultsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("labTable")
        self.table.setAccessibleName(self.tr("Lab results, newest first"))
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Sized once per refresh; "to contents" asks for every row on each layout.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._show_reason)
        self.empty_state = EmptyState(
            self.tr("No lab results yet"),
            self.tr("Add your CD4 count and viral load from each lab report. Blood work is "
                    "due two weeks before each course; results drawn in the four weeks "
                    "after a course are kept but marked, because the course still changes "
                    "them."))
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)
        column.addWidget(self.table_stack, 1)
        below = QHBoxLayout()
        self.reason_label = paragraph("")
        self.reason_label.setObjectName("reasonLabel")
        below.addWidget(self.reason_label, 1)
        self.delete_button = QPushButton(self.tr("De&lete result…"))
        self.delete_button.setObjectName("deleteResult")
        self.delete_button.setAccessibleName(self.tr("Delete the chosen result"))
        self.delete_button.clicked.connect(self.delete_selected)
        below.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(below)
        return box

    def _build_suggestions(self) -> QWidget:
        box = QGroupBox(self.tr("To discuss with your doctor"))
        outer = QVBoxLayout(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.suggestions_layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        outer.addWidget(paragraph(self.tr(
            "These are only suggestions. il2desk never changes your dose or your "
            "schedule by itself.")))
        self.suggestion_labels: list[QLabel] = []
        return box

    # -- state --------------------------------------------------------------------------
    def today(self) -> dt.date:
        return from_utc(self.ctx.clock.now_utc(), self.ctx.settings.current.time_zone).date()

    def _course_starts(self) -> list[CourseWindow]:
        """Rule R16 windows (issue 19: until 4 weeks after the last injection given)."""
        return course_lab_windows(self._courses, self.ctx.courses.last_given_utc())

    def _labs_changed(self) -> None:
        if not self._refreshing:  # (refresh itself may store new marks)
            self.refresh()

    def refresh(self) -> None:
        self._refreshing = True
        try:
            self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        today = self.today()
        self.form.set_today(today)
        # Always read the record afresh (two small queries), so nothing shown can be
        # stale; the costly part — table, chart, suggestions — is redone only when
        # what was read differs from what is shown.
        self._courses = self.ctx.courses.list()
        starts = self._course_starts()
        results = self.ctx.labs.all()
        # Courses entered after a result can change its mark: judge every result again
        # (rule R16) and store only the marks that changed.
        marks = []
        for result, verdict in zip(results, judge_reliability_all(
                [r.drawn_date for r in results], starts), strict=True):
            if (verdict.unreliable, verdict.reason) != (result.unreliable,
                                                        result.unreliable_reason):
                assert result.id is not None
                marks.append((result.id, verdict.unreliable, verdict.reason))
        if marks:
            self.ctx.labs.set_reliability_many(marks)
            results = self.ctx.labs.all()
        self._results = results
        shown = (today, tuple(self._courses), tuple(results))
        if shown == self._shown:
            return
        self._shown = shown
        self._fill_table()
        self.chart.set_data(self._results, [start for start, _last in starts], today)
        self._fill_suggestions(today)

    def _fill_table(self) -> None:
        newest = list(reversed(self._results))
        self.model.set_rows(newest)
        self._fit_columns()
        self.bottom.reflow()
        self.table_stack.setCurrentWidget(self.table if newest else self.empty_state)
        self.reason_label.setText("")
        self.delete_button.setEnabled(False)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell, as resizeColumnsToContents makes it;
        but Qt measures only the few widest texts of each column, not every cell (all
        2,500 cells of 20 years of results took 50 ms on each change)."""
        if not self.model.rows:
            self.table.resizeColumnsToContents()
            return
        self.table.ensurePolished()
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        grid = 1 if self.table.showGrid() else 0  # as QTableView.sizeHintForColumn adds
        columns = self.model.columnCount()
        if header.stretchLastSection():
            columns -= 1  # the last one fills what is left, as it does with Qt's own
        for column in range(columns):
            content = max(self.table.sizeHintForIndex(self.model.index(row, column)).width()
                          for row in self.model.widest_rows(column, metrics)) + grid
            header.resizeSection(column, max(content, header.sectionSizeHint(column)))

    def _width_for_table_and_suggestions(self) -> int:
        """The width that shows every column of the table whole (the last one's
        widest text included) and the suggestions beside it at 3:2."""
        header = self.table.horizontalHeader()
        last = self.model.columnCount() - 1
        columns = sum(header.sectionSize(c) for c in range(last))
        rows = self.model.widest_rows(last, self.table.fontMetrics()) if self.model.rows else []
        last_width = max([header.sectionSizeHint(last)]
                         + [self.table.sizeHintForIndex(self.model.index(r, last)).width()
                            for r in rows])
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        table = columns + last_width + scroll_bar + 2 * self.table.frameWidth() + 40
        return table * 5 // 3  # the table takes 3 parts of 5

    def _fill_suggestions(self, today: dt.date) -> None:
        while self.suggestions_layout.count():
            item = self.suggestions_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.suggestion_labels = []
        found = all_suggestions(self._courses, self._results, today)
        if not found:
            label = paragraph(self.tr("Nothing to suggest right now."))
            self.suggestions_layout.addWidget(label)
            self.suggestion_labels.append(label)
        for suggestion in found:
            title = heading(translate_message(suggestion.title), level=2)
            shown = translate_message(suggestion.text)
            text = paragraph(shown)
            text.setObjectName(f"suggestion-{suggestion.rule}")
            text.setAccessibleName(shown)
            self.suggestions_layout.addWidget(title)
            self.suggestions_layout.addWidget(text)
            self.suggestion_labels.append(text)
        self.suggestions_layout.addStretch(1)

    def suggestion_texts(self) -> list[str]:
        return [label.text() for label in self.suggestion_labels]

    def selected_result(self) -> LabResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def delete_selected(self) -> None:
        """A mistyped result can be removed, after a plain question (nothing else is)."""
        result = self.selected_result()
        if result is None or result.id is None:
            return
        asked = self.host.prompter.confirm(
            self, self.tr("Delete result"),
            self.tr("Delete the result drawn on {0}? It cannot be brought back.").format(
                date_text(result.drawn_date, LONG_DAY)),
            yes=self.tr("Delete"), no=self.tr("Keep it"))
        if asked:
            self.ctx.labs.delete(result.id)  # the table follows through `changed`
            self.form.status_label.setText(self.tr("Result deleted."))

    def _show_reason(self) -> None:
        result = self.selected_result()
        self.delete_button.setEnabled(result is not None)
        if result is None:
            self.reason_label.setText("")
            return
        text = (self.tr("Why marked: {0}").format(translate_message(result.reason_message))
                if result.unreliable else "")
        if result.unreliable and result.viral_load_form is ViralLoadForm.VALUE:
            # Rule R22: a viral load soon after a course is explained, not an alarm.
            from il2desk.domain.visit_report import VIRAL_BURST

            text += " " + translate_message(VIRAL_BURST)
        self.reason_label.setText(text)

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        typed = self.form.read(self.today())
        if typed is None:  # each problem is shown next to its field
            return
        verdict = judge_reliability(typed.drawn_date, self._course_starts())  # rule R16
        result = dataclasses.replace(typed, unreliable=verdict.unreliable,
                                     unreliable_reason=verdict.reason)
        self.ctx.labs.add(result, self.ctx.clock.now_utc())  # shown through `changed`
        if verdict.unreliable:
            self.form.status_label.setText(self.tr("Saved, and marked {0}. {1}").format(
                translate_message(UNRELIABLE_MARK), translate_message(result.reason_message)))
        else:
            self.form.status_label.setText(self.tr("✓ Saved."))
        self.form.clear()
