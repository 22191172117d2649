"""The lab results list as a Qt model: years of results show at once (no item per cell)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from il2desk.domain.labs import UNRELIABLE_MARK, LabResult
from il2desk.ui.views.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabsView", text)


class LabResultsModel(RowsModel[LabResult]):
    HEADERS = ("Date drawn", "CD4 count", "CD4 %", "Viral load", "Counts in trend?")

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
            return result.unreliable_reason
        return None

    @staticmethod
    def _text(r: LabResult, column: int) -> str:
        if column == 0:
            return r.drawn_date.strftime("%d %b %Y")
        if column == 1:
            return "—" if r.cd4_count is None else _tr("{0} cells/µL").format(r.cd4_count)
        if column == 2:
            return r.cd4_percent_text
        if column == 3:
            return r.viral_load_text
        return f"⚠ {_tr(UNRELIABLE_MARK)}" if r.unreliable else _tr("✓ yes")
