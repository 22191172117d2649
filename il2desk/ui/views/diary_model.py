"""The diary list as a lazy Qt table model: 200 rows at a time, newest first.

Years of entries (tens of thousands) stay instant because only the rows scrolled to
are read, with keyset paging in the repository; each row says which course and which
day of it (1–5 or "after") the entry belongs to (rule R7).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from il2desk.domain.diary import (
    AFTER,
    CoursePeriod,
    DiaryEntry,
    Severity,
    format_temperature,
    place_entry,
)
from il2desk.domain.timeplan import from_utc
from il2desk.services.diary_service import DiaryService
from il2desk.services.translation import SHORT_DAY, SHORT_DAY_AND_TIME
from il2desk.ui.i18n import date_text, translate_message

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: this model is a flat table

# Words and shapes, never colour alone.
SEVERITY_MARK = {Severity.MILD: "●○○", Severity.MODERATE: "●●○", Severity.SEVERE: "●●●"}


def severity_text(severity: Severity) -> str:
    word = translate_message(severity.label)
    return f"{SEVERITY_MARK[severity]} {word}"


def symptom_text(entry: DiaryEntry) -> str:
    if entry.symptom == "other" and entry.other_text:
        return entry.other_text
    return translate_message(entry.label)


class DiaryTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("DiaryTableModel", "When"),
               QT_TRANSLATE_NOOP("DiaryTableModel", "Course day"),
               QT_TRANSLATE_NOOP("DiaryTableModel", "Symptom"),
               QT_TRANSLATE_NOOP("DiaryTableModel", "How strong"),
               QT_TRANSLATE_NOOP("DiaryTableModel", "Details"))
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, repo: DiaryService, zone_name: str) -> None:
        super().__init__()
        self._repo = repo
        self._zone = zone_name
        self._rows: list[DiaryEntry] = []
        self._total = 0
        self._symptom: str | None = None
        self._periods: list[CoursePeriod] = []
        self._starts: list = []

    # -- loading ------------------------------------------------------------------------
    def reload(self, *, periods: Sequence[CoursePeriod] | None = None,
               zone_name: str | None = None) -> None:
        self.beginResetModel()
        if periods is not None:
            self._periods = sorted(periods, key=lambda p: p.start)
            self._starts = [p.start for p in self._periods]
        if zone_name is not None:
            self._zone = zone_name
        self._total = self._repo.count(self._symptom)
        self._rows = self._repo.page(limit=PAGE_SIZE, symptom=self._symptom)
        self.endResetModel()

    def set_symptom_filter(self, symptom: str | None) -> None:
        self._symptom = symptom
        self.reload()

    @property
    def symptom_filter(self) -> str | None:
        return self._symptom

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self._rows:
            return
        more = self._repo.page(after=self._repo.page_key(self._rows[-1]), limit=PAGE_SIZE,
                               symptom=self._symptom)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- reading ------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def entry(self, row: int) -> DiaryEntry:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DiaryTableModel", self.COLUMNS[section])
        return None

    def course_day_text(self, entry: DiaryEntry) -> str:
        local = from_utc(entry.occurred_utc, entry.zone_name).date()
        # Only the courses started by then can own the entry: bisect keeps this O(log n).
        upto = bisect.bisect_right(self._starts, local)
        candidates = self._periods[max(0, upto - 1):upto + 1]
        placement = place_entry(local, candidates)
        if placement is None:
            return self.tr("not in a course")
        period = next(p for p in candidates if p.course_id == placement.course_id)
        start = date_text(period.start, SHORT_DAY)
        if placement.day == AFTER:
            return self.tr("after the course of {0}").format(start)
        return self.tr("day {0} of the course of {1}").format(placement.day, start)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == self.EntryRole:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                local = from_utc(entry.occurred_utc, self._zone)
                return date_text(local, SHORT_DAY_AND_TIME)
            if column == 1:
                return self.course_day_text(entry)
            if column == 2:
                text = symptom_text(entry)
                return f"⚠ {text}" if entry.is_emergency else text
            if column == 3:
                return severity_text(entry.severity)
            if column == 4:
                parts = []
                if entry.temperature_c is not None:
                    parts.append(translate_message(format_temperature(entry.temperature_c)))
                if entry.note:
                    parts.append(entry.note)
                return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and entry.is_emergency:
            return self.tr("A sign to call your doctor at once")
        return None
