"""The mixed-vials table (Qt model/view): when mixed, strength, usable until, doses (D5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from il2desk.services.supplies_service import Vial
from il2desk.ui.colours import colour_for
from il2desk.ui.doses import format_concentration
from il2desk.ui.vial_text import doses_left_text, expiry_text, local_time_text

Index = QModelIndex | QPersistentModelIndex


class VialTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("VialTableModel", "Mixed"),
        QT_TRANSLATE_NOOP("VialTableModel", "Strength"),
        QT_TRANSLATE_NOOP("VialTableModel", "Usable until"),
        QT_TRANSLATE_NOOP("VialTableModel", "Doses drawn"),
        QT_TRANSLATE_NOOP("VialTableModel", "Doses left"),
    )

    def __init__(self, now_utc: Callable[[], dt.datetime], decimal_mark: str = ".") -> None:
        super().__init__()
        self._now_utc = now_utc
        self._mark = decimal_mark
        self._vials: list[Vial] = []

    def set_vials(self, vials: list[Vial]) -> None:
        self.beginResetModel()
        self._vials = list(vials)
        self.endResetModel()

    def vial_at(self, row: int) -> Vial | None:
        return self._vials[row] if 0 <= row < len(self._vials) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._vials)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VialTableModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        vial = self.vial_at(index.row())
        if vial is None:
            return None
        expired = vial.is_expired(self._now_utc())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return local_time_text(vial.mixed_utc, vial.zone_name)
            if column == 1:
                return format_concentration(vial.concentration_miu_per_ml)
            if column == 2:
                return expiry_text(vial, self._now_utc())
            if column == 3:
                return str(vial.doses_drawn)
            return doses_left_text(vial)
        if expired and column == 2:
            # The words "EXPIRED … do not use" carry the meaning; colour and bold add to it.
            if role == Qt.ItemDataRole.ForegroundRole:
                return colour_for("error")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None
