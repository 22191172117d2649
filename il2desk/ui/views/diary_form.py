"""The quick diary entry: symptom, how strong, save — three clicks (rules R13, R15).

Time defaults to now, temperature appears for fever (°C or °F), words for "something
else". Choosing a rule R13 sign calls `on_emergency` at once, before anything is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.diary import (
    SYMPTOMS,
    DiaryEntry,
    DiaryInputError,
    Severity,
    Symptom,
    TemperatureUnit,
    celsius_to_fahrenheit,
    parse_other_text,
    parse_temperature,
    symptom_by_code,
)
from il2desk.domain.dose import format_number
from il2desk.domain.texts import Joined, Message
from il2desk.domain.timeplan import from_utc
from il2desk.domain.wall_time import resolve_local
from il2desk.ui.date_fields import DateTimeField
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import FieldError

CodeRole = Qt.ItemDataRole.UserRole + 1
NOTE_MAX = 500


class DiaryEntryForm(QWidget):
    """Emits `save_requested` when the user presses Save; `read()` checks the fields."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, now_utc: Callable[[], dt.datetime], zone_name: Callable[[], str],
                 on_emergency: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now_utc = now_utc
        self._zone_name = zone_name
        self._on_emergency = on_emergency
        self._loading = False
        self.editing: DiaryEntry | None = None
        self.errors: dict[str, FieldError] = {}

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        left = QVBoxLayout()
        symptom_label = QLabel(self.tr("1. &What did you notice?"))
        left.addWidget(symptom_label)
        self.symptom_list = QListWidget()
        self.symptom_list.setObjectName("symptomList")
        self.symptom_list.setAccessibleName(self.tr("Symptom"))
        self.symptom_list.setAccessibleDescription(self.tr(
            "Signs marked with a warning sign mean: call your doctor now."))
        self.symptom_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        symptom_label.setBuddy(self.symptom_list)
        for symptom in SYMPTOMS:
            self.symptom_list.addItem(self._symptom_item(symptom))
        # Two columns that flow top to bottom: every choice, the rule R13 signs
        # included, is in sight without scrolling.
        self.symptom_list.setFlow(QListView.Flow.TopToBottom)
        self.symptom_list.setWrapping(True)
        self.symptom_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.symptom_list.setSpacing(2)
        self._fit_symptom_list()
        self.symptom_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.symptom_list.currentItemChanged.connect(self._symptom_changed)
        left.addWidget(self.symptom_list, 1)
        left.addWidget(self._error("symptom"))
        outer.addLayout(left, 5)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("2. How strong?")))
        severity_row = QHBoxLayout()
        self.severity_group = QButtonGroup(self)
        self.severity_group.setExclusive(True)
        self.severity_buttons: dict[Severity, QPushButton] = {}
        for severity, text in ((Severity.MILD, self.tr("●○○ M&ild")),
                               (Severity.MODERATE, self.tr("●●○ M&oderate")),
                               (Severity.SEVERE, self.tr("●●● Se&vere"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"severity-{severity.value}")
            button.setAccessibleName(translate_message(severity.label))
            button.setMinimumHeight(36)
            self.severity_group.addButton(button)
            self.severity_buttons[severity] = button
            severity_row.addWidget(button)
        right.addLayout(severity_row)
        right.addWidget(self._error("severity"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.temperature_edit = QLineEdit()
        self.temperature_edit.setObjectName("temperature")
        self.temperature_edit.setAccessibleName(self.tr("Temperature"))
        self.temperature_edit.setPlaceholderText(self.tr("for example 38.5"))
        self.temperature_unit = QComboBox()
        self.temperature_unit.setAccessibleName(self.tr("Temperature unit"))
        for unit in TemperatureUnit:
            self.temperature_unit.addItem(unit.symbol, unit.value)
        self.temperature_row = QWidget()
        row = QHBoxLayout(self.temperature_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.temperature_edit, 1)
        row.addWidget(self.temperature_unit)
        self.temperature_label = QLabel(self.tr("&Temperature:"))
        self.temperature_label.setBuddy(self.temperature_edit)
        form.addRow(self.temperature_label, self._with_error(self.temperature_row, "temperature"))

        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("otherText")
        self.other_edit.setAccessibleName(self.tr("What it was"))
        self.other_edit.setPlaceholderText(self.tr("for example headache"))
        self.other_label = QLabel(self.tr("What &was it?"))
        self.other_label.setBuddy(self.other_edit)
        self.other_row = self._with_error(self.other_edit, "other_text")
        form.addRow(self.other_label, self.other_row)

        self.when_edit = DateTimeField()
        self.when_edit.setObjectName("when")
        self.when_edit.setAccessibleName(self.tr("When"))
        when_label = QLabel(self.tr("Wh&en:"))
        when_label.setBuddy(self.when_edit)
        form.addRow(when_label, self._with_error(self.when_edit, "when"))

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("optional, for example took ibuprofen"))
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self._with_error(self.note_edit, "note"))
        right.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("3. &Save entry"))
        self.save_button.setObjectName("saveEntry")
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setMinimumHeight(36)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("&Cancel editing"))
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        outer.addLayout(right, 3)
        for edit in (self.temperature_edit, self.other_edit, self.note_edit):
            edit.returnPressed.connect(self.save_requested)
        self.reset()

    # -- building -----------------------------------------------------------------------
    def _symptom_item(self, symptom: Symptom) -> QListWidgetItem:
        label = translate_message(symptom.label)
        item = QListWidgetItem(f"⚠ {label}" if symptom.emergency else label)
        item.setData(CodeRole, symptom.code)
        if symptom.emergency:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("A sign to call your doctor now"))
        return item

    def _fit_symptom_list(self) -> None:
        """Two columns of choices at the current text size, so every sign to call the
        doctor (rule R13) is in sight without scrolling, also at extra large: a choice
        longer than about 30 letters wraps onto a second line instead."""
        items = [self.symptom_list.item(row) for row in range(self.symptom_list.count())]
        bold = QFont(self.symptom_list.font())
        bold.setBold(True)
        for item in items:
            if item.font().bold():
                item.setFont(bold)  # the bold signs follow the text size too
            item.setSizeHint(QSize())  # measure the natural size again
        natural = [self.symptom_list.sizeHintForIndex(self.symptom_list.indexFromItem(item))
                   for item in items]
        metrics = self.symptom_list.fontMetrics()
        column = min(max((size.width() for size in natural), default=200),
                     metrics.averageCharWidth() * 34)
        line = max((size.height() for size in natural), default=metrics.lineSpacing())
        total = 0
        for item, size in zip(items, natural, strict=True):
            height = line if size.width() <= column else 2 * line + 2
            item.setSizeHint(QSize(column, height))
            total += height + 2 * self.symptom_list.spacing()
        self.symptom_list.setWordWrap(True)
        frame = 2 * self.symptom_list.frameWidth()
        self.symptom_list.setMinimumWidth(2 * column + 6 * self.symptom_list.spacing()
                                          + frame + 8)
        self.symptom_list.setMinimumHeight(total // 2 + line + frame + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "symptom_list"):
            self._fit_symptom_list()

    def _list_height(self, rows: int) -> int:
        row = self.symptom_list.sizeHintForRow(0) + 2 * self.symptom_list.spacing()
        return rows * row + 2 * self.symptom_list.frameWidth() + 4

    def _error(self, key: str) -> FieldError:
        error = FieldError()
        self.errors[key] = error
        return error

    def _with_error(self, editor: QWidget, key: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addWidget(self._error(key))
        return holder

    # -- state --------------------------------------------------------------------------
    def current_symptom(self) -> Symptom | None:
        item = self.symptom_list.currentItem()
        return symptom_by_code(item.data(CodeRole)) if item is not None else None

    def current_severity(self) -> Severity | None:
        for severity, button in self.severity_buttons.items():
            if button.isChecked():
                return severity
        return None

    def select_symptom(self, code: str) -> None:
        for row in range(self.symptom_list.count()):
            if self.symptom_list.item(row).data(CodeRole) == code:
                self.symptom_list.setCurrentRow(row)
                return

    def _symptom_changed(self, *_args: object) -> None:
        symptom = self.current_symptom()
        self._show_extra_rows(symptom)
        if symptom is None or self._loading:
            return
        self.errors["symptom"].clear_error()
        if symptom.emergency:
            # rule R13: a sign to call the doctor now — say so before anything else.
            if self.current_severity() is None:
                self.severity_buttons[Severity.SEVERE].setChecked(True)
            self._on_emergency()

    def _show_extra_rows(self, symptom: Symptom | None) -> None:
        needs_temperature = bool(symptom and symptom.needs_temperature)
        needs_text = bool(symptom and symptom.needs_text)
        self.temperature_label.setVisible(needs_temperature)
        self.temperature_row.parentWidget().setVisible(needs_temperature)
        self.other_label.setVisible(needs_text)
        self.other_row.setVisible(needs_text)

    def _set_when(self, utc: dt.datetime) -> None:
        local = from_utc(utc, self._zone_name())
        self.when_edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                             QTime(local.hour, local.minute)))

    def reset(self) -> None:
        """Empty form for a new entry, time set to now (from the app clock)."""
        self._loading = True
        self.editing = None
        self.symptom_list.setCurrentRow(-1)
        self.symptom_list.clearSelection()
        self.severity_group.setExclusive(False)
        for button in self.severity_buttons.values():
            button.setChecked(False)
        self.severity_group.setExclusive(True)
        self.temperature_edit.clear()
        self.other_edit.clear()
        self.note_edit.clear()
        self._set_when(self._now_utc())
        for error in self.errors.values():
            error.clear_error()
        self.save_button.setText(self.tr("3. &Save entry"))
        self.cancel_button.hide()
        self._show_extra_rows(None)
        self._loading = False

    def load(self, entry: DiaryEntry) -> None:
        """Fill the form with a stored entry to change it (no emergency panel again)."""
        self.reset()
        self._loading = True
        self.editing = entry
        self.select_symptom(entry.symptom)
        self.severity_buttons[entry.severity].setChecked(True)
        if entry.temperature_c is not None:
            unit = TemperatureUnit(self.temperature_unit.currentData())
            shown = (entry.temperature_c if unit is TemperatureUnit.CELSIUS
                     else celsius_to_fahrenheit(entry.temperature_c))
            self.temperature_edit.setText(format_number(shown))
        self.other_edit.setText(entry.other_text)
        self.note_edit.setText(entry.note)
        self._set_when(entry.occurred_utc)
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_button.show()
        self._show_extra_rows(self.current_symptom())
        self._loading = False

    # -- reading ------------------------------------------------------------------------
    def read(self) -> DiaryEntry | None:
        """The entry as typed, or None with each problem shown beside its field."""
        for error in self.errors.values():
            error.clear_error()
        problems: dict[str, str | Message | Joined] = {}
        symptom = self.current_symptom()
        severity = self.current_severity()
        if symptom is None:
            problems["symptom"] = self.tr("Please choose what you noticed.")
        if severity is None:
            problems["severity"] = self.tr("Please choose how strong it was.")
        temperature: Decimal | None = None
        other = ""
        if symptom is not None and symptom.needs_temperature and \
                self.temperature_edit.text().strip():
            try:
                temperature = parse_temperature(
                    self.temperature_edit.text(),
                    TemperatureUnit(self.temperature_unit.currentData()))
            except DiaryInputError as problem:
                problems["temperature"] = problem.message
        if symptom is not None and symptom.needs_text:
            try:
                other = parse_other_text(self.other_edit.text())
            except DiaryInputError as problem:
                problems["other_text"] = problem.message
        note = self.note_edit.text().strip()
        if len(note) > NOTE_MAX:
            problems["note"] = self.tr("Please keep the note under {0} characters.").format(
                NOTE_MAX)
        zone_name = self._zone_name()
        chosen = self.when_edit.dateTime()
        occurred = resolve_local(chosen.date().toPython(), chosen.time().toPython(),
                                 zone_name).utc
        if occurred > self._now_utc() + dt.timedelta(minutes=1):
            problems["when"] = self.tr("That time is still to come. Please check the date.")
        for key, message in problems.items():
            self.errors[key].show_error(message)
        if problems or symptom is None or severity is None:
            return None
        return DiaryEntry(
            id=self.editing.id if self.editing else None,
            symptom=symptom.code, severity=severity, occurred_utc=occurred,
            zone_name=zone_name, other_text=other, temperature_c=temperature, note=note,
            is_emergency=symptom.emergency,
        )

    def field_error(self, key: str) -> str:
        return self.errors[key].message
