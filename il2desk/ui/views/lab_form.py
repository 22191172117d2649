"""The lab result entry form: date drawn, CD4 count and percent, viral load, a note.

`read()` checks the fields and shows each problem next to its field (rule R16's
reliability is judged by the view, which knows the courses).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.labs import (
    LabInputError,
    LabResult,
    ViralLoadForm,
    check_lab,
    parse_cd4_count,
    parse_cd4_percent,
    parse_viral_load,
)
from il2desk.ui.date_fields import DateField
from il2desk.ui.widgets import FieldError

NOTE_MAX = 300


class LabEntryForm(QGroupBox):
    """Emits `save_requested` when the user presses Save (or Enter in a field)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Add a result"))
        self.setMaximumWidth(400)
        self.errors: dict[str, FieldError] = {}
        column = QVBoxLayout(self)
        column.addLayout(self._build_fields())
        self.save_button = QPushButton(self.tr("&Save result"))
        self.save_button.setObjectName("saveResult")
        self.save_button.setAccessibleName(self.tr("Save result"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(34)
        self.save_button.clicked.connect(self.save_requested)
        for edit in (self.cd4_count_edit, self.cd4_percent_edit, self.vl_edit, self.note_edit):
            edit.returnPressed.connect(self.save_requested)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.status_label = QLabel()
        self.status_label.setObjectName("labStatus")
        self.status_label.setWordWrap(True)
        column.addWidget(self.status_label)
        column.addStretch(1)
        self._vl_form_changed()

    # -- building -----------------------------------------------------------------------
    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.drawn_edit = DateField()
        self.drawn_edit.setObjectName("drawnDate")
        self._row(form, self.tr("&Date drawn:"), self.drawn_edit, "drawn_date")
        self.cd4_count_edit = QLineEdit()
        self.cd4_count_edit.setObjectName("cd4Count")
        self.cd4_count_edit.setPlaceholderText(self.tr("for example 450"))
        self._row(form, self.tr("CD4 &count:"), self.cd4_count_edit, "cd4_count",
                  self.tr("cells/µL"))
        self.cd4_percent_edit = QLineEdit()
        self.cd4_percent_edit.setObjectName("cd4Percent")
        self.cd4_percent_edit.setPlaceholderText(self.tr("for example 24"))
        self._row(form, self.tr("CD4 &percent:"), self.cd4_percent_edit, "cd4_percent", "%")
        self.vl_form_combo = QComboBox()
        self.vl_form_combo.setObjectName("viralLoadForm")
        for form_value, text in ((ViralLoadForm.NONE, self.tr("Not measured")),
                                 (ViralLoadForm.VALUE, self.tr("A number")),
                                 (ViralLoadForm.UNDETECTABLE, self.tr("Undetectable")),
                                 (ViralLoadForm.BELOW, self.tr("Below the lab's limit (<)"))):
            self.vl_form_combo.addItem(text, form_value.value)
        self._row(form, self.tr("&Viral load:"), self.vl_form_combo, "viral_load_form")
        self.vl_edit = QLineEdit()
        self.vl_edit.setObjectName("viralLoad")
        self._row(form, self.tr("Vi&ral load number:"), self.vl_edit, "viral_load",
                  self.tr("copies/mL"))
        self.vl_form_combo.currentIndexChanged.connect(self._vl_form_changed)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("labNote")
        self.note_edit.setPlaceholderText(self.tr("optional"))
        self._row(form, self.tr("&Note:"), self.note_edit, "note")
        return form

    def _row(self, form: QFormLayout, label: str, editor: QWidget, key: str,
             unit: str = "") -> None:
        error = FieldError()
        self.errors[key] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(editor, 1)
        if unit:
            line.addWidget(QLabel(unit))
        column.addLayout(line)
        column.addWidget(error)
        label_widget = QLabel(label)
        label_widget.setBuddy(editor)
        editor.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(label_widget, holder)

    def _vl_form_changed(self, *_args: object) -> None:
        form = ViralLoadForm(self.vl_form_combo.currentData())
        needs_number = form in (ViralLoadForm.VALUE, ViralLoadForm.BELOW)
        self.vl_edit.setEnabled(needs_number)
        self.vl_edit.setPlaceholderText(
            self.tr("for example 50") if form is ViralLoadForm.BELOW
            else self.tr("for example 12000") if needs_number else "")
        if not needs_number:
            self.vl_edit.clear()
            self.errors["viral_load"].clear_error()

    # -- use ----------------------------------------------------------------------------
    def set_today(self, today: dt.date) -> None:
        """A result cannot be drawn in the future; a new one defaults to today."""
        self.drawn_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.drawn_edit.setDate(QDate(today.year, today.month, today.day))

    def field_error(self, key: str) -> str:
        return self.errors[key].message

    def read(self, today: dt.date) -> LabResult | None:
        """The result typed in (not yet judged for reliability, rule R16), or None
        with each problem shown next to its field."""
        for error in self.errors.values():
            error.clear_error()
        problems: list[LabInputError] = []
        drawn = self.drawn_edit.date().toPython()
        form = ViralLoadForm(self.vl_form_combo.currentData())
        cd4_count = cd4_percent = viral_load = None
        try:
            cd4_count = parse_cd4_count(self.cd4_count_edit.text())
        except LabInputError as problem:
            problems.append(problem)
        try:
            cd4_percent = parse_cd4_percent(self.cd4_percent_edit.text())
        except LabInputError as problem:
            problems.append(problem)
        try:
            viral_load = parse_viral_load(form, self.vl_edit.text())
        except LabInputError as problem:
            problems.append(problem)
        note = self.note_edit.text().strip()
        if len(note) > NOTE_MAX:
            problems.append(LabInputError(
                self.tr("Please keep the note under {0} characters.").format(NOTE_MAX),
                field="note"))
        if not problems:
            problems = check_lab(drawn, today, cd4_count, cd4_percent, form)
        if problems:
            for problem in problems:
                if not self.errors[problem.field].message:
                    self.errors[problem.field].show_error(problem.message)
            self.status_label.setText("")
            return None
        return LabResult(None, drawn, cd4_count=cd4_count, cd4_percent=cd4_percent,
                         viral_load_form=form, viral_load=viral_load, note=note)

    def clear(self) -> None:
        """Empty the fields for the next result (the date stays)."""
        for edit in (self.cd4_count_edit, self.cd4_percent_edit, self.vl_edit, self.note_edit):
            edit.clear()
        self.vl_form_combo.setCurrentIndex(0)
