"""The lab results list as a Qt model: years of results show at once (no item per cell)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from il2desk.domain.labs import UNRELIABLE_MARK, LabResult
from il2desk.ui.i18n import date_text, translate_message
from il2desk.ui.views.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # Same context as the labs view's own words (marked there or with NOOP below).
    return QCoreApplication.translate("LabsView", text)


class LabResultsModel(RowsModel[LabResult]):
    # Shown through header_text below, in the labs view's context.
    HEADERS = (QT_TRANSLATE_NOOP("LabsView", "Date drawn"),
               QT_TRANSLATE_NOOP("LabsView", "CD4 count"),
               QT_TRANSLATE_NOOP("LabsView", "CD4 %"),
               QT_TRANSLATE_NOOP("LabsView", "Viral load"),
               QT_TRANSLATE_NOOP("LabsView", "Counts in trend?"))

    def header_text(self, header: str) -> str:
        return _tr(header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        result = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(result, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return result.id
        if role == Qt.ItemDataRole.ToolTipRole and result.unreliable:
            return translate_message(result.unreliable_reason)
        return None

    @staticmethod
    def _text(r: LabResult, column: int) -> str:
        if column == 0:
            return date_text(r.drawn_date, "dd MMM yyyy")
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
