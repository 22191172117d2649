"""The lab results list as a Qt model: years of results show at once (no item per cell)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from il2desk.domain.labs import UNRELIABLE_MARK, LabResult

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabsView", text)


class LabResultsModel(QAbstractTableModel):
    HEADERS = ("Date drawn", "CD4 count", "CD4 %", "Viral load", "Counts in trend?")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[LabResult] = []

    def set_rows(self, rows: list[LabResult]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

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
