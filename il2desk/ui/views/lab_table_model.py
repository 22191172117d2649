"""The lab results list as a Qt model: years of results show at once (no item per cell)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics

from il2desk.domain.labs import UNRELIABLE_MARK, LabResult, ViralLoadForm
from il2desk.domain.visit_report import VIRAL_BURST
from il2desk.services.translation import SHORT_DAY
from il2desk.ui.i18n import date_text, translate_message
from il2desk.ui.views.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # Same context as the labs view's own words (marked there or with NOOP below).
    return QCoreApplication.translate("LabsView", text)


def _shown_value(r: LabResult, column: int) -> object:
    """What a cell's text depends on (LabResultsModel._text shows nothing else)."""
    if column == 0:
        return r.drawn_date
    if column == 1:
        return r.cd4_count
    if column == 2:  # as text: Decimal("24.5") == Decimal("24.50"), shown differently
        return None if r.cd4_percent is None else str(r.cd4_percent)
    if column == 3:
        return r.viral_load_form, r.viral_load
    return r.unreliable


class LabResultsModel(RowsModel[LabResult]):
    # Shown through header_text below, in the labs view's context.
    HEADERS = (QT_TRANSLATE_NOOP("LabsView", "Date drawn"),
               QT_TRANSLATE_NOOP("LabsView", "CD4 count"),
               QT_TRANSLATE_NOOP("LabsView", "CD4 %"),
               QT_TRANSLATE_NOOP("LabsView", "Viral load"),
               QT_TRANSLATE_NOOP("LabsView", "Counts in trend?"))

    def __init__(self) -> None:
        super().__init__()
        # Cell texts by what they show (a date, a count…), made once: Qt asks for them on
        # every paint, and 20 years of results repeat the same few values. The words
        # cannot change under a model: a new language rebuilds the window.
        self._texts: dict[tuple[int, object], str] = {}

    def header_text(self, header: str) -> str:
        return _tr(header)

    def text(self, row: int, column: int) -> str:
        result = self.rows[row]
        key = (column, _shown_value(result, column))
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._text(result, column)
        return text

    def widest_rows(self, column: int, metrics: QFontMetrics, count: int = 3) -> list[int]:
        """Rows holding the `count` widest different texts of a column, widest first: the
        table measures only these for the column's width (see LabsView._fit_columns)."""
        first_row: dict[str, int] = {}
        for row in range(len(self.rows)):
            first_row.setdefault(self.text(row, column), row)
        widest = sorted(first_row, key=metrics.horizontalAdvance, reverse=True)[:count]
        return [first_row[text] for text in widest]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        result = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.UserRole:
            return result.id
        if role == Qt.ItemDataRole.ToolTipRole and result.unreliable:
            reason = translate_message(result.reason_message)
            if result.viral_load_form is ViralLoadForm.VALUE:  # rule R22: not an alarm
                reason += " " + translate_message(VIRAL_BURST)
            return reason
        return None

    @staticmethod
    def _text(r: LabResult, column: int) -> str:
        if column == 0:
            return date_text(r.drawn_date, SHORT_DAY)
        if column == 1:
            return "—" if r.cd4_count is None else QCoreApplication.translate(
                "LabsView", "{0} cells/µL").format(r.cd4_count)
        if column == 2:
            return translate_message(r.cd4_percent_text)
        if column == 3:
            return translate_message(r.viral_load_text)
        if r.unreliable:
            return f"⚠ {translate_message(UNRELIABLE_MARK)}"
        return QCoreApplication.translate("LabsView", "✓ yes")
