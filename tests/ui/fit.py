"""Whether a window's text fits: labels, buttons and table cells cut short."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or (widget.pixmap() is not None \
                    and not widget.pixmap().isNull()):
                continue
            need = widget.minimumSizeHint()
        else:
            need = widget.sizeHint()
            if not widget.text():
                continue
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            problems.append(f"{type(widget).__name__} {widget.text()!r}: "
                            f"{widget.width()}x{widget.height()} < "
                            f"{need.width()}x{need.height()}")
    return problems + cut_cells(root)


def cut_cells(root: QWidget) -> list[str]:
    """Visible table cells whose text is wider than its column (Qt elides it: "20 No…")
    and not wrapped onto a row tall enough."""
    from PySide6.QtWidgets import QTableView

    problems = []
    for table in root.findChildren(QTableView):
        model = table.model()
        if not table.isVisible() or model is None:
            continue
        for row in range(min(model.rowCount(), 50)):
            for column in range(model.columnCount()):
                if table.isColumnHidden(column):
                    continue
                index = model.index(row, column)
                need = table.sizeHintForIndex(index)  # Qt's own measure, margins included
                if need.width() <= table.columnWidth(column) + 1:
                    continue
                if table.wordWrap() and table.rowHeight(row) >= table.sizeHintForRow(row) \
                        and table.sizeHintForRow(row) > table.fontMetrics().lineSpacing() * 1.5:
                    continue  # wrapped onto a row tall enough for it
                problems.append(f"{table.objectName()} cell {index.data()!r}: "
                                f"{table.columnWidth(column)} < {need.width()} px")
    return problems
